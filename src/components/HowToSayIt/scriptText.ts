/**
 * The script as text: normalising what a CMS hands us, splitting it into
 * paragraphs, finding and filling `[Placeholders]`, and building a mailto: link.
 * Pure functions, so the server, the browser and the tests agree.
 */

/** Space-like characters a CMS leaves behind (NBSP, thin and ideographic spaces, tabs). */
const spaces = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
/** Invisible characters with no meaning in a script: zero-width space, word joiner, BOM, soft hyphen. */
const invisible = /[\u200B\u2060\uFEFF\u00AD]/g;
/**
 * Zero-width (non-)joiners are meaningful inside emoji sequences and in Arabic,
 * Persian and Indic words, where both neighbours are non-ASCII characters; next
 * to ASCII, a space or the end of a line they are debris and go.
 */
const strayJoiner = /(?<![^\s\x00-\x7F])[\u200C\u200D]|[\u200C\u200D](?![^\s\x00-\x7F])/g;

/** Clean plain text: paragraph breaks kept, invisible debris gone, spaces single. */
export function normalizeScript(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(spaces, ' ')
    .replace(invisible, '')
    .replace(strayJoiner, '')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Paragraphs split on blank lines; each paragraph keeps its single line breaks. */
export function splitParagraphs(text: string): string[][] {
  const clean = normalizeScript(text);
  if (clean === '') return [];
  return clean.split('\n\n').map((paragraph) => paragraph.split('\n'));
}

/** `[Manager's name]`, `[Company]`: a bracketed blank of up to 60 characters on one line. */
export const placeholderPattern = /\[([^[\]\n]{1,60})\]/g;

/** The distinct placeholder names, in order of first appearance. */
export function findPlaceholders(text: string): string[] {
  const names = new Set<string>();
  for (const match of text.matchAll(placeholderPattern)) names.add(match[1]!.trim());
  return [...names].filter(Boolean);
}

/** Text with filled placeholders replaced; blanks the reader left empty stay as `[Name]`. */
export function fillPlaceholders(text: string, values: Record<string, string | undefined>): string {
  return text.replace(placeholderPattern, (whole, name: string) => {
    const value = values[name.trim()]?.trim();
    return value ? value : whole;
  });
}

/** Splits a line into text and placeholder parts, for highlighting. */
export function tokenizeLine(line: string): { text: string; placeholder?: string }[] {
  const parts: { text: string; placeholder?: string }[] = [];
  let last = 0;
  for (const match of line.matchAll(placeholderPattern)) {
    if (match.index! > last) parts.push({ text: line.slice(last, match.index) });
    parts.push({ text: match[0], placeholder: match[1]!.trim() });
    last = match.index! + match[0].length;
  }
  if (last < line.length) parts.push({ text: line.slice(last) });
  return parts;
}

/**
 * Many mail clients and browsers cut or refuse mailto: links past about 2,000
 * characters; past that there is no link, and the reader copies instead.
 */
export const mailtoLimit = 2000;

/** A plain address: nothing that could smuggle `?cc=` or `&bcc=` into the link. */
const address = /^[A-Za-z0-9.!#$'*+^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

export function buildMailto(options: { to?: string; subject?: string; body: string }): string | null {
  const to = options.to && address.test(options.to.trim()) ? encodeURIComponent(options.to.trim()).replace('%40', '@') : '';
  const encode = (value: string) => encodeURIComponent(value.replace(/\r?\n/g, '\r\n'));
  const query = [
    options.subject ? `subject=${encode(normalizeScript(options.subject))}` : '',
    `body=${encode(options.body)}`,
  ]
    .filter(Boolean)
    .join('&');
  const href = `mailto:${to}?${query}`;
  return href.length <= mailtoLimit ? href : null;
}

/** A rough line count, for deciding on the server whether a script starts collapsed. */
export function estimateLines(paragraphs: string[][], charactersPerLine = 70): number {
  let lines = 0;
  for (const paragraph of paragraphs) {
    for (const line of paragraph) lines += Math.max(1, Math.ceil(line.length / charactersPerLine));
    lines += 1;
  }
  return Math.max(0, lines - 1);
}
