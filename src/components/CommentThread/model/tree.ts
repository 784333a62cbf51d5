/**
 * The comment tree: turns the host's flat, untrusted array into the forest the
 * thread renders. Pure, iterative (no recursion: reply chains can be thousands
 * deep) and O(n) apart from `sortRoots`.
 */
import { MAX_BODY_LENGTH } from './body';
import { toMillis } from './time';
import { commentStatuses, type CommentData, type CommentDataIssue } from './types';

export interface CommentNode {
  comment: CommentData;
  depth: number;
  parent: CommentNode | null;
  children: CommentNode[];
  /** Number of non-tombstone descendants shown under it (what "N replies" counts). */
  descendantCount: number;
  /** The reply's parent is not shown (hidden, missing, or cycle-broken): reply context must be shown from here. */
  orphaned: boolean;
  /** Deleted/removed, kept only because it has replies: the UI must not show its body. */
  tombstone: boolean;
}

export interface CommentTree {
  roots: CommentNode[];
  /** Shown nodes only, in input order. */
  byId: Map<string, CommentNode>;
  /**
   * Every input item is in `byId` (once), listed here with why, or left out by
   * the visibility rules (someone else's pending comment, a deleted/removed one
   * with nothing shown under it). Capped at `maxIssues` when given.
   */
  issues: CommentDataIssue[];
  /** Non-tombstone nodes, for the "15 Comments" heading. */
  visibleCount: number;
}

export interface BuildCommentTreeOptions {
  /** Whose pending comments to show (their own, awaiting moderation). */
  viewerId?: string | null;
  /** Stop recording issues after this many (a broken feed can produce one per comment). */
  maxIssues?: number;
}

export type RootOrder = 'oldest' | 'newest' | 'replies';

