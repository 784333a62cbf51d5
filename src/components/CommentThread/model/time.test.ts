import { describe, expect, it } from 'vitest';
import { absoluteTime, isDate, isoTime, relativeTime, timeTexts, toMillis } from './time';

const now = '2026-11-26T12:00:00Z';

describe('relativeTime', () => {
  it.each([
    ['2026-11-26T11:59:30Z', 'just now'],
    ['2026-11-26T11:58:00Z', '2 minutes ago'],
    ['2026-11-26T09:00:00Z', '3 hours ago'],
    ['2026-11-25T11:00:00Z', 'yesterday'],
    ['2026-11-23T12:00:00Z', '3 days ago'],
    ['2026-11-12T12:00:00Z', '2 weeks ago'],
    ['2026-08-20T12:00:00Z', '3 months ago'],
    ['2024-11-01T12:00:00Z', '2 years ago'],
  ])('says %s is "%s" before now', (value, expected) => {
    expect(relativeTime(value, now, 'en-US')).toBe(expected);
  });

  it('uses the locale’s words', () => {
    expect(relativeTime('2026-11-23T12:00:00Z', now, 'fr-FR')).toBe('il y a 3 jours');
    expect(relativeTime('2026-11-23T12:00:00Z', now, 'ar-EG')).toBe('قبل ٣ أيام');
  });

  describe('given a time zone, says "yesterday" only of the day before today there, as the date in the tooltip has it', () => {
    const inZone = (value: string, timeZone: string, locale = 'en-US') => timeTexts(locale, timeZone, now, 'just now')(value)!.relative;

    it('says "1 day ago", not "yesterday", of 23:30 on the 24th in Tokyo, seen at 21:00 on the 26th (45.5 hours)', () => {
      expect(inZone('2026-11-24T14:30:00Z', 'Asia/Tokyo')).toBe('1 day ago');
    });

    it('says "yesterday" of an instant 25 hours back that was yesterday in London, and "1 day ago" where it was two midnights back (Fiji)', () => {
      expect(inZone('2026-11-25T11:00:00Z', 'Europe/London')).toBe('yesterday');
      expect(inZone('2026-11-25T11:00:00Z', 'Pacific/Fiji')).toBe('1 day ago');
    });

    it('says «vor 2 Tagen», not «vorgestern», of 23:30 on the 23rd in Berlin, seen at 13:00 on the 26th (61.5 hours)', () => {
      expect(inZone('2026-11-23T22:30:00Z', 'Europe/Berlin', 'de')).toBe('vor 2 Tagen');
      expect(inZone('2026-11-24T10:00:00Z', 'Europe/Berlin', 'de')).toBe('vorgestern');
    });

    it('counts a day the clocks changed in as one day: 00:30 before the change is yesterday at noon the day after', () => {
      const march = (value: string) => timeTexts('en-US', 'Europe/Berlin', '2026-03-30T10:00:00Z', 'just now')(value)!.relative;
      expect(march('2026-03-28T23:30:00Z')).toBe('yesterday');
      expect(march('2026-03-27T23:30:00Z')).toBe('2 days ago');
    });

    it.each([
      ['2026-11-14T12:00:00Z', '1 week ago'], // a Saturday, two calendar weeks back: not "last week"
      ['2026-09-28T12:00:00Z', '1 month ago'], // September: not "last month"
      ['2024-12-15T12:00:00Z', '1 year ago'], // 2024: not "last year"
    ])('says %s was "%s", a count of time gone by, not a name for a calendar week, month or year that may be another', (value, expected) => {
      expect(inZone(value, 'UTC')).toBe(expected);
    });
  });

  describe('given bad input', () => {
    it('says "just now" for a date in the future (a skewed clock), never "in 3 days"', () => {
      expect(relativeTime('2026-11-29T12:00:00Z', now, 'en-US')).toBe('just now');
    });

    it('reads small numbers as Unix seconds and large ones as milliseconds', () => {
      const seconds = Date.parse('2026-11-23T12:00:00Z') / 1000;
      expect(toMillis(seconds)).toBe(seconds * 1000);
      expect(relativeTime(seconds, now, 'en-US')).toBe('3 days ago');
      expect(relativeTime(seconds * 1000, now, 'en-US')).toBe('3 days ago');
    });

    it.each([['yesterday-ish'], [''], [null], [undefined], [{}], [Number.NaN], [Infinity]])('returns nothing for %j', (value) => {
      expect(relativeTime(value, now)).toBe('');
      expect(absoluteTime(value)).toBe('');
      expect(isoTime(value)).toBeUndefined();
    });

    it('survives a malformed locale and an unknown time zone', () => {
      expect(relativeTime('2026-11-23T12:00:00Z', now, 'en_US!!')).toBe('3 days ago');
      expect(absoluteTime('2026-11-23T12:00:00Z', 'en-US', 'Mars/Olympus')).toContain('2026');
    });
  });
});

describe('absoluteTime', () => {
  it('prints the instant in the given zone, the same on every machine', () => {
    expect(absoluteTime('2026-11-21T02:30:00Z', 'en-US', 'America/Los_Angeles')).toBe('November 20, 2026 at 6:30 PM');
    expect(isoTime('2026-11-21T02:30:00+00:00')).toBe('2026-11-21T02:30:00.000Z');
  });
});

describe('isDate and toMillis', () => {
  it('agree with Date.parse on every day of the calendar and the edges of each field', () => {
    const pad = (n: number, width = 2) => String(n).padStart(width, '0');
    const values: string[] = ['', ' ', 'yesterday', '2024-03-11', '2024-03-11T09:20:00', '2024-03-11T09:20:00+01:00', '2024-03-11t09:20:00z'];
    for (const year of [1900, 1999, 2000, 2023, 2024, 2100]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) values.push(`${year}-${pad(month)}-${pad(day)}T10:20:30Z`);
      }
    }
    for (const time of ['00:00:00', '23:59:59', '24:00:00', '12:60:00', '12:00:60', '1:00:00']) {
      for (const fraction of ['', '.000', '.999', '.042', '.5', '.1234']) values.push(`2024-02-29T${time}${fraction}Z`, `2024-06-15T${time}${fraction}Z`);
    }
    for (const year of [0, 99, 100, 999]) values.push(`${pad(year, 4)}-01-01T00:00:00Z`);
    for (const value of values) {
      const parsed = value.trim() ? Date.parse(value) : NaN;
      const expected = Number.isNaN(parsed) ? null : parsed;
      expect([value, toMillis(value), isDate(value)]).toEqual([value, expected, expected !== null]);
    }
  });
});
