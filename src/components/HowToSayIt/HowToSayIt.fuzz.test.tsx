/**
 * Property tests: a script's text, title, blanks and strings come from a CMS,
 * so any of them may be missing, of the wrong type or hostile. The callout must
 * render on the server and in the browser alike, show data only as text, and
 * keep what the reader types in a blank.
 */
import * as React from 'react';
import fc from 'fast-check';
import { fireEvent, render } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { cmsObject, expectSurvives, field, hostile, hostileMessages, hostileString, quietWarnings, runs } from '../../../tests/support/hostile';
import { Callout, calloutMessages } from '../Callout';
import { HowToSayIt, howToSayItMessages } from './HowToSayIt';
import { buildMailto, fillPlaceholders, findPlaceholders, normalizeScript } from './scriptText';

const script = fc.oneof(hostileString, fc.constantFrom('Dear [Name],\n\nI am sorry I missed [Day]. [Name], can we talk?', '[constructor] [__proto__] [toString] [ ]'));
const props = cmsObject({
  script,
  title: hostileString,
  titleLevel: fc.constantFrom(2, 3, 4, 'p', 1, 'h2'),
  medium: fc.constantFrom('say', 'email', 'letter', 'fax'),
  leadIn: hostileString,
  fillable: fc.boolean(),
  values: fc.dictionary(fc.constantFrom('Name', 'Day', 'constructor', '__proto__', 'toString'), hostile, { maxKeys: 3 }),
  defaultValues: fc.dictionary(fc.constantFrom('Name', 'Day', 'constructor', '__proto__'), hostile, { maxKeys: 3 }),
  email: cmsObject({ subject: hostileString }),
  collapseAfterLines: fc.oneof(fc.integer({ min: -5, max: 40 }), fc.constantFrom(false, 0, '12', Infinity, NaN)),
  messages: hostileMessages(howToSayItMessages),
});

/** HowToSayIt's own props only: any other field would be the host's attribute on the element, which AdviceArticle filters. */
const ownProps = (value: Record<string, unknown>) =>
  (value && typeof value == 'object' ? Object.fromEntries(Object.entries(value).filter(([name]) => howToSayItProps.includes(name))) : {}) as never;
const howToSayItProps = ['script', 'title', 'titleLevel', 'medium', 'leadIn', 'fillable', 'values', 'defaultValues', 'email', 'collapseAfterLines', 'messages'];

describe('HowToSayIt, given any script a CMS can send', () => {
  beforeEach(quietWarnings);

  it('renders on the server and in the browser alike, with the data only as text, and never throws', () => {
    fc.assert(
      fc.property(props, fc.option(hostile), (p, children) => {
        expectSurvives(() => <HowToSayIt {...(ownProps(p) as object)}>{children as never}</HowToSayIt>);
      }),
      runs,
    );
  });

  it('keeps what the reader types in every blank, whatever the defaults were', () => {
    fc.assert(
      fc.property(props, fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== ''), (p, typed) => {
        const own = ownProps(p) as Record<string, unknown>;
        delete own.values; // uncontrolled: the widget keeps the value itself
        const view = render(<HowToSayIt {...own} fillable />);
        for (const input of view.container.querySelectorAll('input')) {
          fireEvent.change(input, { target: { value: typed } });
          expect(input.value).toBe(typed);
        }
        view.unmount();
      }),
      { numRuns: 100 },
    );
  });
});

describe('Callout, given any title and strings', () => {
  beforeEach(quietWarnings);

  it('renders on the server and in the browser alike and never throws', () => {
    const callout = cmsObject({
      tone: fc.constantFrom('note', 'tip', 'important', 'warning', 'caution', 'script', 'danger'),
      title: hostileString,
      titleLevel: fc.constantFrom(2, 3, 4, 'p', 1),
      icon: fc.boolean(),
      messages: hostileMessages(calloutMessages),
    });
    fc.assert(
      fc.property(callout, field(hostileString), (p, body) => {
        const { tone, title, titleLevel, icon, messages } = (p && typeof p == 'object' ? p : {}) as Record<string, never>;
        expectSurvives(() => <Callout {...{ tone, title, titleLevel, icon, messages }}>{body as never}</Callout>);
      }),
      runs,
    );
  });
});

describe('the script text functions, given any text', () => {
  it('never throw, and fill only the blanks they find', () => {
    fc.assert(
      fc.property(hostileString, hostileString, (text, value) => {
        const clean = normalizeScript(text);
        expect(normalizeScript(clean)).toBe(clean);
        const names = findPlaceholders(clean);
        const filled = fillPlaceholders(clean, (name) => (names.includes(name) ? value.trim() : ''));
        expect(typeof filled).toBe('string');
        const mailto = buildMailto(text, filled);
        if (mailto !== null) expect(mailto).toMatch(/^mailto:\?subject=[^&]*&body=/);
      }),
      runs,
    );
  });
});
