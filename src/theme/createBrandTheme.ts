/**
 * `createBrandTheme()` turns a partial token set into everything a host puts on
 * an element to brand careerkit: resolved tokens and inline CSS variables. It is
 * pure data (no functions, no classes), so a Server Component can build it and
 * hand it to a client component, and server and browser render the same thing.
 */
import { warnOnce } from '../internal/dev';
import { themes } from './brands';
import type { BrandTheme } from './brandTheme';
import { themeNames, type ThemeName } from './names';
import { brandAttribute, schemeSelector } from './selectors';
import {
  cssVarName,
  tokenGroups,
  type ColorTokens,
  type PartialTokens,
  type SchemeTokens,
  type ThemeTokens,
} from './tokens';
import { isSafeCssValue } from './cssValue';
import { isValidToken } from './validate';
import { faintTextPairs } from './contrast';

export interface BrandThemeInput extends PartialTokens {
  /** The built-in theme to start from. Default: `default`. */
  base?: ThemeName | undefined;
  /** Dark-scheme overrides; colours and shadows differ between schemes. */
  dark?: { color?: Partial<ColorTokens>; shadow?: Partial<ThemeTokens['shadow']> } | undefined;
}

function hash(text: string): string {
  let h = 5381;
  for (let i = 0; i < text.length; i++) h = ((h << 5) + h + text.charCodeAt(i)) | 0;
  return (h >>> 0).toString(36);
}

function merge<T extends Record<string, string>>(
  group: (typeof tokenGroups)[number],
  base: T,
  overrides: unknown,
  rejected: string[],
  prefix = '',
): T {
  const out = { ...base };
  if (overrides === undefined) return out;
  if (overrides === null || typeof overrides !== 'object') {
    rejected.push(`${prefix}${group}`);
    return out;
  }
  for (const [name, value] of Object.entries(overrides)) {
    const path = `${prefix}${group}.${name}`;
    // Own names only: `constructor` or `__proto__` is no token.
    if (!Object.hasOwn(base, name)) rejected.push(path);
    else if (isValidToken(group, name, value)) (out as Record<string, string>)[name] = value.trim();
    else rejected.push(path);
  }
  return out;
}

export function createBrandTheme(input: BrandThemeInput = {}): BrandTheme {
  // A CMS's unfilled brand field is null, which the default parameter lets through.
  input ??= {};
  const rejected: string[] = [];
  let base: ThemeName = 'default';
  if (input.base !== undefined) {
    if ((themeNames as readonly string[]).includes(input.base)) base = input.base;
    else rejected.push('base');
  }
  const source = themes[base];

  const tokens = {} as Record<string, Record<string, string>>;
  for (const group of tokenGroups) {
    tokens[group] = merge(group, source.light[group], input[group], rejected);
  }
  for (const key of Object.keys(input)) {
    if (key !== 'base' && key !== 'dark' && !(tokenGroups as string[]).includes(key)) rejected.push(key);
  }
  const darkInput = (input.dark ?? {}) as Record<string, unknown>;
  if (typeof darkInput !== 'object') rejected.push('dark');
  else for (const key of Object.keys(darkInput)) if (key !== 'color' && key !== 'shadow') rejected.push(`dark.${key}`);
  const dark: SchemeTokens = {
    color: merge('color', source.dark.color, darkInput.color, rejected, 'dark.'),
    shadow: merge('shadow', source.dark.shadow, darkInput.shadow, rejected, 'dark.'),
  };

  const style: Record<string, string> = {};
  for (const group of tokenGroups) {
    for (const [name, value] of Object.entries(tokens[group]!)) {
      const variable = cssVarName(group, name);
      if (group === 'color' || group === 'shadow') {
        // Picked per scheme by the `[data-ck-brand]` rules in themes.css.ts.
        style[`--ck-light-${variable.slice(5)}`] = value;
      } else {
        style[variable] = value;
      }
    }
  }
  for (const group of ['color', 'shadow'] as const) {
    for (const [name, value] of Object.entries(dark[group])) {
      style[`--ck-dark-${cssVarName(group, name).slice(5)}`] = value;
    }
  }

  if (rejected.length > 0 && process.env.NODE_ENV !== 'production') {
    warnOnce(
      `createBrandTheme: ignored invalid or unknown token(s) ${rejected.join(', ')}; the ${base} theme's values apply instead.`,
    );
  }

  if (process.env.NODE_ENV !== 'production') {
    // Every value can be valid CSS and the brand still unreadable: white on a bright pink is 3:1.
    const faint = [...faintTextPairs(tokens.color as ColorTokens, 'light'), ...faintTextPairs(dark.color, 'dark')];
    if (faint.length) warnOnce(`createBrandTheme: text under 4.5:1, too faint to read (WCAG AA): ${faint.join('; ')}.`);
  }

  return {
    kind: 'careerkit-brand',
    base,
    tokens: tokens as unknown as ThemeTokens,
    dark,
    props: { [brandAttribute]: hash(JSON.stringify(style)), style } as BrandTheme['props'],
    rejected,
  };
}

/**
 * The same brand as stylesheet text, for hosts that prefer a class in their own
 * CSS file to inline styles. The output is unlayered, so it wins over careerkit's
 * built-in themes; values are checked again, as ThemeProvider checks them.
 */
export function brandThemeCss(brand: BrandTheme, selector: string): string {
  const declarations = (entries: [string, string][]) =>
    entries.map(([name, value]) => `  ${name}: ${value};`).join('\n');
  const light: [string, string][] = [];
  const dark: [string, string][] = [];
  for (const [name, value] of Object.entries(brand.props.style)) {
    // A brand stored as JSON may have been edited since: ThemeProvider's check, or `}` and `</style>` get through.
    if (!/^--ck-[a-z-]+$/.test(name) || !isSafeCssValue(value)) {
      if (process.env.NODE_ENV !== 'production') warnOnce(`brandThemeCss: ${JSON.stringify(name)} is not a careerkit variable with safe text and is left out.`);
    } else if (name.startsWith('--ck-light-')) light.push([`--ck-${name.slice(11)}`, value]);
    else if (name.startsWith('--ck-dark-')) dark.push([`--ck-${name.slice(10)}`, value]);
    else light.push([name, value]);
  }
  const under = (scheme: string) =>
    schemeSelector(scheme as 'dark' | 'system')
      .flatMap((s) => [`${s}${selector}`, `${s} ${selector}`])
      .join(', ');
  return [
    `${selector} {\n${declarations(light)}\n}`,
    `${under('dark')} {\n${declarations(dark)}\n}`,
    `@media (prefers-color-scheme: dark) {\n${under('system')} {\n${declarations(dark)}\n}\n}`,
  ].join('\n') + '\n';
}
