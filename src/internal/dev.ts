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

/** For tests: forget which warnings were already shown. */
export function resetWarnings(): void {
  warned.clear();
}
