/**
 * The comment tree: turns the host's flat, untrusted array into the forest the
 * thread renders. Pure, iterative (no recursion: reply chains can be thousands
 * deep) and O(n) apart from `sortRoots`.
 *
 * Built for 100,000 comments on a server that renders one page of them: it
 * reads each host object once, and everything it works out (parents, cycle
 * state, order, depths, counts, children) lives in typed arrays indexed by the
 * comment's position: compact, zero-filled, allocated once, and no work for
 * the garbage collector. Ids are looked up in one table (`idTable`), not a
 * Map per use. Node objects are made only for the roots and for what the
 * page then reads (see `Node`), so the build allocates little beyond the
 * arrays however big the thread.
 */
import { MAX_BODY_LENGTH } from './body';
import { ISO, isDate, toMillis } from './time';
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

/** Shown nodes by comment id. */
export interface CommentIndex {
  get(id: string): CommentNode | undefined;
  has(id: string): boolean;
  /** Shown nodes, in input order. */
  values(): Iterable<CommentNode>;
  readonly size: number;
}

export interface CommentTree {
  roots: CommentNode[];
  /** Shown nodes only. */
  byId: CommentIndex;
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
  viewerId?: string | null | undefined;
  /** Stop recording issues after this many (a broken feed can produce one per comment). */
  maxIssues?: number | undefined;
}

export type RootOrder = 'oldest' | 'newest' | 'replies';

/** FNV-1a over the UTF-16 units, high bits folded in for the table's mask. */
function fnv(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x1000193);
  return h ^ (h >>> 15);
}

/** Slots a lookup probes before it asks the overflow Map (see `idTable`). */
const PROBES = 16;

/**
 * Ids → positions 0, 1, 2… in the order added. An open-addressing table in one
 * Int32Array sized once for `capacity` ids: a Map grows by rehashing, and
 * allocates on the heap the thread is already filling. A slot packs the
 * position + 1 (low bits) with the rest of the id's hash (high bits), so a
 * table for 100,000 ids is 1 MB and a probe compares two strings only when
 * their hashes match. The ids are the host's strings, so the table must not
 * be a way to hang the page: a lookup probes at most PROBES slots, and an id
 * whose slots are all taken goes to an overflow Map instead, so ids that all
 * collide cost what a Map costs. (Nothing is deleted, so a free slot among an
 * id's PROBES means it is not stored.) `hash` is for tests. (A closure: as
 * a class, reading its state through `this` measured slower.)
 */
export function idTable(capacity: number, hash = fnv) {
  let size = 16;
  while (size < 2 * capacity) size *= 2;
  // Enough low bits for every position + 1.
  let low = 1;
  while (low <= capacity) low = low * 2 + 1;
  const slots = new Int32Array(size);
  const ids: string[] = [];
  let overflow: Map<string, number> | undefined;
  /** The position of `id`, or -1 after adding it (when `add`) or not. */
  return (id: string, add?: boolean): number => {
    const h = hash(id);
    const tag = h & ~low;
    for (let n = 0; n < PROBES; n++) {
      const at = (h + n) & (size - 1);
      const slot = slots[at]!;
      if (!slot) {
        if (add) slots[at] = tag | ids.push(id);
        return -1;
      }
      const k = (slot & low) - 1;
      if ((slot & ~low) == tag && ids[k] === id) return k;
    }
    const k = (overflow ??= new Map()).get(id);
    if (k === undefined && add) overflow.set(id, ids.push(id) - 1);
    return k ?? -1;
  };
}

type Report = (kind: CommentDataIssue['kind'], message: string, id?: string) => void;
type Find = ReturnType<typeof idTable>;

export function buildCommentTree(items: readonly unknown[], options: BuildCommentTreeOptions = {}): CommentTree {
  const { viewerId, maxIssues = Infinity } = options;
  const issues: CommentDataIssue[] = [];
  const report: Report = (kind, message, id) => {
    if (issues.length < maxIssues) issues.push(id == null ? { kind, message } : { kind, id, message });
  };
  // One function per step: V8 optimises a small function much sooner than
  // one holding every loop (measured in a server render of 10,000 comments:
  // 2.5 ms instead of 5.4 ms while the code is still warming up).
  const find = idTable(items.length);
  const { list, shown, par } = validate(items, find, viewerId, report);
  resolveParents(list, par, find, report);
  const { order, depth } = orderParentsFirst(list, par, shown, report);
  const count = countShown(order, par, shown);
  const N = list.length;
  const first = new Int32Array(N);
  const next = new Int32Array(N);
  // `nodes` filled, not holey: one elements kind whatever is stored later.
  const built: Built = { list, par, shown, depth, count, first, next, nodes: new Array(N).fill(null) };
  if (!Node.kept) {
    const none = new Int32Array(1);
    Node.kept = new Node({ list: [], par: none, shown: new Uint8Array(1), depth: none, count: none, first: none, next: none, nodes: [] }, 0);
  }
  return link(built, find, issues);
}

