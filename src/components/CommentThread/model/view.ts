/**
 * The visible slice of a comment tree: which comments render, at which visual
 * level, and where the "Show N more" buttons go. Pure and iterative, and its cost
 * grows with what is shown, never with the size of the thread: a collapsed
 * subthread or an unshown page is never walked.
 *
 * Lists nest up to `maxDepth` levels. Replies below that render in the list of
 * the comment at the cap, right after it (pre-order), each with reply context,
 * so a 10,000-deep chain is 10,000 siblings, never 10,000 nested lists.
 */
import type { CommentNode } from './tree';

export interface ViewComment {
  kind: 'comment';
  node: CommentNode;
  /** 0 for top level, up to `maxDepth`. */
  level: number;
  /**
   * Whom it answers, when the list structure does not say so: the parent of a
   * reply flattened at the cap, the target of a flat "@Name" reply, or
   * `missing` for an orphan.
   */
  context?: CommentNode | 'missing' | undefined;
  /** Its replies' own list, when they nest under it. */
  replies?: ViewEntry[] | undefined;
  /** Shown replies: the toggle's state. */
  expanded: boolean;
}

/** A "Show N more replies/comments" button. */
export interface ViewMore {
  kind: 'more';
  /** The comment whose replies continue, or null for top-level comments. */
  parent: CommentNode | null;
  /** Already passed by the host, so shown at once. */
  local: number;
  /** More replies the host says exist (`replyCount`) but has not passed. */
  remote: number;
}

export type ViewEntry = ViewComment | ViewMore;

export interface ViewOptions {
  /** Top-level comments shown. */
  rootsShown: number;
  /** Nesting levels, a whole number ≥ 0 (the thread clamps the host's). */
  maxDepth: number;
  isExpanded: (node: CommentNode) => boolean;
  /** Replies shown under a comment the reader has paged or opened; undefined for the default. */
  childrenShown: (node: CommentNode) => number | undefined;
  /** Replies shown per comment by default. */
  replyPageSize: number;
  /**
   * Replies shown by default in one top-level thread, all levels together, so
   * a first page stays a page however popular its first comments are. What
   * the reader opens or pages is not counted. (≥ 0.)
   */
  threadBudget: number;
  /** Reply context for top-level comments (flat lists). */
  contextOf?: (node: CommentNode) => CommentNode | undefined;
  /** Replies the host has but did not pass: `replyCount` minus the replies passed. */
  remoteReplies?: ((node: CommentNode) => number) | undefined;
  /** Whether the host can load more top-level comments, and how many it has (0 if unknown). */
  moreRoots?: boolean | undefined;
  remoteRoots?: number | undefined;
}

type Frame =
  | { node: CommentNode; list: ViewEntry[]; level: number; context?: CommentNode | 'missing'; budget: { left: number } }
  | { more: ViewMore; list: ViewEntry[] };

export function buildView(roots: readonly CommentNode[], options: ViewOptions): ViewEntry[] {
  const { maxDepth, isExpanded, childrenShown, contextOf, remoteReplies } = options;
  const entries: ViewEntry[] = [];
  const shownRoots = roots.slice(0, options.rootsShown);
  const stack: Frame[] = [];
  for (let i = shownRoots.length; i--; ) {
    const root = shownRoots[i]!;
    stack.push({
      node: root,
      list: entries,
      level: 0,
      context: root.orphaned ? 'missing' : contextOf?.(root),
      budget: { left: options.threadBudget },
    });
  }
  while (stack.length) {
    const frame = stack.pop()!;
    if ('more' in frame) {
      frame.list.push(frame.more);
      continue;
    }
    const { node, list, level, budget } = frame;
    const remote = Math.max(0, remoteReplies?.(node) ?? 0);
    const explicit = childrenShown(node);
    // (Never negative: a thread spends at most what is left of its budget.)
    const page = explicit ?? Math.min(options.replyPageSize, budget.left);
    // Open by default with the thread's budget spent: shown collapsed ("Show
    // N replies", one button), not open with none shown and "Show N more".
    const expanded = node.children.length > 0 && isExpanded(node) && page > 0;
    const entry: ViewComment = { kind: 'comment', node, level, expanded };
    if (frame.context) entry.context = frame.context;
    list.push(entry);
    // Collapsed, or nothing passed yet and nothing more to fetch. (Replies the
    // host has not passed, under a comment with none passed, get their button.)
    if (!expanded && (node.children.length > 0 || remote === 0)) continue;
    const kids = node.children.slice(0, page);
    if (explicit === undefined) budget.left -= kids.length;
    const nested = level < maxDepth;
    const target = nested ? (entry.replies = []) : list;
    const local = node.children.length - kids.length;
    if (local > 0 || remote > 0) stack.push({ more: { kind: 'more', parent: node, local, remote }, list: target });
    for (let k = kids.length; k--; ) {
      stack.push({ node: kids[k]!, list: target, level: nested ? level + 1 : level, context: nested ? undefined : node, budget });
    }
  }
  // Last: "Show N more comments".
  const hiddenRoots = roots.length - shownRoots.length;
  if (hiddenRoots > 0 || options.moreRoots) {
    entries.push({ kind: 'more', parent: null, local: hiddenRoots, remote: options.remoteRoots ?? 0 });
  }
  return entries;
}
