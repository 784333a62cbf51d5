/**
 * AdviceArticle in Chromium: print (what hides, what expands, where links go),
 * narrow screens (no sideways scroll at 320px), the copy-link action with the
 * real clipboard, and axe on the whole post.
 */
import * as React from 'react';
import { render } from 'vitest-browser-react';
import { commands, page, userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { AdviceArticle, ThemeProvider, type AdvicePost } from '../../src';
import { missedInterviewPost } from '../../stories/content/post';
import { longScript } from '../../stories/content/scripts';
import { expectNoAxeViolations } from './support';

const post: AdvicePost = {
  ...missedInterviewPost,
  reply: {
    blocks: [
      ...missedInterviewPost.reply.blocks.filter((block) => block.type !== 'script'),
      { type: 'script' as const, script: longScript, email: { subject: 'Re: Offer' } },
    ],
  },
};

/**
 * Text with no break opportunity at all: no hyphen, slash or space after the
 * host, so only `overflow-wrap` can wrap it (a URL of words joined by hyphens
 * wraps at the hyphens on its own, and would pass without it).
 */
const unbrokenUrl = `https://example.com/${'a'.repeat(400)}`;
const unbrokenWord = 'Unbreakable'.repeat(30);

const unbrokenPost: AdvicePost = {
  ...post,
  headline: `${unbrokenWord} ${unbrokenUrl}`,
  question: { ...post.question, body: `${post.question.body as string}\n\nHere is the listing: ${unbrokenUrl}\n\n${unbrokenWord}` },
  reply: { blocks: [{ type: 'text', text: `Read ${unbrokenUrl} again.\n\n${unbrokenWord}` }, ...post.reply.blocks] },
};

function Page({ article = post }: { article?: AdvicePost }) {
  return (
    <ThemeProvider theme="newsprint">
      <main>
        <AdviceArticle post={article} timeZone="America/New_York" signupNudge={<p>Get the weekly letter</p>} comments={<p>Thread</p>} />
      </main>
    </ThemeProvider>
  );
}

afterEach(async () => {
  await commands.emulateMedia('screen', 'none');
  await page.viewport(414, 896);
});

describe('AdviceArticle in Chromium', () => {
  it('has no accessibility violations', async () => {
    await render(<Page />);
    await expectNoAxeViolations();
  });

  describe('when printed', () => {
    it('hides nudges, prompts, the table of contents and link buttons, and expands the script', async () => {
      const screen = await render(<Page />);
      await expect.element(screen.getByRole('button', { name: 'Show full script' })).toBeVisible();
      await commands.emulateMedia('print');
      const hidden = (element: Element | null) => getComputedStyle(element!).display === 'none';
      expect(hidden(document.getElementById('discussion'))).toBe(true);
      expect(hidden(document.querySelector('nav'))).toBe(true);
      expect(hidden(screen.getByText('Get the weekly letter').element().parentElement)).toBe(true);
      expect(hidden(document.querySelector('#reply a[href="#reply"]'))).toBe(true);
      const script = document.querySelector('#how-to-say-it blockquote')!;
      expect(getComputedStyle(script).maxBlockSize).toBe('none');
      expect(script.textContent).toContain('Best,');
    });

    it('shows where links go, as written, and keeps headings with their text', async () => {
      await render(<Page />);
      await commands.emulateMedia('print');
      const guide = document.querySelector('a[href^="https://advice.example.com/guides"]')!;
      expect(getComputedStyle(guide, '::after').content).toBe('" (https://advice.example.com/guides/comeback-letter)"');
      // As written, not in the capitals of the uppercase kicker it follows: a path is case-sensitive.
      const column = document.querySelector('a[href="https://advice.example.com/column"]')!;
      expect(getComputedStyle(column).textTransform).toBe('uppercase');
      expect(getComputedStyle(column, '::after').textTransform).toBe('none');
      // The section heading is inline (see the 320px test), so its block, the heading row, is what keeps with the text.
      expect(getComputedStyle(document.querySelector('#reply h2')!.parentElement!).breakAfter).toBe('avoid');
    });
  });

  describe('given a 320px wide screen', () => {
    it('wraps a 400-character unbroken URL and long words in the headline, question and reply, with no sideways scroll', async () => {
      await page.viewport(320, 800);
      await render(<Page article={unbrokenPost} />);
      const article = document.querySelector('article')!;
      for (const element of [
        article.querySelector('h1')!,
        article.querySelector('#question blockquote')!,
        article.querySelector('#reply p')!,
      ]) {
        expect(element.textContent).toContain(unbrokenUrl);
        expect(element.scrollWidth, element.tagName).toBeLessThanOrEqual(element.clientWidth);
      }
      expect(article.scrollWidth).toBeLessThanOrEqual(article.clientWidth);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    });
  });

  describe('given a section heading that wraps', () => {
    it('keeps its "#" link right after the last word, not at the far edge of the line', async () => {
      await page.viewport(320, 800);
      const headings = ['Have you ever recovered from a no-show?', 'هل تعافيت يومًا من غياب عن مقابلة؟'];
      for (const [index, heading] of headings.entries()) {
        const dir = index ? 'rtl' : 'ltr';
        const screen = await render(
          <div dir={dir}>
            <Page article={{ ...post, discussion: { ...post.discussion!, heading } }} />
          </div>,
        );
        const h2 = document.querySelector('#discussion h2')!;
        const range = document.createRange();
        range.selectNodeContents(h2);
        const lines = [...range.getClientRects()];
        expect(lines.length, dir).toBeGreaterThan(1);
        const last = lines.at(-1)!;
        const link = document.querySelector('#discussion a[href="#discussion"]')!.getBoundingClientRect();
        // On the last line, a few pixels after its end (right in ltr, left in rtl).
        expect(link.top, dir).toBeLessThan(last.bottom);
        expect(link.bottom, dir).toBeGreaterThan(last.top);
        const gap = dir === 'ltr' ? link.left - last.right : last.left - link.right;
        expect(gap, dir).toBeGreaterThanOrEqual(0);
        expect(gap, dir).toBeLessThan(16);
        await screen.unmount();
      }
    });
  });

  describe('when a keyboard user follows a link within the post', () => {
    afterEach(() => history.replaceState(null, '', location.pathname + location.search));

    it('moves focus to the section each contents link and "Join the discussion" point to, not only the view', async () => {
      const screen = await render(<Page />);
      const contents = screen.getByRole('navigation', { name: 'In this post' });
      const links = [
        ...contents.getByRole('link').all().map((link) => link.element() as HTMLAnchorElement),
        screen.getByRole('link', { name: 'Join the discussion' }).element() as HTMLAnchorElement,
      ];
      expect(links.map((link) => link.hash)).toEqual(['#question', '#reply', '#how-to-say-it', '#discussion', '#comments', '#comments']);
      for (const link of links) {
        link.focus();
        await userEvent.keyboard('{Enter}');
        // Where a screen reader goes on, and what the next Tab starts from.
        await expect.poll(() => document.activeElement?.id).toBe(link.hash.slice(1));
      }
    });
  });

  describe('when a reader uses a section’s copy link', () => {
    it('puts the section’s URL on the clipboard and says so in the polite live region', async () => {
      await commands.grantClipboard();
      await commands.writeClipboard('(clipboard before the test)');
      const screen = await render(<Page />);
      const status = document.querySelector('article > [role="status"]')!;
      expect(status).toHaveAttribute('aria-live', 'polite');
      expect(status.textContent).toBe('');
      const sectionUrl = new URL('#question', location.href).href;
      await screen.getByRole('link', { name: 'Link to “The Question”' }).click();
      await expect.poll(() => commands.readClipboard()).toBe(sectionUrl);
      expect(sectionUrl).toMatch(/#question$/);
      await expect.poll(() => status.textContent).toMatch(/^Link copied\.\s?$/);
    });
  });
});
