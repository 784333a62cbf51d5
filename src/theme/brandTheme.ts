/*
 * The shape `createBrandTheme()` returns, and its type guard, apart from the
 * theme data so that ThemeProvider can recognise a brand without bundling it.
 */
import type { ThemeName } from './names';
import type { SchemeTokens, ThemeTokens } from './tokens';

export interface BrandTheme {
  readonly kind: 'careerkit-brand';
  readonly base: ThemeName;
  /** Light-scheme tokens, fully resolved. */
  readonly tokens: ThemeTokens;
  /** Dark-scheme colours and shadows, fully resolved. */
  readonly dark: SchemeTokens;
  /** Spread onto any element: `<body {...brand.props} data-ck-scheme="dark">`. */
  readonly props: { 'data-ck-brand': string; style: Record<string, string> };
  /** Token paths that were rejected and fell back to the base value. */
  readonly rejected: readonly string[];
}

/** True for the objects `createBrandTheme` returns (also after JSON round trips). */
export function isBrandTheme(value: unknown): value is BrandTheme {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as BrandTheme).kind === 'careerkit-brand' &&
    typeof (value as BrandTheme).props?.style === 'object'
  );
}

