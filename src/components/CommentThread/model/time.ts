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

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 31536000],
  ['month', 2592000],
  ['week', 604800],
  ['day', 86400],
  ['hour', 3600],
  ['minute', 60],
];

/** "3 days ago", "yesterday", "just now" (for anything under a minute or in the future). */
export function relativeTime(value: unknown, now: unknown, locale?: string, justNow = 'just now'): string {
  const then = toMillis(value);
  const at = toMillis(now);
  if (then === null || at === null) return '';
  const seconds = Math.round((at - then) / 1000);
  for (const [unit, size] of units) {
    if (seconds >= size) return relativeTimeFormat(locale, { numeric: 'auto' }).format(-Math.floor(seconds / size), unit);
  }
  return justNow;
}

/** The absolute date and time, in the given zone, for a tooltip or a screen reader. */
export function absoluteTime(value: unknown, locale?: string, timeZone = 'UTC'): string {
  const ms = toMillis(value);
  return ms === null ? '' : dateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(ms);
}

/** The machine-readable value for `<time datetime>`, or undefined. */
export function isoTime(value: unknown): string | undefined {
  const ms = toMillis(value);
  return ms === null ? undefined : new Date(ms).toISOString();
}
