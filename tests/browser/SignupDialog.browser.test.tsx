/**
 * SignupDialog in real Chromium: focus goes back where the reader was after an
 * automatic open (Radix alone would drop it on <body>), the page does not jump,
 * keyboard-only use from the button, a long word that wraps inside the dialog
 * on a 320px screen, and axe with the dialog open.
 */
import * as React from 'react';
import { cleanup, render } from 'vitest-browser-react';
import { commands, page, userEvent } from 'vitest/browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ThemeProvider } from '../../src';
import { SignupDialog, type SignupDialogProps } from '../../src/components/SignupDialog';
import { resetRestraintMemory } from '../../src/components/SignupDialog/restraint';
import { expectNoAxeViolations } from './support';

const consent = { version: '2025-03-letter', privacyUrl: 'https://example.com/privacy' };

const paragraphs = [
  'I missed a second-round interview because I wrote the wrong day in my calendar. The recruiter was polite about it, but I have heard nothing since.',
  'The role is the one I have wanted for two years. I know the team, I have used the product, and I had prepared a short plan for my first quarter.',
  'A friend told me to send a long letter explaining what happened. Another said to say nothing and wait. How do I ask for another chance without grovelling?',
  'Stop explaining. Nobody on a hiring panel wants the story of your calendar. They want to know whether you will show up next time, and that is all your note should answer.',
  'Write two sentences of apology, one sentence about what you changed, and one sentence asking for a new time. Send it today, not after the weekend.',
];

function Article(props: Partial<SignupDialogProps>) {
  return (
    <ThemeProvider>
      <main>
        <article>
          <h1>How do I apologise for a missed interview?</h1>
          {paragraphs.map((text, i) => (
            <p key={i} style={{ marginBlockEnd: '40vh' }}>
              {text}
            </p>
          ))}
          <p>
            More scripts like this are in <a href="#guide">the interview guide</a>.
          </p>
          {paragraphs.map((text, i) => (
            <p key={`again-${i}`} style={{ marginBlockEnd: '40vh' }}>
              {text}
            </p>
          ))}
        </article>
        <SignupDialog consent={consent} description="One reader’s problem and a script, every Thursday." {...props} />
      </main>
    </ThemeProvider>
  );
}

/** Lets the open animation finish, so axe measures the colours the reader sees. */
async function animationsDone() {
  await Promise.all(document.getAnimations().map((animation) => animation.finished));
}

// Unmount (closing any open dialog and its focus trap) so the next file gets a focused page.
afterEach(() => cleanup());

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  resetRestraintMemory();
  // Not the reader's first page view.
  localStorage.setItem('ck-signup:newsletter', JSON.stringify({ views: 1 }));
  window.scrollTo(0, 0);
});

