/**
 * The pattern every widget follows for its built-in strings: an English default
 * object, overridable key by key by a `MessagesProvider` catalog and then by the
 * widget's own `messages` prop. Strings may be functions when they take values.
 * Overrides of the wrong type are ignored with a warning, so a CMS typo cannot
 * blank out a button label.
 */
import { useMessagesScope } from '../components/MessagesProvider/MessagesProvider';
import type { CareerkitComponentName } from '../components/MessagesProvider/types';
import { warnOnce } from './dev';

type Plural = { other?: string };

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
    const fallback = defaults[key];
    // (An undefined override fails the type check below: every default is defined.)
    if (
      key in defaults &&
      typeof value === typeof fallback &&
      (typeof value === 'string'
        ? value.trim()
        : // Plural forms and named records: text only, and `other` where the default has it.
          typeof value !== 'object' ||
          (value && Object.values(value).every((form) => typeof form === 'string') && (!(fallback as Plural).other || (value as Plural).other)))
    ) {
      out[key] = value as T[keyof T];
    } else if (process.env.NODE_ENV !== 'production' && value !== undefined) {
      warnOnce(
        key in defaults
          ? `${component}: message "${String(key)}" must be a non-empty ${typeof defaults[key]}; using the default.`
          : `${component}: unknown message "${String(key)}" ignored.`,
      );
    }
  }
  return out;
}

/**
 * A widget's strings and locale: English defaults ← the provider's catalog for
 * `component` ← the widget's `messages` prop; its `locale` prop, else the
 * provider's. One hook for every widget, so each pays a call, not a copy.
 */
export function useMessages<T extends Record<string, MessageValue>>(
  component: CareerkitComponentName,
  defaults: T,
  overrides?: Partial<T>,
  locale?: string,
): [T, string | undefined] {
  const scope = useMessagesScope();
  return [
    resolveMessages(component, resolveMessages(component, defaults, scope?.messages[component] as Partial<T>), overrides),
    locale || scope?.locale,
  ];
}
