/**
 * Links inside a widget's root in the theme's colours, at rest and under the
 * pointer, not the browser's blue (or the host page's). `:where()` keeps them at
 * zero specificity, so a link styled as one of the widget's parts keeps its look.
 * Stylesheet-only, like labels.css.ts: called from the widgets' own .css.ts files.
 */
import { vars } from '../theme/contract.css';
import { ckGlobalStyle } from './layer.css';

export function themeLinks(root: string): void {
  ckGlobalStyle(`:where(${root}) a`, { color: vars.color.link });
  ckGlobalStyle(`:where(${root}) a:hover`, { color: vars.color.linkHover });
}
