import * as React from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { CareerkitMessages, CompleteCareerkitMessages } from '../components/MessagesProvider/types';
import { ar } from './ar';
import { englishCatalog } from './english';
import { es } from './es';

const locales = { es, ar } as Record<string, Record<string, Record<string, unknown>>>;
const english = englishCatalog as unknown as Record<string, Record<string, unknown>>;

/** Values a message function is called with: strings for names and nodes, numbers where English takes a count. */
const sampleArguments = (fn: (...args: never[]) => unknown, key: string): unknown[] =>
  key === 'readingTime' ? [7, '7'] : Array.from({ length: fn.length }, (_, index) => `«valor${index + 1}»`);

/** A message's output as text, whether it returns a string or React nodes. */
const asText = (value: unknown) => renderToStaticMarkup(<>{value as React.ReactNode}</>).replace(/<[^>]+>/g, '');

const isPlural = (value: object) => 'other' in value;

describe.each(Object.keys(locales))('the %s catalog', (locale) => {
  const catalog = locales[locale]!;
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;

  it('covers exactly the components that have built-in strings', () => {
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(english).sort());
  });

  describe.each(Object.keys(english))('for %s', (component) => {
    const defaults = english[component]!;
    const translated = catalog[component]!;

    it('has every key of the English defaults, and no other', () => {
      expect(Object.keys(translated).sort()).toEqual(Object.keys(defaults).sort());
    });

    it.each(Object.keys(defaults))('gives "%s" a value of the English default’s type', (key) => {
      const value = translated[key];
      const original = defaults[key];
      expect(typeof value).toBe(typeof original);
      if (typeof value === 'string') {
        expect(value.trim()).not.toBe('');
      } else if (typeof value === 'function') {
        const args = sampleArguments(original as never, key);
        const text = asText((value as (...a: unknown[]) => unknown)(...args));
        expect(text.trim()).not.toBe('');
        // Every value it is given shows up: a translation must not drop the name or the date.
        for (const arg of args) if (typeof arg === 'string') expect(text).toContain(arg);
      } else if (isPlural(original as object)) {
        // Exactly the categories the language has, each a non-empty string.
        expect(Object.keys(value as object).sort()).toEqual([...categories].sort());
        for (const form of Object.values(value as object)) expect(String(form).trim()).not.toBe('');
      } else {
        // A record of named strings (roles, sorts, report reasons): the same names.
        expect(Object.keys(value as object).sort()).toEqual(Object.keys(original as object).sort());
        for (const form of Object.values(value as object)) expect(String(form).trim()).not.toBe('');
      }
    });
  });
});

describe('plural forms', () => {
  const forms = (locale: string, messages: Record<string, string>, counts: number[]) => {
    const rules = new Intl.PluralRules(locale);
    const numbers = new Intl.NumberFormat(locale);
    return counts.map((n) => messages[rules.select(n)]!.replace('{count}', numbers.format(n)));
  };

  it('reads naturally in Spanish, «de» included from a million on', () => {
    expect(forms('es', es.CommentThread.heading, [1, 2, 15, 1_000_000])).toEqual([
      '1 comentario',
      '2 comentarios',
      '15 comentarios',
      '1.000.000 de comentarios',
    ]);
  });

  it('follows Arabic number agreement: words for 1 and 2, plural noun for 3–10, singular after that', () => {
    expect(forms('ar', ar.CommentThread.heading, [0, 1, 2, 3, 10, 11, 99, 100, 103])).toEqual(
      ['لا تعليقات', 'تعليق واحد', 'تعليقان', '3 تعليقات', '10 تعليقات', '11 تعليقًا', '99 تعليقًا', '100 تعليق', '103 تعليقات'].map(
        (text) => text.replace(/\d+/g, (digits) => new Intl.NumberFormat('ar').format(Number(digits))),
      ),
    );
  });

  it('gives Arabic reading times the same agreement', () => {
    const minutes = (n: number) => ar.AdviceArticle.readingTime(n, String(n));
    expect([1, 2, 5, 12, 100].map(minutes)).toEqual([
      'دقيقة واحدة للقراءة',
      'دقيقتان للقراءة',
      '5 دقائق للقراءة',
      '12 دقيقة للقراءة',
      '100 دقيقة للقراءة',
    ]);
  });
});

describe('the catalog types', () => {
  it('make a missing string a type error in a complete catalog, and allow any subset in a partial one', () => {
    const { TextField: _dropped, ...withoutTextField } = es;
    // @ts-expect-error: a whole component is missing.
    const incomplete: CompleteCareerkitMessages<'one' | 'many' | 'other'> = withoutTextField;
    // @ts-expect-error: one key is missing.
    const missingKey: CompleteCareerkitMessages<'one' | 'many' | 'other'>['Dialog'] = {};
    // @ts-expect-error: Spanish plurals need `many` as well.
    const missingCategory: CompleteCareerkitMessages<'one' | 'many' | 'other'>['AdviceArticle']['comments'] = { one: '', other: '' };
    const partial: CareerkitMessages = { Dialog: { close: 'Cerrar' } };
    expect([incomplete, missingKey, missingCategory, partial]).toHaveLength(4);
  });
});
