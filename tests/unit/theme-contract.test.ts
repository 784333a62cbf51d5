/**
 * Components read only the theme contract: no colour, absolute length or font
 * literal in any component stylesheet, so a brand can change everything with
 * `--ck-*`. Lengths in `em` are allowed: they follow the brand's type scale.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../../src');
const stylesheets = [
  ...readdirSync(join(root, 'components')).flatMap((name) =>
    readdirSync(join(root, 'components', name))
      .filter((file) => file.endsWith('.css.ts'))
      .map((file) => join('components', name, file)),
  ),
  ...readdirSync(join(root, 'styles'))
    .filter((file) => file.endsWith('.css.ts'))
    .map((file) => join('styles', file)),
];

/** The one technique that needs literal pixels: the visually-hidden clip. */
const allowed = [/width: '1px'/, /height: '1px'/, /margin: '-1px'/];

describe('component stylesheets', () => {
  it('exist', () => {
    expect(stylesheets.length).toBeGreaterThanOrEqual(6);
  });

  it.each(stylesheets)('%s uses no colour, size or font literal', (file) => {
    const offending = readFileSync(join(root, file), 'utf8')
      .split('\n')
      .filter((line) => !line.trim().startsWith('//') && !line.trim().startsWith('*'))
      .filter((line) => !allowed.some((pattern) => pattern.test(line)))
      .filter((line) =>
        /#[0-9a-f]{3,8}\b|\b(rgb|rgba|hsl|hsla|oklch)\(|\d(px|rem|pt)\b|font(Family)?: '(?!inherit')/i.test(line),
      );
    expect(offending).toEqual([]);
  });
});
