/**
 * The token shape every careerkit theme fills in. Plain data (no vanilla-extract)
 * so that the server-safe `careerkit/theme` entry can validate and merge tokens
 * at run time, and the `.css.ts` files can turn the same data into CSS.
 */

export type ColorTokens = {
  page: string;
  surface: string;
  surfaceMuted: string;
  surfaceAccent: string;
  text: string;
  textMuted: string;
  textInverse: string;
  brand: string;
  onBrand: string;
  brandSoft: string;
  onBrandSoft: string;
  link: string;
  linkHover: string;
  border: string;
  borderStrong: string;
  focusRing: string;
  positive: string;
  positiveSoft: string;
  critical: string;
  criticalSoft: string;
  info: string;
  infoSoft: string;
  caution: string;
  cautionSoft: string;
  overlay: string;
}

export type ThemeTokens = {
  color: ColorTokens;
  font: { body: string; heading: string; script: string; mono: string };
  fontSize: { xs: string; sm: string; md: string; lg: string; xl: string; xxl: string };
  fontWeight: { regular: string; medium: string; bold: string };
  lineHeight: { tight: string; normal: string; relaxed: string };
  space: { xxs: string; xs: string; sm: string; md: string; lg: string; xl: string; xxl: string };
  radius: { sm: string; md: string; lg: string; full: string };
  borderWidth: { thin: string; thick: string; focus: string };
  shadow: { sm: string; md: string; lg: string };
  size: {
    readingWidth: string;
    control: string;
    controlSmall: string;
    dialogSmall: string;
    dialogMedium: string;
    dialogLarge: string;
  };
  motion: { durationFast: string; durationSlow: string; easing: string };
  zIndex: { overlay: string; dialog: string };
}

/** What differs between a theme's light and dark variants. */
export type SchemeTokens = {
  color: ColorTokens;
  shadow: ThemeTokens['shadow'];
}

export type ThemeDefinition = {
  light: ThemeTokens;
  dark: SchemeTokens;
}

/** `DeepPartial` for the two-level token tree. */
export type PartialTokens = {
  [G in keyof ThemeTokens]?: Partial<ThemeTokens[G]>;
};

/** The kind of value each token group holds; drives validation. */
export const tokenKinds = {
  color: 'color',
  font: 'font',
  fontSize: 'length',
  fontWeight: 'number',
  lineHeight: 'number',
  space: 'length',
  radius: 'length',
  borderWidth: 'length',
  shadow: 'shadow',
  size: 'length',
  motion: 'motion',
  zIndex: 'integer',
} as const satisfies Record<keyof ThemeTokens, string>;

export type TokenGroup = keyof ThemeTokens;
export const tokenGroups = Object.keys(tokenKinds) as TokenGroup[];

/** `surfaceMuted` → `surface-muted`: the CSS variable spelling of a token path. */
export function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** `['color', 'surfaceMuted']` → `--ck-color-surface-muted`. */
export function cssVarName(group: string, name: string): `--ck-${string}` {
  return `--ck-${kebab(group)}-${kebab(name)}`;
}
