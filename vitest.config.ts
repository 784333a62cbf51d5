import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { vanillaExtractPlugin } from '@vanilla-extract/vite-plugin';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { identifiers } from './build/identifiers.mjs';
import { sourceAliases } from './build/source-aliases.mjs';
import { chromiumArgs, findChromium } from './scripts/chromium.mjs';
import * as browserCommands from './tests/browser/commands.ts';

/**
 * Every story runs in real Chromium once per mode, with axe (zero violations)
 * and a console-error check. A mode sets the toolbar globals the story starts
 * with; together they cover light and dark, ltr and rtl, and every brand.
 */
const storyModes = {
  'light-ltr': { theme: 'default', scheme: 'light', dir: 'ltr' },
  'dark-ltr': { theme: 'default', scheme: 'dark', dir: 'ltr' },
  'light-rtl': { theme: 'newsprint', scheme: 'light', dir: 'rtl' },
  'dark-rtl': { theme: 'jobboard', scheme: 'dark', dir: 'rtl' },
} as const;

const executablePath = findChromium();

const storyProjects: TestProjectInlineConfiguration[] = Object.entries(storyModes).map(([mode, globals]) => ({
  extends: true,
  plugins: [storybookTest({ configDir: '.storybook', storybookScript: 'npm run storybook -- --ci' })],
  define: { __CK_TEST_GLOBALS__: JSON.stringify(globals) },
  test: {
    name: `stories-${mode}`,
    setupFiles: ['tests/setup/stories.ts'],
    // axe over the 1,000-comment story takes seconds on a busy 2-core machine.
    testTimeout: 60_000,
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: playwright({ launchOptions: { executablePath, args: chromiumArgs } }),
      instances: [{ browser: 'chromium' }],
    },
  },
}));

/**
 * Component tests in real Chromium with the real clipboard. The second project
 * serves its pages with a Permissions-Policy that forbids clipboard writes, so
 * the refusal path is the browser's own, not a mock.
 */
const browser = () => ({
  enabled: true,
  headless: true,
  screenshotFailures: false,
  // Classic scrollbars, as readers on Windows and Linux have them: Playwright hides
  // them in headless mode, and then a page that shifts when a dialog takes its
  // scrollbar away would pass.
  provider: playwright({ launchOptions: { executablePath, args: chromiumArgs, ignoreDefaultArgs: ['--hide-scrollbars'] } }),
  instances: [{ browser: 'chromium' as const }],
  commands: browserCommands,
});
const browserProjects: TestProjectInlineConfiguration[] = [
  {
    extends: true,
    test: {
      name: 'browser',
      include: ['tests/browser/**/*.browser.test.tsx'],
      // One file at a time: the clipboard and focus tests need the focused
      // document, which parallel files would take from each other.
      fileParallelism: false,
      exclude: ['tests/browser/**/*.denied.browser.test.tsx'],
      setupFiles: ['tests/setup/stories.ts'],
      browser: browser(),
    },
  },
  {
    extends: true,
    server: { headers: { 'Permissions-Policy': 'clipboard-write=(), clipboard-read=(self)' } },
    test: {
      name: 'browser-denied',
      include: ['tests/browser/**/*.denied.browser.test.tsx'],
      setupFiles: ['tests/setup/stories.ts'],
      browser: browser(),
    },
  },
];

export default defineConfig({
  plugins: [react(), vanillaExtractPlugin({ identifiers })],
  // `careerkit` imports get the source (build/source-aliases.mjs).
  resolve: { alias: sourceAliases },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          // The heaviest specifications (every widget under userEvent, in two
          // locales) take about 1.3 s alone and have passed 5 s on a 2-core
          // machine busy with other work; a timeout is a hang check, not a speed test.
          testTimeout: 15_000,
          globals: true,
          include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}', 'tests/ssr/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/setup/unit.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'package',
          environment: 'node',
          include: ['tests/package/**/*.test.ts'],
          testTimeout: 600_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
      ...browserProjects,
      ...storyProjects,
    ],
  },
});
