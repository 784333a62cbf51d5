// @vitest-environment node
/**
 * Mailchimp's reply wording → outcomes, and the factory's checks of the form
 * URL. The JSONP round trip itself runs in Chromium:
 * tests/browser/NewsletterSignup.adapters.browser.test.tsx.
 */
import { describe, expect, it, vi } from 'vitest';
import { mailchimpAdapter, mailchimpOutcome } from './mailchimpAdapter';

const request = { email: 'reader@example.com', consent: { version: 'v1', at: '2025-03-14T09:30:00.000Z' } };

describe('mailchimpOutcome', () => {
  describe('given success', () => {
    it('means pending confirmation (double opt-in)', () => {
      expect(mailchimpOutcome({ result: 'success', msg: 'Almost finished: please <b>confirm</b> your address.' })).toEqual({
        kind: 'pending-confirmation',
        message: 'Almost finished: please confirm your address.',
      });
    });

    it('means subscribed when the wording says so (single opt-in)', () => {
      expect(mailchimpOutcome({ result: 'success', msg: 'Thank you for subscribing!' })).toEqual({ kind: 'subscribed', message: 'Thank you for subscribing!' });
    });
  });

  describe('given an error', () => {
    it('maps an existing member to already subscribed, without the link markup', () => {
      expect(
        mailchimpOutcome({ result: 'error', msg: 'r@example.com is already subscribed to list Notes. <a href="https://x.example/p">Update your profile</a>' }),
      ).toEqual({ kind: 'already-subscribed', message: 'r@example.com is already subscribed to list Notes. Update your profile' });
      expect(mailchimpOutcome({ result: 'error', msg: 'r@example.com is already a list member.' })).toMatchObject({ kind: 'already-subscribed' });
    });

    it('maps both rate-limit wordings, with the wait when given', () => {
      expect(mailchimpOutcome({ result: 'error', msg: 'r@example.com has too many recent signup requests' })).toEqual({
        kind: 'rate-limited',
        message: 'r@example.com has too many recent signup requests',
      });
      expect(mailchimpOutcome({ result: 'error', msg: '0 - Too many subscribe attempts for this email address. Please try again in about 5 minutes.' })).toMatchObject({
        kind: 'rate-limited',
        retryAfter: 300,
        message: 'Too many subscribe attempts for this email address. Please try again in about 5 minutes.',
      });
    });

    it('maps field 0 and email wording to invalid on the email, without the index', () => {
      expect(mailchimpOutcome({ result: 'error', msg: '0 - Please enter a value' })).toEqual({ kind: 'invalid', field: 'email', reason: 'Please enter a value' });
      expect(mailchimpOutcome({ result: 'error', msg: 'The domain portion of the email address is invalid (the portion after the @: nowhere)' })).toMatchObject({
        kind: 'invalid',
        field: 'email',
      });
    });

    it('maps another field’s error to invalid on the form', () => {
      expect(mailchimpOutcome({ result: 'error', msg: '2 - Please enter a value' })).toEqual({ kind: 'invalid', field: 'form', reason: 'Please enter a value' });
    });

    // Mailchimp asks a signup it suspects to solve a captcha. Over JSONP that
    // arrives as an error, sometimes on field 0 or naming the email address:
    // it is neither a signup nor a refused address.
    it.each([
      '0 - Please complete the captcha to confirm you are not a robot.',
      'To protect this list, confirm your email address with the <a href="https://x.example/captcha">captcha</a>.',
      'captcha',
    ])('maps a captcha demand (%s) to unknown from the provider', (msg) => {
      expect(mailchimpOutcome({ result: 'error', msg })).toMatchObject({ kind: 'unknown', reason: 'provider' });
    });

    it('keeps a rate limit that mentions a captcha a rate limit', () => {
      expect(mailchimpOutcome({ result: 'error', msg: 'r@example.com has too many recent signup requests. Solve the captcha or try again in 5 minutes.' })).toMatchObject({
        kind: 'rate-limited',
        retryAfter: 300,
      });
    });

    it('keeps unrecognised wording as unknown from the provider', () => {
      expect(mailchimpOutcome({ result: 'error', msg: 'This contact cannot be re-added right now.' })).toEqual({
        kind: 'unknown',
        reason: 'provider',
        message: 'This contact cannot be re-added right now.',
      });
    });
  });

  it('treats anything that is not a Mailchimp reply as an unreadable response', () => {
    expect(mailchimpOutcome('ok')).toEqual({ kind: 'unknown', reason: 'response' });
    expect(mailchimpOutcome({ status: 'ok' })).toEqual({ kind: 'unknown', reason: 'response' });
  });
});

describe('mailchimpAdapter options', () => {
  it.each([
    ['not a URL', 'list-manage'],
    ['a page URL', 'https://example.us1.list-manage.com/signup?u=a&id=b'],
    ['a URL without the list id', 'https://example.us1.list-manage.com/subscribe/post?u=a'],
  ])('given %s, warns, never throws, and answers with a config outcome', async (_label, url) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const adapter = mailchimpAdapter({ url });
    await expect(adapter.subscribe(request)).resolves.toMatchObject({ kind: 'unknown', reason: 'config' });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('is not an embedded form\'s action URL'));
  });

  it('warns about a host that is not list-manage.com, but still works with it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    mailchimpAdapter({ url: 'https://signup.example.com/subscribe/post?u=a&id=b' });
    expect(warn).toHaveBeenCalledWith('[careerkit] mailchimpAdapter: "signup.example.com" is not a list-manage.com host; check the form\'s action URL.');
  });

  it('does not warn about a real form URL', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    mailchimpAdapter({ url: 'https://example.us21.list-manage.com/subscribe/post?u=a1&id=b2&f_id=00' });
    expect(warn).not.toHaveBeenCalled();
  });

  it('answers with a config outcome where there is no document (on a server)', async () => {
    const adapter = mailchimpAdapter({ url: 'https://example.us21.list-manage.com/subscribe/post?u=a1&id=b2' });
    await expect(adapter.subscribe(request)).resolves.toMatchObject({ kind: 'unknown', reason: 'config' });
  });
});