describe('SignupDialog in Chromium', () => {
  describe('given a scroll-depth trigger while focus is on a link in the article', () => {
    it('returns focus to the link after Escape, without moving the page', async () => {
      const screen = await render(<Article triggers={{ scrollDepth: 0.5 }} />);
      const link = screen.getByRole('link', { name: 'the interview guide' });
      (link.element() as HTMLElement).focus();
      window.scrollTo(0, document.documentElement.scrollHeight * 0.6);
      const dialog = screen.getByRole('dialog', { name: 'Get the weekly newsletter' });
      await expect.element(dialog).toBeVisible();
      await expect.poll(() => dialog.element().contains(document.activeElement)).toBe(true);
      const scrolled = window.scrollY;
      expect(scrolled).toBeGreaterThan(0);

      await userEvent.keyboard('{Escape}');
      await expect.element(screen.getByRole('dialog')).not.toBeInTheDocument();
      await expect.element(link).toHaveFocus();
      expect(window.scrollY).toBe(scrolled);
    });
  });

  describe('given an engaged-time trigger', () => {
    it('returns focus to the link the reader was on', async () => {
      const screen = await render(<Article triggers={{ engagedSeconds: 0.3 }} />);
      const link = screen.getByRole('link', { name: 'the interview guide' });
      (link.element() as HTMLElement).focus();
      await expect.element(screen.getByRole('dialog')).toBeVisible();
      await expect.poll(() => document.activeElement?.tagName).toBe('INPUT');
      await userEvent.keyboard('{Escape}');
      await expect.element(screen.getByRole('dialog')).not.toBeInTheDocument();
      await expect.element(link).toHaveFocus();
    });
  });

  describe('given a consent banner closed by CSS that stays in the page (role="dialog", display: none)', () => {
    it('still offers: a dialog the reader cannot see does not hold the offer back', async () => {
      const screen = await render(
        <>
          <div role="dialog" aria-modal="true" aria-label="Cookie preferences" style={{ display: 'none' }}>
            <button type="button">Accept all</button>
          </div>
          <Article triggers={{ engagedSeconds: 0.3 }} />
        </>,
      );
      await expect.element(screen.getByRole('dialog', { name: 'Get the weekly newsletter' }), { timeout: 4000 }).toBeVisible();
    });
  });

  describe('given an end-of-article trigger whose end is in view when the page loads (a short post, or a reload restored there)', () => {
    it('does not offer on load, only once the reader scrolls the end back into view', async () => {
      const screen = await render(
        <ThemeProvider>
          <main>
            <p>Send the two-sentence note today.</p>
            <h2 id="discussion">15 Comments</h2>
            <div style={{ height: '300vh' }} />
            <SignupDialog consent={consent} triggers={{ endOf: '#discussion' }} />
          </main>
        </ThemeProvider>,
      );
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(document.querySelector('[role="dialog"]')).toBeNull();
      window.scrollTo(0, document.documentElement.scrollHeight);
      await new Promise((resolve) => setTimeout(resolve, 300));
      window.scrollTo(0, 0);
      await expect.element(screen.getByRole('dialog', { name: 'Get the weekly newsletter' })).toBeVisible();
    });
  });

  describe('when used with the keyboard only', () => {
    it('opens from the button, keeps Tab inside, and returns to the button on Escape', async () => {
      const screen = await render(
        <ThemeProvider>
          <main>
            <a href="#top">Back to top</a>
            <SignupDialog consent={consent} triggers={{ button: true, exitIntent: true }} />
          </main>
        </ThemeProvider>,
      );
      (screen.getByRole('link', { name: 'Back to top' }).element() as HTMLElement).focus();
      await userEvent.keyboard('{Tab}');
      const button = screen.getByRole('button', { name: 'Get the newsletter' });
      await expect.element(button).toHaveFocus();
      await userEvent.keyboard('{Enter}');

      const dialog = screen.getByRole('dialog', { name: 'Get the weekly newsletter' });
      const email = screen.getByRole('textbox', { name: 'Email address' });
      await expect.element(email).toHaveFocus();
      await userEvent.keyboard('jordan@example.com');
      const order = [
        screen.getByRole('button', { name: 'Subscribe' }),
        screen.getByRole('link', { name: 'Privacy policy' }),
        screen.getByRole('button', { name: 'Don’t show this again' }),
        screen.getByRole('button', { name: 'Close' }),
        email,
      ];
      for (const next of order) {
        await userEvent.keyboard('{Tab}');
        await expect.element(next).toHaveFocus();
      }
      expect(dialog.element().contains(document.activeElement)).toBe(true);

      await userEvent.keyboard('{Escape}');
      await expect.element(screen.getByRole('dialog')).not.toBeInTheDocument();
      await expect.element(button).toHaveFocus();

      await userEvent.keyboard('{Enter}');
      await expect.element(screen.getByRole('textbox', { name: 'Email address' })).toHaveValue('jordan@example.com');
    });
  });

  describe('when the reader prefers reduced motion', () => {
    afterEach(() => commands.emulateReducedMotion(false));

    /** The dialog's overlay and box and everything in them: what moves when it opens. */
    const dialogParts = () => {
      const content = document.querySelector<HTMLElement>('[role="dialog"]')!;
      const overlay = [...document.querySelectorAll<HTMLElement>('[data-state="open"]')].find(
        (el) => el !== content && !el.contains(content) && getComputedStyle(el).position === 'fixed',
      )!;
      expect(overlay).toBeDefined();
      return [overlay, content, ...content.querySelectorAll<HTMLElement>('*')];
    };
    const moving = (el: HTMLElement) => {
      const style = getComputedStyle(el);
      const transitions = style.transitionProperty !== 'none' && style.transitionDuration.split(',').some((d) => parseFloat(d) > 0);
      return style.animationName !== 'none' || transitions;
    };

    it('opens and closes with no animation or transition', async () => {
      const screen = await render(<Article triggers={{ button: true }} />);
      const button = screen.getByRole('button', { name: 'Get the newsletter' });
      // Without the preference it does move, so the check below can fail.
      await button.click();
      await expect.element(screen.getByRole('dialog')).toBeVisible();
      expect(dialogParts().filter(moving).length).toBeGreaterThan(0);
      await userEvent.keyboard('{Escape}');
      await expect.element(screen.getByRole('dialog')).not.toBeInTheDocument();

      await commands.emulateReducedMotion(true);
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches).toBe(true);
      await button.click();
      await expect.element(screen.getByRole('dialog')).toBeVisible();
      expect(dialogParts().filter(moving).map((el) => el.className)).toEqual([]);
      expect(document.getAnimations()).toEqual([]);
      await userEvent.keyboard('{Escape}');
      await expect.element(screen.getByRole('dialog')).not.toBeInTheDocument();
      expect(document.getAnimations()).toEqual([]);
    });
  });

  describe('given a 320px wide screen (a 1280px one at 400% zoom) and a title in one long word, as German writes them', () => {
    afterEach(() => page.viewport(414, 896));

    it('wraps the word inside the dialog: nothing runs under the close button or past the edge, nothing scrolls sideways', async () => {
      await page.viewport(320, 640);
      const screen = await render(<Article triggers={{ button: true }} title="Karriereberatungsnewsletter" />);
      await screen.getByRole('button', { name: 'Get the newsletter' }).click();
      const dialog = screen.getByRole('dialog', { name: 'Karriereberatungsnewsletter' });
      await expect.element(dialog).toBeVisible();
      await animationsDone();
      const box = dialog.element();
      expect(box.scrollWidth).toBeLessThanOrEqual(box.clientWidth);
      const title = screen.getByRole('heading', { name: 'Karriereberatungsnewsletter' }).element();
      const close = screen.getByRole('button', { name: 'Close' }).element().getBoundingClientRect();
      const words = document.createRange();
      words.selectNodeContents(title);
      // The text itself, not its block: an overflowing word runs past its heading's box.
      expect(words.getBoundingClientRect().right).toBeLessThanOrEqual(close.left);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    });
  });

  describe('given a reader who set the browser’s text size to 200% (32px)', () => {
    afterEach(() => {
      document.documentElement.style.fontSize = '';
    });

    it('draws the close button’s cross twice as large, in proportion to its button', async () => {
      const screen = await render(<Article triggers={{ button: true }} />);
      await screen.getByRole('button', { name: 'Get the newsletter' }).click();
      await expect.element(screen.getByRole('dialog')).toBeVisible();
      await animationsDone();
      const close = screen.getByRole('button', { name: 'Close' }).element();
      const size = () => [close.getBoundingClientRect().width, close.querySelector('svg')!.getBoundingClientRect().width];
      const [button, cross] = size();
      document.documentElement.style.fontSize = '32px';
      const [largerButton, largerCross] = size();
      expect(largerButton).toBeCloseTo(button! * 2, 0);
      expect(largerCross).toBeCloseTo(cross! * 2, 0);
    });
  });

  it('has no axe violations with the dialog open', async () => {
    const screen = await render(<Article triggers={{ button: true, engagedSeconds: 60 }} />);
    await screen.getByRole('button', { name: 'Get the newsletter' }).click();
    await expect.element(screen.getByRole('dialog')).toBeVisible();
    await animationsDone();
    await expectNoAxeViolations();
  });
});
