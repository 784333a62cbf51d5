/**
 * What people paste into an email field, made into the address they meant:
 * `  Jane Doe <JANE@Example.COM>\n` → `JANE@example.com`. Then a plain check of
 * the shape (the provider has the last word) and a suggestion for the typos
 * that lose most signups (`gmial.com`). Pure functions: tested without a DOM.
 */

/** The longest address SMTP can carry (RFC 5321 path limit minus the brackets). */
export const MAX_EMAIL_LENGTH = 254;

/**
 * Takes full-width forms as the plain ones (`ｊａｎｅ＠ｅｘａｍｐｌｅ．ｃｏｍ`, as an
 * input method left in full-width mode types it), drops the invisible format
 * characters a copy brings along (direction marks from a right-to-left page,
 * zero-width spaces, soft hyphens; not the joiners, which shape some scripts'
 * domain names), trims, drops a `mailto:` prefix (and any `?subject=`), takes
 * the address out of `Name <address>`, and lower-cases the domain (the local
 * part can be case-sensitive, so it is left alone). Line breaks inside are
 * kept, so the check below rejects them instead of silently joining two lines.
 */
export function normalizeEmail(raw: string): string {
  let value = raw.normalize('NFKC').replace(/[^\P{Cf}\u200C\u200D]/gu, '').trim();
  const bracketed = /<([^<>]*)>$/.exec(value);
  if (bracketed) value = bracketed[1]!.trim();
  if (/^mailto:/i.test(value)) value = value.slice(7).replace(/\?.*$/s, '');
  const at = value.lastIndexOf('@');
  return at < 0 ? value : value.slice(0, at) + value.slice(at).toLowerCase();
}

export type EmailProblem = 'required' | 'format';

/**
 * Why the address cannot be sent, or null. Deliberately loose on what is
 * allowed (any non-ASCII letters, `+` tags) and strict on what is certainly
 * wrong: no `@`, two of them, an empty or dotless domain (`jane@example`),
 * spaces, line breaks, or more than 254 characters.
 */
export function emailProblem(email: string): EmailProblem | null {
  if (!email) return 'required';
  const parts = email.split('@');
  const labels = parts[1]?.split('.') ?? [];
  const ok =
    parts.length === 2 &&
    email.length <= MAX_EMAIL_LENGTH &&
    /^[^\s"(),:;<>[\\\]]{1,64}$/.test(parts[0]!) &&
    labels.length > 1 &&
    labels.every((label) => /^[^\s"(),:;<>[\\\]@_]{1,63}$/.test(label) && !/^-|-$/.test(label)) &&
    // The top-level domain: letters in any script, or its punycode form.
    /^(\p{L}{2,}|xn--[a-z\d-]+)$/iu.test(labels[labels.length - 1]!);
  return ok ? null : 'format';
}

/**
 * Domains whose typos are common enough to be worth a suggestion. Short on
 * purpose: every entry is bytes in the reader's download.
 */
const commonDomains = [
  'gmail.com',
  'googlemail.com',
  'yahoo.com',
  'hotmail.com',
  'outlook.com',
  'live.com',
  'icloud.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'gmx.com',
];

/**
 * Whether `typed` is one slip away from `known`: one character wrong, missing,
 * extra, or two neighbours swapped (`gmial`). Checked from the first
 * difference, so it is linear and allocates little.
 */
function oneSlipFrom(typed: string, known: string): boolean {
  let i = 0;
  while (i < typed.length && typed[i] === known[i]) i++;
  if (i === typed.length && typed.length === known.length) return false;
  const rest = (a: number, b: number) => typed.slice(a) === known.slice(b);
  return rest(i + 1, i + 1) || rest(i, i + 1) || rest(i + 1, i) || (typed[i] === known[i + 1] && typed[i + 1] === known[i] && rest(i + 2, i + 2));
}

/**
 * A likely intended address (`jane@gmial.con` → `jane@gmail.com`), or null.
 * Only a suggestion; the reader decides. Fixes `.con`-style endings on any
 * domain, then one slip from a common domain.
 */
export function suggestEmail(email: string): string | null {
  const at = email.lastIndexOf('@');
  const typed = email.slice(at + 1).toLowerCase();
  const domain = typed.replace(/\.(con|cmo|ocm|cm|comm|vom|xom)$/, '.com');
  const known = commonDomains.find((d) => oneSlipFrom(domain, d)) ?? domain;
  return at > 0 && known !== typed ? email.slice(0, at + 1) + known : null;
}
