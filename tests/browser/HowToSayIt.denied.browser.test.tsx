/**
 * HowToSayIt where the browser refuses the clipboard. This project serves every
 * page with `Permissions-Policy: clipboard-write=()`, so Chromium itself rejects
 * `writeText` (as it does for a denied permission or an embed without the
 * permission), and the reader must be told what to do instead.
 */
import * as React from 'react';
import { render } from 'vitest-browser-react';
import { commands } from 'vitest/browser';
import { describe, expect, it } from 'vitest';
import { HowToSayIt, ThemeProvider } from '../../src';
import { expectNoAxeViolations, script } from './support';

describe('HowToSayIt in Chromium, clipboard refused', () => {
  describe('given the browser refuses clipboard writes', () => {
    it('selects the script and tells the reader to press the shortcut', async () => {
      const screen = await render(
        <ThemeProvider>
          <main>
            <HowToSayIt script={script} />
          </main>
        </ThemeProvider>,
      );
      await screen.getByRole('button', { name: 'Copy script' }).click();
      await expect.element(screen.getByRole('status')).toHaveTextContent(/The script is selected: press (Ctrl|⌘)\+C/);
      expect(window.getSelection()?.toString()).toContain('I missed our interview on Tuesday');
      expect(navigator.clipboard.writeText).toBeTypeOf('function');
      expect(await commands.readClipboard()).not.toContain('I missed our interview');
      await expectNoAxeViolations();
    });
  });

});
