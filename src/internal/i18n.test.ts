import { describe, expect, it, vi } from 'vitest';
import { dateTimeFormat, localeDirection, plural, safeLocale } from './intl';
import { resolveMessages } from './messages';

describe('plural', () => {
  const forms = { one: '{count} Comment', other: '{count} Comments' };
  it('uses the locale’s plural rules and number format', () => {
    expect(plural('en-US', 1, forms)).toBe('1 Comment');
    expect(plural('en-US', 1500, forms)).toBe('1,500 Comments');
    expect(plural('de-DE', 1500, forms)).toBe('1.500 Comments');
  });

  it('falls back to "other" for forms the host did not give', () => {
    expect(plural('ar-EG', 2, { other: '{count} تعليق' })).toBe('٢ تعليق');
  });
});

describe('safeLocale', () => {
  it('falls back to English for a malformed locale, with a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(safeLocale('en_US!!')).toBe('en');
    expect(warn).toHaveBeenCalledOnce();
  });

  it.each(['spanish', 'xx', 'xx-YY', 'und'])(
    'falls back to English, with a warning, for %j: well formed, but no locale data answers to it, so it would format in the runtime’s own language, one on the server and another in each reader’s browser',
    (locale) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      expect(safeLocale(locale)).toBe('en');
      expect(warn).toHaveBeenCalledWith(expect.stringContaining(`"${locale}"`));
    },
  );

  it.each([
    ['en-gb', 'en-GB'],
    ['hi-u-nu-deva', 'hi-u-nu-deva'],
    ['en-US-u-ca-invalid', 'en-US-u-ca-invalid'],
    ['es-419', 'es-419'],
    ['de-XX', 'de-XX'],
  ])('keeps %j, a locale with data, as %j, without a warning', (locale, kept) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(safeLocale(locale)).toBe(kept);
    expect(warn).not.toHaveBeenCalled();
  });

  it('falls back to English, with a warning, for a list holding a JSON object with a "toString" key, instead of throwing while warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(safeLocale(JSON.parse('[{ "toString": "es" }]'))).toBe('en');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('is not a valid locale'));
  });
});

describe('dateTimeFormat', () => {
  it('formats in the given time zone, so server and browser agree', () => {
    const date = new Date('2026-03-01T02:30:00Z');
    expect(dateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'America/Los_Angeles' }).format(date)).toBe(
      'February 28, 2026',
    );
    expect(dateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'Asia/Tokyo' }).format(date)).toBe('March 1, 2026');
  });

  it('survives an unknown time zone', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const format = dateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'Mars/Olympus' });
    expect(format.format(new Date('2026-03-01T02:30:00Z'))).toBe('March 1, 2026');
  });
});

describe('localeDirection', () => {
  it.each([
    ['ar-EG', 'rtl'],
    ['he', 'rtl'],
    ['fa-IR', 'rtl'],
    ['en-GB', 'ltr'],
    ['fr', 'ltr'],
  ])('%s is %s', (locale, dir) => {
    expect(localeDirection(locale)).toBe(dir);
  });
});

describe('resolveMessages', () => {
  const defaults = { copy: 'Copy script', replies: (n: number) => `${n} replies` };
  it('overrides key by key', () => {
    const m = resolveMessages('Test', defaults, { copy: 'Copier le script' });
    expect(m.copy).toBe('Copier le script');
    expect(m.replies(2)).toBe('2 replies');
  });

  it('ignores overrides of the wrong type, blank strings and unknown keys, with warnings', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const m = resolveMessages('Test', defaults, { copy: '  ', replies: 'many', nope: 'x' } as never);
    expect(m).toEqual(defaults);
    expect(warn).toHaveBeenCalledTimes(3);
  });
});
