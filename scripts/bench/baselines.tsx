/**
 * The naive baselines `npm run bench` compares careerkit's CommentThread with.
 *
 * Each one is the code a competent developer writes in an afternoon, without
 * pathological slowness and without any of careerkit's care: no validation of
 * the host's data (duplicate ids, cycles, unknown statuses), no visibility rules
 * (pending, deleted), no pagination, no accessibility work. So each does
 * strictly LESS work per comment than careerkit; careerkit only wins where its
 * design (an iterative O(n) model, rendering only the first page) pays off.
 *
 * Bundled by scripts/bench/build.mjs into the node bundles and the page bundle.
 */
import * as React from 'react';
import type { CommentData } from '../../src/components/CommentThread/model/types';

export interface NaiveNode {
  comment: CommentData;
  children: NaiveNode[];
  depth: number;
  descendantCount: number;
}

export interface NaiveTree {
  roots: NaiveNode[];
  byId: Map<string, NaiveNode>;
}

/**
 * The textbook tree build: flat array → Map id → node → push each node into its
 * parent's `children` (or the roots) → a recursive walk that sets depth and
 * counts descendants. Trusts the data completely: a reply whose parent is
 * missing becomes a root, a later duplicate id silently replaces the earlier
 * one, and a cycle would be lost (its members are never reached from a root).
 */
export function naiveBuildTree(items: readonly CommentData[]): NaiveTree {
  const byId = new Map<string, NaiveNode>();
  for (const comment of items) byId.set(comment.id, { comment, children: [], depth: 0, descendantCount: 0 });
  const roots: NaiveNode[] = [];
  for (const node of byId.values()) {
    const parent = node.comment.parentId ? byId.get(node.comment.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const walk = (node: NaiveNode, depth: number): number => {
    node.depth = depth;
    let count = 0;
    for (const child of node.children) count += 1 + walk(child, depth + 1);
    node.descendantCount = count;
    return count;
  };
  for (const root of roots) walk(root, 0);
  return { roots, byId };
}

/**
 * One shared formatter (creating one per comment would make the baseline
 * artificially slow); the same locale and time zone the bench passes careerkit.
 */
const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

function NaiveComment({ comment }: { comment: CommentData }) {
  return (
    <article id={`naive-${comment.id}`}>
      <h3>{comment.author?.name || 'Anonymous'}</h3>
      <time dateTime={comment.createdAt}>{dateFormat.format(new Date(comment.createdAt))}</time>
      <p>{comment.body}</p>
    </article>
  );
}

/**
 * Server-render baseline: every comment, recursively, as nested lists:
 * `<ol><li><article><h3/><time/><p/></article><ol>…</ol></li></ol>`.
 * Builds its tree (with `naiveBuildTree`) inside the render, as careerkit does.
 */
export function NaiveStaticList({ comments }: { comments: readonly CommentData[] }) {
  const { roots } = naiveBuildTree(comments);
  return <NaiveStaticItems nodes={roots} />;
}

function NaiveStaticItems({ nodes }: { nodes: NaiveNode[] }) {
  return (
    <ol>
      {nodes.map((node) => (
        <li key={node.comment.id}>
          <NaiveComment comment={node.comment} />
          {node.children.length > 0 && <NaiveStaticItems nodes={node.children} />}
        </li>
      ))}
    </ol>
  );
}

/**
 * Browser baseline: the same recursive list, but interactive the naive way:
 * everything is rendered (no pagination), every comment with replies has a
 * `useState` toggle (open by default) that mounts or unmounts its children.
 * Same selectors as careerkit's toggle, so the bench drives both alike.
 */
export function NaiveInteractiveList({ comments }: { comments: readonly CommentData[] }) {
  const roots = React.useMemo(() => naiveBuildTree(comments).roots, [comments]);
  return <NaiveInteractiveItems nodes={roots} />;
}

function NaiveInteractiveItems({ nodes }: { nodes: NaiveNode[] }) {
  return (
    <ol>
      {nodes.map((node) => (
        <NaiveInteractiveItem key={node.comment.id} node={node} />
      ))}
    </ol>
  );
}

function NaiveInteractiveItem({ node }: { node: NaiveNode }) {
  const [open, setOpen] = React.useState(true);
  return (
    <li>
      <NaiveComment comment={node.comment} />
      {node.children.length > 0 && (
        <>
          <button
            type="button"
            aria-expanded={open}
            data-action="toggle-replies"
            data-comment-id={node.comment.id}
            onClick={() => setOpen((o) => !o)}
          >
            {open ? 'Hide' : 'Show'} {node.descendantCount} replies
          </button>
          {open && <NaiveInteractiveItems nodes={node.children} />}
        </>
      )}
    </li>
  );
}
