/**
 * Code that imports `careerkit` like a host (the tests, and the content in
 * examples/shared that the stories share with the example apps) gets the
 * source, not dist/. One list for Vitest and Storybook; tsconfig.json's
 * `paths` say the same to the type checker.
 */
const source = (path) => new URL(`../src/${path}`, import.meta.url).pathname;

export const sourceAliases = [
  { find: /^careerkit$/, replacement: source('index.ts') },
  { find: /^careerkit\/theme$/, replacement: source('theme.ts') },
  { find: /^careerkit\/seo$/, replacement: source('seo/index.ts') },
];
