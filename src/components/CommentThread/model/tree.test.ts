import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildCommentTree, idTable, sortRoots, type CommentNode, type CommentTree } from './tree';
import { commentStatuses, type CommentData, type CommentDataIssue } from './types';

/*
 * The sample thread: Alex Marlow's column on a reader who slept through a
 * video interview and wants to send an apology. Readers reply to each other
 * and to Alex.
 */
const ALEX = { id: 'alex', name: 'Alex Marlow', roles: ['author'] };
const readers = {
  priya: { id: 'u-priya', name: 'Priya in Leeds' },
  don: { id: 'u-don', name: 'Don K.' },
  ned: { id: 'u-ned', name: 'NightShiftNed' },
  marguerite: { id: 'u-marg', name: 'Marguerite' },
  rae: { id: 'u-rae', name: 'recruiter_rae' },
  tomasz: { id: 'u-tomasz', name: 'Tomasz' },
};

let clock = Date.UTC(2024, 2, 11, 9, 0);
function comment(id: string, parentId: string | null, body: string, extra: Partial<CommentData> = {}): CommentData {
  clock += 7 * 60_000;
  return { id, parentId, author: readers.priya, body, createdAt: new Date(clock).toISOString(), ...extra };
}

const ids = (nodes: readonly CommentNode[]) => nodes.map((n) => n.comment.id);
/** The shown comments' ids, in input order. */
const shownIds = (tree: CommentTree) => Array.from(tree.byId.values(), (n) => n.comment.id);
const kinds = (tree: CommentTree) => tree.issues.map((i) => [i.kind, i.id]);
const node = (tree: CommentTree, id: string) => {
  const found = tree.byId.get(id);
  if (!found) throw new Error(`no node ${id}`);
  return found;
};

function sampleThread(): CommentData[] {
  // Deliberately not in thread order: hosts send pages in any order.
  return [
    comment('c3', 'c1', '@Priya in Leeds Same here... my alarm never went off and I called at 10:40 for a 10:00 slot.', { author: readers.don }),
    comment('c1', null, 'I missed a second-round interview last spring. The note Alex suggests is almost word for word what I sent, and they rescheduled.'),
    comment('c2', null, 'Honestly? Nobody "oversleeps" for a 2pm call. Say what happened.', { author: readers.ned }),
    comment('c4', 'c1', 'Priya, glad it worked. The key is the plan, not the apology. :)', { author: ALEX }),
    comment('c5', 'c2', '@NightShiftNed Some of us work nights, Ned. You of all people...', { author: readers.marguerite }),
    comment('c6', 'c4', 'Would you send it to the recruiter or straight to the hiring manager?', { author: readers.tomasz }),
    comment('c7', 'c6', 'Tomasz: to whoever sent the invite. Copy the other if you have the address.', { author: ALEX }),
  ];
}

