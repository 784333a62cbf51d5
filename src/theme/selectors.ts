/*
 * How a host picks a theme and a colour scheme: attributes or classes, on the
 * same element or an ancestor. Kept as data so the CSS, the provider and the
 * docs agree on the spelling.
 */
import type { ColorScheme, ThemeName } from './names';

export const themeAttribute = 'data-ck-theme';
export const schemeAttribute = 'data-ck-scheme';
export const brandAttribute = 'data-ck-brand';

export function themeSelector(name: ThemeName): string {
  return `[${themeAttribute}="${name}"], .ck-theme-${name}`;
}

export function schemeSelector(scheme: ColorScheme): string[] {
  return [`[${schemeAttribute}="${scheme}"]`, `.ck-scheme-${scheme}`];
}

/**
 * Selectors for a theme under a scheme: the scheme on the themed element, on an
 * ancestor, or on a descendant of it. Each is two attribute selectors deep, so
 * it outranks the single-attribute light rule whatever the source order.
 */
export function themeUnderScheme(name: ThemeName, scheme: 'dark' | 'system'): string {
  const themes = [`[${themeAttribute}="${name}"]`, `.ck-theme-${name}`];
  const schemes = schemeSelector(scheme);
  const out: string[] = [];
  // A scheme set below a themed element applies that theme's colours, unless
  // that element names its own theme or brand (a nested ThemeProvider).
  const own = `:not([${themeAttribute}]):not([${brandAttribute}])`;
  for (const t of themes) {
    for (const s of schemes) out.push(`${s}${t}`, `${s} ${t}`, `${t} ${s}${own}`);
  }
  if (name === 'default') out.unshift(...schemes.map((s) => `:root${s}`), ...schemes);
  return out.join(', ');
}
