/**
 * Comment times: "3 days ago" relative to a `now` the host passes (so the server
 * and the browser print the same words), with the absolute date for a title.
 * Hostile inputs (garbage, numbers in seconds, dates in the future from a skewed
 * clock) give a sensible result, never "in 3 days" and never a throw.
 */
import { dateTimeFormat, relativeTimeFormat } from '../../../internal/intl';

/** A timestamp as milliseconds, or null. Numbers below 10^11 are taken as seconds (Unix time). */
export function toMillis(value: unknown): number | null {
  if (typeof value === 'number') {
    const ms = Math.abs(value) < 1e11 ? value * 1000 : value;
    // Beyond ±8.64e15 ms a Date is invalid (and toISOString throws).
    return Number.isFinite(ms) && Math.abs(ms) <= 8.64e15 ? ms : null;
  }
  if (typeof value !== 'string' || value.trim() === '') return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

// The form `toISOString` writes and most feeds send, months, days, hours,
// minutes and seconds in range. One regex test costs a fraction of Date.parse.
export const ISO = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3])(?::[0-5]\d){2}(?:\.\d{3})?Z$/;

/**
 * Whether `toMillis` reads `value` as a date: the tree asks this of every
 * comment, so the common form is checked without Date.parse. February's last
 * days, the 31st of a 30-day month (engines differ on those) and every other
 * form are left to Date.parse, so the answer is always the same.
 */
export function isDate(value: string): boolean {
  if (ISO.test(value)) {
    // Two digits as a number ('0' is 48).
    const month = value.charCodeAt(5) * 10 + value.charCodeAt(6) - 528;
    const day = value.charCodeAt(8) * 10 + value.charCodeAt(9) - 528;
    // 31 days in odd months up to July and in even ones from August.
    if (day < 29 || (month != 2 && day <= 30 + ((month + (month >> 3)) & 1))) return true;
  }
  return toMillis(value) !== null;
}

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 31536000],
  ['month', 2592000],
  ['week', 604800],
  ['day', 86400],
  ['hour', 3600],
  ['minute', 60],
];

/** "3 days ago", "yesterday" (the day before, in `timeZone`), "just now" (for anything under a minute or in the future). */
export function relativeTime(value: unknown, now: unknown, locale?: string, justNow = 'just now'): string {
  return timeTexts(locale, 'UTC', now, justNow)(value)?.relative ?? '';
}

/** The absolute date and time, in the given zone, for a tooltip or a screen reader. */
export function absoluteTime(value: unknown, locale?: string, timeZone = 'UTC'): string {
  return timeTexts(locale, timeZone, null, '')(value)?.absolute ?? '';
}

/** The machine-readable value for `<time datetime>`, or undefined. */
export function isoTime(value: unknown): string | undefined {
  return timeTexts(undefined, 'UTC', null, '')(value)?.iso;
}

export interface TimeTexts {
  /** For `<time datetime>`. */
  iso: string;
  /** "3 days ago", or '' without a `now`. */
  relative: string;
  /** Later than `now` (shown as "just now"). */
  future?: boolean | undefined;
  absolute: string;
}

/**
 * `relativeTime`, `absoluteTime` and `isoTime` of many values for one thread
 * (those three are each one field of it): the formatters and `now` are looked
 * up and read once, not once per comment (each lookup canonicalises the locale
 * and serialises the options), and each value is read once. Null for a value
 * that is no date.
 */
export function timeTexts(locale: string | undefined, timeZone: string, now: unknown, justNow: string) {
  const at = toMillis(now);
  const absoluteFormat = dateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone });
  // Units gone by ("1 week ago"): "last week", "last month", "last year" would name the calendar's,
  // which 7 to 13 days back (and so on) need not be. A day takes its word ("yesterday", «vorgestern»)
  // only where that day in `timeZone`, the tooltip's, is the count back: 40 hours may be 2 days there.
  const countFormat = relativeTimeFormat(locale);
  const dayWords = relativeTimeFormat(locale, { numeric: 'auto' });
  // The date in `timeZone`, as en-US writes it ("11/23/2026", which every engine parses), read back
  // as that day's local midnight: two of them differ by whole days, give or take a clock change.
  const dayFormat = dateTimeFormat('en-US', { timeZone });
  const day = (ms: number) => Date.parse(dayFormat.format(ms));
  /** "3 days ago" from an instant in milliseconds, or '' without a `now`. */
  const relative = (then: number) => {
    if (at === null) return '';
    const seconds = Math.round((at - then) / 1000);
    for (const [unit, size] of units) {
      if (seconds >= size) {
        const count = Math.floor(seconds / size);
        return (unit == 'day' && Math.round((day(at) - day(then)) / 864e5) == count ? dayWords : countFormat).format(-count, unit);
      }
    }
    return justNow;
  };
  return (value: unknown): TimeTexts | null => {
    const ms = toMillis(value);
    return ms === null
      ? null
      : {
          iso: new Date(ms).toISOString(),
          relative: relative(ms),
          // A minute's grace: the host's `now` and its database's clock can differ by seconds.
          // And after the clock too: a reader's own comment, sent after the page's `now`, is no
          // bad data. (Only the data-issue report reads this, never the markup: hydration is safe.)
          future: at !== null && ms > Math.max(at, Date.now()) + 60_000,
          absolute: absoluteFormat.format(ms),
        };
  };
}
