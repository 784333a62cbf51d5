/**
 * A number from 0 up from a CMS, which may send it as text ("15", " 2.5 "):
 * decimal digits and a point, whether number or text, else NaN. So negative
 * numbers, Infinity, 1e300 (written "1e+300") and objects are NaN. `Number()`
 * alone would read "0x10" and "" too, and throws on `{ "toString": "x" }`.
 */
export const cmsNumber = (value: unknown): number =>
  (typeof value == 'number' || typeof value == 'string') && /^\s*[\d.]+\s*$/.test(value as string) ? Number(value) : NaN;

/** A count from a CMS: a whole number from 0, or text of one ("15"); undefined for anything else. */
export const cmsCount = (value: unknown): number | undefined => {
  const n = cmsNumber(value);
  return Number.isSafeInteger(n) ? n : undefined;
};
