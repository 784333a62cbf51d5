/**
 * Property tests: a brand may be stored in a CMS and come back through JSON,
 * edited or from another careerkit version, and the theme and scheme names may
 * come from settings. Whatever arrives, createBrandTheme and ThemeProvider
 * never throw, and only careerkit variables with safe values reach the page.
 */
import * as React from 'react';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { cmsObject, expectSurvives, hostile, hostileString, quietWarnings, runs } from '../../../tests/support/hostile';
import { createBrandTheme } from '../../theme/createBrandTheme';
import { MessagesProvider } from '../MessagesProvider';
import { ThemeProvider } from './ThemeProvider';

const colour = fc.oneof(hostileString, fc.constantFrom('#6b2fa3', 'red', 'rgb(0 0 0)', 'red;}body{display:none', 'url(javascript:alert(1))', 'expression(alert(1))', '</style><script>'));
const tokens = cmsObject({ brand: colour, 'on-brand': colour, link: colour, constructor: colour, __proto__: colour });
const input = cmsObject({
  base: fc.constantFrom('default', 'newsprint', 'jobboard', 'toString'),
  color: tokens,
  font: cmsObject({ heading: hostileString, body: hostileString }),
  radius: cmsObject({ md: fc.constantFrom('0', '4px', '1e999px', 'calc(1px)') }),
  dark: cmsObject({ color: tokens, shadow: cmsObject({ md: hostileString }) }),
});

/** The brand as it comes back from a CMS: through JSON, then any of its fields damaged. */
const stored = fc.tuple(input, hostile, fc.constantFrom('props', 'style', 'data-ck-brand', 'tokens')).map(([given, damage, where]) => {
  let brand: Record<string, unknown>;
  try {
    brand = JSON.parse(JSON.stringify(createBrandTheme(given as never)));
  } catch {
    return damage;
  }
  const props = brand.props as Record<string, unknown>;
  if (where === 'props') brand.props = damage;
  else if (where === 'tokens') brand.tokens = damage;
  else props[where] = damage;
  return brand;
});

describe('createBrandTheme, given any input', () => {
  beforeEach(quietWarnings);

  it('never throws and gives only --ck-* variables with text values', () => {
    fc.assert(
      fc.property(input, (given) => {
        const brand = createBrandTheme(given as never);
        for (const [name, value] of Object.entries(brand.props.style)) {
          expect(name).toMatch(/^--ck-[a-z0-9-]+$/);
          expect(typeof value).toBe('string');
          expect(value).not.toMatch(/[;{}<>]|url\(|expression\(/i);
        }
      }),
      runs,
    );
  });
});

describe('ThemeProvider, given any theme, scheme, direction and messages', () => {
  beforeEach(quietWarnings);

  it('renders on the server and in the browser alike and never throws', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom('default', 'newsprint', 'jobboard', 'toString'), stored, hostile),
        fc.oneof(fc.constantFrom('light', 'dark', 'system'), hostile),
        // (`dir` reaches the element unchecked: the host's own value, typed 'ltr' | 'rtl'.)
        fc.constantFrom('ltr', 'rtl', 'auto', undefined),
        hostile,
        fc.oneof(fc.constantFrom('en', 'ar'), hostile),
        (theme, scheme, dir, messages, locale) => {
          expectSurvives(() => (
            <MessagesProvider messages={messages as never} locale={locale as never}>
              <ThemeProvider theme={theme as never} scheme={scheme as never} dir={dir as never}>
                <p>Text</p>
              </ThemeProvider>
            </MessagesProvider>
          ));
        },
      ),
      runs,
    );
  });
});
