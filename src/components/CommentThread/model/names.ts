/** Author names as shown in a thread: strangers choose them, so they are cleaned first. */
import { STRAY_JOINER } from '../../../internal/joiners';
import { wellFormed } from '../../../internal/text';

// Bidi controls (U+061C, U+200E/F, U+202A–E, U+2066–9) in a name would reorder
// the text after it (the comment's date, the next name); zero-width characters
// let "Don" and "Do\u200Bn" look alike. Whitespace controls are left to `\s`.
const INVISIBLE = /[\0-\x08\x0e-\x1f\x7f\u061c\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;

/** The author's name, cleaned and on one line, or `fallback` (e.g. "Anonymous") when nothing is left. */
export function displayName(author: { name?: string | null } | null | undefined, fallback: string): string {
  const name = author?.name;
  return (
    (typeof name === 'string' && wellFormed(name.replace(INVISIBLE, '')).replace(STRAY_JOINER, '$1$2').replace(/\s+/g, ' ').trim()) ||
    fallback
  );
}

let segmenter: Intl.Segmenter | undefined;

/** The first user-perceived character, so an emoji, a flag or a letter with its accents stays whole. */
function firstGrapheme(word: string): string {
  // Below U+0300 nothing joins a character to the next or extends the one
  // before (combining marks, joiners, emoji modifiers and surrogates all come
  // later), so most names need no segmenter, which costs microseconds a call.
  if (word.charCodeAt(0) < 0x300 && !(word.charCodeAt(1) >= 0x300)) return word[0]!;
  if (typeof Intl !== 'undefined' && Intl.Segmenter) {
    segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    for (const { segment } of segmenter.segment(word)) return segment;
  }
  // Without Segmenter (Firefox < 125): a code point and its combining marks.
  return /^.\p{M}*/u.exec(word)?.[0] ?? '';
}

/** One or two initials (first and last word) for an avatar placeholder; "" for an empty name. */
export function initials(name: string): string {
  const words = displayName({ name }, '')
    .split(' ')
    // "(HR)" or "“Quiet”" should give H or Q, not a bracket.
    .map((word) => word.replace(/^\p{P}+/u, ''))
    .filter(Boolean);
  const first = words[0];
  if (!first) return '';
  const last = words.length > 1 ? words[words.length - 1]! : '';
  // `toUpperCase`, not `toLocaleUpperCase`: the same initials on the server and every browser.
  return (firstGrapheme(first) + (last && firstGrapheme(last))).toUpperCase();
}
