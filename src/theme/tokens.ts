/**
 * The token shape every careerkit theme fills in. Plain data (no vanilla-extract)
 * so that the server-safe `careerkit/theme` entry can validate and merge tokens
 * at run time, and the `.css.ts` files can turn the same data into CSS.
 */

/** Every colour a theme names, in one place: the types, createBrandTheme() and ThemeProvider's palette check read this list. */
export const colorNames = [
  'page',
  'surface',
  'surfaceMuted',
  'surfaceAccent',
  'text',
  'textMuted',
  'textInverse',
  'brand',
  'onBrand',
  'brandSoft',
  'onBrandSoft',
  'link',
  'linkHover',
  'border',
  'borderStrong',
  'focusRing',
  'positive',
  'positiveSoft',
  'critical',
  'criticalSoft',
  'info',
  'infoSoft',
  'caution',
  'cautionSoft',
  'overlay',
] as const;

export type ColorTokens = { [name in (typeof colorNames)[number]]: string };

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
export const tokenGroups = /* @__PURE__ */ Object.keys(tokenKinds) as TokenGroup[];

/** `surfaceMuted` → `surface-muted`: the CSS variable spelling of a token path. */
export function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** `['color', 'surfaceMuted']` → `--ck-color-surface-muted`. */
export function cssVarName(group: string, name: string): `--ck-${string}` {
  return `--ck-${kebab(group)}-${kebab(name)}`;
}

/**
 * The variables a brand sets once per scheme, as createBrandTheme() spells them
 * (`--ck-light-color-page` … `--ck-dark-shadow-lg`): its colours and shadows.
 */
export function schemeVariableNames(): string[] {
  const shadows = ['sm', 'md', 'lg'] satisfies (keyof ThemeTokens['shadow'])[];
  const names = [...colorNames.map((name) => `color-${kebab(name)}`), ...shadows.map((name) => `shadow-${name}`)];
  return ['light', 'dark'].flatMap((scheme) => names.map((name) => `--ck-${scheme}-${name}`));
}
