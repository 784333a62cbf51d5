import * as React from 'react';
import { warnOnce } from '../../internal/dev';
import { composing } from '../../internal/keys';
import { session } from '../../internal/session';
import { numberFormat, pluralRules } from '../../internal/intl';
import { useMessages } from '../../internal/messages';
import { SectionHeadingLevel } from '../../internal/section';
import { Announcer } from '../Announcer';
import { CLAMP_LENGTH, attempt, commentDomId, commentForm, entryItems, refocus, toCount } from './Comment';
import { CommentDialog } from './CommentDialog';
import type { DialogState, FormKey, Thread, UiDraft, UiState } from './thread';
import { commentThreadMessages, type CommentThreadMessages } from './messages';
import { tokenizeBody, type TokenizedBody } from './model/body';
import { nameIndex, resolveReplyTargets, type NameIndex } from './model/mentions';
import { buildCommentTree, sortRoots, type CommentNode, type RootOrder } from './model/tree';
import type { CommentData, CommentDataIssue } from './model/types';
import { timeTexts } from './model/time';
import { buildView, type ViewMore } from './model/view';
import * as styles from './CommentThread.css';


/**
 * Printing, from `beforeprint` to `afterprint`: clamped bodies print whole. A store,
 * not state: React renders a store's change before the browser lays the page out for
 * paper (in the microtask after the listener), where a state update from an event
 * React does not know would render too late; and it needs no `flushSync`, whose
 * react-dom import every widget's bundle would carry.
 */
let printingNow = false;
function onPrint(changed: () => void) {
  const listener = (event: Event) => {
    printingNow = event.type == 'beforeprint';
    changed();
  };
  window.addEventListener('beforeprint', listener);
  window.addEventListener('afterprint', listener);
  return () => {
    window.removeEventListener('beforeprint', listener);
    window.removeEventListener('afterprint', listener);
  };
}

export const commentSorts = ['oldest', 'newest', 'replies'] as const;
export type CommentSort = (typeof commentSorts)[number];

export const commentLayouts = ['auto', 'nested', 'flat'] as const;
export type CommentLayout = (typeof commentLayouts)[number];

export interface CommentSortOption {
  label: string;
  /** Orders top-level comments; ties keep the current order. If it throws, the default order is used. */
  compare: (a: CommentData, b: CommentData) => number;
}

