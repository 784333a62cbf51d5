/**
 * A number from a CMS, which may send it as text ("15", " 2.5 "). Text must
 * be plain decimal digits (and a point); anything else, objects included, is NaN. `Number()`
 * would read "0x10" and "" too, and throws on `{ "toString": "x" }`.
 */
export const cmsNumber = (value: unknown): number =>
  (typeof value == 'number' || typeof value == 'string') && /^\s*[\d.]+\s*$/.test(value as string) ? Number(value) : NaN;
