/**
 * ISO 8601 dates from a CMS, read one way for the page (`<time datetime>`) and
 * for the JSON-LD, so the two never disagree on what is a date. Accepted: a
 * calendar date (`2026-11-20`), or a date-time with `Z` or an offset, written
 * `+02:00` or in ISO 8601's basic form `+0200` (normalised before parsing, as
 * `Date` only has to read the first). A date-time without an offset is
 * refused: its instant depends on the machine. So are impossible days, which
 * `Date` rolls over (Feb 30 becomes Mar 2).
 */
const iso = /^(\d{4}-\d\d-\d\d)(?:T(\d\d:\d\d(?::\d\d(?:\.\d+)?)?)(?:(Z)|([+-]\d\d):?(\d\d)))?$/i;

/** The instant (UTC midnight for a calendar date), or null when `value` is not a valid date. */
export function isoDate(value: unknown): Date | null {
  const m = iso.exec(typeof value === 'string' ? value.trim() : '');
  if (!m) return null;
  const [, day = '', time, utc, hours, minutes] = m;
  const date = new Date(time ? `${day}T${time}${utc ? 'Z' : `${hours}:${minutes}`}` : day);
  const midnight = new Date(day);
  // The day must come back as written: year, month and day, in UTC.
  return isNaN(+date) || isNaN(+midnight) || midnight.toISOString().slice(0, 10) !== day ? null : date;
}