/**
 * 1. Validates, in input order. `list` holds the kept comments; positions in
 * it stand for comments from here on (and keep "first in input" comparable).
 * `shown`: 0 hidden (someone else's pending comment), 1 shown, 2 deleted or
 * removed (a tombstone if anything under it is shown, else hidden: step 4).
 * `par`: see step 2.
 */
function validate(items: readonly unknown[], find: Find, viewerId: string | null | undefined, report: Report) {
  const total = items.length;
  // Made from `items` in one copy, and appended to only from the first item
  // left out or fixed: appending 100,000 comments one at a time measured a
  // sixth of this step.
  let list: CommentData[] | undefined;
  const shown = new Uint8Array(total);
  const par = new Int32Array(total);
  let N = 0;
  // A plain loop, not forEach: holes in a sparse array are items too.
  for (let n = 0; n < total; n++) {
    // Optional chaining: primitives (and null) have no id and do not throw.
    const c = items[n] as Record<string, unknown> | null | undefined;
    const id = c?.id;
    if (typeof id != 'string' || !id) {
      report('missing-id', `item ${n} left out`);
      list ??= items.slice(0, n) as CommentData[];
      continue;
    }
    // First wins: the later copy is usually a re-sent page of the same feed.
    if (find(id, true) >= 0) {
      report('duplicate-id', `item ${n} left out`, id);
      list ??= items.slice(0, n) as CommentData[];
      continue;
    }
    // Fix what the renderer cannot cope with, in a copy so valid comments keep
    // their identity (hosts memoise on it).
    let copy: Record<string, unknown> | undefined;
    let status = c.status;
    // (Published first: most are, and `includes` is a call per comment.)
    // (Strict: a JSON object with a `toString` key throws when compared loosely.)
    if (status != null && status !== 'published' && !commentStatuses.includes(status as never)) {
      report('unknown-status', 'shown as published', id);
      (copy = { ...c }).status = status = 'published';
    }
    // Kept with an empty body rather than dropped: dropping would also cut its
    // replies off from their context, and the author and date are still good.
    const body = c.body;
    if (typeof body != 'string') {
      report('invalid-body', 'shown empty', id);
      (copy ??= { ...c }).body = '';
    } else if (body.length > MAX_BODY_LENGTH) {
      report('invalid-body', `longer than ${MAX_BODY_LENGTH} characters; the rest is not shown`, id);
    }
    // Kept; '' tells the UI (and sortRoots) there is no usable date. A number
    // is Unix time (seconds when small, else milliseconds), made ISO.
    const at = c.createdAt;
    if (typeof at != 'string' || !isDate(at)) {
      const ms = typeof at == 'number' ? toMillis(at) : null;
      report('invalid-date', typeof at == 'number' ? 'a number, read as Unix time' : 'shown undated', id);
      (copy ??= { ...c }).createdAt = ms === null ? '' : new Date(ms).toISOString();
    }
    shown[N] =
      status == 'deleted' || status == 'removed'
        ? 2
        : // Pending: only its author sees it (awaiting moderation). Replies
          // under someone else's pending comment become orphans, which does
          // not reveal it exists.
          +(status != 'pending' || (!!viewerId && (c.author as CommentData['author'])?.id === viewerId));
    // Its parent now, if given earlier (most are), while the comment is in
    // the CPU's cache: looking it up in step 2 measured a quarter slower.
    // -3: a string not found yet (step 2 looks again).
    const p = c.parentId;
    let q = -1;
    if (p) {
      q = typeof p == 'string' ? find(p) : -2;
      if (q == -1) q = -3;
    }
    par[N] = q;
    if (list || copy) (list ??= items.slice(0, n) as CommentData[]).push((copy ?? c) as unknown as CommentData);
    N++;
  }
  return { list: list ?? (items.slice() as CommentData[]), shown, par: par.subarray(0, N) };
}

/**
 * 2. Each comment's parent: a position, or -1 for top level, or -2 for
 * "claims a parent that is not there" (so it is an orphan). Falsy parentIds
 * ('' too) mean top level; others match ids strictly (the number 3 is not "3").
 * Step 1 already found the parents given before their replies; the issues
 * are reported here, in position order, either way.
 */