export interface CommentThreadProps extends Omit<React.HTMLAttributes<HTMLElement>, 'onReset'> {
  /** The host's comments: a flat array in any order. */
  comments: readonly CommentData[];
  /** The time relative dates count from ("3 days ago"). Pass the same value to the server and the browser. Without it, absolute dates are shown. */
  now?: string | number | Date | undefined;
  /** BCP 47 locale for dates, numbers and plurals. Default: a `MessagesProvider`'s, else English (`en`), never the runtime's (which differs between server and browser). */
  locale?: string | undefined;
  /** Time zone for absolute dates, and for which day was "yesterday". Default: `UTC`. */
  timeZone?: string | undefined;
  /** `flat` keeps source order and turns leading "@Name" into reply context; `auto` is flat when no comment has a `parentId`. Default: `auto`. */
  layout?: CommentLayout | undefined;
  /** The post's author, badged "Author". */
  postAuthorId?: string | null | undefined;
  /** Matches the author by name when ids are missing (flat imports). */
  postAuthorName?: string | null | undefined;
  /** The reader: their own pending comments show, and their own comments get Edit and Delete. */
  viewerId?: string | null | undefined;
  /** All comments the host has, loaded or not, for the heading. Default: the comments shown. */
  totalCount?: number | undefined;
  /** The thread heading's level; each comment's heading is one below. Default: 2. Inside AdviceArticle's comments section the thread has no heading of its own: the section's "15 Comments" is its heading. */
  headingLevel?: 2 | 3 | 4 | 5 | undefined;
  /** Nesting shown before replies continue at the same level with reply context. Default: 3. */
  maxDepth?: number | undefined;
  /** The longest comment your back end accepts, in characters; the composer takes no more. Default: 20,000. */
  maxLength?: number | undefined;
  /** Top-level comments per page. Default: 20. */
  pageSize?: number | undefined;
  /** Replies shown per comment before "Show N more replies". Default: 10. (A first page shows 60 replies at most: a full page of 20 threads opens 3 per thread.) */
  replyPageSize?: number | undefined;
  /** Levels of replies open at first; deeper ones sit behind "Show N replies". Default: 3. */
  replyDepth?: number | undefined;
  /** Sort order of top-level comments (controlled). */
  sort?: CommentSort | (string & {}) | undefined;
  /** The first sort order, uncontrolled: `oldest` (the default), `newest`, `replies`, or a `sortOptions` key. */
  defaultSort?: CommentSort | (string & {}) | undefined;
  /** The reader picked another order (a key, as in `sort`). */
  onSortChange?: ((sort: string) => void) | undefined;
  /** The host's own orders, by key, next to oldest, newest and most replies. */
  sortOptions?: Record<string, CommentSortOption> | undefined;
  /** A comment to reveal, scroll to, focus and highlight (the page's `#comment-{id}` does the same), also once comments first arrive in a thread that mounted without them. */
  highlightedId?: string | null | undefined;
  /** Whether the host has more top-level comments to load. */
  hasMore?: boolean | undefined;
  /** Load the next page: resolve after adding the comments to `comments`. */
  onLoadMore?: (() => Promise<unknown>) | undefined;
  /** Load more replies to a comment whose `replyCount` exceeds the replies passed. */
  onLoadMoreReplies?: ((parentId: string) => Promise<unknown>) | undefined;
  /** Post a reply (`parentId`) or a new comment (`null`). Reject to keep the text and offer a retry. */
  onReply?: ((parentId: string | null, text: string) => Promise<unknown>) | undefined;
  /** Like (`true`) or unlike (`false`); shown at once, undone if the promise rejects. One at a time per comment. */
  onLike?: ((id: string, liked: boolean) => Promise<unknown> | void) | undefined;
  /** `reason` is the key of the chosen `messages.reportReasons` entry (`spam`, `abuse`, `personal`, `offTopic`, or your own keys), never its translated label. Reject to say it failed. */
  onReport?: ((id: string, reason: string) => Promise<unknown> | void) | undefined;
  /** Save an edit of the viewer's own comment (offered when `permissions.canEdit`). Reject to keep the text and offer a retry. */
  onEdit?: ((id: string, text: string) => Promise<unknown>) | undefined;
  /** Delete the viewer's own comment (offered when `permissions.canDelete`), after a confirming dialog. When `comments` changes (mark it deleted, or drop it), before the promise resolves or after, focus moves to its placeholder or a comment beside it, not to the page. */
  onDelete?: ((id: string) => Promise<unknown>) | undefined;
  /** Render a body yourself (content you have already sanitised). A comment it throws for, or returns nothing or something React cannot render for (a rich-text object), shows careerkit's plain text. */
  renderBody?: ((comment: CommentData) => React.ReactNode) | undefined;
  /** Each data problem, once: duplicates, cycles, orphans, bad dates… Called in the browser after render (an effect), never during a server render. */
  onDataIssue?: ((issue: CommentDataIssue) => void) | undefined;
  /**
   * Keep the reader's unsent comment and replies (and the reply box they were
   * writing in) in sessionStorage under this key (the post's id, say), so a draft outlives a
   * reload, a visit to another page, or your modal or drawer closing. Each is
   * removed once sent; one still sending when the thread mounts again shows as
   * sending, then clears, or stays with "Try again" if the send fails. (Edits
   * are not kept: they start again from the comment.)
   * Read when the thread mounts: where one page shows post after post, give the
   * thread a React `key` per post. One key per mounted thread: two threads
   * sharing one would overwrite each other's drafts (a development warning
   * says so). The key is the sessionStorage key itself: keep it apart from
   * your own keys and from a NewsletterSignup's (`comments:post-42`, say).
   */
  persistKey?: string | undefined;
  /** Strings of your own over the defaults (or a `MessagesProvider`'s): headings, buttons, badges, announcements. */
  messages?: Partial<CommentThreadMessages> | undefined;
}

/**
 * Replies a first page shows before the reader asks for more: its threads
 * share them (3 each in a full page of 20, a page of `replyPageSize` each when
 * there are few), so its server render is a page's worth of markup however
 * popular the first threads are.
 */
