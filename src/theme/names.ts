/**
 * The built-in theme and colour-scheme names, in one place, apart from the token
 * data: components check names without pulling every theme's values into a
 * host's bundle. Storybook's toolbar reads these lists too.
 */
export const themeNames = ['default', 'newsprint', 'jobboard'] as const;
export type ThemeName = (typeof themeNames)[number];

/** `light` and `dark` force a scheme; `system` follows `prefers-color-scheme`. */
export const colorSchemes = ['light', 'dark', 'system'] as const;
export type ColorScheme = (typeof colorSchemes)[number];
