/**
 * Every careerkit rule lives in `@layer careerkit`, so any unlayered CSS a host
 * writes wins without `!important` or specificity games. `layered()` wraps a
 * style object in that layer; `ckStyle()` is `style()` with the layer and a
 * required debug id, which becomes the stable `ck-<Component>-<part>` class.
 */
import { globalLayer, globalStyle, style, type GlobalStyleRule, type StyleRule } from '@vanilla-extract/css';

export const careerkitLayer = globalLayer('careerkit');

export function layered(rule: StyleRule): StyleRule {
  return { '@layer': { [careerkitLayer]: rule } };
}

export function ckStyle(rule: StyleRule, debugId: string): string {
  return style(layered(rule), debugId);
}

export function ckGlobalStyle(selector: string, rule: GlobalStyleRule): void {
  globalStyle(selector, { '@layer': { [careerkitLayer]: rule } });
}
