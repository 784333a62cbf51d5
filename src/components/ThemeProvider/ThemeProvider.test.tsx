import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createBrandTheme } from '../../theme/createBrandTheme';
import { ThemeProvider } from './ThemeProvider';

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
});
