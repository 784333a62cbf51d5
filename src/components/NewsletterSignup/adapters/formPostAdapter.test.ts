// @vitest-environment node
/**
 * formPostAdapter against a real embed-form endpoint on 127.0.0.1: the
 * urlencoded fields it posts, and how redirects and error pages map.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { formPath, startFormPost } from '../../../../tests/support/providers/formPost';
import { testAddresses, type ProviderServer } from '../../../../tests/support/providers/server';
import { formPostAdapter } from './formPostAdapter';
import type { SubscribeRequest } from './types';

const consent = { version: '2025-03-newsletter', at: '2025-03-14T09:30:00.000Z' };
const request = (email: string): SubscribeRequest => ({ email, consent });

let server: ProviderServer;
beforeAll(async () => {
  server = await startFormPost();
});
afterAll(async () => {
  await server.close();
});
const action = () => `${server.url}${formPath}`;
const lastForm = () => new URLSearchParams(server.requests.at(-1)!.body);

describe('formPostAdapter', () => {
  describe('given a new address', () => {
    it('posts the embed form’s fields urlencoded, one tag per interest, and takes the redirect as success', async () => {
      const adapter = formPostAdapter({ url: action(), hiddenFields: { embed: '1' } });
      const outcome = await adapter.subscribe({ email: 'new.reader@example.com', firstName: 'Sam', interests: ['cv', 'interviews'], consent });
      expect(outcome).toEqual({ kind: 'pending-confirmation' });
      const sent = server.requests.at(-1)!;
      expect(sent.method).toBe('POST');
      expect(sent.headers['content-type']).toBe('application/x-www-form-urlencoded;charset=UTF-8');
      expect([...lastForm()]).toEqual([
        ['embed', '1'],
        ['email', 'new.reader@example.com'],
        ['first_name', 'Sam'],
        ['tag', 'cv'],
        ['tag', 'interviews'],
      ]);
    });

    it('uses the field names given, sends consent and source only when named, and reports subscribed for a single opt-in list', async () => {
      const adapter = formPostAdapter({
        url: action(),
        onSuccess: 'subscribed',
        fieldNames: { email: 'email_address', interests: 'tags[]', source: 'referrer', consentVersion: 'consent_version', consentAt: 'consent_at' },
      });
      const outcome = await adapter.subscribe({ email: 'kit.reader@example.com', interests: ['cv'], consent, source: 'article-footer', locale: 'fr' });
      expect(outcome).toEqual({ kind: 'subscribed' });
      expect([...lastForm()]).toEqual([
        ['email_address', 'kit.reader@example.com'],
        ['tags[]', 'cv'],
        ['referrer', 'article-footer'],
        ['consent_version', '2025-03-newsletter'],
        ['consent_at', '2025-03-14T09:30:00.000Z'],
      ]);
    });
  });

  // Buttondown and Kit answer a signup they suspect with a challenge instead:
  // a 200 page asking the reader to prove they are human, or a redirect to one.
  // That is not a signup, so it must not read as one.
  describe('given a captcha or "confirm you are human" page instead of the signup (200 HTML)', () => {
    const html = { 'Content-Type': 'text/html; charset=utf-8' };
    it.each([
      [
        'a reCAPTCHA widget',
        '<html><head><script src="https://www.google.com/recaptcha/api.js" async defer></script></head><body><h1>One more step</h1><form method="post"><div class="g-recaptcha" data-sitekey="k"></div><button>Continue</button></form></body></html>',
      ],
      ['an hCaptcha widget', '<html><body><p>Almost there.</p><div class="h-captcha" data-sitekey="k"></div><script src="https://js.hcaptcha.com/1/api.js"></script></body></html>'],
      ['a Turnstile check', '<html><head><title>Just a moment…</title></head><body><p>Verify you are human by completing the action below.</p><div class="cf-turnstile"></div></body></html>'],
      ['“Are you a robot?”', '<html><body><h1>Are you a robot?</h1><p>Tick the box to finish subscribing.</p></body></html>'],
      ['“confirm you’re human”', '<p>Please confirm you’re human before we add you to the list.</p>'],
    ])('with %s, reports unknown from the provider (status 200), not a signup', async (_label, body) => {
      server.script({ status: 200, body, headers: html });
      const outcome = await formPostAdapter({ url: action(), onSuccess: 'subscribed' }).subscribe(request('suspected@example.com'));
      expect(outcome).toMatchObject({ kind: 'unknown', reason: 'provider', status: 200 });
    });

    it.each([
      [
        'a thank-you page that only loads a captcha script (an invisible reCAPTCHA on every page of a site)',
        '<html><head><script src="https://www.google.com/recaptcha/api.js?render=site-key"></script><script>grecaptcha.ready(() => {});</script></head><body><h1>Thanks!</h1><p>Check your inbox to confirm.</p></body></html>',
      ],
      [
        'a plain thank-you page, robots meta tag and all',
        '<html><head><meta name="robots" content="noindex"></head><body><h1>Thanks!</h1><p>Check your inbox to confirm. A human reads every reply.</p></body></html>',
      ],
    ])('still takes %s as success', async (_label, body) => {
      server.script({ status: 200, body, headers: html });
      await expect(formPostAdapter({ url: action() }).subscribe(request('welcome@example.com'))).resolves.toEqual({ kind: 'pending-confirmation' });
    });
  });

  describe('given a redirect to a challenge page', () => {
    it.each([
      ['a captcha path on the provider', '/embed-subscribe/careerkit/captcha?email=suspected%40example.com', 302],
      ['a challenge host', 'https://challenge.forms.example/check?next=%2Fconfirm', 303],
      ['a “confirm you are human” page', '/confirm-human?list=careerkit', 302],
    ])('to %s, reports unknown from the provider with the status, not a signup', async (_label, location, status) => {
      server.script({ status, body: '', headers: { Location: location } });
      const outcome = await formPostAdapter({ url: action() }).subscribe(request('suspected@example.com'));
      expect(outcome).toEqual({ kind: 'unknown', reason: 'provider', status });
    });
  });

  describe('given an address already on the list (409)', () => {
    it('reports already subscribed with the page’s text', async () => {
      await expect(formPostAdapter({ url: action() }).subscribe(request(testAddresses.member))).resolves.toEqual({
        kind: 'already-subscribed',
        message: 'You are already subscribed & all set.',
      });
    });
  });

  describe('given an address the provider rejects (400 HTML page)', () => {
    it('reports invalid on the email, with the page’s text', async () => {
      await expect(formPostAdapter({ url: action() }).subscribe(request('reader@nowhere'))).resolves.toEqual({
        kind: 'invalid',
        field: 'email',
        reason: 'Please enter a valid email address.',
      });
    });
  });

  describe('given a rate limit (429 HTML page with Retry-After)', () => {
    it('prefers the header’s wait over the page’s wording, and strips the HTML', async () => {
      const outcome = await formPostAdapter({ url: action() }).subscribe(request(testAddresses.busy));
      expect(outcome).toMatchObject({
        kind: 'rate-limited',
        retryAfter: 90,
        message: 'Slow down Too many signups from here; try again in 2 minutes.',
      });
    });
  });

  describe('given a server error (500)', () => {
    it('reports unknown with the status', async () => {
      await expect(formPostAdapter({ url: action() }).subscribe(request(testAddresses.broken))).resolves.toEqual({
        kind: 'unknown',
        reason: 'status',
        status: 500,
        message: 'Something broke',
      });
    });
  });

  describe('given an endpoint that never answers', () => {
    it('gives up after timeoutMs with a network timeout', async () => {
      const started = performance.now();
      await expect(formPostAdapter({ url: action(), timeoutMs: 200 }).subscribe(request(testAddresses.slow))).resolves.toEqual({
        kind: 'network',
        reason: 'timeout',
      });
      expect(performance.now() - started).toBeLessThan(2_000);
      expect(lastForm().get('email')).toBe(testAddresses.slow);
    });

    it('stops when the caller aborts', async () => {
      const controller = new AbortController();
      const pending = formPostAdapter({ url: action() }).subscribe(request(testAddresses.slow), controller.signal);
      await vi.waitFor(() => expect(server.requests.at(-1)!.body).toContain(encodeURIComponent(testAddresses.slow)));
      controller.abort(new Error('the reader left'));
      await expect(pending).resolves.toEqual({ kind: 'network', reason: 'aborted' });
    });
  });

  describe('given a nonsensical timeout', () => {
    it('warns and uses the default instead', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      await expect(formPostAdapter({ url: action(), timeoutMs: -5 }).subscribe(request('t@example.com'))).resolves.toEqual({
        kind: 'pending-confirmation',
      });
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('formPostAdapter: timeoutMs must be a positive number'));
    });

    it('treats one longer than a timer can hold (30 days) the same, instead of giving up at once', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      // The server answers after 300 ms; a 30-day timer would fire at once.
      server.hold();
      const pending = formPostAdapter({ url: action(), timeoutMs: 30 * 86_400_000 }).subscribe(request('patient.reader@example.com'));
      await new Promise((resolve) => setTimeout(resolve, 300));
      server.release();
      await expect(pending).resolves.toEqual({ kind: 'pending-confirmation' });
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('formPostAdapter: timeoutMs must be a positive number'));
    });
  });
});
