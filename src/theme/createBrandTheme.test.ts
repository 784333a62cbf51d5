import { describe, expect, it, vi } from 'vitest';
import { themes } from './brands';
import { isBrandTheme } from './brandTheme';
import { brandThemeCss, createBrandTheme } from './createBrandTheme';
import { isValidToken } from './validate';
import { themeNames } from './names';

describe('isValidToken', () => {
  it.each([
    ['color', 'brand', '#1f5c3a'],
    ['color', 'brand', 'rgb(31 92 58 / 0.9)'],
    ['color', 'brand', 'oklch(0.5 0.1 150)'],
    ['color', 'brand', 'rebeccapurple'],
    ['color', 'brand', 'Transparent'],
    ['color', 'brand', 'CanvasText'],
    ['color', 'brand', 'var(--site-green)'],
    ['space', 'md', '1.25rem'],
    ['space', 'md', 'clamp(1rem, 2vw, 2rem)'],
    ['font', 'body', '"Source Serif 4", Georgia, serif'],
    ['lineHeight', 'normal', '1.6'],
    ['zIndex', 'dialog', '50'],
    ['motion', 'easing', 'cubic-bezier(0.4, 0, 0.2, 1)'],
    ['motion', 'durationFast', '150ms'],
    ['shadow', 'md', '0 4px 12px rgb(0 0 0 / 0.2)'],
  ] as const)('accepts %s.%s = %s', (group, name, value) => {
    expect(isValidToken(group, name, value)).toBe(true);
  });

  it.each([
    ['color', 'brand', 'red; background: url(https://evil.example/x)'],
    ['color', 'brand', 'url(https://evil.example/x)'],
    ['color', 'brand', '#12'],
    ['color', 'brand', '}body{display:none'],
    ['color', 'brand', '</style><script>alert(1)</script>'],
    ['color', 'brand', ''],
    ['color', 'brand', 42],
    ['space', 'md', 'big'],
    ['space', 'md', 'calc(1rem'],
    ['font', 'body', 'Georgia; color: red'],
    ['zIndex', 'dialog', '1.5'],
    ['motion', 'durationFast', 'fast'],
    ['color', 'brand', 'red !important'],
    ['color', 'brand', 'navyblue'],
    ['color', 'brand', 'brandcolor'],
  ] as const)('rejects %s.%s = %j', (group, name, value) => {
    expect(isValidToken(group, name, value)).toBe(false);
  });

  it.each([
    ['color', 'surface', 'var(--site-surface, image-set("https://tracker.example/pixel" 1x))'],
    ['font', 'body', '-webkit-image-set("//tracker.example/pixel" 1x)'],
    ['shadow', 'md', 'Image-Set("//tracker.example/pixel")'],
  ] as const)('rejects %s.%s = %j: image-set() loads a URL written as a string, without url(', (group, name, value) => {
    expect(isValidToken(group, name, value)).toBe(false);
  });

  it.each([
    ['font', 'body', '"Georgia'],
    ['font', 'body', "'Source Serif 4, serif"],
    ['color', 'brand', 'rgb(")'],
    ['color', 'brand', 'var(--site-green, ")'],
    ['font', 'body', '"Source\nSerif", serif'],
  ] as const)('rejects %s.%s = %j: an open string would swallow every declaration after it', (group, name, value) => {
    expect(isValidToken(group, name, value)).toBe(false);
  });
});