describe('buildCommentTree', () => {
  describe('given a flat, numbered list with no parent ids', () => {
    const flat = [1, 2, 3, 4].map((n) =>
      comment(`n${n}`, null, `Comment number ${n} on "How to apologise for a missed interview".`, { number: n }),
    );
    const tree = buildCommentTree(flat);

    it('shows every comment at the top level, in the order given', () => {
      expect(ids(tree.roots)).toEqual(['n1', 'n2', 'n3', 'n4']);
      expect(tree.roots.every((n) => n.depth === 0 && n.parent === null && !n.orphaned && !n.tombstone)).toBe(true);
      expect(tree.visibleCount).toBe(4);
      expect(tree.issues).toEqual([]);
    });

    it('hands back the host’s comment objects untouched', () => {
      expect(tree.roots.map((n) => n.comment)).toEqual(flat);
      tree.roots.forEach((n, i) => expect(n.comment).toBe(flat[i]));
    });
  });

  describe('given replies with parent ids, in any order', () => {
    const tree = buildCommentTree(sampleThread());

    it('nests each reply under the comment it answers', () => {
      expect(ids(tree.roots)).toEqual(['c1', 'c2']);
      expect(ids(node(tree, 'c1').children)).toEqual(['c3', 'c4']);
      expect(ids(node(tree, 'c4').children)).toEqual(['c6']);
      expect(ids(node(tree, 'c6').children)).toEqual(['c7']);
      expect(node(tree, 'c7').parent).toBe(node(tree, 'c6'));
    });

    it('keeps replies to the same comment in input order', () => {
      const reordered = sampleThread().reverse();
      expect(ids(buildCommentTree(reordered).byId.get('c1')!.children)).toEqual(['c4', 'c3']);
    });

    it('gives the depth from the top, without a cap', () => {
      expect(['c1', 'c4', 'c6', 'c7'].map((id) => node(tree, id).depth)).toEqual([0, 1, 2, 3]);
    });

    it('counts the replies under each comment', () => {
      expect(node(tree, 'c1').descendantCount).toBe(4);
      expect(node(tree, 'c2').descendantCount).toBe(1);
      expect(node(tree, 'c7').descendantCount).toBe(0);
      expect(tree.visibleCount).toBe(7);
    });

    it('indexes every shown comment by id, in input order', () => {
      expect(shownIds(tree)).toEqual(['c3', 'c1', 'c2', 'c4', 'c5', 'c6', 'c7']);
      expect(tree.issues).toEqual([]);
    });
  });

  describe('given a thread with an orphan', () => {
    const tree = buildCommentTree([
      comment('o1', null, 'Alex, you are too hard on this reader.', { author: readers.rae }),
      comment('o2', 'gone-42', '@Don K. that is exactly what I did, and it worked.', { author: readers.marguerite }),
      comment('o3', 'o2', 'Marguerite, what did you say about the missed call itself?', { author: readers.tomasz }),
    ]);

    it('renders the orphan at the top level with reply context', () => {
      expect(ids(tree.roots)).toEqual(['o1', 'o2']);
      expect(node(tree, 'o2')).toMatchObject({ depth: 0, parent: null, orphaned: true });
    });

    it('keeps the orphan’s own replies nested, not orphaned', () => {
      expect(node(tree, 'o3')).toMatchObject({ depth: 1, orphaned: false });
      expect(node(tree, 'o3').parent).toBe(node(tree, 'o2'));
    });

    it('reports the orphan once', () => {
      expect(kinds(tree)).toEqual([['orphan', 'o2']]);
    });
  });

  describe('given a comment that replies to itself', () => {
    const tree = buildCommentTree([comment('s1', 's1', 'Bumping my own question: does the script work for a phone screen?')]);

    it('shows it at the top level, without reply context', () => {
      expect(node(tree, 's1')).toMatchObject({ depth: 0, parent: null, orphaned: false });
    });

    it('reports it', () => {
      expect(kinds(tree)).toEqual([['self-parent', 's1']]);
    });
  });

  describe('given parent ids that are empty or null', () => {
    it('treats them as top level, silently', () => {
      const tree = buildCommentTree([comment('e1', '', 'First!'), comment('e2', null, 'Second.', { author: readers.don })]);
      expect(ids(tree.roots)).toEqual(['e1', 'e2']);
      expect(tree.roots.some((n) => n.orphaned)).toBe(false);
      expect(tree.issues).toEqual([]);
    });
  });

  describe('given two comments that reply to each other', () => {
    const ned = comment('y1', 'y2', '@Marguerite fair point, I take it back.', { author: readers.ned });
    const marg = comment('y2', 'y1', '@NightShiftNed thank you, Ned.', { author: readers.marguerite });

    it('breaks the cycle at the one given first, which becomes a root with reply context', () => {
      const tree = buildCommentTree([ned, marg]);
      expect(ids(tree.roots)).toEqual(['y1']);
      expect(node(tree, 'y1').orphaned).toBe(true);
      expect(node(tree, 'y2')).toMatchObject({ depth: 1, orphaned: false });
      expect(kinds(tree)).toEqual([['cycle', 'y1']]);
    });

    it('breaks it the same way whichever is given first', () => {
      const tree = buildCommentTree([marg, ned]);
      expect(ids(tree.roots)).toEqual(['y2']);
      expect(kinds(tree)).toEqual([['cycle', 'y2']]);
    });
  });

  describe('given a longer cycle reached through a reply', () => {
    // tail → b → c → d → b; the tail comes first but is not in the cycle.
    const tree = buildCommentTree([
      comment('tail', 'c', 'Late to this, but: the plan matters more than the sorry.', { author: readers.tomasz }),
      comment('d', 'c', 'Agreed with Don.', { author: readers.rae }),
      comment('b', 'd', 'So what would you write instead?', { author: readers.don }),
      comment('c', 'b', 'Three sentences, no excuses.', { author: ALEX }),
      comment('x1', 'x2', 'A second, separate loop.', { author: readers.ned }),
      comment('x2', 'x1', 'Indeed.', { author: readers.priya }),
    ]);

    it('breaks each cycle at its member given first and keeps the rest nested', () => {
      expect(ids(tree.roots)).toEqual(['d', 'x1']);
      expect(node(tree, 'd').orphaned).toBe(true);
      expect(ids(node(tree, 'd').children)).toEqual(['b']);
      expect(ids(node(tree, 'b').children)).toEqual(['c']);
      expect(ids(node(tree, 'c').children)).toEqual(['tail']);
      expect(node(tree, 'tail').depth).toBe(3);
      expect(tree.visibleCount).toBe(6);
    });

    it('reports each cycle once', () => {
      expect(kinds(tree)).toEqual([
        ['cycle', 'd'],
        ['cycle', 'x1'],
      ]);
    });
  });

  describe('given the same id twice', () => {
    const first = comment('dup', null, 'My recruiter said a short note was enough.', { author: readers.rae });
    const again = comment('dup', null, 'Reposted: my recruiter said a short note was enough!', { author: readers.rae });
    const tree = buildCommentTree([first, comment('r', 'dup', 'Rae, short but specific.', { author: ALEX }), again]);

    it('shows the first and reports the later one', () => {
      expect(node(tree, 'dup').comment).toBe(first);
      expect(tree.roots).toHaveLength(1);
      expect(ids(node(tree, 'dup').children)).toEqual(['r']);
      expect(tree.issues).toEqual([{ kind: 'duplicate-id', id: 'dup', message: 'item 2 left out' }]);
    });
  });

  describe('given items that are not comments', () => {
    const items: unknown[] = [null, 42, 'a comment', [], {}, { id: '' }, { id: 7 }, , undefined];
    items.push(comment('ok', null, 'The only real one.', { author: readers.don }));
    const tree = buildCommentTree(items);

    it('reports each of them, holes included, and builds the rest', () => {
      expect(tree.issues.map((i) => i.kind)).toEqual(Array(9).fill('missing-id'));
      expect(tree.issues.map((i) => i.message)).toEqual(Array.from({ length: 9 }, (_, n) => `item ${n} left out`));
      expect(tree.issues.every((i) => !('id' in i))).toBe(true);
      expect(ids(tree.roots)).toEqual(['ok']);
    });
  });

  describe('given a status the widget does not know', () => {
    const flagged = comment('st', null, 'This is the third time Alex has written about oversleeping.', {
      status: 'flagged' as never,
    });
    const tree = buildCommentTree([flagged]);

    it('shows it as published, in a copy', () => {
      expect(node(tree, 'st').comment).toEqual({ ...flagged, status: 'published' });
      expect(flagged.status).toBe('flagged');
      expect(tree.visibleCount).toBe(1);
      expect(kinds(tree)).toEqual([['unknown-status', 'st']]);
    });
  });

  describe('given a date that does not parse', () => {
    const tree = buildCommentTree([
      comment('late', null, 'Commenting rather late: did the reader ever hear back?', { createdAt: 'yesterday-ish' }),
      { ...comment('huge', null, 'A number no date can hold.'), createdAt: 1e20 as never },
      { ...comment('none', null, 'No date at all.'), createdAt: undefined as never },
    ]);

    it('keeps the comment, undated, and reports it', () => {
      expect(ids(tree.roots)).toEqual(['late', 'huge', 'none']);
      expect(tree.roots.map((n) => n.comment.createdAt)).toEqual(['', '', '']);
      expect(tree.issues.map((i) => i.kind)).toEqual(['invalid-date', 'invalid-date', 'invalid-date']);
    });
  });

  describe('given Unix time as a number, in milliseconds or seconds', () => {
    const tree = buildCommentTree([
      { ...comment('ms', null, 'Milliseconds.'), createdAt: 1710148800000 as never },
      { ...comment('s', null, 'Seconds.'), createdAt: 1710148800 as never },
    ]);

    it('reads both as the same instant, as ISO text, and reports each', () => {
      expect(tree.roots.map((n) => n.comment.createdAt)).toEqual(['2024-03-11T09:20:00.000Z', '2024-03-11T09:20:00.000Z']);
      expect(tree.issues.map((i) => [i.kind, i.id])).toEqual([
        ['invalid-date', 'ms'],
        ['invalid-date', 's'],
      ]);
    });
  });

  describe('given a body that is not text', () => {
    // Decision: kept with an empty body, so its replies keep their context.
    const tree = buildCommentTree([
      { ...comment('b1', null, ''), body: { html: '<p>hi</p>' } as never, author: readers.ned },
      comment('b2', 'b1', '@NightShiftNed your comment came through blank.', { author: readers.don }),
      { ...comment('b3', null, ''), body: null as never },
    ]);

    it('keeps it with an empty body and reports it', () => {
      expect(node(tree, 'b1').comment.body).toBe('');
      expect(node(tree, 'b3').comment.body).toBe('');
      expect(kinds(tree)).toEqual([
        ['invalid-body', 'b1'],
        ['invalid-body', 'b3'],
      ]);
    });

    it('keeps its replies under it', () => {
      expect(node(tree, 'b2').parent).toBe(node(tree, 'b1'));
      expect(node(tree, 'b2').orphaned).toBe(false);
    });
  });

  describe('given comments without an author', () => {
    it('builds them like any other', () => {
      const tree = buildCommentTree([
        comment('a1', null, 'Anonymous here: I was the hiring manager once.', { author: null }),
        { ...comment('a2', 'a1', 'What did you think of the candidate who apologised?', { author: readers.priya }), author: undefined },
      ]);
      expect(ids(tree.roots)).toEqual(['a1']);
      expect(tree.issues).toEqual([]);
      expect(tree.visibleCount).toBe(2);
    });
  });

  describe('given a deleted comment with replies', () => {
    const deleted = comment('d1', null, 'Something the reader regretted writing.', { status: 'deleted', author: readers.ned });
    const tree = buildCommentTree([
      deleted,
      comment('d2', 'd1', '@NightShiftNed that was uncalled for.', { author: readers.marguerite }),
      comment('d3', null, 'Back on topic: send the note within a day.', { author: readers.rae, status: 'removed' }),
      comment('d4', 'd3', 'Why was Rae’s comment removed?', { author: readers.don }),
    ]);

    it('keeps it as a tombstone, flagged so the UI hides its body', () => {
      expect(node(tree, 'd1')).toMatchObject({ tombstone: true, descendantCount: 1 });
      expect(node(tree, 'd1').comment).toBe(deleted);
      expect(node(tree, 'd3').tombstone).toBe(true);
      expect(node(tree, 'd2').parent).toBe(node(tree, 'd1'));
      expect(node(tree, 'd2').orphaned).toBe(false);
    });

    it('leaves tombstones out of the count, silently', () => {
      expect(tree.visibleCount).toBe(2);
      expect(tree.issues).toEqual([]);
    });
  });

  describe('given deleted comments with nothing shown under them', () => {
    const tree = buildCommentTree([
      comment('k1', null, 'Keep this one.', { author: readers.tomasz }),
      comment('k2', 'k1', 'Deleted reply.', { status: 'deleted', author: readers.ned }),
      comment('k3', null, 'Removed, with only deleted replies.', { status: 'removed' }),
      comment('k4', 'k3', 'Deleted.', { status: 'deleted' }),
      comment('k5', 'k4', 'Deleted too.', { status: 'deleted' }),
      comment('k6', null, 'Deleted, with only a pending reply by someone else.', { status: 'deleted' }),
      comment('k7', 'k6', 'Pending.', { status: 'pending', author: readers.don }),
    ]);

    it('leaves them out, silently', () => {
      expect(shownIds(tree)).toEqual(['k1']);
      expect(node(tree, 'k1')).toMatchObject({ children: [], descendantCount: 0 });
      expect(tree.issues).toEqual([]);
      expect(tree.visibleCount).toBe(1);
    });
  });

  describe('given a deep chain of deleted comments above one live reply', () => {
    const chain = [
      comment('z1', null, 'gone', { status: 'deleted' }),
      comment('z2', 'z1', 'gone', { status: 'removed' }),
      comment('z3', 'z2', 'gone', { status: 'deleted' }),
      comment('z4', 'z3', 'Still here: what were they arguing about?', { author: readers.tomasz }),
    ];

    it('keeps the whole chain as tombstones down to the reply', () => {
      const tree = buildCommentTree(chain.slice().reverse());
      expect(['z1', 'z2', 'z3'].map((id) => node(tree, id).tombstone)).toEqual([true, true, true]);
      expect(node(tree, 'z4')).toMatchObject({ depth: 3, tombstone: false });
      expect(tree.visibleCount).toBe(1);
    });
  });

  describe('given pending comments', () => {
    const mine = comment('p1', null, 'Posting my own apology draft for feedback...', { status: 'pending', author: readers.priya });
    const items = [
      comment('p0', null, 'Alex is right about the plan.', { author: readers.don }),
      mine,
      comment('p2', 'p1', 'Priya, cut the second paragraph.', { author: readers.rae }),
      comment('p3', null, 'No author id, pending.', { status: 'pending', author: { name: 'guest' } }),
    ];

    it('shows them to their author', () => {
      const tree = buildCommentTree(items, { viewerId: 'u-priya' });
      expect(node(tree, 'p1').comment).toBe(mine);
      expect(ids(tree.roots)).toEqual(['p0', 'p1']);
      expect(node(tree, 'p2').parent).toBe(node(tree, 'p1'));
      expect(tree.visibleCount).toBe(3);
    });

    it('leaves them out, silently, for everyone else', () => {
      for (const viewerId of ['u-don', null, undefined, '']) {
        const tree = buildCommentTree(items, { viewerId });
        expect(tree.byId.has('p1')).toBe(false);
        expect(tree.byId.has('p3')).toBe(false);
        expect(tree.issues).toEqual([]);
      }
    });

    it('shows replies to a hidden pending comment at the top level with reply context', () => {
      const tree = buildCommentTree(items, { viewerId: 'u-rae' });
      expect(ids(tree.roots)).toEqual(['p0', 'p2']);
      expect(node(tree, 'p2')).toMatchObject({ orphaned: true, depth: 0 });
    });
  });

  describe('given a cap on issues', () => {
    it('records no more than the cap', () => {
      const tree = buildCommentTree([null, null, null, comment('m', 'nowhere', 'Hello?')], { maxIssues: 2 });
      expect(tree.issues).toHaveLength(2);
      expect(node(tree, 'm').orphaned).toBe(true);
    });
  });
});