function resolveParents(list: CommentData[], par: Int32Array, find: Find, report: Report): void {
  for (let i = 0; i < list.length; i++) {
    let q = par[i]!;
    // Not found while validating: a parent later in the input, or none.
    if (q == -3) {
      q = find(list[i]!.parentId as string);
      if (q < 0) q = -2;
    }
    if (q == i) {
      q = -1;
      report('self-parent', 'shown as top level', list[i]!.id);
    } else if (q == -2) report('orphan', 'shown as top level', list[i]!.id);
    par[i] = q;
  }
}

/**
 * 3. Breaks cycles and orders parents before children. Each comment has one
 * parent, so walking up from each start finds at most one cycle; state:
 * 0 = unseen, 1 = on this walk, 2 = done. Each cycle costs two walks of its
 * path, so this is O(n) overall. `path` is one buffer for every walk.
 * Depths on the way, counted from the nearest ancestor not hidden: only
 * someone else's pending comment can be hidden above a shown reply (a
 * deleted one above it is its tombstone).
 */
function orderParentsFirst(list: CommentData[], par: Int32Array, shown: Uint8Array, report: Report) {
  const N = list.length;
  const state = new Uint8Array(N);
  const order = new Int32Array(N);
  const path = new Int32Array(N);
  const depth = new Int32Array(N);
  let ordered = 0;
  for (let s = 0; s < N; s++) {
    let len = 0;
    let x = s;
    while (x >= 0 && !state[x]) {
      state[x] = 1;
      path[len++] = x;
      x = par[x]!;
    }
    if (x >= 0 && state[x] == 1) {
      // Deterministic, whatever the walk order: the member first in the input
      // loses its parent and becomes a (cycle-broken, so orphaned) root.
      let m = x;
      for (let y = par[x]!; y != x; y = par[y]!) if (y < m) m = y;
      par[m] = -2;
      report('cycle', 'shown as top level', list[m]!.id);
      while (len) state[path[--len]!] = 0;
      s--; // walk again, now acyclic
      continue;
    }
    // The path runs child to ancestor, so reversed it runs parents first.
    while (len) {
      const y = path[--len]!;
      const p = par[y]!;
      if (p >= 0 && shown[p]) depth[y] = depth[p]! + 1;
      state[y] = 2;
      order[ordered++] = y;
    }
  }
  return { order, depth };
}

/**
 * 4. Bottom-up (reverse order): whether a deleted comment stays as a
 * tombstone depends on whether anything under it is shown, which depends on
 * the same rules further down. From here `shown` is 0 hidden, 1 shown,
 * 2 tombstone. The counts: shown, non-tombstone descendants. Every shown
 * child adds at least 1 (a tombstone has something shown under it), so a
 * count > 0 means "has one".
 */
function countShown(order: Int32Array, par: Int32Array, shown: Uint8Array): Int32Array {
  const count = new Int32Array(order.length);
  for (let j = order.length; j--; ) {
    const i = order[j]!;
    const p = par[i]!;
    if (shown[i] == 2 && !count[i]) shown[i] = 0;
    if (shown[i] && p >= 0) count[p]! += count[i]! + (shown[i]! & 1);
  }
  return count;
}

/**
 * 5. Children as linked lists (position + 1; 0 ends a list), made back to
 * front so each list runs in input order; the rest are roots. Nodes are made
 * for the roots only; the rest when read.
 */
function link(built: Built, find: Find, issues: CommentDataIssue[]): CommentTree {
  const { par, shown, first, next } = built;
  const rootPositions: number[] = [];
  let size = 0;
  let visibleCount = 0;
  for (let i = par.length; i--; ) {
    if (!shown[i]) continue;
    size++;
    visibleCount += shown[i]! & 1;
    const p = par[i]!;
    if (p >= 0 && shown[p]) {
      next[i] = first[p]!;
      first[p] = i + 1;
    } else rootPositions.push(i);
  }
  const get = (id: string) => nodeAt(built, find(id)) ?? undefined;
  const byId: CommentIndex = {
    get,
    has: (id) => !!get(id),
    values: function* () {
      for (let i = 0; i < par.length; i++) if (shown[i]) yield nodeAt(built, i)!;
    },
    size,
  };
  return { roots: rootPositions.reverse().map((i) => nodeAt(built, i)!), byId, issues, visibleCount };
}

