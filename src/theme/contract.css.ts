/**
 * The theme contract: every design decision a component may read, as a CSS
 * variable with a stable, documented name (`--ck-color-surface-muted`). Built with
 * `createGlobalThemeContract` so hosts can theme with plain CSS, no build plugin.
 */
import { createGlobalThemeContract } from '@vanilla-extract/css';
import { defaultTheme } from './brands';
import { cssVarName } from './tokens';

export const vars = createGlobalThemeContract(defaultTheme.light, (_value, path) =>
  cssVarName(path[0]!, path[1]!).slice(2),
);