export function buildCommentTree(items: readonly unknown[], options: BuildCommentTreeOptions = {}): CommentTree {
  const { viewerId, maxIssues = Infinity } = options;
  const issues: CommentDataIssue[] = [];
  const report = (kind: CommentDataIssue['kind'], message: string, id?: string) => {
    if (issues.length < maxIssues) issues.push(id == null ? { kind, message } : { kind, id, message });
  };

  // 1. Validate, in input order. `list` holds the kept comments; indices into it
  // stand for comments from here on (and keep "first in input" comparable).
  const list: CommentData[] = [];
  const index = new Map<unknown, number>();
  // A plain loop, not forEach: holes in a sparse array are items too.
  for (let n = 0; n < items.length; n++) {
    // Optional chaining: primitives (and null) have no id and do not throw.
    const c = items[n] as Record<string, unknown> | null | undefined;
    const id = c?.id;
    if (typeof id != 'string' || !id) {
      report('missing-id', `item ${n} left out`);
      continue;
    }
    // First wins: the later copy is usually a re-sent page of the same feed.
    if (index.has(id)) {
      report('duplicate-id', `item ${n} left out`, id);
      continue;
    }
    // Fix what the renderer cannot cope with, in a copy so valid comments keep
    // their identity (hosts memoise on it).
    let copy: Record<string, unknown> | undefined;
    const fix = (kind: CommentDataIssue['kind'], key: string, value: string, message: string) => {
      report(kind, message, id);
      (copy ??= { ...c })[key] = value;
    };
    if (c.status != null && !commentStatuses.includes(c.status as never)) {
      fix('unknown-status', 'status', 'published', 'shown as published');
    }
    // Kept with an empty body rather than dropped: dropping would also cut its
    // replies off from their context, and the author and date are still good.
    if (typeof c.body != 'string') fix('invalid-body', 'body', '', 'shown empty');
    // Kept; '' tells the UI (and sortRoots) there is no usable date. A number
    // is Unix time (seconds when small, else milliseconds), made ISO.
    if (typeof c.createdAt == 'number') {
      const ms = toMillis(c.createdAt);
      fix('invalid-date', 'createdAt', ms === null ? '' : new Date(ms).toISOString(), 'a number, read as Unix time');
    } else if (typeof c.createdAt != 'string' || isNaN(Date.parse(c.createdAt))) {
      fix('invalid-date', 'createdAt', '', 'shown undated');
    }
    if (typeof c.body == 'string' && c.body.length > MAX_BODY_LENGTH) {
      report('invalid-body', `longer than ${MAX_BODY_LENGTH} characters; the rest is not shown`, id);
    }
    index.set(id, list.length);
    list.push((copy ?? c) as unknown as CommentData);
  }

  // 2. Resolve parents: an index, or -1 for top level, or -2 for "claims a
  // parent that is not there" (so it is an orphan). Falsy parentIds ('' too)
  // mean top level; others match ids strictly (the number 3 is not "3").
  const N = list.length;
  // Typed arrays: compact, zero-filled, and fast at 100,000 comments.
  const par = new Int32Array(N);
  list.forEach((c, i) => {
    const p = c.parentId;
    par[i] = p ? (index.get(p) ?? -2) : -1;
    if (par[i] == i) {
      par[i] = -1;
      report('self-parent', 'shown as top level', c.id);
    } else if (par[i] == -2) report('orphan', 'shown as top level', c.id);
  });

  // 3. Break cycles and order parents before children. Each comment has one
  // parent, so walking up from each start finds at most one cycle; states:
  // 0 = unseen, 1 = on this walk, 2 = done. Each cycle costs two walks
  // of its path, so this is O(n) overall.
  const state = new Uint8Array(N);
  const order: number[] = [];
  for (let s = 0; s < N; s++) {
    const path: number[] = [];
    let x = s;
    while (x >= 0 && !state[x]) {
      state[x] = 1;
      path.push(x);
      x = par[x]!;
    }
    if (x >= 0 && state[x] == 1) {
      const cycle = path.slice(path.indexOf(x));
      // Deterministic, whatever the walk order: the member first in the input
      // loses its parent and becomes a (cycle-broken, so orphaned) root.
      const m = cycle.reduce((a, b) => (a < b ? a : b));
      par[m] = -2;
      report('cycle', 'shown as top level', list[m]!.id);
      for (const p of path) state[p] = 0;
      s--; // walk again, now acyclic
      continue;
    }
    // The path runs child to ancestor, so reversed it runs parents first.
    for (let j = path.length; j--; ) {
      state[path[j]!] = 2;
      order.push(path[j]!);
    }
  }

  // 4. Bottom-up (reverse order): whether a deleted comment stays as a
  // tombstone depends on whether anything under it is shown, which depends on
  // the same rules further down. shown: 0 hidden, 1 shown, 2 tombstone.
  const shown = new Uint8Array(N);
  // Shown, non-tombstone descendants. Every shown child adds at least 1 (a
  // tombstone has something shown under it), so count > 0 means "has one".
  const count = new Int32Array(N);
  for (let j = N; j--; ) {
    const i = order[j]!;
    const c = list[i]!;
    const st = c.status;
    shown[i] =
      st == 'deleted' || st == 'removed'
        ? count[i]
          ? 2
          : 0
        : // Pending: only its author sees it (awaiting moderation). Replies
          // under someone else's pending comment become orphans, which does
          // not reveal it exists.
          +(st != 'pending' || (!!viewerId && c.author?.id === viewerId));
    const p = par[i]!;
    if (shown[i] && p >= 0) {
      count[p]! += count[i]! + (shown[i]! & 1);
    }
  }

  // 5. Top-down: nodes and depths (a parent's node exists before its children's).
  const nodes: CommentNode[] = new Array(N);
  for (const i of order) {
    if (!shown[i]) continue;
    const parent = nodes[par[i]!] ?? null;
    nodes[i] = {
      comment: list[i]!,
      depth: parent ? parent.depth + 1 : 0,
      parent,
      children: [],
      descendantCount: count[i]!,
      orphaned: !parent && par[i] != -1,
      tombstone: shown[i] == 2,
    };
  }

  // 6. Link in input order, so siblings and roots keep the host's order.
  const roots: CommentNode[] = [];
  const byId = new Map<string, CommentNode>();
  let visibleCount = 0;
  nodes.forEach((node) => {
    byId.set(node.comment.id, node);
    (node.parent ? node.parent.children : roots).push(node);
    visibleCount += +!node.tombstone;
  });
  return { roots, byId, issues, visibleCount };
}

/**
 * The roots in a reader-chosen order, as a new array (replies keep input order:
 * they read as a conversation). Stable: ties keep input order. 'replies' puts
 * the most descendants first; comments without a valid date sort last either way.
 */
export function sortRoots(tree: CommentTree, order: RootOrder): CommentNode[] {
  return (
    tree.roots
      .map((r): [number, CommentNode] => {
        const t = Date.parse(r.comment.createdAt);
        return [order == 'replies' ? -r.descendantCount : isNaN(t) ? Infinity : order == 'newest' ? -t : t, r];
      })
      // Infinity - Infinity is NaN, which sort() treats as a tie (ECMA-262 SortCompare).
      .sort((a, b) => a[0] - b[0])
      .map((e) => e[1])
  );
}
