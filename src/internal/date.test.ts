import { describe, expect, it } from 'vitest';
import { isoDate } from './date';

const iso = (value: unknown) => isoDate(value)?.toISOString() ?? null;

describe('isoDate', () => {
  describe('given a calendar date', () => {
    it('reads it as UTC midnight of that day', () => {
      expect(iso('2026-11-20')).toBe('2026-11-20T00:00:00.000Z');
      expect(iso(' 2024-02-29\n')).toBe('2024-02-29T00:00:00.000Z');
    });

    it.each(['2026-02-30', '2025-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-11-00'])(
      'refuses %s, a day that does not exist',
      (value) => {
        expect(isoDate(value)).toBeNull();
      },
    );
  });

  describe('given a date-time', () => {
    it('reads Z and an offset with a colon', () => {
      expect(iso('2026-11-20T09:30:00Z')).toBe('2026-11-20T09:30:00.000Z');
      expect(iso('2026-11-20T09:30:00.250+02:00')).toBe('2026-11-20T07:30:00.250Z');
      expect(iso('2026-11-20T09:30-05:30')).toBe('2026-11-20T15:00:00.000Z');
    });

    it('reads an offset without a colon (+0200) as the same instant as +02:00', () => {
      expect(iso('2026-11-20T09:30:00+0200')).toBe(iso('2026-11-20T09:30:00+02:00'));
      expect(iso('2026-11-20T09:30-0800')).toBe('2026-11-20T17:30:00.000Z');
    });

    it('reads a lower-case t and z', () => {
      expect(iso('2026-11-20t09:30:00z')).toBe('2026-11-20T09:30:00.000Z');
    });

    it.each([
      ['an impossible day', '2026-02-30T10:00:00Z'],
      ['an impossible day whose offset moves it to a real one', '2026-04-31T01:00:00+02:00'],
      ['no offset (its instant depends on the machine)', '2026-11-20T09:30:00'],
      ['an hour past 24', '2026-11-20T25:00:00Z'],
      ['a one-digit offset', '2026-11-20T09:30:00+2'],
    ])('refuses %s', (_, value) => {
      expect(isoDate(value)).toBeNull();
    });
  });

  it.each([['not ISO', 'November 20, 2026'], ['ISO basic date', '20261120'], ['empty', ''], ['a number', 20261120], ['null', null]])(
    'refuses %s',
    (_, value) => {
      expect(isoDate(value)).toBeNull();
    },
  );
});