describe('createBrandTheme', () => {
  describe('given a partial token set', () => {
    it('fills every other token from the base theme', () => {
      const brand = createBrandTheme({ base: 'newsprint', color: { brand: '#1f5c3a' } });
      expect(brand.tokens.color.brand).toBe('#1f5c3a');
      expect(brand.tokens.color.page).toBe(themes.newsprint.light.color.page);
      expect(brand.tokens.font.body).toBe(themes.newsprint.light.font.body);
      expect(brand.dark.color.brand).toBe(themes.newsprint.dark.color.brand);
    });

    it('returns inline variables for both schemes and the attribute the CSS keys on', () => {
      const brand = createBrandTheme({ color: { brand: '#1f5c3a' }, dark: { color: { brand: '#8fd1a8' } } });
      expect(brand.props.style['--ck-light-color-brand']).toBe('#1f5c3a');
      expect(brand.props.style['--ck-dark-color-brand']).toBe('#8fd1a8');
      expect(brand.props.style['--ck-font-body']).toBe(themes.default.light.font.body);
      expect(brand.props['data-ck-brand']).toMatch(/^[0-9a-z]+$/);
    });

    it('is deterministic, so the server and the browser agree', () => {
      const a = createBrandTheme({ color: { brand: '#1f5c3a' } });
      const b = createBrandTheme({ color: { brand: '#1f5c3a' } });
      expect(a).toEqual(b);
      expect(createBrandTheme({ color: { brand: '#000000' } }).props['data-ck-brand']).not.toBe(
        a.props['data-ck-brand'],
      );
    });

    it('survives a JSON round trip (a Server Component can pass it to a client one)', () => {
      const brand = createBrandTheme({ radius: { md: '0px' } });
      expect(isBrandTheme(JSON.parse(JSON.stringify(brand)))).toBe(true);
    });
  });

  describe('given invalid or unknown tokens', () => {
    it('falls back to the base value and warns once in development', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const input = {
        color: { brand: 'red; background: url(x)', link: '#0b5cad' },
        space: { md: 'huge', galaxy: '1rem' },
        sparkle: { a: 'b' },
      } as never;
      const brand = createBrandTheme(input);
      createBrandTheme(input);
      expect(brand.tokens.color.brand).toBe(themes.default.light.color.brand);
      expect(brand.tokens.color.link).toBe('#0b5cad');
      expect(brand.tokens.space.md).toBe(themes.default.light.space.md);
      expect(brand.rejected).toEqual(['color.brand', 'space.md', 'space.galaxy', 'sparkle']);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0]?.[0])).toMatch(/color\.brand, space\.md/);
    });

    it('treats an unknown base as the default theme', () => {
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      const brand = createBrandTheme({ base: 'neon' as never });
      expect(brand.base).toBe('default');
      expect(brand.rejected).toContain('base');
    });

    it('reports names that only Object.prototype knows (constructor, toString, __proto__) as unknown', () => {
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      const brand = createBrandTheme(JSON.parse('{"color":{"constructor":"red","toString":"red","__proto__":"red"}}'));
      expect(brand.rejected).toEqual(['color.constructor', 'color.toString', 'color.__proto__']);
      expect(brand.props.style).not.toHaveProperty('--ck-light-color-constructor');
      expect(Object.hasOwn(brand.tokens.color, 'constructor')).toBe(false);
    });

    it('reports a dark set that is not an object, and groups dark cannot change', () => {
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      expect(createBrandTheme({ dark: 'navy' as never }).rejected).toEqual(['dark']);
      expect(createBrandTheme({ dark: { space: { md: '2rem' } } as never }).rejected).toEqual(['dark.space']);
    });

    it('gives the default theme for null (a CMS brand field never filled in), as for no input, instead of throwing', () => {
      expect(createBrandTheme(null as never)).toEqual(createBrandTheme());
    });

    it('ignores a group that is not an object', () => {
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      const brand = createBrandTheme({ color: 'red' as never });
      expect(brand.tokens.color).toEqual(themes.default.light.color);
    });
  });
});

describe('createBrandTheme, given colours that are each valid but unreadable together', () => {
  it('warns once in development, naming the pair, its scheme and its contrast: white on a bright pink brand is 3:1', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    createBrandTheme({ color: { brand: '#ff4f9a', onBrand: '#ffffff' } });
    expect(warn).toHaveBeenCalledTimes(1);
    const message = String(warn.mock.calls[0]?.[0]);
    expect(message).toContain('light onBrand #ffffff on brand #ff4f9a (3.1:1)');
    // The kicker is brand-coloured text on the page.
    expect(message).toContain('light brand #ff4f9a on page #ffffff (3.1:1)');
    expect(message).not.toContain('dark');
  });

  it('checks the dark scheme as well: a brand dark on dark', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    createBrandTheme({ dark: { color: { brand: '#2b2f6b' } } });
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/dark onBrand #0f1330 on brand #2b2f6b \(1\.\d:1\)/);
  });

  it('says nothing of a readable brand, or of colours only a browser can resolve (names, functions, var())', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    createBrandTheme({
      base: 'newsprint',
      color: { brand: '#1f5c3a', onBrand: '#ffffff', onBrandSoft: '#123822', link: '#1f5c3a' },
      dark: { color: { brand: '#8fd1a8', onBrand: '#0d2616', onBrandSoft: '#c9ecd6' } },
    });
    createBrandTheme({ color: { brand: 'var(--site-brand)', onBrand: 'white', text: 'oklch(0.9 0 0)' } });
    for (const base of themeNames) createBrandTheme({ base });
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('brandThemeCss', () => {
  it('writes the brand as a class with its dark and system variants', () => {
    const css = brandThemeCss(createBrandTheme({ color: { brand: '#1f5c3a' } }), '.site-brand');
    expect(css).toContain('.site-brand {\n');
    expect(css).toContain('--ck-color-brand: #1f5c3a;');
    expect(css).toContain('[data-ck-scheme="dark"] .site-brand');
    expect(css).toContain('@media (prefers-color-scheme: dark)');
    expect(css).not.toContain('--ck-light-');
  });

  it('writes only careerkit variables with safe text from a brand stored as JSON and edited, as ThemeProvider does', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const brand = JSON.parse(JSON.stringify(createBrandTheme({ color: { brand: '#1f5c3a' } })));
    Object.assign(brand.props.style, {
      '--ck-light-color-link': 'red; } body { display: none } .x {',
      '--ck-font-body': '</style><script>alert(1)</script>',
      '--ck-x: red } body { display: none } .y { --ck-y': 'red',
    });
    const css = brandThemeCss(brand, '.site-brand');
    for (const text of ['display', '</style>', 'alert']) expect(css).not.toContain(text);
    expect(css).toContain('--ck-color-brand: #1f5c3a;');
  });
});
