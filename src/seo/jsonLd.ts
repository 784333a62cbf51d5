/*
 * schema.org JSON-LD for an advice-column post. The data comes from a CMS, so
 * every field is checked and anything invalid is left out rather than emitted
 * wrong; the builder never throws.
 */
import type { AdvicePost, ArticleCommentData } from '../components/AdviceArticle/types';
import { isoDate } from '../internal/date';
import { warnOnce } from '../internal/dev';
import { cmsCount } from '../internal/number';

export interface AdviceArticleJsonLdOptions {
  /** BCP 47 language of the post, emitted as `inLanguage` when valid. */
  locale?: string | undefined;
}

type Node = Record<string, unknown> & { comment?: Node[] };

/**
 * Beyond this many comments the JSON-LD only grows the page: search engines
 * read a sample, and `commentCount` still carries the full total. It also
 * bounds the nesting depth, so serializing can't overflow the stack.
 */
export const MAX_JSON_LD_COMMENTS = 100;

const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');
/** Non-empty, whitespace collapsed. */
const text = (v: unknown): string | undefined => str(v).replace(/\s+/g, ' ') || undefined;

/** `URL.canParse` without needing it: Safari only has it since 17. */
function parses(s: string): boolean {
  try {
    new URL(s);
    return true;
  } catch {
    return false;
  }
}

/** Absolute http(s) URL only: no `javascript:`, relative paths, spaces or control characters. */
function url(v: unknown): string | undefined {
  const s = str(v);
  return /^https?:\/\/[^\s\0-\x1f\x7f]+$/i.test(s) && parses(s) ? s : undefined;
}

/**
 * A date as UTC ISO 8601 (`toISOString()`), read by the same rules as the
 * page's `<time>` (src/internal/date): a date-only value ("2026-11-20") is the
 * day, given as UTC midnight; a date-time needs `Z` or an offset (`+02:00` or
 * `+0200`); non-ISO strings and impossible days (Feb 30) are left out.
 */
const date = (v: unknown): string | undefined => isoDate(v)?.toISOString();

/** Drops undefined values so they don't show up as keys. */
function clean(o: Node): Node {
  for (const k in o) if (o[k] === undefined) delete o[k];
  return o;
}

/** Reading a property of any value but null/undefined is safe, so `?.` guards CMS data. */
type Loose = { [key: string]: unknown } | null | undefined;

function party(type: string, v: unknown): Node | undefined {
  const name = text((v as Loose)?.name);
  return name ? clean({ '@type': type, name, url: url((v as Loose)?.url) }) : undefined;
}

/**
 * Keeps the first comments in the host's order (usually the thread's) and
 * nests replies by `parentId`. No recursion, so a reply chain thousands deep
 * can't overflow the stack. A reply to a missing comment is top-level; a
 * parent cycle is cut at its first comment in list order.
 */
function commentTree(list: unknown, pageUrl: string | undefined): { tree: Node[]; count: number } {
  type Entry = { id?: string; parent?: string; node: Node };
  const kept: Entry[] = [];
  let count = 0;
  for (const c of Array.isArray(list) ? (list as unknown[]) : []) {
    const { id, parentId, body, createdAt, author, status } = (c ?? {}) as Partial<ArticleCommentData>;
    const t = str(body);
    const dateCreated = date(createdAt);
    // Pending, deleted and removed comments are not on the page for search engines either.
    if (!t || !dateCreated || (status != null && status !== 'published') || count++ >= MAX_JSON_LD_COMMENTS) continue;
    // Ids as the thread reads them (any non-empty text, white space kept), so the urls name its anchors.
    const k = typeof id == 'string' && id ? id : undefined;
    // (A lone surrogate, half an emoji, made U+FFFD: encodeURIComponent throws on it.)
    const node = clean({ '@type': 'Comment', text: t, dateCreated, author: party('Person', author), url: pageUrl && k && `${pageUrl}#comment-${encodeURIComponent(k.replace(/[\ud800-\udfff]/gu, '\ufffd'))}` });
    kept.push({ id: k, parent: parentId as string | undefined, node });
  }
  // Comments without an id can't be parents; `undefined` is no key, so `byId.get(undefined)` finds nothing.
  const byId = new Map<unknown, Entry>(kept.filter((e) => e.id).map((e) => [e.id, e]));
  const tree: Node[] = [];
  for (const e of kept) {
    let parent = byId.get(e.parent);
    // Walk up (at most `kept.length` steps, as another cycle may sit above); meeting `e` means a cycle.
    for (let up = parent, n = 0; up && n < kept.length; up = byId.get(up.parent), n++) {
      if (up === e) {
        parent = e.parent = undefined;
        break;
      }
    }
    (parent ? (parent.node.comment ??= []) : tree).push(e.node);
  }
  return { tree, count };
}

/**
 * JSON-LD for a post. Always `BlogPosting`: Google excludes a blog post that
 * answers a question from QAPage results, and shows FAQPage results only for
 * government and health sites.
 */
export function adviceArticleJsonLd(post: AdvicePost, options?: AdviceArticleJsonLdOptions): Record<string, unknown> {
  const p = (post ?? {}) as Partial<AdvicePost>;
  const pageUrl = url(p.url);
  const datePublished = date(p.publishedAt);
  if (!datePublished && process.env.NODE_ENV !== 'production') {
    const given = typeof p.publishedAt === 'string' ? `"${p.publishedAt}"` : 'missing';
    warnOnce(`adviceArticleJsonLd: publishedAt ${given} is not an ISO 8601 date (with an offset if it has a time); datePublished is left out.`);
  }
  const publisher = party('Organization', p.publisher);
  const logo = url((p.publisher as Loose)?.logoUrl);
  if (publisher && logo) publisher.logo = { '@type': 'ImageObject', url: logo };
  // The column is the series the post belongs to; the newsletter only when there is no column.
  const series = party('CreativeWorkSeries', p.column) ?? party('CreativeWorkSeries', p.newsletter);
  // Comments are anchored on the page, not after a fragment its url already has (`#top#comment-c1`).
  const { tree, count } = commentTree(p.comments, pageUrl?.replace(/#.*/, ''));
  let inLanguage: string | undefined;
  try {
    inLanguage = Intl.getCanonicalLocales(options?.locale)[0];
  } catch {} // a malformed locale is left out
  // The page's rule: a whole number from 0, or text of one ("15").
  const n = cmsCount(p.commentCount);
  if (process.env.NODE_ENV !== 'production' && n == null && p.commentCount != null) warnOnce('adviceArticleJsonLd: commentCount is not a whole number from 0, nor text of one; it is left out.');
  return clean({
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    // Google truncates headlines past 110 characters; kept whole, the page's own title.
    headline: text(p.headline),
    description: text(p.dek),
    inLanguage,
    url: pageUrl,
    mainEntityOfPage: pageUrl,
    image: url(p.imageUrl),
    datePublished,
    dateModified: date(p.updatedAt),
    // Without a columnist, the publisher is the author.
    author: party('Person', p.author) ?? party('Organization', p.publisher),
    publisher,
    isPartOf: series,
    commentCount: n ?? (Array.isArray(p.comments) ? count : undefined),
    comment: tree.length ? tree : undefined,
  });
}

/**
 * JSON that is safe inside `<script>`: `<`, `>` and `&` can't close the element
 * or open a comment, and U+2028/U+2029 can't end a line in older JS parsers.
 * `JSON.parse` gives back the same data.
 */
export function serializeJsonLd(data: unknown): string {
  return (JSON.stringify(data) ?? 'null').replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
