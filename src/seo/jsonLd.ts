/**
 * schema.org JSON-LD for an advice-column post. The data comes from a CMS, so
 * every field is checked and anything invalid is left out rather than emitted
 * wrong; the builder never throws.
 */
import type { AdvicePost, ArticleCommentData } from '../components/AdviceArticle/types';
import { warnOnce } from '../internal/dev';

export interface AdviceArticleJsonLdOptions {
  /** BCP 47 language of the post, emitted as `inLanguage` when valid. */
  locale?: string;
}

type Node = Record<string, unknown> & { comment?: Node[] };

/**
 * Beyond this many comments the JSON-LD only grows the page: search engines
 * read a sample, and `commentCount` still carries the full total. It also
 * bounds the nesting depth, so serializing can't overflow the stack.
 */
export const MAX_JSON_LD_COMMENTS = 100;

const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {});

/** Non-empty trimmed string, whitespace collapsed. */
const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.replace(/\s+/g, ' ').trim() : undefined);

/** Absolute http(s) URL only: no `javascript:`, relative paths, spaces or control characters. */
function url(v: unknown): string | undefined {
  const s = typeof v === 'string' ? v.trim() : '';
  return /^https?:\/\/[^\s\0-\x1f\x7f]+$/i.test(s) && URL.canParse(s) ? s : undefined;
}

/**
 * ISO 8601 with an offset or `Z`, emitted as UTC (`toISOString()`). A date-only
 * value ("2026-11-20") means the day, not an instant, and is read as UTC
 * midnight, as `Date` itself does. A date-time without an offset is rejected:
 * `Date` reads it in the machine's time zone, so server and browser disagree.
 * Non-ISO strings and impossible days (Feb 30, which `Date` rolls over) are
 * rejected too.
 */
function date(v: unknown): string | undefined {
  const s = typeof v === 'string' ? v.trim() : '';
  if (!/^\d{4}-\d\d-\d\d(T\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d))?$/.test(s)) return;
  const day = new Date(s.slice(0, 10));
  const d = new Date(s);
  return isNaN(d.getTime()) || isNaN(day.getTime()) || !day.toISOString().startsWith(s.slice(0, 10)) ? undefined : d.toISOString();
}

/** Drops undefined values so they don't show up as keys. */
function clean(o: Node): Node {
  for (const k in o) if (o[k] === undefined) delete o[k];
  return o;
}

/** A comment id: a non-empty string or a number. */
const key = (v: unknown): string | undefined => (typeof v === 'number' ? String(v) : text(v));

function party(type: string, v: unknown): Node | undefined {
  const p = obj(v);
  const name = text(p.name);
  return name ? clean({ '@type': type, name, url: url(p.url) }) : undefined;
}

function locale(v: unknown): string | undefined {
  try {
    return typeof v === 'string' && v ? Intl.getCanonicalLocales(v)[0] : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Nests replies by `parentId` breadth-first, without recursion, so a reply
 * chain thousands deep can't overflow the stack. A reply to a missing comment
 * is top-level; a parent cycle is broken at its first comment in list order.
 */
function commentTree(list: unknown, pageUrl: string | undefined): { tree: Node[]; count: number } {
  const entries: { id?: string; parent?: string; node: Node }[] = [];
  const kids = new Map<string | undefined, typeof entries>();
  for (const c of Array.isArray(list) ? (list as unknown[]) : []) {
    const { id, parentId, body, createdAt, author } = obj(c) as Partial<ArticleCommentData>;
    const t = typeof body === 'string' ? body.trim() : '';
    const dateCreated = date(createdAt);
    if (!t || !dateCreated) continue;
    const k = key(id);
    const anchor = pageUrl && k ? `${pageUrl.split('#')[0]}#comment-${encodeURIComponent(k)}` : undefined;
    entries.push({ id: k, parent: key(parentId), node: clean({ '@type': 'Comment', text: t, dateCreated, author: party('Person', author), url: anchor }) });
  }
  const ids = new Set(entries.map((e) => e.id));
  ids.delete(undefined);
  for (const e of entries) {
    if (!ids.has(e.parent)) continue;
    const siblings = kids.get(e.parent);
    if (siblings) siblings.push(e);
    else kids.set(e.parent, [e]);
  }

  const tree: Node[] = [];
  const seen = new Set<object>();
  const queue: [(typeof entries)[number], Node | undefined][] = [];
  const drain = () => {
    for (let i = 0; i < queue.length && seen.size < MAX_JSON_LD_COMMENTS; i++) {
      const [e, parent] = queue[i]!;
      if (seen.has(e)) continue;
      seen.add(e);
      (parent ? (parent.comment ??= []) : tree).push(e.node);
      for (const k of kids.get(e.id) ?? []) queue.push([k, e.node]);
    }
    queue.length = 0;
  };
  for (const e of entries) if (!ids.has(e.parent)) queue.push([e, undefined]);
  drain();
  // Anything still unseen hangs off a parent cycle: cut it at its first comment.
  for (const e of entries) if (!seen.has(e)) queue.push([e, undefined]), drain();
  return { tree, count: entries.length };
}

/**
 * JSON-LD for a post. Always `BlogPosting`: Google excludes a blog post that
 * answers a question from QAPage results, and shows FAQPage results only for
 * government and health sites.
 */
export function adviceArticleJsonLd(post: AdvicePost, options?: AdviceArticleJsonLdOptions): Record<string, unknown> {
  const p = obj(post) as Partial<AdvicePost>;
  const pageUrl = url(p.url);
  const datePublished = date(p.publishedAt);
  if (!datePublished && process.env.NODE_ENV !== 'production') {
    warnOnce(`adviceArticleJsonLd: publishedAt "${String(p.publishedAt)}" is not an ISO 8601 date with an offset; datePublished is left out.`);
  }
  const publisher = party('Organization', p.publisher);
  const logo = url(obj(p.publisher).logoUrl);
  if (publisher && logo) publisher.logo = { '@type': 'ImageObject', url: logo };
  // The column is the series the post belongs to; the newsletter only when there is no column.
  const series = party('CreativeWorkSeries', p.column) ?? party('CreativeWorkSeries', p.newsletter);
  const { tree, count } = commentTree(p.comments, pageUrl);
  const n = p.commentCount;
  return clean({
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    // Google truncates headlines past 110 characters; kept whole, the page's own title.
    headline: text(p.headline),
    description: text(p.dek),
    inLanguage: locale(options?.locale),
    url: pageUrl,
    mainEntityOfPage: pageUrl,
    image: url(p.imageUrl),
    datePublished,
    dateModified: date(p.updatedAt),
    // Without a columnist, the publisher is the author.
    author: party('Person', p.author) ?? party('Organization', p.publisher),
    publisher,
    isPartOf: series,
    commentCount: Number.isInteger(n) && n! >= 0 ? n : Array.isArray(p.comments) ? count : undefined,
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
