/** What the browser test files share: the commands' types, a sample script, axe. */
import axe from 'axe-core';
import { expect } from 'vitest';
import { cdp } from 'vitest/browser';
import '../../src/theme/themes.css';

declare module 'vitest/browser' {
  interface BrowserCommands {
    grantClipboard: () => Promise<void>;
    readClipboard: () => Promise<string>;
    writeClipboard: (text: string) => Promise<void>;
    emulateMedia: (
      media: 'print' | 'screen',
      forcedColors?: 'active' | 'none',
      colorScheme?: 'light' | 'dark',
    ) => Promise<void>;
    emulateReducedMotion: (reduce: boolean) => Promise<void>;
    printPage: () => Promise<number>;
    emulateContrast: (contrast: 'more' | 'no-preference') => Promise<void>;
    serveImage: (url: string) => Promise<void>;
  }
}

/** A script with the debris a CMS leaves: a no-break space, a zero-width space. */
export const script = `Dear [Hiring manager's name],\u00A0\u200B

I missed our interview on Tuesday, and that was my mistake.
I won't offer an excuse.

If the [Role] role is still open, I would value a second conversation. 🙏

Sincerely,
[Your name]`;

export async function expectNoAxeViolations(): Promise<void> {
  const results = await axe.run(document.body);
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/**
 * Chromium's own accessibility tree, every frame's (the test page is an iframe): what a
 * screen reader is given, where testing-library's name computation differs (`content: "…" / ""`,
 * a space before visually hidden text).
 */
export async function accessibilityNodes(): Promise<any[]> {
  const { frameTree } = await cdp().send('Page.getFrameTree');
  const frames = (tree: any): any[] => [tree.frame, ...(tree.childFrames ?? []).flatMap(frames)];
  const trees = await Promise.all(
    frames(frameTree).map((frame) => cdp().send('Accessibility.getFullAXTree', { frameId: frame.id }).then((r: any) => r.nodes, () => [])),
  );
  return trees.flat();
}
