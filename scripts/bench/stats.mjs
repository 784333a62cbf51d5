/** Small statistics and formatting helpers for `npm run bench`. */

export function median(values) {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median plus spread, for results.json. */
export function summary(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const round = (x) => Math.round(x * 1000) / 1000;
  return {
    median: round(median(sorted)),
    min: round(sorted[0]),
    max: round(sorted[sorted.length - 1]),
    runs: sorted.length,
    samples: values.map(round),
  };
}

/** "12.3 ms", with sensible precision for small and large values. */
export function ms(value) {
  if (!Number.isFinite(value)) return 'n/a';
  return `${value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2)} ms`;
}

/** `ours / baseline` as "0.42×" (or "1/37" when far below 1). */
export function ratio(ours, baseline) {
  const r = ours / baseline;
  if (!Number.isFinite(r)) return 'n/a';
  return r < 0.1 ? `1/${Math.round(1 / r)}` : `${r.toFixed(2)}×`;
}

export const mark = (ok) => (ok ? '✅' : '❌');
