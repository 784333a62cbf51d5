/**
 * Hostile data for property tests: the values a CMS, a JSON feed or a careless
 * host can put in any field, and one check that a widget survives them. The
 * check renders on the server (`renderToString`), hydrates that HTML, and mounts
 * afresh with testing-library, and fails the property (so fast-check shrinks the
 * input) on a throw, a React error, a hydration mismatch, markup from the data,
 * a script URL, or JSON-LD that does not parse or could close its element.
 */
import * as React from 'react';
import fc from 'fast-check';
import { act, cleanup, render } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { hydrateRoot } from 'react-dom/client';
import { vi } from 'vitest';

/** Text that is markup, a script URL, or closes a `<script>`: it must only ever show as text. */
export const markupTexts = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '</script><script>alert(1)</script>',
  '<!--',
  '"><svg onload=alert(1)>',
  "'><iframe src=javascript:alert(1)>",
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  '&lt;b&gt;',
  '{{constructor.constructor("alert(1)")()}}',
];

/** One UTF-16 unit each: lone surrogates, NUL, CR/LF, bidi overrides, joiners, BOM, brackets. */
const nastyUnits = [
  '\0', '\r', '\n', '\r\n', '\t', '\u2028', '\u2029', '\u202e', '\u202d', '\u2066', '\u2069', '\u200b', '\u200c',
  '\u200d', '\ufeff', '\u00ad', '\ud800', '\udfff', '\ud83d', '<', '>', '&', '"', "'", '[', ']', '@', '#', '%', ' ',
  'a', 'é', 'ا', '😀',
];

/** Strings that look like the values a field expects: dates, URLs, ids, locales, names of Object's own properties. */
const nearMisses = [
  '', ' ', '\n\n', '2026-11-20', '2026-02-30', '2026-11-20T09:00:00', '2026-11-20T09:00:00Z', '2026-11-20T09:00:00+0200',
  '1710148800000', '0', '-1', '15', ' 2.5 ', '1e300', '0x10', 'NaN', 'Infinity', 'https://example.com/a',
  'http://example.com/</script>', 'https://user:pw@example.com/', '//evil.example', 'mailto:a@b.example?bcc=c@d.example',
  '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'then', 'en', 'ar', 'und', 'en-US-u-nu-arab',
  'xx-invalid-', 'Europe/Berlin', 'Mars/Base', 'UTC', '[Name]', '@Don', 'say', 'email', 'published', 'pending',
];

/** Long strings, from a repeated unit that feeds a pattern (brackets, mentions, joiners, URLs, line breaks). */
const huge = fc
  .tuple(fc.constantFrom('a', '[', '[a] ', '@', '@Don ', '\u200d', ' ', '\n', '\n\n', '<b>', 'https://a.example/ ', '\ud800', 'x'), fc.integer({ min: 5_000, max: 30_000 }))
  .map(([unit, times]) => unit.repeat(Math.ceil(times / unit.length)));

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string() },
  { weight: 4, arbitrary: fc.string({ unit: fc.constantFrom(...nastyUnits), maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }) },
  { weight: 3, arbitrary: fc.constantFrom(...markupTexts) },
  { weight: 3, arbitrary: fc.constantFrom(...nearMisses) },
  { weight: 1, arbitrary: huge },
);

/** Objects JSON can hold that break naive code: `String()` throws on them, or they have prototype-named keys. */
const jsonTraps = [
  '{"toString":"x","valueOf":"y"}',
  '{"__proto__":{"polluted":true},"name":"x"}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  '{"$$typeof":"react.element","type":"script","props":{}}',
  '{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"Hi"}]}]}',
  '[{"_type":"block","children":[{"_type":"span","text":"Hi"}]}]',
  '{"then":"x"}',
  '{"length":3}',
  '{"key":"k","ref":"r","dangerouslySetInnerHTML":{"__html":"<img src=x onerror=alert(1)>"},"style":"formal"}',
].map((json) => () => JSON.parse(json) as unknown);

/** Values only code can make (not a CMS): they find crashes a host's programming error could cause. */
const codeTraps: (() => unknown)[] = [
  () => ({
    toString() {
      throw new Error('toString');
    },
    valueOf() {
      throw new Error('valueOf');
    },
  }),
  () => ({ [Symbol.toPrimitive]: () => { throw new Error('toPrimitive'); } }),
  () => Object.create(null),
  () => new Date(NaN),
  () => new Date('2026-11-20T09:00:00Z'),
  () => new Map([['a', 1]]),
  () => /re/,
];

/** A value from the trap lists: a fresh object each run, so nothing one render did carries into the next. */
const trap = (makers: (() => unknown)[]) => fc.integer({ min: 0, max: makers.length - 1 }).map((i) => makers[i]!());

/** What JSON can hold, and the Date objects some CMS clients make of dates. */
const jsonLeaf: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(null, undefined, true, false, NaN, Infinity, -Infinity, -0, 0, -1, 1.5, 1e300, 2 ** 53 + 2) },
  { weight: 2, arbitrary: fc.oneof(fc.integer(), fc.double()) },
  { weight: 1, arbitrary: fc.date() },
  { weight: 6, arbitrary: hostileString },
  { weight: 3, arbitrary: trap(jsonTraps) },
);

