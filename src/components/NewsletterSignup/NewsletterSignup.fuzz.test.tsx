/**
 * Property tests: a signup form's texts, consent and choices are often edited
 * in a CMS, and its settings may come from one. Whatever arrives, the form and
 * the dialog render on the server and in the browser alike, show the data only
 * as text, never throw, and keep the address the reader typed.
 */
import * as React from 'react';
import fc from 'fast-check';
import { fireEvent, render } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { cmsList, cmsObject, expectSurvives, hostile, hostileLocale, hostileMessages, hostileString, quietWarnings, runs } from '../../../tests/support/hostile';
import { SignupDialog, signupDialogMessages } from '../SignupDialog';
import { NewsletterSignup } from './NewsletterSignup';
import { newsletterSignupMessages } from './messages';

const option = cmsObject({ value: fc.constantFrom('weekly', 'jobs', '__proto__', '"><b>'), label: hostileString });
const form = {
  variant: fc.constantFrom('inline', 'card', 'banner', 'compact', 'huge'),
  title: hostileString,
  titleLevel: fc.constantFrom(2, 3, 4, 'p', 1),
  description: hostileString,
  askFirstName: fc.boolean(),
  choices: cmsObject({ legend: hostileString, type: fc.constantFrom('checkbox', 'radio', 'select'), options: cmsList(option) }),
  consent: cmsObject({
    version: fc.constantFrom('2026-01', ''),
    notice: hostileString,
    privacyUrl: fc.constantFrom('https://example.com/privacy', 'javascript:alert(1)'),
    channels: cmsList(cmsObject({ id: fc.constantFrom('email', 'sms', 'constructor'), label: hostileString })),
  }),
  defaultEmail: fc.oneof(hostileString, fc.constantFrom('reader@example.com', ' Reader@Example.COM ')),
  minFillMs: fc.integer({ min: -1, max: 5000 }),
  source: hostileString,
  locale: hostileLocale,
  messages: hostileMessages(newsletterSignupMessages),
};

/** The props a host passes from its CMS, without React's own `key` and `ref`. */
const props = <T,>(value: unknown): T => {
  if (!value || typeof value != 'object') return { action: '/subscribe' } as T;
  // (`action` is the host's endpoint, passed to the form as given: text only, and React blocks a `javascript:` one.)
  // (So are `id` and `className`, the host's own attributes.)
  const { key: _key, ref: _ref, action: _action, id: _id, className: _className, ...rest } = value as Record<string, unknown>;
  return { ...rest, action: '/subscribe' } as T;
};

describe('NewsletterSignup, given any texts, consent, choices and settings', () => {
  beforeEach(() => {
    quietWarnings();
    sessionStorage.clear();
  });

  it('renders on the server and in the browser alike, with the data only as text, and never throws', () => {
    fc.assert(
      fc.property(cmsObject(form), (p) => {
        expectSurvives(() => <NewsletterSignup {...props<React.ComponentProps<typeof NewsletterSignup>>(p)} adapter={{ subscribe: async () => ({ kind: 'subscribed' }) }} />);
      }),
      runs,
    );
  });

  it('keeps the address the reader typed, whatever it was given', () => {
    fc.assert(
      fc.property(cmsObject(form), (p) => {
        const view = render(<NewsletterSignup {...props<React.ComponentProps<typeof NewsletterSignup>>(p)} />);
        const input = view.container.querySelector<HTMLInputElement>('input[type="email"]')!;
        fireEvent.change(input, { target: { value: 'reader@example.com' } });
        fireEvent.blur(input);
        expect(input.value).toBe('reader@example.com');
        view.unmount();
      }),
      { numRuns: 100 },
    );
  });
});

describe('SignupDialog, given any texts and settings', () => {
  beforeEach(() => {
    quietWarnings();
    localStorage.clear();
    sessionStorage.clear();
  });

  it('renders open and closed, on the server and in the browser alike, and never throws', () => {
    // Its texts and strings from a CMS; its settings (triggers, storage, size) are the host's code here.
    const dialog = fc.record({
      title: hostileString,
      description: hostileString,
      consent: form.consent,
      choices: form.choices,
      defaultOpen: fc.boolean(),
      dismissDays: fc.oneof(fc.integer({ min: -1, max: 400 }), hostile),
      messages: hostileMessages(signupDialogMessages),
      formMessages: hostileMessages(newsletterSignupMessages),
    });
    fc.assert(
      fc.property(dialog, (p) => {
        expectSurvives(() => <SignupDialog {...props<React.ComponentProps<typeof SignupDialog>>(p)} />);
      }),
      { numRuns: 100 },
    );
  });
});

describe('NewsletterSignup, given the inputs its properties found', () => {
  beforeEach(quietWarnings);

  it('starts empty, instead of throwing, when defaultEmail is an object with no prototype', () => {
    expectSurvives(() => <NewsletterSignup action="/subscribe" consent={{ version: '1' }} defaultEmail={Object.create(null)} />);
  });

  it('hydrates a description, legend or option that is half an emoji or a NUL without a mismatch', () => {
    expectSurvives(() => (
      <NewsletterSignup
        action="/subscribe"
        consent={{ version: '1' }}
        description={'Weekly \ud83d'}
        choices={{ legend: '\ud83d', options: [{ value: '\0', label: undefined as never }] }}
      />
    ));
  });
});
