/**
 * The whole post page in Chromium, checked the way Lighthouse checks a page:
 * the server's HTML first, then hydration, with every layout shift recorded;
 * the signup dialog opening without moving the page; the DOM size of a
 * 15-comment post; axe on all of it.
 */
import * as React from 'react';
import { renderToString } from 'react-dom/server';
import { hydrateRoot, type Root } from 'react-dom/client';
import { page, userEvent } from 'vitest/browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ThemeProvider } from '../../src';
import { POST_AUTHOR_ID, STORY_NOW, missedInterviewDiscussion } from '../../stories/content/discussion';
import { missedInterviewPost } from '../../stories/content/post';
import { arabicFullPage } from '../../stories/content/arabicFullPost';
import { ar } from '../../src/locales/ar';
import { render } from 'vitest-browser-react';
import { FullPost } from '../../stories/pages/FullPost';
import { expectNoAxeViolations } from './support';

function Page() {
  return (
    <ThemeProvider theme="default">
      <FullPost
        post={missedInterviewPost}
        discussion={missedInterviewDiscussion}
        postAuthorId={POST_AUTHOR_ID}
        viewer={{ id: 'viewer-sam', name: 'Sam Okafor' }}
        site="The Hiring Desk"
        signup={{
          title: 'Get the Weekly Letter',
          description: 'One reader’s problem every Thursday.',
          nudgeTitle: 'The newsletter prints more than the blog',
          headerButton: 'Subscribe',
        }}
        now={STORY_NOW}
        locale="en-US"
        timeZone="America/New_York"
      />
    </ThemeProvider>
  );
}

interface Shift {
  value: number;
  hadRecentInput: boolean;
  sources: string[];
}

/** Every layout shift from now on, as Chromium reports it (input-driven ones too). */
function recordShifts(): { shifts: Shift[]; stop: () => void } {
  const shifts: Shift[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
      sources?: { node?: Node | null }[];
    })[]) {
      shifts.push({
        value: entry.value,
        hadRecentInput: entry.hadRecentInput,
        sources: (entry.sources ?? []).map((s) => (s.node instanceof Element ? s.node.outerHTML.slice(0, 120) : String(s.node))),
      });
    }
  });
  observer.observe({ type: 'layout-shift' });
  return { shifts, stop: () => observer.disconnect() };
}

const frames = (n: number) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left ? requestAnimationFrame(() => step(left - 1)) : resolve());
    step(n);
  });
const settle = async () => {
  await frames(3);
  await new Promise((resolve) => setTimeout(resolve, 500));
  await frames(3);
};

let container: HTMLDivElement;
let root: Root | undefined;

beforeEach(async () => {
  await page.viewport(1024, 768);
  localStorage.clear();
  sessionStorage.clear();
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  root?.unmount();
  root = undefined;
  container.remove();
  document.documentElement.style.scrollbarGutter = '';
  window.scrollTo(0, 0);
});

/** The server's HTML in the page, then React hydrating it, as a host's page loads. */
async function loadPage(): Promise<Shift[]> {
  container.innerHTML = renderToString(<Page />);
  await settle();
  const recorder = recordShifts();
  const errors: unknown[] = [];
  root = hydrateRoot(container, <Page />, { onRecoverableError: (error) => errors.push(error) });
  await settle();
  recorder.stop();
  expect(errors).toEqual([]);
  return recorder.shifts;
}

describe('the whole post, server-rendered and hydrated in Chromium', () => {
  it('hydrates without moving anything: no layout shift at all', async () => {
    const shifts = await loadPage();
    expect(shifts).toEqual([]);
  });

  it('renders the 15-comment post in fewer than 800 DOM elements', async () => {
    await loadPage();
    const count = container.querySelectorAll('*').length;
    console.log(`[full post] DOM elements: ${count}`);
    expect(count).toBeLessThan(800);
  });

  it('has no axe violations', async () => {
    await loadPage();
    await expectNoAxeViolations();
  });

  describe.each([
    ['reserves the scrollbar gutter (scrollbar-gutter: stable)', 'stable'],
    ['leaves the scrollbar gutter to the dialog', ''],
  ])('when the host %s', (_label, gutter) => {
    it('opens the signup dialog without moving the page under it', async () => {
      document.documentElement.style.scrollbarGutter = gutter;
      await loadPage();
      window.scrollTo(0, 600);
      await settle();
      // A classic scrollbar takes room (else there would be nothing to shift).
      expect(window.innerWidth - document.documentElement.clientWidth).toBeGreaterThan(0);
      const heading = container.querySelector('h1')!;
      const header = container.querySelector('header')!;
      const before = { heading: heading.getBoundingClientRect().toJSON(), header: header.getBoundingClientRect().toJSON(), width: document.documentElement.clientWidth };

      const recorder = recordShifts();
      // From the keyboard: a pointer click would first scroll the button into view.
      header.querySelector('button')!.focus({ preventScroll: true });
      await userEvent.keyboard('{Enter}');
      await expect.element(page.getByRole('dialog', { name: 'Get the Weekly Letter' })).toBeVisible();
      await settle();
      const open = { heading: heading.getBoundingClientRect().toJSON(), header: header.getBoundingClientRect().toJSON() };

      await userEvent.keyboard('{Escape}');
      await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
      await settle();
      const closed = { heading: heading.getBoundingClientRect().toJSON(), header: header.getBoundingClientRect().toJSON() };
      recorder.stop();

      expect(open).toEqual({ heading: before.heading, header: before.header });
      expect(closed).toEqual({ heading: before.heading, header: before.header });
      expect(recorder.shifts).toEqual([]);
      expect(document.documentElement.clientWidth).toBe(before.width);
    });
  });
});

describe('the whole post in Arabic, right to left', () => {
  it.each([360, 1024])('sticks out nowhere sideways at %i px: no horizontal scrolling, also with the hidden live regions', async (width) => {
    await page.viewport(width, 800);
    const view = await render(
      <ThemeProvider theme="default" dir="rtl" lang="ar">
        {/* The Arabic story's page. */}
        <FullPost {...arabicFullPage} now={STORY_NOW} messages={ar} />
      </ThemeProvider>,
    );
    await settle();
    const root = document.documentElement;
    const outside = [...document.body.querySelectorAll('*')]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width && (box.left < 0 || box.right > root.clientWidth);
      })
      .map((element) => element.outerHTML.slice(0, 80));
    expect(outside).toEqual([]);
    expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
    await view.unmount();
  });
});
