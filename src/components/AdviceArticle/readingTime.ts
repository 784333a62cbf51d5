import type { AdvicePost } from './types';

/** Minutes to read a post, at about 230 words a minute, from its plain-text fields. */
export function estimateReadingMinutes(post: AdvicePost): number {
  const texts: unknown[] = [post.dek, post.question?.body];
  for (const block of [post.reply?.blocks].flat()) {
    if (!block) continue;
    if (block.type === 'text') texts.push(block.text);
    else if (block.type === 'script') texts.push(block.script);
  }
  let words = 0;
  for (const text of texts) if (typeof text === 'string') words += text.split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / 230));
}