const PAGE_REPLIES = 60;

const positive = (value: number | undefined, fallback: number) =>
  Number.isFinite(value) && value! >= 1 ? Math.floor(value!) : fallback;

/** What is kept under `key` (see persistKey), as far as it is usable: whatever is there may be old, or not ours. Text for reply forms only. */
function keptDrafts(key: string): { drafts: Record<string, string>; replying?: unknown } {
  let kept: { drafts?: object; replying?: unknown } | null = null;
  try {
    kept = JSON.parse(session(key)!);
  } catch {}
  const drafts: Record<string, string> = {};
  for (const [form, value] of Object.entries(kept?.drafts ?? {})) if (form[0] == 'r' && typeof value == 'string' && value) drafts[form] = value;
  return { drafts, replying: kept?.replying };
}

/** Keeps `drafts` (by form key) and the open reply box under `key`; no drafts, nothing kept. */
function keepDrafts(key: string, drafts: Record<string, string>, replying: unknown): void {
  session(key, Object.keys(drafts).length ? JSON.stringify({ drafts, replying }) : null);
}

/**
 * Sends in flight, by persistKey and form key, until they settle: a thread
 * mounted meanwhile (a host's modal closed and opened again) restores such a
 * draft as sending, and takes what comes of it.
 */
const inFlight = new Map<string, Promise<unknown>>();

/** Development only: how many mounted threads keep drafts under each persistKey. */
const keyUsers = process.env.NODE_ENV !== 'production' ? new Map<string, number>() : null;

/**
 * The comment the page's hash names. Read in effects only, but not every
 * environment that runs effects has a `location` (a test's DOM shim, for one).
 */
function hashTarget(): string | null {
  const match = /^#comment-(.+)$/.exec(globalThis.location?.hash ?? '');
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    // A "%" that is no escape: the id as written (`50%off`); a malformed escape then finds nothing.
    return match[1]!;
  }
}

/**
 * The reader discussion under a post, after the BBC GEL comments pattern: a
 * section named by a heading with the count, nested `<ol>`s of `<article>`s.
 * It takes the host's flat array as it comes (any order, any damage), renders
 * the first page on the server, and does everything else through the host's
 * callbacks. Only what is shown is rendered, so a 10,000-comment thread costs
 * what its first page costs.
 */
