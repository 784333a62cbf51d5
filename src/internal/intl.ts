/**
 * Intl formatters are costly to build and cheap to reuse, so they are cached per
 * locale and options. A malformed locale from a CMS falls back to English with a
 * development warning instead of throwing a RangeError mid-render.
 */
import { warnOnce } from './dev';

const cache = new Map<string, unknown>();

export function safeLocale(locale: string | undefined): string {
  if (!locale) return 'en';
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    if (process.env.NODE_ENV !== 'production') warnOnce(`"${String(locale)}" is not a valid locale; using "en".`);
    return 'en';
  }
}

function cached<T>(kind: string, locale: string | undefined, options: object, make: (l: string) => T): T {
  const l = safeLocale(locale);
  const key = `${kind}|${l}|${JSON.stringify(options)}`;
  let value = cache.get(key) as T | undefined;
  if (!value) {
    value = make(l);
    cache.set(key, value);
  }
  return value;
}

export function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions = {}) {
  return cached('number', locale, options, (l) => new Intl.NumberFormat(l, options));
}

export function pluralRules(locale: string | undefined, options: Intl.PluralRulesOptions = {}) {
  return cached('plural', locale, options, (l) => new Intl.PluralRules(l, options));
}

export function dateTimeFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions = {}) {
  return cached('date', locale, options, (l) => {
    try {
      return new Intl.DateTimeFormat(l, options);
    } catch {
      if (process.env.NODE_ENV !== 'production') warnOnce(`Invalid date options ${JSON.stringify(options)} (often a bad timeZone); using UTC.`);
      return new Intl.DateTimeFormat(l, { ...options, timeZone: 'UTC' });
    }
  });
}

export function relativeTimeFormat(locale: string | undefined, options: Intl.RelativeTimeFormatOptions = {}) {
  return cached('relative', locale, options, (l) => new Intl.RelativeTimeFormat(l, options));
}

/** Strings per plural category, `{count}` for the number; `other` is required. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Picks the plural form for `count` in `locale`; `other` is the fallback. */
export function plural(locale: string | undefined, count: number, forms: PluralForms): string {
  const form = forms[pluralRules(locale).select(count)] ?? forms.other;
  return form.replace('{count}', numberFormat(locale).format(count));
}

const rtlScripts = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr']);

/**
 * The writing direction of a locale, from its likely script (`ku` is Latin,
 * `ckb` Arabic), which Node and every browser agree on; `getTextInfo` is not
 * available everywhere (Node 20 has it as a property instead).
 */
export function localeDirection(locale: string | undefined): 'ltr' | 'rtl' {
  const script = new Intl.Locale(safeLocale(locale)).maximize().script;
  return script && rtlScripts.has(script) ? 'rtl' : 'ltr';
}