/** What only code makes: a host's programming error, which TypeScript refuses. */
const codeLeaf: fc.Arbitrary<unknown> = fc.oneof(
  fc.bigInt(),
  fc.string().map((s) => Symbol(s)),
  trap(codeTraps),
  fc.constant(() => 'x'),
);

const hostileKey = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'constructor', 'toString', 'name', 'type', 'key', 'ref', 'id', 'text', 'other', '$$typeof', 'onClick', 'hidden', '_key', 'a b'));

const tree = (leaf: fc.Arbitrary<unknown>) =>
  fc.letrec<{ value: unknown; list: unknown[]; object: Record<string, unknown> }>((tie) => ({
    value: fc.oneof({ depthSize: 'small', maxDepth: 3 }, leaf, tie('list'), tie('object')),
    list: fc.array(tie('value'), { maxLength: 3 }),
    object: fc.dictionary(hostileKey, tie('value'), { maxKeys: 3 }),
  })).value;

/** Any value a CMS or a JSON feed can send: leaves, lists and objects of them, a few levels deep. */
export const hostile: fc.Arbitrary<unknown> = tree(jsonLeaf);

/** Any value at all, including what only code makes (Symbols, BigInts, throwing `toString`s, functions). */
export const anything: fc.Arbitrary<unknown> = tree(fc.oneof({ weight: 3, arbitrary: jsonLeaf }, { weight: 1, arbitrary: codeLeaf }));

/** A field: usually a value of the right shape, often anything at all. */
export const field = <T,>(valid: fc.Arbitrary<T>, bad = hostile): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 3, arbitrary: valid as fc.Arbitrary<unknown> }, { weight: 2, arbitrary: bad });

/**
 * A CMS object of this shape, damaged: any field missing, of the wrong type or
 * hostile, plus extra fields; now and then not an object at all.
 */
export function cmsObject(fields: Record<string, fc.Arbitrary<unknown>>, bad = hostile): fc.Arbitrary<Record<string, unknown>> {
  const shaped = fc
    .tuple(fc.record(Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, field(v, bad)])), { requiredKeys: [] }), fc.dictionary(hostileKey, bad, { maxKeys: 2 }))
    .map(([own, extra]) => ({ ...extra, ...own }) as Record<string, unknown>);
  return fc.oneof({ weight: 9, arbitrary: shaped }, { weight: 1, arbitrary: bad as fc.Arbitrary<Record<string, unknown>> });
}

/** A list of these, or one bare item, or anything. */
export const cmsList = (item: fc.Arbitrary<unknown>, maxLength = 4): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 6, arbitrary: fc.array(item, { maxLength }) }, { weight: 1, arbitrary: item }, { weight: 1, arbitrary: hostile });

/**
 * Whether every string in a JSON value is well-formed text (no half emoji, no NUL).
 * A catalog of strings is the publisher's own, written by translators, not text
 * from strangers: careerkit renders it as given, so the messages generators stay
 * clear of the broken text every other field is fuzzed with.
 */
const wellFormedText = (value: unknown): boolean => {
  try {
    // JSON.stringify escapes exactly the lone surrogates (a pair stays as it is) and NUL.
    return !/\\u0000|\\ud[89a-f]/i.test(JSON.stringify(value) ?? '');
  } catch {
    return true;
  }
};

/**
 * `messages` overrides: each key of the defaults given a string, a function, an
 * object or anything. (Not a function that returns an object React cannot
 * render: only code makes functions, and TypeScript refuses that one.)
 */
export function hostileMessages(defaults: Record<string, unknown>): fc.Arbitrary<unknown> {
  const value = fc.oneof(
    hostile,
    hostileString,
    fc.constant(() => '<img src=x onerror=alert(1)>'),
    fc.constant((...args: unknown[]) => args.length),
    fc.constant(() => undefined),
    fc.record({ one: hostileString, other: hostileString }, { requiredKeys: [] }),
  ).filter(wellFormedText);
  const keys = [...Object.keys(defaults), '__proto__', 'constructor', 'unknownKey'];
  return fc.oneof(
    { weight: 6, arbitrary: fc.dictionary(fc.constantFrom(...keys), value, { maxKeys: 4 }) },
    { weight: 1, arbitrary: hostile },
  );
}

/** Every kind of `now`, locale and time zone a host can pass. */
export const hostileNow = fc.oneof(anything, fc.date(), fc.integer(), fc.constantFrom('2026-11-20T09:00:00Z', Date.now()));
export const hostileLocale = fc.oneof(anything, fc.constantFrom('en', 'es', 'ar', 'en-GB', 'de-DE-u-nu-thai', 'und', 'spanish', 'xx-', '', 'en_US', 'i-klingon'));
export const hostileTimeZone = fc.oneof(anything, fc.constantFrom('UTC', 'Europe/Berlin', 'Asia/Kolkata', 'Mars/Base', '', '+02:00', 'utc', 'Etc/GMT+14'));

