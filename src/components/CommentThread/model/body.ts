/**
 * A comment body (plain text, never HTML) as paragraphs of tokens the widget
 * renders as text nodes, links and highlighted mentions. Markup-like text
 * stays text. One left-to-right pass, and no regex here has two ways to match
 * the same characters, so a 1 MB body costs about one 1 MB scan.
 */
import { nameIndex, readName, type NameIndex } from './mentions';
import { safeLinkHref } from '../../../internal/url';
import { wellFormed } from '../../../internal/text';

export type BodyToken =
  | { type: 'text'; text: string }
  | { type: 'link'; href: string; text: string }
  | { type: 'mention'; name: string; text: string }
  | { type: 'break' };

/** A paragraph; single line breaks inside it are `break` tokens. */
export type BodyParagraph = BodyToken[];

export interface TokenizedBody {
  paragraphs: BodyParagraph[];
  /** The body was longer than `maxLength` and was cut. */
  truncated: boolean;
}

export interface TokenizeOptions {
  /** Characters kept; default `MAX_BODY_LENGTH`. */
  maxLength?: number | undefined;
  /** Names to match as whole mentions ("@Ana María"); others match one word. */
  knownNames?: readonly string[] | undefined;
  /** The same, prebuilt with `nameIndex` once for many bodies. */
  names?: NameIndex | undefined;
}

export const MAX_BODY_LENGTH = 100_000;

// Only URLs with their scheme written out are linked. A bare `www.example.com`
// or `example.com` may be a company named in passing, a file name or a missing
// space after a full stop, and guessing http or https would send the reader
// somewhere the commenter never wrote.
const START = /\b(?:https?:\/\/|mailto:)[^\s<>"]*|@/giu;
// Sentence punctuation after a URL belongs to the sentence.
const TRAILING = `.,!?:;'"’”…`;

/** Drops trailing punctuation, and `)` unless it closes a `(` inside the URL (Wikipedia-style). */
function trimUrl(url: string): string {
  let open = url.split('(').length;
  let close = url.split(')').length;
  let end = url.length;
  for (;;) {
    const c = url[end - 1]!;
    if (c === ')' && close > open) close--;
    else if (!TRAILING.includes(c)) return url.slice(0, end);
    end--;
  }
}

function tokenizeLine(line: string, known: NameIndex, out: BodyToken[]): void {
  let last = 0;
  START.lastIndex = 0;
  for (let m; (m = START.exec(line)); ) {
    const at = m.index;
    let token: BodyToken | undefined;
    let end = 0;
    if (m[0] === '@') {
      // A letter or digit before "@" makes it an e-mail address, not a mention.
      if (at && /[\p{L}\p{M}\p{N}_]/u.test(line[at - 1]!)) continue;
      // "@ Don" only for a known name: "meet @ 5" is not a mention.
      const spaced = line[at + 1] === ' ';
      const name = readName(line, at + 1 + +spaced, known, spaced);
      if (name) token = { type: 'mention', name: name.name, text: line.slice(at, (end = name.end)) };
    } else {
      const text = trimUrl(m[0]);
      const href = safeLinkHref(text);
      if (href) token = { type: 'link', href, text };
      end = at + text.length;
    }
    if (!token) continue;
    if (at > last) out.push({ type: 'text', text: line.slice(last, at) });
    out.push(token);
    // Rescan what trimming left out ("…/interview).") after the token.
    last = START.lastIndex = end;
  }
  if (last < line.length) out.push({ type: 'text', text: line.slice(last) });
}

/** Paragraphs split on blank lines; bodies over `maxLength` are cut and flagged. */
export function tokenizeBody(body: string, options: TokenizeOptions = {}): TokenizedBody {
  const max = options.maxLength ?? MAX_BODY_LENGTH;
  let text = typeof body === 'string' ? wellFormed(body) : '';
  const truncated = text.length > max;
  // Cut before a lone high surrogate so an emoji isn't left as half a pair.
  if (truncated) text = text.slice(0, /[\ud800-\udbff]/.test(text[max - 1] ?? '') ? max - 1 : max);
  const known = options.names ?? nameIndex(options.knownNames ?? []);
  const paragraphs: BodyParagraph[] = [];
  let paragraph: BodyParagraph = [];
  for (const line of text.split(/\r\n?|\n/)) {
    if (line.trim()) {
      if (paragraph.length) paragraph.push({ type: 'break' });
      tokenizeLine(line, known, paragraph);
    } else if (paragraph.length) {
      paragraphs.push(paragraph);
      paragraph = [];
    }
  }
  if (paragraph.length) paragraphs.push(paragraph);
  return { paragraphs, truncated };
}