describe('sortRoots', () => {
  const at = (iso: string) => ({ createdAt: iso });
  const tree = buildCommentTree([
    comment('s1', null, 'Tuesday.', at('2024-03-12T10:00:00Z')),
    comment('s2', null, 'No date.', at('soon')),
    comment('s3', null, 'Monday.', at('2024-03-11T10:00:00Z')),
    comment('s4', null, 'Also Tuesday, same minute.', at('2024-03-12T10:00:00Z')),
    comment('s3a', 's3', 'Reply to Monday.', at('2024-03-11T11:00:00Z')),
    comment('s3b', 's3', 'Another reply to Monday.', at('2024-03-11T12:00:00Z')),
    comment('s1a', 's1', 'Reply to Tuesday.', at('2024-03-12T11:00:00Z')),
    comment('s5', null, 'Undated too.', at('')),
  ]);

  it('sorts oldest first, undated last, ties in input order', () => {
    expect(ids(sortRoots(tree, 'oldest'))).toEqual(['s3', 's1', 's4', 's2', 's5']);
  });

  it('sorts newest first, undated still last', () => {
    expect(ids(sortRoots(tree, 'newest'))).toEqual(['s1', 's4', 's3', 's2', 's5']);
  });

  it('sorts by most replies, ties in input order', () => {
    expect(ids(sortRoots(tree, 'replies'))).toEqual(['s3', 's1', 's2', 's4', 's5']);
  });

  it('orders toISOString-form dates as strings exactly as it orders the same instants parsed, in all three orders', () => {
    // A few instants, so ties are common; the offset form takes the Date.parse path.
    const instants = [0, 1, 2, 3].map((k) => Date.UTC(2024, 2, 11 + (k >> 1), 10, k & 1));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...instants), { maxLength: 30 }), fc.boolean(), (times, sorted) => {
        if (sorted) times.sort((a, b) => a - b);
        const build = (write: (t: number) => string) =>
          buildCommentTree(times.map((t, k) => ({ ...plain(`r${k}`, null), createdAt: write(t) })));
        const canonical = build((t) => new Date(t).toISOString());
        const offset = build((t) => new Date(t).toISOString().replace('Z', '+00:00'));
        for (const order of ['oldest', 'newest', 'replies'] as const) {
          expect(ids(sortRoots(canonical, order))).toEqual(ids(sortRoots(offset, order)));
        }
      }),
    );
  });

  it('leaves the tree as built', () => {
    sortRoots(tree, 'newest');
    expect(ids(tree.roots)).toEqual(['s1', 's2', 's3', 's4', 's5']);
  });
});

