/**
 * HowToSayIt in real Chromium, with the real system clipboard: copy and read it
 * back, the fallback when the permission is denied, keyboard-only use, and axe.
 */
import * as React from 'react';
import { render } from 'vitest-browser-react';
import { commands, page, userEvent } from 'vitest/browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { Callout, HowToSayIt, ThemeProvider } from '../../src';
import { themes } from '../../src/theme';
import { accessibilityNodes, expectNoAxeViolations, script } from './support';

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

beforeEach(async () => {
  await commands.writeClipboard('(clipboard before the test)');
});

describe('HowToSayIt in Chromium', () => {
  describe('given clipboard permission', () => {
    it('puts clean plain text on the real clipboard, with the reader’s values', async () => {
      await commands.grantClipboard();
      const screen = await render(
        <ThemeProvider>
          <main>
            <HowToSayIt script={script} fillable />
          </main>
        </ThemeProvider>,
      );
      await userEvent.fill(screen.getByRole('textbox', { name: "Hiring manager's name" }), 'Ms. Okafor');
      await userEvent.fill(screen.getByRole('textbox', { name: 'Your name' }), 'Jordan Reyes');
      await screen.getByRole('button', { name: 'Copy script' }).click();
      await expect.element(screen.getByRole('button', { name: 'Copied' })).toBeVisible();
      await expect.element(screen.getByRole('status')).toHaveTextContent('Script copied.');
      expect(await commands.readClipboard()).toBe(
        "Dear Ms. Okafor,\n\nI missed our interview on Tuesday, and that was my mistake.\nI won't offer an excuse.\n\nIf the [Role] role is still open, I would value a second conversation. 🙏\n\nSincerely,\nJordan Reyes",
      );
      await expectNoAxeViolations();
    });
  });

  describe('when used with the keyboard only', () => {
    it('reaches every control in order and works them with Enter and Space', async () => {
      await commands.grantClipboard();
      const long = Array.from({ length: 14 }, (_, i) => `Point ${i + 1}: I will confirm every interview the day before.`).join('\n\n');
      const screen = await render(
        <ThemeProvider>
          <main>
            <button type="button">Before</button>
            <HowToSayIt script={`${long}\n\n[Your name]`} fillable email={{ subject: 'Sorry' }} />
          </main>
        </ThemeProvider>,
      );
      (screen.getByRole('button', { name: 'Before' }).element() as HTMLElement).focus();
      await userEvent.keyboard('{Tab}');
      await expect.element(screen.getByRole('button', { name: 'Show full script' })).toHaveFocus();
      await userEvent.keyboard('{Enter}');
      await expect.element(screen.getByRole('button', { name: 'Show less' })).toHaveAttribute('aria-expanded', 'true');
      await userEvent.keyboard('{Tab}');
      await expect.element(screen.getByRole('textbox', { name: 'Your name' })).toHaveFocus();
      await userEvent.keyboard('Sam');
      await userEvent.keyboard('{Tab}');
      await expect.element(screen.getByRole('button', { name: 'Copy script' })).toHaveFocus();
      await userEvent.keyboard(' ');
      await expect.element(screen.getByRole('status')).toHaveTextContent('Script copied.');
      expect(await commands.readClipboard()).toMatch(/Point 14: [^\n]+\n\nSam$/);
      await userEvent.keyboard('{Tab}');
      await expect.element(screen.getByRole('link', { name: 'Open as email' })).toHaveFocus();
      await expectNoAxeViolations();
    });
  });

  describe('given the script as children', () => {
    it('copies the text as the reader sees it, paragraph breaks included', async () => {
      await commands.grantClipboard();
      const screen = await render(
        <ThemeProvider>
          <HowToSayIt>
            <p>
              Hi <strong>Ana</strong>,
            </p>
            <p>I’m sorry I missed the call.</p>
          </HowToSayIt>
        </ThemeProvider>,
      );
      await screen.getByRole('button', { name: 'Copy script' }).click();
      await expect.element(screen.getByRole('button', { name: 'Copied' })).toBeVisible();
      expect(await commands.readClipboard()).toBe('Hi Ana,\n\nI’m sorry I missed the call.');
    });
  });

  describe('when the copy button’s label changes', () => {
    it.each<[string, { copy?: string; copied?: string }]>([
      ['English', {}],
      ['a translation whose second label is the longer', { copy: 'Copiar', copied: 'Copiado al portapapeles' }],
    ])('keeps its width, and the email link its place, in %s', async (_, messages) => {
      await commands.grantClipboard();
      const screen = await render(
        <ThemeProvider>
          <main>
            <HowToSayIt script="Hi Ana, I am sorry." email={{ subject: 'Sorry' }} messages={messages} />
          </main>
        </ThemeProvider>,
      );
      const button = document.querySelector<HTMLElement>('[data-state]')!;
      const link = screen.getByRole('link').element();
      const before = { width: button.getBoundingClientRect().width, link: link.getBoundingClientRect().left };
      await userEvent.click(button);
      await expect.poll(() => button.dataset.state).toBe('copied');
      expect(button.getBoundingClientRect().width).toBe(before.width);
      expect(link.getBoundingClientRect().left).toBe(before.link);
      // The button is named by the label it shows, and only by it.
      await expect.element(button).toHaveAccessibleName(messages.copied ?? 'Copied');
      await expectNoAxeViolations();
    });
  });

  describe('given blanks to fill in', () => {
    it('underlines each blank with a stripe: caution while it waits, positive once filled', async () => {
      const screen = await render(
        <ThemeProvider>
          <HowToSayIt script={'Dear [Manager],\n\nSincerely,\n[Your name]'} fillable />
        </ThemeProvider>,
      );
      await userEvent.fill(screen.getByRole('textbox', { name: 'Manager' }), 'Ms. Okafor');
      const stripe = (text: string) => {
        const blank = [...document.querySelectorAll('[data-filled]')].find((element) => element.textContent === text)!;
        const style = getComputedStyle(blank);
        return `${style.borderBottomWidth} ${style.borderBottomStyle} ${style.borderBottomColor}`;
      };
      const { caution, positive } = themes.default.light.color;
      expect(stripe('[Your name]')).toBe(`2px solid ${rgb(caution)}`);
      expect(stripe('Ms. Okafor')).toBe(`2px solid ${rgb(positive)}`);
    });
  });

  it('prints the whole script, without the buttons', async () => {
    const long = Array.from({ length: 30 }, (_, i) => `Line ${i + 1} of a long script.`).join('\n\n');
    const screen = await render(
      <ThemeProvider>
        <HowToSayIt script={long} email={{ subject: 'x' }} />
      </ThemeProvider>,
    );
    await expect.element(screen.getByRole('button', { name: 'Show full script' })).toBeVisible();
    const quote = document.querySelector('blockquote')!;
    const collapsedHeight = quote.getBoundingClientRect().height;
    await commands.emulateMedia('print');
    try {
      expect(quote.getBoundingClientRect().height).toBeGreaterThan(collapsedHeight * 2);
      expect(getComputedStyle(quote).overflow).toBe('visible');
      // Hidden in print, so out of the accessibility tree: check the elements directly.
      expect(getComputedStyle(document.querySelector('[aria-controls]')!).display).toBe('none');
      expect(getComputedStyle(document.querySelector('[data-state]')!.parentElement!).display).toBe('none');
      const note = screen.getByRole('note').element();
      expect(getComputedStyle(note).backgroundColor).toBe('rgba(0, 0, 0, 0)');
      expect(getComputedStyle(note).borderTopStyle).toBe('solid');
    } finally {
      await commands.emulateMedia('screen');
    }
  });

  it('draws the big opening quotation mark without a screen reader reading it before the script', async () => {
    await render(
      <ThemeProvider>
        <HowToSayIt script={script} />
      </ThemeProvider>,
    );
    // (Chromium's own accessibility tree: CSS generated text is in it unless its alternative text is empty.)
    const nodes = await accessibilityNodes();
    const texts = nodes.filter((node: any) => node.role?.value === 'StaticText').map((node: any) => node.name?.value);
    expect(texts).toContain('Copy script');
    expect(texts).not.toContain('\u201C');
    expect(getComputedStyle(document.querySelector('blockquote')!, '::before').content).toMatch(/^"\u201C"/);
  });

  it('keeps a visible frame and readable tone in forced-colours mode', async () => {
    const screen = await render(
      <ThemeProvider>
        <Callout tone="warning" title="Don’t copy the manager’s boss">
          <p>It turns an apology into a complaint.</p>
        </Callout>
      </ThemeProvider>,
    );
    await commands.emulateMedia('screen', 'active');
    try {
      const note = screen.getByRole('note').element();
      const style = getComputedStyle(note);
      for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
        expect(style.getPropertyValue(`border-${side.toLowerCase()}-style`)).toBe('solid');
        expect(parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`))).toBeGreaterThan(0);
      }
      await expect.element(screen.getByRole('note', { name: 'Warning: Don’t copy the manager’s boss' })).toBeVisible();
    } finally {
      await commands.emulateMedia('screen', 'none');
    }
  });
});
