import * as React from 'react';
import { HowToSayIt, type HowToSayItProps } from '../HowToSayIt';
import {
  AdviceArticleRoot,
  ArticleComments,
  ArticleHeader,
  ArticleNudge,
  ArticlePromo,
  ArticleTextBlock,
  ArticleToc,
  DiscussionPrompt,
  QuestionSection,
  ReplySection,
  anchorPrefix,
  isBlank,
  promptQuestions,
  type AdviceArticleRootProps,
  type ArticleTocProps,
} from './parts';
import { estimateReadingMinutes } from './readingTime';
import { warnOnce } from '../../internal/dev';
import { cmsCount } from '../../internal/number';
import { cmsProps } from '../../internal/node';
import type { AdvicePost, ReplyBlock } from './types';

/**
 * What a script block may pass to HowToSayIt: its own props (it checks each),
 * handlers only as functions, and the element's id, class, language and
 * `data-`/`aria-` attributes only as text or numbers. A CMS's other fields
 * (`_key`, `sys`, a `hidden` flag) are its bookkeeping, not attributes; some
 * names are no attribute at all (React complains), and an object with a
 * `toString` key throws when React writes it.
 */
const scriptField = ([name, value]: [string, unknown]) =>
  /^on[A-Z]/.test(name)
    ? typeof value == 'function'
    : /^(script|title(Level)?|medium|leadIn|fillable|(defaultV|v)alues|email|collapseAfterLines|messages)$/.test(name) ||
      (/^(id|className|lang|dir|(data|aria)-[a-z][\w-]*)$/.test(name) && /^[sn]/.test(typeof value));

export interface AdviceArticleProps extends AdviceArticleRootProps {
  /** The whole post as data, from your CMS. */
  post: AdvicePost;
  /** The signup nudge, placed where the reply has a `signup` block (else after the reply). */
  signupNudge?: React.ReactNode | undefined;
  /** The comment thread, under the comments heading. */
  comments?: React.ReactNode | undefined;
  /** Table of contents: `auto` shows it for four or more sections. Default: `auto`. */
  toc?: 'auto' | boolean | undefined;
}

/**
 * The advice-column post from one data object: banner, header, the reader's
 * question, the columnist's reply with its script, promo and signup nudge, the
 * discussion prompt and the comments area, with stable anchors. Structured data
 * is a separate, server-safe export (`ArticleJsonLd` in `careerkit/seo`) so it
 * costs the browser nothing.
 */
export function AdviceArticle({ post, signupNudge, comments, toc = 'auto', ...rest }: AdviceArticleProps) {
  // A CMS lookup that found nothing: no article, not a crashed page.
  if (!post || typeof post != 'object') {
    if (process.env.NODE_ENV !== 'production') warnOnce('AdviceArticle: no post given; nothing is rendered.');
    return null;
  }
  // A GraphQL CMS sends null for what it does not have.
  // One block may come bare, not in a list (an XML feed turned JSON).
  const blocks = [post.reply?.blocks].flat().filter(Boolean) as ReplyBlock[];
  const firstScript = blocks.findIndex((block) => block.type === 'script');
  const hasQuestion = !isBlank(post.question?.body);
  // Only what renders makes a reply: blank text and a signup slot without a nudge don't.
  const hasReply = blocks.some((block) =>
    block.type === 'text' ? !isBlank(block.text) : block.type === 'signup' ? !!signupNudge : block.type === 'script' || block.type === 'promo',
  );
  const discussion = post.discussion;
  // CMSs send counts as text ("15"); careerkit/seo reads them by the same rule.
  const count = cmsCount(post.commentCount);
  if (process.env.NODE_ENV !== 'production' && count == null && post.commentCount != null) warnOnce('AdviceArticle: commentCount is not a whole number from 0, nor text of one; it is left out.');
  const hasComments = comments != null || count != null;
  const headlineLevel = rest.headlineLevel === 2 ? 2 : 1;
  const prefix = anchorPrefix(rest.idPrefix);

  const sections: ArticleTocProps['sections'] = [];
  if (hasQuestion) sections.push({ id: 'question', label: post.question.heading });
  if (hasReply) sections.push({ id: 'reply', label: post.reply.heading });
  if (firstScript >= 0) {
    const script = blocks[firstScript] as { title?: unknown; messages?: { title?: unknown } };
    const title = script.title ?? script.messages?.title;
    sections.push({ id: 'how-to-say-it', label: typeof title === 'string' ? title : undefined });
  }
  if (discussion && promptQuestions(discussion)) sections.push({ id: 'discussion', label: discussion.heading });
  if (hasComments) sections.push({ id: 'comments' });

  return (
    <AdviceArticleRoot {...rest}>
      <ArticleHeader {...cmsProps(post)} readingMinutes={post.readingMinutes ?? estimateReadingMinutes(post)} />
      {(toc === 'auto' ? sections.length >= 4 : toc) ? (
        <ArticleToc sections={sections} columnist={post.author?.name} />
      ) : null}
      {hasQuestion ? <QuestionSection {...cmsProps(post.question)} /> : null}
      {hasReply ? (
        <ReplySection columnist={post.author?.name} heading={post.reply.heading}>
          {blocks.map((block, index) => {
            switch (block.type) {
              case 'text':
                return <ArticleTextBlock key={index} text={block.text} />;
              case 'script': {
                const script = Object.fromEntries(Object.entries(block).filter(scriptField)) as Omit<HowToSayItProps, 'children'>;
                return (
                  <HowToSayIt
                    key={index}
                    titleLevel={(headlineLevel + 2) as 3 | 4}
                    {...script}
                    // A later script keeps its own id, unless it is a section's anchor: one id, one element.
                    id={index === firstScript ? prefix + 'how-to-say-it' : sections.some((section) => prefix + section.id === script.id) ? undefined : script.id}
                  />
                );
              }
              case 'promo':
                // The promo reads only its own fields, so `type` passes through unused.
                return <ArticlePromo key={index} {...cmsProps(block)} />;
              case 'signup':
                return <ArticleNudge key={index}>{signupNudge}</ArticleNudge>;
              default:
                return null;
            }
          })}
          {blocks.some((block) => block.type === 'signup') ? null : <ArticleNudge>{signupNudge}</ArticleNudge>}
        </ReplySection>
      ) : null}
      {discussion ? <DiscussionPrompt {...cmsProps(discussion)} linkToComments={hasComments} /> : null}
      {hasComments ? <ArticleComments count={count}>{comments}</ArticleComments> : null}
    </AdviceArticleRoot>
  );
}