/* ------------------------------------------------------------------------ */
/* Invariants, checked iteratively so they work on the stress inputs too.   */
/* ------------------------------------------------------------------------ */

/** The tree is a forest that agrees with itself: returns the nodes in pre-order. */
function checkForest(tree: CommentTree, viewerId?: string | null): CommentNode[] {
  const seen = new Set<CommentNode>();
  const preorder: CommentNode[] = [];
  const stack: CommentNode[] = tree.roots.slice().reverse();
  for (const root of tree.roots) {
    if (root.parent !== null || root.depth !== 0) throw new Error(`root ${root.comment.id} has a parent or depth`);
  }
  while (stack.length) {
    const n = stack.pop()!;
    if (seen.has(n)) throw new Error(`${n.comment.id} reached twice`);
    seen.add(n);
    preorder.push(n);
    if (tree.byId.get(n.comment.id) !== n) throw new Error(`${n.comment.id} not in byId`);
    for (let k = n.children.length; k--; ) {
      const child = n.children[k]!;
      if (child.parent !== n) throw new Error(`${child.comment.id} has the wrong parent`);
      if (child.depth !== n.depth + 1) throw new Error(`${child.comment.id} has the wrong depth`);
      stack.push(child);
    }
  }
  if (seen.size !== tree.byId.size) throw new Error('byId holds nodes not reachable from the roots');
  // Bottom-up over reversed pre-order: descendant counts and tombstones.
  const below = new Map<CommentNode, number>();
  for (let k = preorder.length; k--; ) {
    const n = preorder[k]!;
    const count = n.children.reduce((sum, c) => sum + below.get(c)! + (c.tombstone ? 0 : 1), 0);
    below.set(n, count);
    if (n.descendantCount !== count) throw new Error(`${n.comment.id} descendantCount ${n.descendantCount} ≠ ${count}`);
    const gone = n.comment.status === 'deleted' || n.comment.status === 'removed';
    if (n.tombstone !== gone) throw new Error(`${n.comment.id} tombstone flag disagrees with its status`);
    if (n.tombstone && count === 0) throw new Error(`${n.comment.id} is a tombstone with nothing shown under it`);
    if (n.comment.status === 'pending' && (!viewerId || n.comment.author?.id !== viewerId)) {
      throw new Error(`${n.comment.id} is someone else's pending comment`);
    }
  }
  const visible = preorder.filter((n) => !n.tombstone).length;
  if (tree.visibleCount !== visible) throw new Error(`visibleCount ${tree.visibleCount} ≠ ${visible}`);
  return preorder;
}

