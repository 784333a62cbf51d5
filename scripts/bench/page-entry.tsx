/**
 * The browser half of `npm run bench`, bundled (React included, production
 * mode) into one IIFE that bench.mjs serves to Chromium. It exposes
 * `window.__bench`; bench.mjs calls it with page.evaluate, so the timing loops
 * run inside the page with performance.now() and no DevTools round trips in
 * the timed region.
 *
 * Everything is driven through flushSync: React handles a click as a discrete
 * event, but in a concurrent root (createRoot) it commits in a microtask, after
 * `.click()` has returned. Wrapping `.click()` (or `root.render`) in flushSync
 * makes React render and commit before flushSync returns, so the timed region
 * is exactly event handler + render + commit (+ layout and passive effects,
 * which React flushes synchronously for sync-lane commits).
 */
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { CommentThread } from '../../src/components/CommentThread/CommentThread';
import type { CommentData } from '../../src/components/CommentThread/model/types';
import { STORY_NOW, generateThread, missedInterviewDiscussion } from '../../stories/content/discussion';
import { NaiveInteractiveList, naiveBuildTree } from './baselines';

type Kind = 'ours' | 'naive';

/** One click, in ms from just before `.click()`. */
export interface ClickSample {
  /** Event handler + render + commit (flushSync returned). */
  commit: number;
  /** …plus the style recalc and layout it causes (forced by reading offsetHeight). */
  layout: number;
  /** …until the next requestAnimationFrame callback (includes waiting for vsync). */
  frame: number;
}

export interface ToggleResult {
  /** The comment whose subthread is toggled (same one in both lists). */
  commentId: string;
  /** Its descendants in the data. */
  descendants: number;
  /** `<article>`s in each list with the subthread collapsed and expanded. */
  articles: Record<Kind, { collapsed: number; expanded: number }>;
  expand: Record<Kind, ClickSample[]>;
  collapse: Record<Kind, ClickSample[]>;
}

const ourElement = (comments: CommentData[]) => (
  <CommentThread comments={comments} now={STORY_NOW} locale="en" timeZone="UTC" />
);
const naiveElement = (comments: CommentData[]) => <NaiveInteractiveList comments={comments} />;
const elementFor = (kind: Kind, comments: CommentData[]) =>
  kind === 'ours' ? ourElement(comments) : naiveElement(comments);

const TOGGLE = 'button[aria-expanded][data-action="toggle-replies"]';

