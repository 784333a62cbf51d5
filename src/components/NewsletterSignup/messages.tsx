import type * as React from 'react';

/**
 * NewsletterSignup's built-in English strings. Functions where a value goes
 * into the sentence, so a translation can put it where its grammar wants it.
 */
export const newsletterSignupMessages = {
  title: 'Get the newsletter',
  email: 'Email address',
  firstName: 'First name',
  optional: '(optional)',
  submit: 'Subscribe',
  submitting: 'Subscribing…',
  emailRequired: 'Enter your email address',
  emailFormat: 'Enter an email address in the correct format, like name@example.com',
  /** A paste with a line break inside it, in the address or the first name (and a provider's refusal of the first name): nothing is sent. */
  oneLine: 'Enter this on one line',
  consentRequired: 'Choose what we may send you',
  /** The provider refused the address. */
  emailRejected: 'This address was not accepted. Check it and try again.',
  suggestion: (link: React.ReactNode): React.ReactNode => <>Did you mean {link}?</>,
  notice: (privacy: React.ReactNode): React.ReactNode => (
    <>We only use your address to send the newsletter. Unsubscribe at any time. {privacy}</>
  ),
  privacy: 'Privacy policy',
  pendingTitle: 'Check your inbox',
  pending: (email: React.ReactNode): React.ReactNode => (
    <>We sent a link to {email}. Open it to confirm.</>
  ),
  spamHint: 'Nothing yet? Check your spam folder.',
  useDifferent: 'Use a different address',
  subscribed: 'You’re subscribed. Thank you!',
  alreadySubscribed: 'You’re already subscribed. Nothing more to do.',
  /** `when` is relative ("in 5 minutes"), or empty when the service did not say. */
  rateLimited: (when: string) =>
    `Too many attempts. Try again ${when || 'in a few minutes'}.`,
  offline: 'You’re offline. Your address is kept: try again once you’re connected.',
  online: 'You’re back online.',
  error: 'Something went wrong, so you’re not subscribed yet. Please try again.',
  tooFast: 'Please check your address, then select Subscribe again.',
  errorPrefix: 'Error:',
};
export type NewsletterSignupMessages = typeof newsletterSignupMessages;
