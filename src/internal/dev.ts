/**
 * Development-only warnings. Every call site is written
 * `if (process.env.NODE_ENV !== 'production') warnOnce(...)`, the convention React
 * and Radix use: host bundlers replace the condition, so production bundles
 * carry neither the check nor the message text.
 */
const warned = new Set<string>();

/** Warns once per distinct message. */
export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`[careerkit] ${message}`);
}

/**
 * A value as a warning names it: text in quotes, other primitives as they
 * print, and any object as "an object" (a CMS's rich text; a JSON object with a
 * `toString` key, which makes `String()` and template literals throw). Never throws.
 */
export const shown = (value: unknown): string =>
  typeof value == 'string' ? `"${value}"` : typeof value == 'object' && value ? 'an object' : String(value);

/** For tests: forget which warnings were already shown. */
export function resetWarnings(): void {
  warned.clear();
}