const isStatus = (s: unknown): s is CommentData['status'] => commentStatuses.includes(s as never);
const idOf = (item: unknown) => (item !== null && typeof item === 'object' ? (item as { id?: unknown }).id : undefined);

interface Expected {
  shown: Map<string, { parent: string | null; depth: number; orphaned: boolean; tombstone: boolean; count: number }>;
  roots: string[];
  children: Map<string, string[]>;
  hidden: Set<string>;
  issueCounts: Partial<Record<CommentDataIssue['kind'], number>>;
  cycleCuts: string[];
}

/**
 * An independent oracle, written the slow and obvious way (recursion, O(n²)
 * cycle search): only for the small inputs fast-check generates.
 */
function oracle(items: readonly unknown[], viewerId?: string | null): Expected {
  const issueCounts: Expected['issueCounts'] = {};
  const bump = (k: CommentDataIssue['kind']) => (issueCounts[k] = (issueCounts[k] ?? 0) + 1);
  const firsts: Record<string, unknown>[] = [];
  const position = new Map<string, number>();
  for (let n = 0; n < items.length; n++) {
    const id = idOf(items[n]);
    if (typeof id !== 'string' || id === '') bump('missing-id');
    else if (position.has(id)) bump('duplicate-id');
    else {
      position.set(id, firsts.length);
      firsts.push(items[n] as Record<string, unknown>);
    }
  }
  const parent = firsts.map((c, k) => {
    if (c.status != null && !isStatus(c.status)) bump('unknown-status');
    if (typeof c.body !== 'string') bump('invalid-body');
    if (typeof c.createdAt !== 'string' || Number.isNaN(Date.parse(c.createdAt))) bump('invalid-date');
    const p = c.parentId;
    if (!p) return -1;
    if (p === c.id) return bump('self-parent'), -1;
    if (typeof p !== 'string' || !position.has(p)) return bump('orphan'), -2;
    return position.get(p)!;
  });
  // Find each cycle naively; cut it at its smallest input position.
  const cycleCuts: string[] = [];
  const cut = new Set<number>();
  firsts.forEach((_, k) => {
    const members = [k];
    let x = parent[k]!;
    for (let steps = 0; x >= 0 && x !== k && steps <= firsts.length; steps++) {
      members.push(x);
      x = parent[x]!;
    }
    if (x === k) cut.add(Math.min(...members));
  });
  for (const m of [...cut].sort((a, b) => a - b)) {
    parent[m] = -2;
    cycleCuts.push(firsts[m]!.id as string);
    bump('cycle');
  }
  const status = (k: number) => (isStatus(firsts[k]!.status) ? firsts[k]!.status : 'published');
  const kids = (k: number) => firsts.flatMap((_, j) => (parent[j] === k ? [j] : []));
  const shownOf = (k: number): boolean => {
    const s = status(k);
    if (s === 'deleted' || s === 'removed') return kids(k).some(shownOf);
    if (s === 'pending') return !!viewerId && (firsts[k]!.author as { id?: unknown } | null)?.id === viewerId;
    return true;
  };
  const tombstoneOf = (k: number) => status(k) === 'deleted' || status(k) === 'removed';
  const shownParent = (k: number) => (parent[k]! >= 0 && shownOf(parent[k]!) ? parent[k]! : -1);
  const depthOf = (k: number): number => (shownParent(k) < 0 ? 0 : depthOf(shownParent(k)) + 1);
  const countOf = (k: number): number =>
    kids(k)
      .filter(shownOf)
      .reduce((sum, j) => sum + countOf(j) + (tombstoneOf(j) ? 0 : 1), 0);

  const expected: Expected = { shown: new Map(), roots: [], children: new Map(), hidden: new Set(), issueCounts, cycleCuts };
  firsts.forEach((c, k) => {
    const id = c.id as string;
    if (!shownOf(k)) return void expected.hidden.add(id);
    const p = shownParent(k);
    expected.shown.set(id, {
      parent: p < 0 ? null : (firsts[p]!.id as string),
      depth: depthOf(k),
      orphaned: p < 0 && parent[k] !== -1,
      tombstone: tombstoneOf(k),
      count: countOf(k),
    });
    if (p < 0) expected.roots.push(id);
    else expected.children.set(firsts[p]!.id as string, [...(expected.children.get(firsts[p]!.id as string) ?? []), id]);
  });
  return expected;
}

