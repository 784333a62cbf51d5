/**
 * Colour pairs a reader must be able to read, and the WCAG 2 contrast of two
 * colours. Used by createBrandTheme()'s development check and the themes' tests.
 */
import type { ColorTokens } from './tokens';

const channel = (hex: string, i: number) => {
  const c = parseInt(hex.slice(i, i + 2), 16) / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};
const luminance = (hex: string) => 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
/** `#rgb` → `#rrggbb`; anything else that is not `#rrggbb` → undefined. */
const long = (color: string) => {
  const c = color.trim().toLowerCase();
  if (/^#[0-9a-f]{3}$/.test(c)) return `#${c[1]}${c[1]}${c[2]}${c[2]}${c[3]}${c[3]}`;
  return /^#[0-9a-f]{6}$/.test(c) ? c : undefined;
};

/**
 * WCAG 2 contrast ratio (1 to 21) of two colours written as hex, or undefined
 * for any other form (a name, a function, a `var()`), which only a browser can resolve.
 */
export function contrastRatio(x: string, y: string): number | undefined {
  const [a, b] = [long(x), long(y)];
  if (!a || !b) return undefined;
  const [hi, lo] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * Text and the ground it is painted on, as careerkit's components pair them:
 * the primary button's label at rest and on hover (`onBrandSoft` is its hover
 * fill), the important callout's and badges' text, body and muted text, links,
 * the kicker (brand-coloured text), the critical button's label.
 */
export const textPairs: readonly (readonly [ink: keyof ColorTokens, ground: keyof ColorTokens])[] = [
  ['onBrand', 'brand'],
  ['onBrand', 'onBrandSoft'],
  ['onBrandSoft', 'brandSoft'],
  ['text', 'brandSoft'],
  ['link', 'brandSoft'],
  ['text', 'page'],
  ['text', 'surface'],
  ['textMuted', 'surface'],
  ['link', 'surface'],
  ['brand', 'page'],
  ['textInverse', 'critical'],
];

/** The pairs of one scheme's colours under 4.5:1 (WCAG AA for text), in words; pairs not written as hex are not measured. */
export function faintTextPairs(color: ColorTokens, scheme: string): string[] {
  const faint: string[] = [];
  for (const [ink, ground] of textPairs) {
    const ratio = contrastRatio(color[ink], color[ground]);
    if (ratio !== undefined && ratio < 4.5) faint.push(`${scheme} ${ink} ${color[ink]} on ${ground} ${color[ground]} (${ratio.toFixed(1)}:1)`);
  }
  return faint;
}
