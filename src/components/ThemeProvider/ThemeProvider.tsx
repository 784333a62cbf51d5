/**
 * Applies a built-in theme or a `createBrandTheme()` result, and a colour scheme,
 * to everything inside it, including dialogs that portal out of it (they read
 * this context and re-apply the same attributes).
 */
import * as React from 'react';
import { colorSchemes, themeNames, type ColorScheme, type ThemeName } from '../../theme/names';
import { isBrandTheme, type BrandTheme } from '../../theme/brandTheme';
import { brandAttribute, schemeAttribute, themeAttribute } from '../../theme/selectors';
import { warnOnce } from '../../internal/dev';
import { oneOf } from '../../internal/values';
import * as styles from './ThemeProvider.css';

export interface ThemeScope {
  /** Attributes that carry the theme; spread on any element outside the tree. */
  attributes: Record<string, string | undefined>;
  style: React.CSSProperties | undefined;
  dir: 'ltr' | 'rtl' | undefined;
}

const ThemeScopeContext = /* @__PURE__ */ React.createContext<ThemeScope | null>(null);

/** The enclosing theme, for parts that render outside it (portals). */
export function useThemeScope(): ThemeScope | null {
  return React.useContext(ThemeScopeContext);
}

export interface ThemeProviderProps extends Omit<React.HTMLAttributes<HTMLDivElement>, 'dir'> {
  /** A built-in theme name, or the result of `createBrandTheme()`. Default: `default`. */
  theme?: ThemeName | BrandTheme;
  /** `light`, `dark`, or `system` to follow the reader's setting. Default: `light`. */
  scheme?: ColorScheme;
  /** Writing direction for everything inside. Inherited when omitted. */
  dir?: 'ltr' | 'rtl';
  children?: React.ReactNode;
}

function resolveTheme(theme: ThemeProviderProps['theme']): { name?: ThemeName; brand?: BrandTheme } {
  if (theme === undefined) return { name: 'default' };
  if (typeof theme === 'string') return { name: oneOf('ThemeProvider', 'theme', theme, themeNames, 'default') };
  if (isBrandTheme(theme)) return { brand: theme };
  if (process.env.NODE_ENV !== 'production') warnOnce('ThemeProvider: `theme` must be a theme name or a createBrandTheme() result; using "default".');
  return { name: 'default' };
}

export const ThemeProvider = /* @__PURE__ */ React.forwardRef<HTMLDivElement, ThemeProviderProps>(function ThemeProvider(
  { theme, scheme, dir, className, style, children, ...rest },
  ref,
) {
  const { name, brand } = resolveTheme(theme);
  const resolvedScheme = oneOf('ThemeProvider', 'scheme', scheme, colorSchemes, 'light');
  const scope = React.useMemo<ThemeScope>(
    () => ({
      attributes: {
        [themeAttribute]: name,
        [brandAttribute]: brand?.props[brandAttribute],
        [schemeAttribute]: resolvedScheme,
      },
      style: brand ? (brand.props.style as React.CSSProperties) : undefined,
      dir,
    }),
    [name, brand, resolvedScheme, dir],
  );
  return (
    <ThemeScopeContext.Provider value={scope}>
      <div
        ref={ref}
        {...rest}
        {...scope.attributes}
        dir={dir}
        className={className ? `${styles.root} ${className}` : styles.root}
        style={scope.style || style ? { ...scope.style, ...style } : undefined}
      >
        {children}
      </div>
    </ThemeScopeContext.Provider>
  );
});
