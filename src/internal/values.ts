/**
 * Props from a CMS arrive untyped. `oneOf` checks a value against an allowed list
 * and falls back (with a development warning) instead of rendering something
 * undefined.
 */
import { shown, warnOnce } from './dev';

export function oneOf<T extends string | number>(
  component: string,
  prop: string,
  value: unknown,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined || value === null) return fallback;
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  if (process.env.NODE_ENV !== 'production') warnOnce(`${component}: ${prop}=${shown(value)} is not one of ${allowed.join(', ')}; using "${fallback}".`);
  return fallback;
}
