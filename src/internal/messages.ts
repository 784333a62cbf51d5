/**
 * The pattern every widget follows for its built-in strings: an English default
 * object, overridable key by key through a `messages` prop. Strings may be
 * functions when they take values. Overrides of the wrong type are ignored with a
 * warning, so a CMS typo cannot blank out a button label.
 */
import { warnOnce } from './dev';

export type MessageValue = string | object | ((...args: never[]) => unknown);

export function resolveMessages<T extends Record<string, MessageValue>>(
  component: string,
  defaults: T,
  overrides: Partial<T> | undefined,
): T {
  if (!overrides) return defaults;
  const out = { ...defaults };
  for (const key of Object.keys(overrides) as (keyof T)[]) {
    const value = overrides[key];
    if (value === undefined) continue;
    if (key in defaults && typeof value === typeof defaults[key] && (typeof value !== 'string' || value.trim() !== '')) {
      out[key] = value as T[keyof T];
    } else if (process.env.NODE_ENV !== 'production') {
      warnOnce(
        key in defaults
          ? `${component}: message "${String(key)}" must be a non-empty ${typeof defaults[key]}; using the default.`
          : `${component}: unknown message "${String(key)}" ignored.`,
      );
    }
  }
  return out;
}