/** A promise for the next animation frame's callback. */
const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));
/** A task after the current frame has rendered (rAF, then a message-channel task). */
async function settle() {
  await nextFrame();
  await new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/**
 * The comment a careerkit toggle belongs to. We rely only on what the brief
 * promises: each comment is `<article id="comment-{id}">`. The toggle is either
 * inside that article or beside it, so walk up from the button and take the
 * first `article[id^="comment-"]` that contains it or is a direct child of an
 * ancestor (the comment's list item).
 */
function commentIdOf(button: Element): string | null {
  const own = button.getAttribute('data-comment-id');
  if (own) return own;
  for (let el: Element | null = button; el; el = el.parentElement) {
    if (el.tagName === 'ARTICLE' && el.id.startsWith('comment-')) return el.id.slice('comment-'.length);
    const article = el.querySelector(':scope > article[id^="comment-"]');
    if (article) return article.id.slice('comment-'.length);
  }
  return null;
}

function findToggle(container: Element, id: string): HTMLButtonElement {
  for (const button of container.querySelectorAll<HTMLButtonElement>(TOGGLE)) {
    if (commentIdOf(button) === id) return button;
  }
  throw new Error(`no toggle-replies button for comment ${id}`);
}

function mountInto(kind: Kind, comments: CommentData[]): { root: Root; container: HTMLElement } {
  const container = document.createElement('div');
  container.dataset.bench = kind;
  document.body.append(container);
  const root = createRoot(container);
  flushSync(() => root.render(elementFor(kind, comments)));
  return { root, container };
}

const bench = {
  /** performance.now() resolution: 5 µs when cross-origin isolated, else 100 µs. */
  crossOriginIsolated: () => globalThis.crossOriginIsolated,

  /**
   * (a) Mounting the 15-comment discussion: a fresh container and root each
   * run; time root.render inside flushSync (render + commit + effects), then
   * the layout it causes. Interleaved, alternating which goes first.
   */
  mount(runs: number, warmup: number) {
    const samples: Record<Kind, { commit: number; layout: number }[]> = { ours: [], naive: [] };
    const comments = missedInterviewDiscussion;
    const articles: Record<Kind, number> = { ours: 0, naive: 0 };
    for (let i = 0; i < warmup + runs; i++) {
      for (const kind of (i % 2 ? ['ours', 'naive'] : ['naive', 'ours']) as Kind[]) {
        const container = document.createElement('div');
        document.body.append(container);
        const root = createRoot(container);
        const element = elementFor(kind, comments);
        const t0 = performance.now();
        flushSync(() => root.render(element));
        const t1 = performance.now();
        void container.offsetHeight;
        const t2 = performance.now();
        articles[kind] = container.querySelectorAll('article').length;
        root.unmount();
        container.remove();
        if (i >= warmup) samples[kind].push({ commit: t1 - t0, layout: t2 - t0 });
      }
    }
    return { samples, articles };
  },

  /**
   * (b) Expanding then collapsing one subthread of a 1,000-comment thread.
   * Both lists stay mounted; the comment is the collapsed careerkit toggle
   * with the most descendants (the worst case the first page offers), and the
   * naive list toggles the same comment (collapsed once, untimed, first).
   */
  async toggle(runs: number, warmup: number, count: number): Promise<ToggleResult> {
    const comments = generateThread(count);
    const descendants = new Map([...naiveBuildTree(comments).byId].map(([id, n]) => [id, n.descendantCount]));

    const ours = mountInto('ours', comments);
    const naive = mountInto('naive', comments);
    try {
      const collapsed = [...ours.container.querySelectorAll(`${TOGGLE}[aria-expanded="false"]`)];
      if (!collapsed.length) throw new Error('careerkit rendered no collapsed toggle-replies button');
      let commentId: string | null = null;
      for (const button of collapsed) {
        const id = commentIdOf(button);
        if (id && (commentId == null || (descendants.get(id) ?? 0) > (descendants.get(commentId) ?? 0))) commentId = id;
      }
      if (commentId == null) throw new Error('could not tell which comment a collapsed toggle belongs to');
      const id = commentId;

      const lists = { ours: ours.container, naive: naive.container };
      const articles = { ours: { collapsed: 0, expanded: 0 }, naive: { collapsed: 0, expanded: 0 } };
      // The naive list starts expanded; collapse it so both start the same way.
      flushSync(() => findToggle(naive.container, id).click());

      const click = async (kind: Kind, expand: boolean): Promise<ClickSample> => {
        const container = lists[kind];
        const button = findToggle(container, id);
        if (button.getAttribute('aria-expanded') !== String(!expand)) {
          throw new Error(`${kind}: toggle for ${id} is aria-expanded=${button.getAttribute('aria-expanded')} before the click`);
        }
        await settle(); // start after the previous click has painted
        const t0 = performance.now();
        flushSync(() => button.click());
        const t1 = performance.now();
        void document.body.offsetHeight;
        const t2 = performance.now();
        const t3 = await nextFrame();
        const after = findToggle(container, id).getAttribute('aria-expanded');
        if (after !== String(expand)) throw new Error(`${kind}: toggle for ${id} is aria-expanded=${after} after the click`);
        articles[kind][expand ? 'expanded' : 'collapsed'] = container.querySelectorAll('article').length;
        return { commit: t1 - t0, layout: t2 - t0, frame: t3 - t0 };
      };

      const expand: Record<Kind, ClickSample[]> = { ours: [], naive: [] };
      const collapse: Record<Kind, ClickSample[]> = { ours: [], naive: [] };
      for (let i = 0; i < warmup + runs; i++) {
        for (const kind of (i % 2 ? ['ours', 'naive'] : ['naive', 'ours']) as Kind[]) {
          const e = await click(kind, true);
          const c = await click(kind, false);
          if (i >= warmup) {
            expand[kind].push(e);
            collapse[kind].push(c);
          }
        }
      }
      return { commentId: id, descendants: descendants.get(id) ?? 0, articles, expand, collapse };
    } finally {
      ours.root.unmount();
      naive.root.unmount();
      ours.container.remove();
      naive.container.remove();
    }
  },
};

export type Bench = typeof bench;
(globalThis as unknown as { __bench: Bench }).__bench = bench;
