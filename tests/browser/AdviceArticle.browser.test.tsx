/**
 * AdviceArticle in Chromium: print (what hides, what expands, where links go),
 * narrow screens (no sideways scroll at 320px), and axe on the whole post.
 */
import * as React from 'react';
import { render } from 'vitest-browser-react';
import { commands, page } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { AdviceArticle, ThemeProvider } from '../../src';
import { missedInterviewPost } from '../../stories/content/post';
import { longScript } from '../../stories/content/scripts';
import { expectNoAxeViolations } from './support';

const post = {
  ...missedInterviewPost,
  question: {
    ...missedInterviewPost.question,
    body: `${missedInterviewPost.question.body as string}\n\nHere is the listing: https://jobs.example.com/${'operations-coordinator-'.repeat(18)}final`,
  },
  reply: {
    blocks: [
      ...missedInterviewPost.reply.blocks.filter((block) => block.type !== 'script'),
      { type: 'script' as const, script: longScript, email: { subject: 'Re: Offer' } },
    ],
  },
};

function Page() {
  return (
    <ThemeProvider theme="newsprint">
      <main>
        <AdviceArticle post={post} timeZone="America/New_York" signupNudge={<p>Get the weekly letter</p>} comments={<p>Thread</p>} />
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

    it('shows where links go and keeps headings with their text', async () => {
      await render(<Page />);
      await commands.emulateMedia('print');
      const guide = document.querySelector('a[href^="https://advice.example.com/guides"]')!;
      expect(getComputedStyle(guide, '::after').content).toBe('" (https://advice.example.com/guides/comeback-letter)"');
      expect(getComputedStyle(document.querySelector('#reply h2')!).breakAfter).toBe('avoid');
    });
  });

  describe('given a 320px wide screen', () => {
    it('wraps long words and URLs with no sideways scroll', async () => {
      await page.viewport(320, 800);
      await render(<Page />);
      const article = document.querySelector('article')!;
      expect(article.scrollWidth).toBeLessThanOrEqual(article.clientWidth);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    });
  });
});