const idArb = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g');
const commentLike = fc.record(
  {
    id: fc.oneof({ weight: 8, arbitrary: idArb }, { weight: 1, arbitrary: fc.constantFrom('', 7, null) }),
    parentId: fc.oneof(idArb, fc.constantFrom(null, undefined, '', 'missing', 3)),
    status: fc.constantFrom(undefined, null, ...commentStatuses, 'spam', 'PUBLISHED', 0),
    author: fc.oneof(
      fc.constant(null),
      fc.record({ id: fc.constantFrom('u1', 'u2', undefined, null), name: fc.constantFrom('Don K.', '', null) }, { requiredKeys: [] }),
    ),
    body: fc.oneof({ weight: 5, arbitrary: fc.string() }, { weight: 1, arbitrary: fc.constantFrom(null, 12, undefined) }),
    createdAt: fc.oneof(
      { weight: 5, arbitrary: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()) },
      { weight: 1, arbitrary: fc.constantFrom('not a date', '', undefined, 1710148800000) },
    ),
  },
  { requiredKeys: [] },
);
const inputArb = fc.array(fc.oneof({ weight: 12, arbitrary: commentLike }, { weight: 1, arbitrary: fc.anything() }), {
  maxLength: 40,
});
const viewerArb = fc.constantFrom(undefined, null, '', 'u1', 'u2');

