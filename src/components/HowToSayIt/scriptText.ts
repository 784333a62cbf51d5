/**
 * The script as text: normalising what a CMS hands us, splitting it into
 * paragraphs, finding and filling `[Placeholders]`, and building a mailto: link.
 * Pure functions, so the server, the browser and the tests agree.
 */
import { STRAY_JOINER } from '../../internal/joiners';
import { wellFormed } from '../../internal/text';

/**
 * Space-like characters a CMS leaves behind: every white space but the line
 * break (tabs, NBSP, thin and ideographic spaces, U+2028). Runs after the
 * invisibles are gone, since JavaScript counts the BOM as white space too.
 */
const spaces = /[^\S\n]/g;
/** Invisible characters with no meaning in a script: zero-width space, word joiner, BOM, soft hyphen. */
const invisible = /[\u200B\u2060\uFEFF\u00AD]/g;

/** Clean plain text: paragraph breaks kept, invisible debris gone, spaces single. */
export function normalizeScript(text: string): string {
  // Joiners stay inside emoji and Arabic, Persian or Indic words; next to ASCII, a space or a line end they are debris.
  return wellFormed(text)
    .replace(/\r\n?/g, '\n')
    .replace(invisible, '')
    .replace(spaces, ' ')
    .replace(STRAY_JOINER, '$1$2')
    .replace(/ {2,}/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Paragraphs split on blank lines; each keeps its single line breaks (shown with `white-space: pre-line`). */
export function splitParagraphs(text: string): string[] {
  const clean = normalizeScript(text);
  return clean ? clean.split('\n\n') : [];
}

/** `[Manager's name]`, `[Company]`: a bracketed blank of up to 60 characters on one line. */
export const placeholderPattern = /\[([^[\]\n]{1,60})\]/g;

/**
 * A line split into text and blanks: splitting on a pattern with a capture
 * group puts the blank names at the odd indexes.
 */
export function tokenizeLine(line: string): { text: string; placeholder?: string }[] {
  return line
    .split(placeholderPattern)
    .map((part, index) => (index % 2 ? { text: `[${part}]`, placeholder: part.trim() } : { text: part }))
    .filter((part) => part.text);
}

/** The distinct placeholder names, in order of first appearance. */
export function findPlaceholders(text: string): string[] {
  return [...new Set(tokenizeLine(text).map((part) => part.placeholder).filter((name): name is string => !!name))];
}

/**
 * Text with filled placeholders replaced; blanks the reader left empty stay as
 * `[Name]`. `valueOf` returns the trimmed value for a name ('' for none).
 */
export function fillPlaceholders(text: string, valueOf: (name: string) => string): string {
  return text.replace(placeholderPattern, (whole, name: string) => valueOf(name.trim()) || whole);
}

/**
 * Many mail clients and browsers cut or refuse mailto: links past about 2,000
 * characters; past that there is no link, and the reader copies instead.
 */
export const mailtoLimit = 2000;

/** A plain address: nothing that could smuggle `?cc=` or `&bcc=` into the link. */
/** `mailto:?subject=…&body=…`, with CRLF line breaks; null when too long to be safe. */
export function buildMailto(subject: string, body: string): string | null {
  const encode = (value: string) => encodeURIComponent(value.replace(/\r?\n/g, '\r\n'));
  try {
    const href = `mailto:?subject=${encode(normalizeScript(subject))}&body=${encode(body)}`;
    return href.length > mailtoLimit ? null : href;
  } catch {
    // A lone surrogate (an emoji cut in half by a CMS) cannot be encoded: copy only.
    return null;
  }
}

/** A rough line count of normalised text (about 70 characters a line), for deciding on the server whether a script starts collapsed. */
export function estimateLines(text: string): number {
  return text
    .split('\n')
    .reduce((lines, line) => lines + (Math.ceil(line.length / 70) || 1), 0);
}