/** What a tree's nodes are read from. */
interface Built {
  list: CommentData[];
  par: Int32Array;
  shown: Uint8Array;
  depth: Int32Array;
  count: Int32Array;
  first: Int32Array;
  next: Int32Array;
  /** Made so far, by position. */
  nodes: (Node | null)[];
}

/** The node at position `i`, made on first use; null when there is none or it is hidden. */
function nodeAt(built: Built, i: number): Node | null {
  return i < 0 || !built.shown[i] ? null : (built.nodes[i] ??= new Node(built, i));
}

/**
 * A node is made when something first reads it, so a first page of a
 * 100,000-comment thread makes the roots and the few hundred nodes it shows,
 * not 100,000 objects and their children arrays. Parent and children are
 * read from the typed arrays on first use (and the children kept), so every
 * node is made once and compares equal to itself.
 */
class Node implements CommentNode {
  declare comment: CommentData;
  declare depth: number;
  declare descendantCount: number;
  declare orphaned: boolean;
  declare tombstone: boolean;
  declare private built: Built;
  declare private at: number;
  declare private kids?: CommentNode[];
  /**
   * One node that holds nothing, kept for good, made by the first build (at
   * import it would be a side effect no bundler could drop). V8 keeps the maps
   * of a node's shape, and of `Built`, only while some object has them, and a
   * full GC that finds none throws away the optimised code built on them. A
   * server renders a page, drops its tree, and the next full GC collected it:
   * the next request then ran this file unoptimised, and a 10,000-comment
   * server render after a full GC measured about twice as slow. (A static:
   * a module variable no function reads is not kept.)
   */
  declare static kept?: Node;

  constructor(built: Built, i: number) {
    const p = built.par[i]!;
    this.comment = built.list[i]!;
    this.depth = built.depth[i]!;
    this.descendantCount = built.count[i]!;
    this.orphaned = p == -2 || (p >= 0 && !built.shown[p]);
    this.tombstone = built.shown[i] == 2;
    this.built = built;
    this.at = i;
    // Set here, not first in the getter, so every node has one shape.
    this.kids = undefined;
  }

  get parent(): CommentNode | null {
    return nodeAt(this.built, this.built.par[this.at]!);
  }

  get children(): CommentNode[] {
    const { built } = this;
    if (!this.kids) {
      this.kids = [];
      for (let c = built.first[this.at]!; c; c = built.next[c - 1]!) this.kids.push(nodeAt(built, c - 1)!);
    }
    return this.kids;
  }
}

/**
 * The roots in a reader-chosen order, as a new array (replies keep input order:
 * they read as a conversation). Stable: ties keep input order. 'replies' puts
 * the most descendants first; comments without a valid date sort last either way.
 *
 * Dates that are all `toISOString`'s form, of one length, order as strings, so
 * the usual feed costs no Date.parse per thread; and a feed already in order
 * (most come from a database sorted by date) is not sorted again.
 */
export function sortRoots(tree: CommentTree, order: RootOrder): CommentNode[] {
  // Loops and a module-level comparison, not callbacks: V8 keeps a closure's
  // optimised code only while one of its closures lives, so callbacks made
  // per call ran unoptimised after every full GC, over every root.
  const { roots } = tree;
  const sign = order == 'newest' ? -1 : 1;
  const keys: (number | string)[] = [];
  const at: number[] = [];
  let strings = order != 'replies';
  for (let i = 0; i < roots.length; i++) {
    const d = roots[i]!.comment.createdAt;
    strings &&= d.length == roots[0]!.comment.createdAt.length && ISO.test(d);
    keys.push(d);
    at.push(i);
  }
  if (!strings)
    for (const i of at) {
      const t = toMillis(keys[i]);
      keys[i] = order == 'replies' ? -roots[i]!.descendantCount : t === null ? Infinity : sign * t;
    }
  for (const i of at)
    if (i && compareKeys(keys, sign, i - 1, i) > 0)
      // (Closures here cost little: most feeds come in order and never get here.)
      return at.sort((a, b) => compareKeys(keys, sign, a, b)).map((i) => roots[i]!);
  return roots.slice();
}

/** Strings compare by `sign`; numbers carry it. Infinity - Infinity is NaN: a tie, as sort() reads it too. */
function compareKeys(keys: (number | string)[], sign: number, a: number, b: number): number {
  const x = keys[a]!;
  const y = keys[b]!;
  return typeof x == 'string' ? (x < y ? -sign : x > y ? sign : 0) : x - (y as number) || 0;
}