/**
 * How many runs each property gets: enough to find the usual holes, few enough for 2 cores.
 * `FUZZ_RUNS=5000` digs deeper. Without it, a property stops after 8 s however many runs it
 * has done (each run so far passed), so a machine busy with the rest of the suite (a run took
 * 16 s there, past the unit tests' 15 s) gets fewer runs rather than a timeout.
 */
export const runs = process.env.FUZZ_RUNS
  ? { numRuns: Number(process.env.FUZZ_RUNS) }
  : { numRuns: 200, interruptAfterTimeLimit: 8_000 };

const scriptUrl = /^(javascript|vbscript|data):/i;

/** Fails on markup or a script URL that came from the data: every element, attribute and JSON-LD block. */
export function expectSafeDom(root: Element, where: string): void {
  for (const el of root.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    if (tag === 'script') {
      if (el.getAttribute('type') !== 'application/ld+json') throw new Error(`${where}: a <script> from the data`);
      expectSafeJsonLd(el.textContent ?? '', where);
      continue;
    }
    if (['iframe', 'object', 'embed', 'style', 'base', 'meta', 'link'].includes(tag)) throw new Error(`${where}: a <${tag}> from the data`);
    if (tag === 'img' && !/^https?:/i.test(el.getAttribute('src') ?? '')) throw new Error(`${where}: an <img> with src ${el.getAttribute('src')}`);
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) throw new Error(`${where}: an event attribute ${attr.name}="${attr.value}" on <${tag}>`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attr.name) && scriptUrl.test(attr.value.replace(/[\0-\x20]/g, ''))) {
        throw new Error(`${where}: a script URL in ${attr.name}="${attr.value}" on <${tag}>`);
      }
    }
  }
}

/** JSON-LD text: it parses, and nothing in it can close the element or open a comment. */
export function expectSafeJsonLd(json: string, where = 'JSON-LD'): unknown {
  if (/<\/script|<!--/i.test(json)) throw new Error(`${where}: "</script" or "<!--" inside JSON-LD: ${json.slice(0, 200)}`);
  return JSON.parse(json);
}

/** No markup from the data in the HTML string itself (attributes escaped, text escaped). */
function expectSafeHtml(html: string): void {
  const raw = /<script>alert|<img src=x onerror|<svg onload|<iframe src=javascript/i.exec(html);
  if (raw) throw new Error(`server HTML holds raw markup from the data near: ${html.slice(Math.max(0, raw.index - 80), raw.index + 80)}`);
}

/** console.error calls since `from` (the unit setup's spy records them), as text. */
function errorsSince(from: number): string[] {
  return vi
    .mocked(console.error)
    .mock.calls.slice(from)
    .map((args) => args.map((a) => { try { return String(a); } catch { return typeof a; } }).join(' '));
}

/**
 * Renders `ui` on the server, hydrates the HTML, and mounts it afresh in jsdom;
 * throws (failing the property with the input that caused it) at the first
 * problem. Returns the server HTML for further checks.
 */
export function expectSurvives(ui: () => React.ReactElement): string {
  // What a failed run left (a dialog's portal) must not fail the next one, which fast-check shrinks to.
  cleanup();
  document.body.innerHTML = '';
  const before = vi.mocked(console.error).mock.calls.length;
  const html = renderToString(ui());
  expectSafeHtml(html);

  const container = document.createElement('div');
  // As a real server sends it: UTF-8, where half an emoji (a lone surrogate) becomes U+FFFD.
  const sent = new TextDecoder().decode(new TextEncoder().encode(html));
  container.innerHTML = sent;
  expectSafeDom(container, 'server HTML');
  document.body.appendChild(container);
  const problems: string[] = [];
  let root: ReturnType<typeof hydrateRoot> | undefined;
  // React patches no attribute on hydration, and only says so in development: an
  // attribute with half an emoji (an id, a link) stays as the server sent it.
  // That message alone is let through (here, not to the unit setup's check).
  const report = console.error;
  console.error = (...args: unknown[]) => {
    if (!(sent !== html && String(args[0]).startsWith('A tree hydrated but some attributes'))) report(...args);
  };
  try {
    act(() => {
      root = hydrateRoot(container, ui(), {
        onRecoverableError: (error) => problems.push(`hydration: ${String(error)}`),
        onUncaughtError: (error) => problems.push(`uncaught: ${String(error)}`),
        onCaughtError: (error) => problems.push(`caught: ${String(error)}`),
      });
    });
    // The whole document: a dialog renders into a portal under <body>.
    expectSafeDom(document.body, 'hydrated DOM');
    act(() => root?.unmount());
  } finally {
    console.error = report;
    container.remove();
  }

  const mounted = render(ui());
  expectSafeDom(document.body, 'client mount');
  mounted.unmount();

  problems.push(...errorsSince(before));
  if (problems.length) throw new Error(problems.join('\n'));
  return html;
}

/** Development warnings are expected for bad data; keep them out of the output. */
export function quietWarnings(): void {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
}
