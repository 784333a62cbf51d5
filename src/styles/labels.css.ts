/**
 * A button whose label changes ("Copy script" → "Copied") keeps its width, in
 * any language: every label sits in one grid cell, so the cell is as wide as
 * the widest. The labels not in use are `aria-hidden` (the button's name is the
 * current label only) and, by this rule, invisible while still taking room.
 * Stylesheet-only: the widgets render one `<span>` per label, no class.
 */
import { ckGlobalStyle } from './layer.css';

export function stackLabels(button: string): void {
  ckGlobalStyle(button, { display: 'inline-grid' });
  ckGlobalStyle(`${button} > *`, { gridArea: '1 / 1' });
  ckGlobalStyle(`${button} > [aria-hidden="true"]`, { visibility: 'hidden' });
}
