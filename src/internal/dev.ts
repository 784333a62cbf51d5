/**
 * Development-only warnings. `process.env.NODE_ENV` is replaced by every host
 * bundler; where nothing replaces it (a bare browser ESM import) the reference
 * throws and we stay quiet, as in production.
 */
function isDevelopment(): boolean {
  try {
    return process.env.NODE_ENV !== 'production';
  } catch {
    return false;
  }
}

const warned = new Set<string>();

/** Warns once per distinct message, and only in development. */
export function warnOnce(message: string): void {
  if (!isDevelopment() || warned.has(message)) return;
  warned.add(message);
  console.warn(`[careerkit] ${message}`);
}

/** For tests: forget which warnings were already shown. */
export function resetWarnings(): void {
  warned.clear();
}
