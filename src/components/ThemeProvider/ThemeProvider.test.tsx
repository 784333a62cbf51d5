import { render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { resetWarnings } from '../../internal/dev';
import { createBrandTheme } from '../../theme/createBrandTheme';
import { BRAND_VARIABLES, ThemeProvider } from './ThemeProvider';
import { schemeVariableNames } from '../../theme/tokens';

describe('ThemeProvider', () => {
  it('marks its subtree with the theme and scheme the CSS keys on', () => {
    render(
      <ThemeProvider theme="newsprint" scheme="dark" data-testid="scope">
        text
      </ThemeProvider>,
    );
    const scope = screen.getByTestId('scope');
    expect(scope).toHaveAttribute('data-ck-theme', 'newsprint');
    expect(scope).toHaveAttribute('data-ck-scheme', 'dark');
    expect(scope).toHaveClass('ck-ThemeProvider');
  });

  it('defaults to the default theme in light', () => {
    render(<ThemeProvider data-testid="scope">text</ThemeProvider>);
    expect(screen.getByTestId('scope')).toHaveAttribute('data-ck-theme', 'default');
    expect(screen.getByTestId('scope')).toHaveAttribute('data-ck-scheme', 'light');
  });

  describe('given a brand theme', () => {
    it('puts the brand variables inline, so the first paint is already branded', () => {
      const brand = createBrandTheme({ color: { brand: '#1f5c3a' } });
      render(
        <ThemeProvider theme={brand} data-testid="scope" style={{ padding: '1rem' }}>
          text
        </ThemeProvider>,
      );
      const scope = screen.getByTestId('scope');
      expect(scope).toHaveAttribute('data-ck-brand', brand.props['data-ck-brand']);
      expect(scope).not.toHaveAttribute('data-ck-theme');
      expect(scope.style.getPropertyValue('--ck-light-color-brand')).toBe('#1f5c3a');
      expect(scope.style.padding).toBe('1rem');
    });
  });

  describe('given a theme that does not exist', () => {
    it('uses the default theme and warns', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      render(
        <ThemeProvider theme={'vaporwave' as never} scheme={'sepia' as never} data-testid="scope">
          text
        </ThemeProvider>,
      );
      expect(screen.getByTestId('scope')).toHaveAttribute('data-ck-theme', 'default');
      expect(screen.getByTestId('scope')).toHaveAttribute('data-ck-scheme', 'light');
      expect(warn).toHaveBeenCalledTimes(2);
    });

    it('ignores an object that is not a brand theme', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      render(
        <ThemeProvider theme={{ color: 'red' } as never} data-testid="scope">
          text
        </ThemeProvider>,
      );
      expect(screen.getByTestId('scope')).toHaveAttribute('data-ck-theme', 'default');
      expect(warn).toHaveBeenCalledOnce();
    });
  });

  describe('given a brand-shaped object from a CMS', () => {
    const stored = () => JSON.parse(JSON.stringify(createBrandTheme({ base: 'newsprint', color: { brand: '#1f5c3a' } })));
    const scope = () => screen.getByTestId('scope');
    const renderBrand = (brand: unknown) =>
      render(
        <ThemeProvider theme={brand as never} data-testid="scope">
          text
        </ThemeProvider>,
      );
    const onDefaultColours = () => {
      expect(scope()).toHaveAttribute('data-ck-theme', 'default');
      expect(scope()).not.toHaveAttribute('data-ck-brand');
      expect([...scope().style].filter((name) => /^--ck-(light|dark)-/.test(name))).toEqual([]);
    };

    it('has one variable per token, and per scheme for colours and shadows, with the names ThemeProvider checks', () => {
      const { style } = createBrandTheme().props;
      expect(Object.keys(style)).toHaveLength(BRAND_VARIABLES);
      expect(Object.keys(style).filter((name) => /^--ck-(light|dark)-/.test(name)).sort()).toEqual(schemeVariableNames().sort());
    });

    it('takes a stored createBrandTheme() result as it is, without a warning', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const brand = stored();
      renderBrand(brand);
      expect(scope().style.getPropertyValue('--ck-light-color-brand')).toBe('#1f5c3a');
      expect(scope().style.length).toBe(BRAND_VARIABLES);
      expect(scope()).toHaveAttribute('data-ck-brand', brand.props['data-ck-brand']);
      expect(warn).not.toHaveBeenCalled();
    });

    it('leaves out other tokens that are missing, not text or empty, so the surrounding (default) theme\'s apply, and warns', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const brand = stored();
      delete brand.props.style['--ck-space-lg'];
      Object.assign(brand.props.style, { '--ck-space-md': { toString: 'x' }, '--ck-font-body': ['Georgia'], '--ck-radius-md': '', '--ck-z-index-dialog': 1001, '--ck-light-color-sparkle': '#fff' });
      expect(() => renderBrand(brand)).not.toThrow();
      for (const name of ['--ck-space-lg', '--ck-space-md', '--ck-font-body', '--ck-radius-md', '--ck-z-index-dialog', '--ck-light-color-sparkle']) {
        expect(scope().style.getPropertyValue(name), name).toBe('');
      }
      expect(scope().style.getPropertyValue('--ck-light-color-brand'), 'the palette stays').toBe('#1f5c3a');
      expect(scope()).toHaveAttribute('data-ck-brand');
      expect(warn).toHaveBeenCalledTimes(2);
      expect(warn.mock.calls.join(' ')).toContain('--ck-space-md');
      expect(warn.mock.calls.join(' ')).toContain('--ck-light-color-sparkle');
    });

    it('puts the default theme\'s colours in place of a palette with a colour missing or not text, keeping its other tokens, and warns', () => {
      for (const damage of [
        (style: Record<string, unknown>) => delete style['--ck-light-color-text'],
        (style: Record<string, unknown>) => (style['--ck-dark-color-page'] = null),
        (style: Record<string, unknown>) => (style['--ck-light-shadow-md'] = 5),
        // Misnamed (an edit, or a careerkit with other token names): the count is right, the colour is not there.
        (style: Record<string, unknown>) => {
          style['--ck-dark-color-txt'] = style['--ck-dark-color-text'];
          delete style['--ck-dark-color-text'];
        },
      ]) {
        const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
        const brand = stored();
        damage(brand.props.style);
        const { unmount } = renderBrand(brand);
        onDefaultColours();
        expect(scope().style.getPropertyValue('--ck-font-body'), 'its own fonts stay').toBe(brand.props.style['--ck-font-body']);
        expect(warn).toHaveBeenCalled();
        expect(warn.mock.calls.join(' '), 'names the colour').toMatch(/--ck-(light|dark)-(color|shadow)-(text|page|md)\b/);
        unmount();
        resetWarnings();
      }
    });

    it('leaves out a value that could break out of its declaration or load a URL, on the server too', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const brand = stored();
      Object.assign(brand.props.style, {
        '--ck-light-color-brand': 'red; background-image: url(https://tracker.example/pixel)',
        '--ck-font-heading': '"Georgia',
        '--ck-space-md': '1rem}body{display:none',
        '--ck-radius-md': 'url(https://tracker.example/pixel)',
      });
      const html = renderToString(<ThemeProvider theme={brand}>text</ThemeProvider>);
      for (const text of ['tracker.example', '"Georgia', '&quot;Georgia', 'display:none']) expect(html).not.toContain(text);
      expect(html).toContain('data-ck-theme="default"');
      expect(warn).toHaveBeenCalled();
    });

    it('leaves out a value that makes its declaration important, however it is spaced', () => {
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      const brand = stored();
      Object.assign(brand.props.style, { '--ck-space-md': '2rem ! important', '--ck-radius-md': '0px !\timportant' });
      const html = renderToString(<ThemeProvider theme={brand}>text</ThemeProvider>);
      expect(html).not.toContain('important');
      expect(html).toContain('--ck-light-color-brand:#1f5c3a');
    });

    it('leaves out keys that are no careerkit variable, and warns', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const brand = stored();
      Object.assign(brand.props.style, { background: 'url(https://tracker.example/pixel)', position: 'fixed', 'color': 'red' });
      const html = renderToString(<ThemeProvider theme={brand}>text</ThemeProvider>);
      for (const text of ['tracker.example', 'position', ';color:red']) expect(html).not.toContain(text);
      expect(html).toContain('--ck-light-color-brand:#1f5c3a');
      expect(warn).toHaveBeenCalledOnce();
    });

    it('reads only the style\'s own keys: an inherited colour does not count, and a __proto__ key pollutes nothing', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const brand = stored();
      const own = { ...brand.props.style };
      delete own['--ck-light-color-brand'];
      brand.props.style = Object.assign(Object.create({ '--ck-light-color-brand': 'red' }), own);
      renderBrand(brand);
      onDefaultColours();

      const poisoned = JSON.parse(JSON.stringify(stored()).replace('"style":{', '"style":{"__proto__":{"--ck-space-md":"77.7px","polluted":"yes"},'));
      const html = renderToString(<ThemeProvider theme={poisoned}>text</ThemeProvider>);
      expect(html).not.toContain('77.7px');
      expect(html).toContain('--ck-light-color-brand:#1f5c3a');
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(warn).toHaveBeenCalled();
    });

    it('survives a style that is null, a list or text, and a brand id that is not text', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      for (const style of [null, ['red'], 'color: red']) {
        const brand = { ...stored(), props: { 'data-ck-brand': { toString: 'x' }, style } };
        expect(() => renderToString(<ThemeProvider theme={brand}>text</ThemeProvider>)).not.toThrow();
      }
      const brand = { ...stored(), props: { 'data-ck-brand': { toString: 'x' }, style: stored().props.style } };
      const html = renderToString(<ThemeProvider theme={brand}>text</ThemeProvider>);
      expect(html).toContain('data-ck-brand=""');
      expect(html).toContain('--ck-light-color-brand:#1f5c3a');
      expect(warn).toHaveBeenCalled();
    });
  });
});
