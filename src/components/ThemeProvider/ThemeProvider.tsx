import * as React from 'react';
import { colorSchemes, themeNames, type ColorScheme, type ThemeName } from '../../theme/names';
import { isBrandTheme, type BrandTheme } from '../../theme/brandTheme';
import { brandAttribute, schemeAttribute, themeAttribute } from '../../theme/selectors';
import { isSafeCssValue } from '../../theme/cssValue';
import { schemeVariableNames } from '../../theme/tokens';
import { warnOnce } from '../../internal/dev';
import { oneOf } from '../../internal/values';
import * as styles from './ThemeProvider.css';

export interface ThemeScope {
  /** Attributes that carry the theme; spread on any element outside the tree. */
  attributes: Record<string, string | undefined>;
  style: React.CSSProperties | undefined;
  dir: 'ltr' | 'rtl' | undefined;
  /** The provider's `lang`, for a portal's content to be read in it. */
  lang: string | undefined;
}

const ThemeScopeContext = /* @__PURE__ */ React.createContext<ThemeScope | null>(null);

/** The enclosing theme, for parts that render outside it (portals). */
export function useThemeScope(): ThemeScope | null {
  return React.useContext(ThemeScopeContext);
}

export interface ThemeProviderProps extends Omit<React.HTMLAttributes<HTMLDivElement>, 'dir'> {
  /**
   * A built-in theme name, or the result of `createBrandTheme()`. Default: `default`.
   * A brand that went through JSON (a CMS) is checked again: only its `--ck-*`
   * variables with safe text apply, and a palette with a colour missing or bad
   * gives way to the default theme's colours, with a development warning.
   */
  theme?: ThemeName | BrandTheme | undefined;
  /** `light`, `dark`, or `system` to follow the reader's setting. Default: `light`, written on this element, so it overrides a scheme set on an ancestor (`<html data-ck-scheme="dark">`). */
  scheme?: ColorScheme | undefined;
  /** Writing direction for everything inside. Inherited when omitted. */
  dir?: 'ltr' | 'rtl' | undefined;
  children?: React.ReactNode | undefined;
}

function resolveTheme(theme: ThemeProviderProps['theme']): { name?: ThemeName; brand?: BrandTheme } {
  if (theme === undefined) return { name: 'default' };
  if (typeof theme === 'string') return { name: oneOf('ThemeProvider', 'theme', theme, themeNames, 'default') };
  if (isBrandTheme(theme)) return { brand: theme };
  if (process.env.NODE_ENV !== 'production') warnOnce('ThemeProvider: `theme` must be a theme name or a createBrandTheme() result; using "default".');
  return { name: 'default' };
}

/** A createBrandTheme() style's variables: every token, and the colours and shadows once per scheme (`--ck-light-*`, `--ck-dark-*`). */
export const BRAND_VARIABLES = 97;

/**
 * A brand's variables, checked, and whether its palette is whole: a brand stored
 * in a CMS may have been edited, or made by a careerkit with other token names.
 * Only its own `--ck-*` variables with safe text pass. A token left out takes
 * the surrounding theme's value, the default theme's at the top; but colours
 * come in pairs (text on its surface), so a palette with any colour or shadow
 * missing, bad or misnamed is left out whole, and the default theme's colours apply.
 */
function brandStyle(given: Record<string, unknown> | null): [Record<string, string>, boolean] {
  const style: Record<string, string> = {};
  const palette = schemeVariableNames();
  for (const name of Object.keys(given ?? {})) {
    // Per-scheme names: only the palette's (a misnamed colour would leave the real one unset).
    const known = palette.includes(name) || !/^--ck-(light|dark)-/.test(name);
    if (known && /^--ck-[a-z-]+$/.test(name) && isSafeCssValue(given![name])) style[name] = given![name] as string;
  }
  const missing = palette.filter((name) => !(name in style));
  if (missing.length) for (const name of palette) delete style[name];
  if (process.env.NODE_ENV !== 'production') {
    const left = Object.keys(given ?? {}).filter((name) => !(name in style) && !palette.includes(name));
    if (left.length) warnOnce(`ThemeProvider: the brand's ${left.join(', ')} are not careerkit variables with safe text and are left out.`);
    if (missing.length) warnOnce(`ThemeProvider: the brand's palette has no good ${missing.length > 3 ? `values for ${missing.length} of its ${palette.length} colours and shadows` : missing.join(', ')}; the default theme's colours apply instead.`);
    else if (Object.keys(style).length < BRAND_VARIABLES) warnOnce(`ThemeProvider: the brand has ${Object.keys(style).length} of the ${BRAND_VARIABLES} variables createBrandTheme() gives; the default theme's values apply for the others.`);
  }
  return [style, !missing.length];
}

/**
 * Applies a built-in theme or a `createBrandTheme()` result, and a colour scheme,
 * to everything inside it, including dialogs that portal out of it (they read
 * this context and re-apply the same attributes).
 */
export const ThemeProvider = /* @__PURE__ */ React.forwardRef<HTMLDivElement, ThemeProviderProps>(function ThemeProvider(
  { theme, scheme, dir, lang, className, style, children, ...rest },
  ref,
) {
  const { name, brand } = resolveTheme(theme);
  const resolvedScheme = oneOf('ThemeProvider', 'scheme', scheme, colorSchemes, 'light');
  const scope = React.useMemo<ThemeScope>(() => {
    const [brandVars, palette] = brand ? brandStyle(brand.props.style) : [];
    const id = brand?.props[brandAttribute];
    return {
      attributes: {
        // A brand without its whole palette keeps its other tokens on the default theme's colours.
        [themeAttribute]: brand && palette ? undefined : name || 'default',
        [brandAttribute]: palette ? (typeof id == 'string' ? id : '') : undefined,
        [schemeAttribute]: resolvedScheme,
      },
      style: brandVars,
      dir,
      lang,
    };
  }, [name, brand, resolvedScheme, dir, lang]);
  return (
    <ThemeScopeContext.Provider value={scope}>
      <div
        ref={ref}
        {...rest}
        {...scope.attributes}
        dir={dir}
        lang={lang}
        className={className ? `${styles.root} ${className}` : styles.root}
        style={scope.style || style ? { ...scope.style, ...style } : undefined}
      >
        {children}
      </div>
    </ThemeScopeContext.Provider>
  );
});
