/**
 * URLs from strangers (author profiles, avatars, links in comment bodies), made
 * safe for `href` and `src`. Every check runs on what the WHATWG parser made of
 * the string, the same parser the browser will use, so spellings that only a
 * browser would read as `javascript:` can't get past a text check.
 */

export interface UrlOptions {
  /** Resolves relative URLs (`/about`) against this absolute URL; without it they are rejected. */
  base?: string | undefined;
}

const HTTP: readonly string[] = ['http:', 'https:'];

// No `%`: a plausible address is plain ASCII. The domain part and the
// top-level label only overlap up to a `.`, so matching stays linear.
const MAILBOX = /^[\w.+-]+@[\w.-]+\.[\w-]{2,}$/;

/**
 * What the WHATWG parser makes of `raw`, or null: control characters dropped,
 * no scheme-relative `//host`, no user name or password.
 */
function parse(raw: unknown, options: UrlOptions): URL | null {
  if (typeof raw !== 'string') return null;
  // The parser itself drops tabs and newlines anywhere and controls at the
  // ends; dropping every ASCII control means none hides a scheme
  // (`java\tscript:`, `\0javascript:`) and none reaches the page.
  const s = raw.replace(/[\0-\x1f\x7f]/g, '').trim();
  // `//host` (or `\\host`, which the parser reads the same) is relative to the
  // scheme, not the page: with a base it would quietly leave the site.
  if (/^[\\/]{2}/.test(s)) return null;
  let url: URL;
  try {
    // Not `URL.canParse`: Safari only has it since 17.
    url = new URL(s, options.base);
  } catch {
    return null;
  }
  // `https://alexmarlow.example@evil.example` shows one host and goes to another.
  return url.username || url.password ? null : url;
}

/** The normalised absolute URL (`url.href`) of an http(s) link, else `null`. */
export function safeHref(raw: unknown, options: UrlOptions = {}): string | null {
  const url = parse(raw, options);
  return url && HTTP.includes(url.protocol) ? url.href : null;
}

/**
 * A link a commenter wrote: http(s), or `mailto:` with one plain address and
 * no `?cc=`/`?bcc=`/`?body=` headers the reader didn't see. (Apart from
 * `safeHref`, so widgets without mailto links don't carry this check.)
 */
export function safeLinkHref(raw: unknown, options: UrlOptions = {}): string | null {
  const url = parse(raw, options);
  const mailbox = url?.protocol === 'mailto:' && !url.search && !url.hash && MAILBOX.test(url.pathname);
  return url && (mailbox || HTTP.includes(url.protocol)) ? url.href : null;
}

/** An avatar `src`: http(s) only, same rules as `safeHref`. */
export const safeImageSrc: (raw: unknown, options?: UrlOptions) => string | null = safeHref;
