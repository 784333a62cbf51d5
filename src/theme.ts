/**
 * `careerkit/theme`: the server-safe entry. Tokens, the CSS-variable contract and
 * brand helpers, with no "use client" directive and no React, so a Server
 * Component or a build script can read them.
 */
export { vars } from './theme/contract.css';
export {
  themes,
  themeNames,
  colorSchemes,
  defaultTheme,
  newsprintTheme,
  jobboardTheme,
  type ThemeName,
  type ColorScheme,
} from './theme/brands';
export {
  createBrandTheme,
  brandThemeCss,
  isBrandTheme,
  type BrandTheme,
  type BrandThemeInput,
} from './theme/createBrandTheme';
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
