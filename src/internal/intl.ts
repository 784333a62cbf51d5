/**
 * Intl formatters are costly to build and cheap to reuse, so they are cached per
 * locale and options. A malformed locale from a CMS falls back to English with a
 * development warning instead of throwing a RangeError mid-render; so does a
 * well-formed one without locale data ("spanish", Drupal's "und"), which Intl
 * would format in the runtime's own language: the server's, then each reader's
 * browser's, and hydration would find other text.
 */
import { shown, warnOnce } from './dev';

const cache = new Map<string, unknown>();

export function safeLocale(locale: string | undefined): string {
  if (!locale) return 'en';
  try {
    // Canonical ("en-gb" → "en-GB"), and empty for a tag nothing here has data for.
    const supported = Intl.NumberFormat.supportedLocalesOf(locale)[0];
    if (supported) return supported;
  } catch {}
  if (process.env.NODE_ENV !== 'production') warnOnce(`${shown(locale)} is not a valid locale, or none with locale data here; using "en".`);
  return 'en';
}

/**
 * One cached formatter per constructor, locale and options. A bad `timeZone`
 * from a CMS is the one option that can throw; it falls back to UTC.
 */
function cached<O extends object, T>(Format: new (locale: string, options: O) => T, locale: string | undefined, options: O): T {
  const l = safeLocale(locale);
  // A host's BigInt `timeZone` would make JSON.stringify throw; Intl refuses it like any bad zone.
  const json = JSON.stringify(options, (_, v) => (typeof v == 'bigint' ? `${v}n` : v));
  const key = `${Format.name}|${l}|${json}`;
  let value = cache.get(key) as T | undefined;
  if (!value) {
    try {
      value = new Format(l, options);
    } catch {
      if (process.env.NODE_ENV !== 'production') warnOnce(`Invalid ${Format.name} options ${json} (often a bad timeZone); using UTC.`);
      value = new Format(l, { ...options, timeZone: 'UTC' });
    }
    cache.set(key, value);
  }
  return value;
}

export const numberFormat = (locale: string | undefined, options: Intl.NumberFormatOptions = {}) =>
  cached(Intl.NumberFormat, locale, options);

export const pluralRules = (locale: string | undefined, options: Intl.PluralRulesOptions = {}) =>
  cached(Intl.PluralRules, locale, options);

export const dateTimeFormat = (locale: string | undefined, options: Intl.DateTimeFormatOptions = {}) =>
  cached(Intl.DateTimeFormat, locale, options);

export const relativeTimeFormat = (locale: string | undefined, options: Intl.RelativeTimeFormatOptions = {}) =>
  cached(Intl.RelativeTimeFormat, locale, options);

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
