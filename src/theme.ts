/**
 * `careerkit/theme`: the server-safe entry. Tokens, the CSS-variable contract and
 * brand helpers, with no "use client" directive and no React, so a Server
 * Component or a build script can read them.
 */
export { vars } from './theme/contract.css';
export { themes, defaultTheme, newsprintTheme, jobboardTheme } from './theme/brands';
export { themeNames, colorSchemes, type ThemeName, type ColorScheme } from './theme/names';
export { createBrandTheme, brandThemeCss, type BrandThemeInput } from './theme/createBrandTheme';
export { isBrandTheme, type BrandTheme } from './theme/brandTheme';
export { isValidToken } from './theme/validate';
export { themeAttribute, schemeAttribute, brandAttribute } from './theme/selectors';
export {
  cssVarName,
  tokenGroups,
  tokenKinds,
  type ThemeTokens,
  type ColorTokens,
  type SchemeTokens,
  type ThemeDefinition,
  type PartialTokens,
  type TokenGroup,
} from './theme/tokens';
