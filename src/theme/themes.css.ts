/**
 * The built-in themes as CSS. The default theme sits on `:root` so components look
 * right with no provider at all; brands and dark variants hang off attributes or
 * classes (see selectors.ts). `prefers-color-scheme` only applies where a host
 * opts in with `data-ck-scheme="system"`.
 */
import { createGlobalTheme } from '@vanilla-extract/css';
import { careerkitLayer, ckGlobalStyle } from '../styles/layer.css';
import { themes } from './brands';
import { themeNames } from './names';
import { vars } from './contract.css';
import { brandAttribute, schemeSelector, themeAttribute, themeSelector, themeUnderScheme } from './selectors';
import { cssVarName } from './tokens';

// Order matters where specificity ties: light, then dark, then system, then a
// scheme set explicitly to light on the themed element itself, so the nearest
// explicit choice wins over one inherited from an ancestor.
for (const name of themeNames) {
  const lightSelector = name === 'default' ? `:root, ${themeSelector(name)}` : themeSelector(name);
  createGlobalTheme(lightSelector, vars, { '@layer': careerkitLayer, ...themes[name].light });
}
for (const name of themeNames) {
  createGlobalTheme(themeUnderScheme(name, 'dark'), { color: vars.color, shadow: vars.shadow }, {
    '@layer': careerkitLayer,
    ...themes[name].dark,
  });
}
/*
 * `prefers-color-scheme` needs a media query, which vanilla-extract's global
 * themes cannot take, so the system variants are plain global styles.
 */
const schemeVars = (tokens: { color: object; shadow: object }) => {
  const declarations: Record<string, string> = {};
  for (const [token, value] of Object.entries(tokens.color)) declarations[cssVarName('color', token)] = value;
  for (const [token, value] of Object.entries(tokens.shadow)) declarations[cssVarName('shadow', token)] = value;
  return declarations;
};
for (const name of themeNames) {
  ckGlobalStyle(themeUnderScheme(name, 'system'), {
    '@media': { '(prefers-color-scheme: dark)': { vars: schemeVars(themes[name].dark) } },
  });
}
// A themed element that says `light` is light, and one that says `system` is
// light on a light OS, even under an ancestor that forced dark.
const onThemed = (name: (typeof themeNames)[number], scheme: 'light' | 'system') =>
  [`[${themeAttribute}="${name}"]`, `.ck-theme-${name}`].flatMap((t) => schemeSelector(scheme).map((s) => `${t}${s}`)).join(', ');
for (const name of themeNames) {
  ckGlobalStyle(onThemed(name, 'light'), { vars: schemeVars(themes[name].light) });
  ckGlobalStyle(onThemed(name, 'system'), {
    '@media': { '(prefers-color-scheme: light)': { vars: schemeVars(themes[name].light) } },
  });
}

/*
 * Brand themes from `createBrandTheme` carry both schemes inline: light colours as
 * `--ck-light-color-*`, dark as `--ck-dark-color-*`. These rules pick one, so a
 * brand's dark variant works with `data-ck-scheme="system"` too, with no <style>
 * tag and no flash.
 */
const brand = `[${brandAttribute}]`;
const pick = (scheme: 'light' | 'dark') => {
  const declarations: Record<string, string> = {};
  for (const token of Object.keys(themes.default.light.color)) {
    const name = cssVarName('color', token);
    declarations[name] = `var(--ck-${scheme}-${name.slice(5)})`;
  }
  for (const token of Object.keys(themes.default.light.shadow)) {
    const name = cssVarName('shadow', token);
    declarations[name] = `var(--ck-${scheme}-${name.slice(5)})`;
  }
  return declarations;
};
ckGlobalStyle(brand, { vars: pick('light') });
ckGlobalStyle(
  schemeSelector('dark')
    .flatMap((s) => [`${s}${brand}`, `${s} ${brand}`])
    .join(', '),
  { vars: pick('dark') },
);
ckGlobalStyle(
  schemeSelector('system')
    .flatMap((s) => [`${s}${brand}`, `${s} ${brand}`])
    .join(', '),
  { '@media': { '(prefers-color-scheme: dark)': { vars: pick('dark') } } },
);
ckGlobalStyle(
  schemeSelector('light')
    .map((s) => `${brand}${s}`)
    .join(', '),
  { vars: pick('light') },
);
ckGlobalStyle(
  schemeSelector('system')
    .map((s) => `${brand}${s}`)
    .join(', '),
  { '@media': { '(prefers-color-scheme: light)': { vars: pick('light') } } },
);

/*
 * A reader who asks for more contrast (`prefers-contrast: more`) sees the
 * frames that are otherwise a faint line: every decorative border takes the
 * controls' stronger edge. On every element, so it holds inside a themed
 * element or a host's wrapper that sets `--ck-color-border-strong`.
 */
ckGlobalStyle('*', { '@media': { '(prefers-contrast: more)': { vars: { [vars.color.border]: vars.color.borderStrong } } } });