describe('buildCommentTree, for arbitrary comment-like input', () => {
  it('never throws and always builds a consistent forest', () => {
    fc.assert(
      fc.property(inputArb, viewerArb, (items, viewerId) => {
        const tree = buildCommentTree(items, { viewerId });
        checkForest(tree, viewerId);
      }),
      { numRuns: 1000 },
    );
  });

  it('shows each id at most once and accounts for every item', () => {
    fc.assert(
      fc.property(inputArb, viewerArb, (items, viewerId) => {
        const tree = buildCommentTree(items, { viewerId });
        const expected = oracle(items, viewerId);
        const shownIds = checkForest(tree, viewerId).map((n) => n.comment.id);
        expect(new Set(shownIds).size).toBe(shownIds.length);
        // Every item: shown, or an issue about it, or hidden by the visibility rules.
        const counted: Partial<Record<CommentDataIssue['kind'], number>> = {};
        for (const issue of tree.issues) counted[issue.kind] = (counted[issue.kind] ?? 0) + 1;
        expect(counted).toEqual(expected.issueCounts);
        const leftOut = (counted['missing-id'] ?? 0) + (counted['duplicate-id'] ?? 0);
        expect(tree.byId.size + leftOut + expected.hidden.size).toBe(items.length);
        for (const id of expected.hidden) expect(tree.byId.has(id)).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('agrees with the oracle on structure, flags and counts', () => {
    fc.assert(
      fc.property(inputArb, viewerArb, (items, viewerId) => {
        const tree = buildCommentTree(items, { viewerId });
        const expected = oracle(items, viewerId);
        expect(ids(tree.roots)).toEqual(expected.roots);
        expect(shownIds(tree).sort()).toEqual([...expected.shown.keys()].sort());
        for (const [id, want] of expected.shown) {
          const n = tree.byId.get(id)!;
          expect({
            parent: n.parent?.comment.id ?? null,
            depth: n.depth,
            orphaned: n.orphaned,
            tombstone: n.tombstone,
            count: n.descendantCount,
          }).toEqual(want);
          expect(ids(n.children)).toEqual(expected.children.get(id) ?? []);
        }
        // Which member each cycle is cut at (the order cycles are reported in is not specified).
        expect(
          tree.issues
            .filter((i) => i.kind === 'cycle')
            .map((i) => i.id)
            .sort(),
        ).toEqual(expected.cycleCuts.slice().sort());
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps the host’s object whenever nothing needed fixing, and never mutates it', () => {
    fc.assert(
      fc.property(inputArb, viewerArb, (items, viewerId) => {
        const before = JSON.stringify(items);
        const tree = buildCommentTree(items, { viewerId });
        expect(JSON.stringify(items)).toBe(before);
        const fixed = new Set(tree.issues.filter((i) => /status|body|date/.test(i.kind)).map((i) => i.id));
        for (const n of tree.byId.values()) {
          const original = items.find((item) => idOf(item) === n.comment.id);
          if (fixed.has(n.comment.id)) {
            expect(typeof n.comment.body).toBe('string');
            expect(isStatus(n.comment.status ?? 'published')).toBe(true);
          } else expect(n.comment).toBe(original);
        }
      }),
      { numRuns: 300 },
    );
  });
});

/* ------------------------------------------------------------------------ */
/* Stress: nothing recursive, nothing quadratic. No timings, only results. */
/* ------------------------------------------------------------------------ */

const plain = (id: string, parentId: string | null, status?: CommentData['status']): CommentData => ({
  id,
  parentId,
  body: 'x',
  createdAt: '2024-03-11T09:00:00Z',
  ...(status && { status }),
});

describe('buildCommentTree, at scale', () => {
  it.each([10_000, 100_000])('builds a %i-deep reply chain given leaf first', (length) => {
    const chain = Array.from({ length }, (_, k) => plain(`c${k}`, k ? `c${k - 1}` : null)).reverse();
    const tree = buildCommentTree(chain);
    expect(tree.roots).toHaveLength(1);
    expect(tree.roots[0]!.descendantCount).toBe(length - 1);
    expect(node(tree, `c${length - 1}`).depth).toBe(length - 1);
    expect(tree.visibleCount).toBe(length);
    checkForest(tree);
  });

  it('keeps a 10,000-deep chain of deleted comments as tombstones above one live reply', () => {
    const chain = Array.from({ length: 10_000 }, (_, k) => plain(`c${k}`, k ? `c${k - 1}` : null, k < 9_999 ? 'deleted' : undefined));
    const tree = buildCommentTree(chain);
    expect(tree.visibleCount).toBe(1);
    expect(tree.byId.size).toBe(10_000);
    expect(node(tree, 'c0').tombstone).toBe(true);
    expect(node(tree, 'c0').descendantCount).toBe(1);
    checkForest(tree);
    chain[9_999]!.status = 'deleted';
    expect(buildCommentTree(chain).byId.size).toBe(0);
  });

  it('breaks a 10,000-comment cycle once, at the comment given first', () => {
    const ring = Array.from({ length: 10_000 }, (_, k) => plain(`r${k}`, `r${(k + 1) % 10_000}`));
    const tree = buildCommentTree(ring);
    expect(kinds(tree)).toEqual([['cycle', 'r0']]);
    expect(ids(tree.roots)).toEqual(['r0']);
    expect(node(tree, 'r1').depth).toBe(9_999);
    checkForest(tree);
  });

  it('builds 5,000 replies to one comment in input order', () => {
    const items = [plain('top', null), ...Array.from({ length: 5_000 }, (_, k) => plain(`s${k}`, 'top'))];
    const tree = buildCommentTree(items);
    expect(ids(node(tree, 'top').children)).toEqual(items.slice(1).map((c) => c.id));
    expect(node(tree, 'top').descendantCount).toBe(5_000);
    checkForest(tree);
  });

  it('sorts 5,000 top-level comments stably', () => {
    const items = Array.from({ length: 5_000 }, (_, k) => ({
      ...plain(`t${k}`, null),
      createdAt: k % 7 ? new Date(Date.UTC(2024, 0, 1 + (k % 50))).toISOString() : 'unknown',
    }));
    const sorted = sortRoots(buildCommentTree(items), 'newest');
    const keys = sorted.map((n) => Date.parse(n.comment.createdAt));
    for (let k = 1; k < keys.length; k++) {
      const [a, b] = [keys[k - 1]!, keys[k]!];
      const inputOrder = Number(sorted[k - 1]!.comment.id.slice(1)) < Number(sorted[k]!.comment.id.slice(1));
      const ok = (Number.isNaN(a) ? Number.isNaN(b) : Number.isNaN(b) || a > b) || (a === b && inputOrder);
      if (Number.isNaN(a) && Number.isNaN(b) && !inputOrder) throw new Error(`undated out of order at ${k}`);
      if (!ok) throw new Error(`out of order at ${k}`);
    }
  });

  it('builds 100,000 random comments, with every item accounted for', () => {
    // A small seeded generator: the same input on every run.
    let seed = 0x5eed;
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const n = 100_000;
    const statuses = [undefined, undefined, undefined, 'pending', 'deleted', 'removed', 'hidden'] as const;
    const items: unknown[] = Array.from({ length: n }, (_, k) => {
      if (random() < 0.001) return null;
      const r = random();
      // Mostly replies to earlier comments; some forward (cycles), missing, duplicate.
      const parent = r < 0.3 ? null : r < 0.9 ? `c${Math.floor(random() * k)}` : r < 0.97 ? `c${Math.floor(random() * n)}` : 'gone';
      const id = random() < 0.005 ? `c${Math.floor(random() * n)}` : `c${k}`;
      return {
        ...plain(id, parent),
        status: statuses[Math.floor(random() * statuses.length)],
        author: { id: random() < 0.5 ? 'me' : 'other' },
      };
    });
    // And some cycles of two and three, anywhere.
    for (let m = 0; m < 60; m++) {
      const k = Math.floor(random() * (n - 3));
      const size = 2 + (m % 2);
      for (let j = 0; j < size; j++) {
        const item = items[k + j] as Record<string, unknown> | null;
        if (item) Object.assign(item, { id: `c${k + j}`, parentId: `c${k + ((j + 1) % size)}` });
      }
    }
    const tree = buildCommentTree(items, { viewerId: 'me' });
    checkForest(tree, 'me');

    // Everything not shown is an issue or one of the visibility rules.
    const firstIndex = new Map<string, number>();
    items.forEach((item, k) => {
      const id = idOf(item);
      if (typeof id === 'string' && !firstIndex.has(id)) firstIndex.set(id, k);
    });
    const hasShownChild = new Set<string>();
    for (const nd of tree.byId.values()) if (nd.parent) hasShownChild.add(nd.parent.comment.id);
    let hidden = 0;
    for (const [id, k] of firstIndex) {
      if (tree.byId.has(id)) continue;
      hidden++;
      const c = items[k] as CommentData;
      const ok =
        (c.status === 'pending' && c.author?.id !== 'me') ||
        ((c.status === 'deleted' || c.status === 'removed') && !hasShownChild.has(id));
      if (!ok) throw new Error(`${id} left out with no reason`);
    }
    const dropped = tree.issues.filter((i) => i.kind === 'missing-id' || i.kind === 'duplicate-id').length;
    expect(tree.byId.size + hidden + dropped).toBe(n);
    expect(tree.issues.filter((i) => i.kind === 'unknown-status').length).toBeGreaterThan(0);
    expect(tree.issues.filter((i) => i.kind === 'cycle').length).toBeGreaterThan(0);
  });
});

describe('idTable', () => {
  const check = (hash?: (id: string) => number) => {
    const ids = Array.from({ length: 5_000 }, (_, k) => `id-${k}`);
    const find = idTable(ids.length, hash);
    ids.forEach((id, k) => {
      expect(find(id)).toBe(-1);
      expect(find(id, true)).toBe(-1);
      expect(find(id, true)).toBe(k);
    });
    // Looked up by equal strings that are not the same string objects.
    ids.forEach((id, k) => expect(find(id.split('').join(''))).toBe(k));
    expect(find('id-5000')).toBe(-1);
    expect(find('')).toBe(-1);
  };

  it('numbers ids in the order added and finds them again', () => check());

  it('stays correct, and linear, when every id has the same hash', () => check(() => 7));
});
