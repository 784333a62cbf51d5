/**
 * ISO 8601 dates from a CMS, read one way for the page (`<time datetime>`) and
 * for the JSON-LD, so the two never disagree on what is a date. Accepted: a
 * calendar date (`2026-11-20`), or a date-time with `Z` or an offset, written
 * `+02:00` or in ISO 8601's basic form `+0200`. A date-time without an offset
 * is refused: its instant depends on the machine. So are impossible days,
 * which `Date` rolls over (Feb 30 becomes Mar 2).
 */
const iso = /^(\d{4}-\d\d-\d\d)(T\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d))?$/;

/** The instant (UTC midnight for a calendar date), or null when `value` is not a valid date. */
export function isoDate(value: unknown): Date | null {
  // Upper case, and `+02:00` for `+0200`: the forms every `Date` must read.
  const s = typeof value == 'string' ? value.trim().toUpperCase().replace(/([+-]\d\d)(\d\d)$/, '$1:$2') : '';
  const day = iso.exec(s)?.[1];
  const date = new Date(s);
  // toJSON() is null for an invalid date. The day must come back as written: year, month and day in UTC.
  return day && date.toJSON() && new Date(day).toJSON()?.startsWith(day) ? date : null;
}