export function CommentThread(props: CommentThreadProps) {
  const {
    comments,
    now,
    locale: localeProp,
    timeZone = 'UTC',
    layout = 'auto',
    postAuthorId,
    postAuthorName,
    viewerId,
    totalCount,
    headingLevel = 2,
    maxDepth = 3,
    pageSize: pageSizeProp,
    replyPageSize: replyPageSizeProp,
    maxLength,
    replyDepth = 3,
    sort: sortProp,
    defaultSort = 'oldest',
    onSortChange,
    sortOptions,
    highlightedId,
    hasMore = false,
    onLoadMore,
    onLoadMoreReplies,
    onReply,
    onLike,
    onReport,
    onEdit,
    onDelete,
    renderBody,
    onDataIssue,
    persistKey,
    messages,
    className,
    // Every prop is named above, so `rest` holds only HTML attributes. (The
    // comments read the ids, `renderBody` and the actions through `props`.)
    ...rest
  } = props;
  const [text, locale] = useMessages('CommentThread', commentThreadMessages, messages, localeProp);
  const pageSize = positive(pageSizeProp, 20);
  const replyPageSize = positive(replyPageSizeProp, 10);
  // Inside a section that already says "15 Comments" (AdviceArticle's), the thread has no heading of its own.
  const titled = React.useContext(SectionHeadingLevel);
  const level = titled || ([2, 3, 4, 5].includes(headingLevel) ? headingLevel : 2);
  const items = Array.isArray(comments) ? comments : [];

  const tree = React.useMemo(() => buildCommentTree(items, { viewerId, maxIssues: 1000 }), [items, viewerId]);
  const flat = layout === 'flat' || (layout !== 'nested' && !items.some((c) => c?.parentId));
  const targets = React.useMemo(
    () => (flat ? resolveReplyTargets(items as CommentData[], { postAuthorName }) : null),
    [flat, items, postAuthorName],
  );
  // Bodies are tokenized once per comment (and clamp state), not per render:
  // opening one subthread re-renders the page, and must cost a frame. (Names
  // are cheap to clean, and are not cached.)
  const bodyOf = React.useMemo(() => {
    const bodies = new WeakMap<CommentData, TokenizedBody[]>();
    let index: NameIndex | undefined;
    return (comment: CommentData, clamped: boolean) => {
      let cached = bodies.get(comment);
      if (!cached) bodies.set(comment, (cached = []));
      return (cached[+clamped] ??= tokenizeBody(comment.body, {
        maxLength: clamped ? CLAMP_LENGTH : undefined,
        // Every name in the thread, for "@Mary Ann"-style mentions: built the
        // first time a body has an "@" (it reads every shown comment, so a
        // thread nobody mentions anyone in never pays for it), each distinct
        // name cleaned once. (The tree gives every comment a string body.)
        names: comment.body.includes('@')
          ? (index ??= nameIndex([postAuthorName, ...new Set(Array.from(tree.byId.values(), (node) => node.comment.author?.name))]))
          : undefined,
      }));
    };
  }, [tree, postAuthorName]);

  // Data issues: each once per thread, however often the data is re-sent.
  const reported = React.useRef(new Set<string>());
  const report = (issues: readonly CommentDataIssue[]) => {
    for (const issue of issues) {
      const key = `${issue.kind}|${issue.id ?? ''}|${issue.message}`;
      if (reported.current.has(key)) continue;
      reported.current.add(key);
      if (process.env.NODE_ENV !== 'production') {
        warnOnce(`CommentThread: ${issue.kind}${issue.id ? ` (comment "${issue.id}")` : ''}: ${issue.message}.`);
      }
      attempt('onDataIssue', () => onDataIssue?.(issue), () => {});
    }
  };
  // The tree's, when the data changes.
  React.useEffect(() => report(tree.issues), [tree, onDataIssue]);
  // Those of the comments this render showed (their own fields: names, URLs,
  // dates; see Thread.issue), after each commit. Usually none.
  const found: CommentDataIssue[] = [];
  React.useEffect(() => report(found));

  // Sorting: controlled or not; unknown keys fall back to oldest.
  const [ownSort, setOwnSort] = React.useState(defaultSort);
  let sortKey = sortProp ?? ownSort;
  // Text only: a router hands over `?sort=a&sort=b` as an array, which <select> refuses.
  if (typeof sortKey != 'string') {
    if (process.env.NODE_ENV !== 'production') warnOnce('CommentThread: sort is not text; using "oldest".');
    sortKey = 'oldest';
  }
  const roots = React.useMemo(() => {
    if (flat && !sortOptions) return tree.roots;
    const custom = sortOptions?.[sortKey];
    // sortRoots reads any key but newest and replies as oldest: also the order when the host's compare throws.
    const own = () => sortRoots(tree, sortKey as RootOrder);
    return custom?.compare
      ? attempt('compare', () => [...tree.roots].sort((a, b) => custom.compare(a.comment, b.comment) || 0), own)
      : own();
  }, [tree, flat, sortKey, sortOptions]);

  const [rootsShown, setRootsShown] = React.useState(pageSize);
  // Fixed at the first render with comments (at mount, or once a host that fetches them in
  // the browser passes them): comments loaded later never hide replies already shown.
  // (A ref set once, not state: a render-phase update would render the whole page twice.)
  const budget = React.useRef(0);
  if (!budget.current && tree.roots.length)
    budget.current = Math.min(replyPageSize, Math.floor(PAGE_REPLIES / Math.min(pageSize, tree.roots.length)));
  const threadBudget = budget.current;
  // The reader's state of each comment: replies open, paged, bodies opened,
  // likes, drafts and their sending (see UiState).
  const [ui, setUi] = React.useState<UiState>(() => new Map());
  // As last rendered, for a load that lands after the reader changed it.
  const shown = React.useRef(ui);
  shown.current = ui;
  /** Changes `ui` in a copy (React state is never changed in place). */
  const update = (change: (next: UiDraft) => void) =>
    setUi((current) => {
      // A plain Map underneath; UiDraft only types its keys by letter.
      const next = new Map(current as unknown as Map<string, unknown>) as unknown as UiDraft;
      change(next);
      return next;
    });
  const set: Thread['set'] = (key, value) =>
    update((next) => (value === undefined ? next.delete(key) : next.set(key, value)));
  const [replyingTo, setReplyingTo] = React.useState<string | null>(null);
  // Capped: from 1e21 a number prints as "1e+21", and the browser reads maxlength="1e+21" as 1.
  const limit = Math.min(positive(maxLength, 20000), 1e9);
  // Drafts kept for the reader (see persistKey). Read after hydration (the
  // server's empty forms and the browser's first render agree), and not written
  // back that time: the state has not taken them yet. Then written on each change.
  const restored = React.useRef<string>(undefined);
  React.useEffect(() => {
    if (!persistKey) return;
    if (restored.current === persistKey) {
      const drafts: Record<string, string> = {};
      for (const [key, value] of ui as unknown as Map<string, unknown>) if (key.startsWith('dr') && value) drafts[key.slice(1)] = value as string;
      return keepDrafts(persistKey, drafts, replyingTo);
    }
    // (Read again for a new key: writing would replace what was kept under it.)
    restored.current = persistKey;
    const { drafts, replying } = keptDrafts(persistKey);
    // In one update: one per draft copied the state once each, and thousands froze the page.
    update((next) => {
      for (const key in drafts) next.has(`d${key as FormKey}`) || next.set(`d${key as FormKey}`, drafts[key]!.slice(0, limit));
    });
    for (const key in drafts) {
      // Still sending from a thread that closed: shown as sending here, and settled here too.
      const sent = inFlight.get(persistKey + '\n' + key);
      if (sent && !ui.has(`d${key as FormKey}`)) submit(key as FormKey, sent);
    }
    // (A box opened for a comment that is gone, or takes no replies now, does not render: see commentItem.)
    if (typeof replying == 'string') setReplyingTo(replying);
  }, [ui, replyingTo, persistKey]);
  if (process.env.NODE_ENV !== 'production')
    // (A hook under a condition that is fixed for a build: production bundles drop it.)
    React.useEffect(() => {
      if (!persistKey) return;
      const users = keyUsers!.get(persistKey) ?? 0;
      if (users) warnOnce(`CommentThread: two mounted threads share persistKey "${persistKey}", so they overwrite each other's drafts. Give each thread its own key.`);
      keyUsers!.set(persistKey, users + 1);
      return () => void keyUsers!.set(persistKey, keyUsers!.get(persistKey)! - 1);
    }, [persistKey]);
  const [dialog, setDialog] = React.useState<DialogState | null>(null);
  const afterDelete = React.useRef<() => void>(undefined);
  React.useEffect(() => afterDelete.current?.(), [tree]);
  // What is loading, each at most once: '' for top-level comments, else the parent's id.
  const [loading, setLoading] = React.useState<string[]>([]);
  const [highlighted, setHighlighted] = React.useState<string | null>(null);
  const printing = React.useSyncExternalStore(onPrint, () => printingNow, () => false);
  // Comments whose like the host has not answered yet (see toggleLike).
  const liking = React.useRef(new Set<string>()).current;
  // The live region's props: a new key says the same message again.
  const [announcement, setAnnouncement] = React.useState({ message: '', announceKey: 0 });
  // After load more / reveal, what to focus once it is in the DOM: comment `id`,
  // or (`from` set) the first new one in the list of `id`'s replies ('' for the
  // top level). `scroll`: a revealed comment, scrolled to the middle.
  const [focusRequest, setFocusRequest] = React.useState<{ id: string; from?: number; scroll?: boolean } | null>(null);

  const announce = (message: string) => setAnnouncement((a) => ({ message, announceKey: a.announceKey + 1 }));
  // (A depth that is no number is the default: an object with a `toString` key would throw in the comparison.)
  const isExpanded = (node: CommentNode) => ui.get(`x${node.comment.id}`) ?? node.depth < (Number.isFinite(replyDepth) ? replyDepth : 3);
  // Replies the reader opened show a full page; default ones share the thread's budget.
  const childrenShown = (node: CommentNode) =>
    ui.get(`n${node.comment.id}`) ?? (ui.get(`x${node.comment.id}`) ? replyPageSize : undefined);

  // For the heading: all the host has, when it says so and it is more than is here.
  const count = Math.max(tree.visibleCount, Number.isFinite(totalCount) ? Math.floor(totalCount!) : 0);
  const view = buildView(roots, {
    rootsShown,
    maxDepth: Number.isFinite(maxDepth) ? Math.max(0, Math.min(6, Math.floor(maxDepth))) : 3,
    isExpanded,
    childrenShown,
    replyPageSize,
    threadBudget,
    contextOf: targets
      ? (node) => {
          const id = targets.get(node.comment.id)?.[0];
          return id ? tree.byId.get(id) : undefined;
        }
      : undefined,
    remoteReplies: onLoadMoreReplies
      ? (node) => toCount(node.comment.replyCount) - node.children.length
      : undefined,
    moreRoots: hasMore && !!onLoadMore,
    remoteRoots: hasMore && onLoadMore ? count - tree.visibleCount : 0,
  });

  // Reveal a comment named by the hash or `highlightedId`: open its ancestors,
  // page it in, then scroll to it, focus it and highlight it.
  const reveal = (id: string | null | undefined) => {
    // (Text only: a router hands over `?comment=a&comment=b` as an array.)
    const node = typeof id == 'string' ? tree.byId.get(id) : undefined;
    if (!node) return;
    update((next) => {
      for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
        const id = parent.comment.id;
        next.set(`x${id}`, true);
        const index = parent.children.indexOf(child);
        if (index >= (next.get(`n${id}`) ?? 0)) next.set(`n${id}`, Math.max(index + 1, replyPageSize));
      }
    });
    let root = node;
    while (root.parent) root = root.parent;
    const rootIndex = roots.indexOf(root);
    if (rootIndex >= rootsShown) setRootsShown(rootIndex + 1);
    setHighlighted(node.comment.id);
    setFocusRequest({ id: node.comment.id, scroll: true });
  };
  const revealRef = React.useRef(reveal);
  revealRef.current = reveal;
  // No comments yet: a host that fetches them in the browser mounts the thread empty,
  // and what `highlightedId` or the hash names is revealed once they arrive. Only the
  // first time: a host that refetches through an empty list (a sort change) must not
  // take the reader back to it each time.
  const had = React.useRef(false);
  const empty = !(had.current ||= tree.byId.size > 0);
  // `empty` as the effect below last saw it (none at mount).
  const sawEmpty = React.useRef<boolean>(undefined);
  // (One effect: adding the listeners again when `highlightedId` changes costs nothing.)
  React.useEffect(() => {
    const onHash = () => revealRef.current(hashTarget());
    // Escape in a reply or edit box cancels it (commentForm), and only that: a host's modal
    // around the thread (Radix listens on the document, before the box hears it) closed too,
    // draft and all. Marked as handled here, first, so the modal leaves it.
    const onKey = (event: KeyboardEvent) => {
      if (event.key == 'Escape' && !composing(event) && (event.target as Element).matches?.('[aria-keyshortcuts=Escape]')) event.preventDefault();
    };
    // The hash only when the thread mounts or its comments arrive: a host that clears
    // `highlightedId` must not take the reader back to the hash's comment.
    const arrived = sawEmpty.current !== empty;
    sawEmpty.current = empty;
    revealRef.current(highlightedId ?? (arrived ? hashTarget() : null));
    // (`window.`: a bare addEventListener is not there where only `window` is, as in a jsdom set up by hand.)
    window.addEventListener('hashchange', onHash);
    window.addEventListener('keydown', onKey, true);
    return () => {
      window.removeEventListener('hashchange', onHash);
      window.removeEventListener('keydown', onKey, true);
    };
  }, [highlightedId, empty]);

  // Focus after load more / reveal, once the new comments are in the DOM.
  React.useEffect(() => {
    if (!focusRequest) return;
    const { id, from, scroll } = focusRequest;
    const list = from === undefined ? null : id ? (tree.byId.get(id)?.children ?? []) : roots;
    // Nothing new in the list (the host's count was stale): the request ends now, or a comment
    // arriving later would take focus, "loaded". The last one shown takes focus, if it fell with the button.
    const none = list && !list[from!];
    const target = list ? list[from! - +!!none]?.comment.id : id;
    const element = target ? document.getElementById(commentDomId(target)) : null;
    if (!element && !none) return;
    setFocusRequest(null);
    // Not out of a form field: the reader may have begun a reply while a slow page loaded.
    (document.activeElement as HTMLInputElement | null)?.form || (none && document.activeElement != document.body) || element?.focus({ preventScroll: scroll });
    // At once for a reader who asked for less motion, whatever `scroll-behavior` the host's CSS sets.
    if (scroll) element!.scrollIntoView?.({ block: 'center', behavior: window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 'instant' : 'auto' });
    const count = list ? Math.min(id ? replyPageSize : pageSize, list.length - from!) : 0;
    if (count > 0) announce(t.plural(count, id ? text.repliesLoaded : text.commentsLoaded));
  });

  const showMore = async (entry: ViewMore) => {
    const parent = entry.parent;
    const id = parent ? parent.comment.id : '';
    // What is on screen now: the "more" entry says how many are not (a host's
    // first page can be shorter than pageSize).
    const from = (parent ? parent.children : roots).length - entry.local;
    const run = parent ? onLoadMoreReplies && (() => onLoadMoreReplies(id)) : onLoadMore;
    // Nothing passed yet: the host's loader runs first, with `id` in
    // `loading` meanwhile (and is announced, and shows nothing new, if it fails).
    if (entry.local <= 0 && run) {
      setLoading((list) => [...list, id]);
      try {
        await run();
      } catch {
        announce(text.loadFailed);
        return;
      } finally {
        setLoading((list) => list.filter((other) => other !== id));
      }
    }
    if (parent) {
      set(`n${id}`, from + replyPageSize);
      // Closed by the reader while it loaded (this subthread, or one above it): it stays closed,
      // and focus stays where they are, then and when they open it again.
      for (let node: CommentNode | null = parent; node; node = node.parent) if (shown.current.get(`x${node.comment.id}`) === false) return;
      set(`x${id}`, true);
    } else setRootsShown(from + pageSize);
    setFocusRequest({ id, from });
  };

  /**
   * Sends a comment form's draft (keys: see UiState) through `onReply` or `onEdit`,
   * or, given `sent`, takes what comes of a send a closed thread began (see inFlight).
   */
  const submit = async (key: FormKey, sent?: Promise<unknown>) => {
    const id = key.slice(1);
    const edit = key[0] === 'e';
    const slot = persistKey + '\n' + key;
    if (!sent) {
      const body = (ui.get(`d${key}`) ?? '').trim();
      if (!(edit ? onEdit : onReply) || ui.get(`s${key}`) === 'sending') return;
      if (!body) {
        // Only spaces (an empty box the browser's `required` stops): say so, where they type.
        set(`s${key}`, 'empty');
        document.getElementById(`${threadId}-${key}`)?.focus();
        // Also when Ctrl/⌘+Enter sent it, and focus did not move.
        announce(text.writeFirst);
        return;
      }
      // (Async: a callback that throws rejects, as a promise that fails does.)
      sent = (async () => (edit ? onEdit!(id, body) : onReply!(id || null, body)))();
      if (persistKey && !edit) inFlight.set(slot, sent);
    }
    set(`s${key}`, 'sending');
    try {
      await sent;
    } catch {
      set(`s${key}`, 'failed');
      announce(edit ? text.actionFailed : text.sendFailed);
      return;
    } finally {
      // (In the turn that forgets a sent draft below: a thread mounted later finds a sent draft gone,
      // a failed one kept, and neither sending.)
      inFlight.delete(slot);
    }
    refocus(t, key);
    // Forgotten here, not by the effect that keeps drafts: a host may close its modal,
    // and the thread with it, as the post lands, and the draft must not come back.
    if (persistKey && !edit) {
      const { drafts, replying } = keptDrafts(persistKey);
      delete drafts[key];
      keepDrafts(persistKey, drafts, replying === id ? null : replying);
    }
    set(`s${key}`, undefined);
    // An edit closes with its draft gone.
    set(`d${key}`, undefined);
    if (edit) return;
    if (id) {
      setReplyingTo((current) => (current === id ? null : current));
      // Keep the new reply in view: its parent's replies open.
      set(`x${id}`, true);
    }
    announce(text.sent);
  };

  const plurals = pluralRules(locale);
  const numbers = numberFormat(locale);
  const threadId = React.useId();
  const t: Thread = {
    text,
    props,
    // `plural` from internal/intl, with its two formatters looked up once per render, not per comment.
    plural: (n, forms) => (forms[plurals.select(n)] ?? forms.other).replace('{count}', numbers.format(n)),
    // (A Date as its ISO string; an invalid one as null.)
    time: timeTexts(locale, timeZone, now instanceof Date ? now.toJSON() : now, text.justNow),
    headingLevel: level,
    id: threadId,
    maxLength: limit,
    issue: (kind, id, message) => found.push({ kind, id, message }),
    bodyOf,
    pageSize,
    replyPageSize,
    loading,
    highlighted,
    printing,
    afterDelete,
    replyingTo,
    ui,
    set,
    announce,
    showMore,
    // One at a time per comment: a double click sent like and unlike racing
    // each other, and two failures undid in turn, ending liked.
    toggleLike: async (id, liked) => {
      if (liking.has(id)) return;
      liking.add(id);
      set(`l${id}`, liked);
      try {
        await onLike?.(id, liked);
      } catch {
        set(`l${id}`, !liked);
        announce(text.likeFailed);
      }
      liking.delete(id);
    },
    setReplyingTo,
    submit,
    copyLink: async (id) => {
      const hash = `#${commentDomId(id)}`;
      try {
        // Undefined on an insecure page (a TypeError, caught like a refusal).
        await navigator.clipboard.writeText(location.href.replace(/#.*$/, '') + hash);
        announce(text.linkCopied);
      } catch {
        // Refused or unavailable: the address bar now holds the link, ready to copy by hand.
        // (Where that is refused too, as Safari does past 100 calls in 10 s, nothing is said:
        // the comment's time is still a link to it.)
        try {
          history.replaceState(history.state, '', hash);
          announce(text.linkInAddressBar);
        } catch {}
      }
    },
    // The dialog returns focus to the button that opened it: in Safari, which does not focus
    // a clicked button, what had focus was the page, and focus went back to its start.
    openDialog: (kind, id, opener) => setDialog({ kind, id, opener }),
  };

  const headingId = `${threadId}-heading`;
  const HeadingTag = `h${level}` as 'h2';
  const Root = titled ? 'div' : 'section';

  return (
    <Root
      {...rest}
      aria-labelledby={titled ? undefined : headingId}
      aria-busy={loading.length > 0 || undefined}
      className={`${styles.root} ${className ?? ''}`}
    >
      <div className={styles.head}>
        {titled ? null : <HeadingTag id={headingId}>{t.plural(count, text.heading)}</HeadingTag>}
        {(!flat || sortOptions) && tree.roots.length > 1 ? (
          <label className={styles.sort}>
            {text.sortLabel}
            <select
              value={sortKey}
              onChange={(event) => {
                const value = event.target.value;
                if (sortProp === undefined) setOwnSort(value);
                onSortChange?.(value);
              }}
            >
              {commentSorts.map((key) => (
                <option key={key} value={key}>
                  {text.sorts[key] ?? key}
                </option>
              ))}
              {Object.entries(sortOptions ?? {}).map(([key, option]) => (
                <option key={key} value={key}>
                  {option?.label || key}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </div>
      {onReply ? commentForm(t, 'r', text.newComment) : null}
      {view.length ? (
        <ol className={styles.list}>
          {entryItems(view, t)}
        </ol>
      ) : (
        <p className={styles.empty}>{text.empty}</p>
      )}
      <Announcer {...announcement} />
      {dialog ? (
        // Closes this dialog only: a report closed while sending may succeed after the reader opened another.
        <CommentDialog t={t} dialog={dialog} onClose={() => setDialog((open) => (open === dialog ? null : open))} />
      ) : null}
    </Root>
  );
}
