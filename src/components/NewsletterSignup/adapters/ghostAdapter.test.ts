// @vitest-environment node
/**
 * ghostAdapter against a real stand-in for Ghost's members API on 127.0.0.1:
 * the token round trip, the exact send-magic-link body, and each answer.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ghostNewsletters, startGhost } from '../../../../tests/support/providers/ghost';
import { testAddresses, type ProviderServer } from '../../../../tests/support/providers/server';
import { ghostAdapter } from './ghostAdapter';
import type { SubscribeRequest } from './types';

const consent = { version: '2025-03-newsletter', at: '2025-03-14T09:30:00.000Z' };
const request = (email: string): SubscribeRequest => ({ email, consent });

let server: ProviderServer;
beforeAll(async () => {
  server = await startGhost();
});
afterAll(async () => {
  await server.close();
});
const since = (count: number) => server.requests.slice(count);

describe('ghostAdapter', () => {
  describe('given a new address', () => {
    it('fetches an integrity token, then sends the signup with it, labels as an array and newsletters by name', async () => {
      const count = server.requests.length;
      const adapter = ghostAdapter({ url: `${server.url}/`, labels: ['careerkit', 'footer-form'], newsletters: [...ghostNewsletters] });
      const outcome = await adapter.subscribe({
        email: 'new.member@example.com',
        firstName: 'Jordan',
        interests: ['interviews', 'careerkit'],
        consent,
        source: 'https://example.com/advice',
        locale: 'en-GB',
      });
      expect(outcome).toEqual({ kind: 'pending-confirmation' });

      const [tokenRequest, magicLink, ...rest] = since(count);
      expect(rest).toEqual([]);
      expect(tokenRequest).toMatchObject({ method: 'GET', path: '/members/api/integrity-token/' });
      expect(magicLink).toMatchObject({ method: 'POST', path: '/members/api/send-magic-link/' });
      expect(magicLink!.headers['content-type']).toBe('application/json');
      const body = JSON.parse(magicLink!.body) as Record<string, unknown>;
      expect(body).toEqual({
        email: 'new.member@example.com',
        emailType: 'signup',
        labels: ['careerkit', 'footer-form', 'interviews'],
        name: 'Jordan',
        newsletters: [{ name: 'Career Notes' }, { name: 'Interview Week' }],
        integrityToken: expect.stringMatching(/:c0ffee$/),
      });
    });

    it('sends an empty labels array and no name or newsletters when there are none', async () => {
      const count = server.requests.length;
      await expect(ghostAdapter({ url: server.url }).subscribe(request('plain@example.com'))).resolves.toEqual({ kind: 'pending-confirmation' });
      const body = JSON.parse(since(count)[1]!.body) as Record<string, unknown>;
      expect(body.labels).toEqual([]);
      expect(body).not.toHaveProperty('name');
      expect(body).not.toHaveProperty('newsletters');
    });
  });

  describe('given an address that is already a member', () => {
    it('reports pending confirmation, because Ghost answers 201 and emails a sign-in link', async () => {
      await expect(ghostAdapter({ url: server.url }).subscribe(request(testAddresses.member))).resolves.toEqual({ kind: 'pending-confirmation' });
    });
  });

  describe('given an address Ghost rejects (400)', () => {
    it('reports invalid on the email with Ghost’s reason', async () => {
      await expect(ghostAdapter({ url: server.url }).subscribe(request('not-an-address'))).resolves.toEqual({
        kind: 'invalid',
        field: 'email',
        reason: 'Email is not valid',
      });
    });
  });

  describe('given a newsletter the site does not have (400 not about the email)', () => {
    it('reports unknown from the provider, with the message', async () => {
      const outcome = await ghostAdapter({ url: server.url, newsletters: ['Weekly Gossip'] }).subscribe(request('a@example.com'));
      expect(outcome).toEqual({
        kind: 'unknown',
        reason: 'provider',
        status: 400,
        message: 'Cannot subscribe to invalid newsletters Weekly Gossip',
      });
    });
  });

  // Ghost's own captcha (hCaptcha, when the site turns it on) refuses a signup
  // without a token with a 400; a challenge in front of the site (a CDN's bot
  // check) answers 403 with an HTML page. Neither is a signup.
  describe('given a site that demands a captcha', () => {
    it('reports Ghost’s 400 as unknown from the provider, with its message', async () => {
      server.script(
        { status: 200, body: 'token-1', headers: { 'Content-Type': 'text/plain' } },
        { status: 400, body: JSON.stringify({ errors: [{ message: 'hCaptcha token missing', type: 'BadRequestError' }] }), headers: { 'Content-Type': 'application/json' } },
      );
      await expect(ghostAdapter({ url: server.url }).subscribe(request('suspected@example.com'))).resolves.toEqual({
        kind: 'unknown',
        reason: 'provider',
        status: 400,
        message: 'hCaptcha token missing',
      });
    });

    it('reports a 403 challenge page as unknown with the status', async () => {
      server.script(
        { status: 200, body: 'token-2', headers: { 'Content-Type': 'text/plain' } },
        { status: 403, body: '<html><body><p>Verify you are human by completing the action below.</p><div class="cf-turnstile"></div></body></html>', headers: { 'Content-Type': 'text/html' } },
      );
      await expect(ghostAdapter({ url: server.url }).subscribe(request('suspected@example.com'))).resolves.toMatchObject({
        kind: 'unknown',
        reason: 'status',
        status: 403,
      });
    });
  });

  describe('given too many attempts (429)', () => {
    it('reports rate limited, with the wait read from the message and the HTML stripped', async () => {
      const outcome = await ghostAdapter({ url: server.url }).subscribe(request(testAddresses.busy));
      expect(outcome).toMatchObject({ kind: 'rate-limited', retryAfter: 600, message: 'Too many attempts, try again in 10 minutes.' });
      expect((outcome as { retryAt?: Date }).retryAt).toBeInstanceOf(Date);
    });
  });

  describe('given a server error (500)', () => {
    it('reports unknown with the status', async () => {
      await expect(ghostAdapter({ url: server.url }).subscribe(request(testAddresses.broken))).resolves.toEqual({
        kind: 'unknown',
        reason: 'status',
        status: 500,
        message: 'Something went wrong on the server.',
      });
    });
  });

  describe('given a site that never answers the signup', () => {
    it('gives up after timeoutMs with a network timeout', async () => {
      const started = performance.now();
      const outcome = await ghostAdapter({ url: server.url, timeoutMs: 200 }).subscribe(request(testAddresses.slow));
      expect(outcome).toEqual({ kind: 'network', reason: 'timeout' });
      expect(performance.now() - started).toBeLessThan(2_000);
      expect(server.requests.at(-1)!.path).toBe('/members/api/send-magic-link/');
    });

    it('stops when the caller aborts', async () => {
      const controller = new AbortController();
      const pending = ghostAdapter({ url: server.url }).subscribe(request(testAddresses.slow), controller.signal);
      await vi.waitFor(() => expect(server.requests.at(-1)!.body).toContain(testAddresses.slow));
      controller.abort();
      await expect(pending).resolves.toEqual({ kind: 'network', reason: 'aborted' });
    });
  });

  describe('given a Ghost without the integrity-token route (404)', () => {
    it('sends the signup without a token', async () => {
      const old = await startGhost({ integrityToken: false });
      try {
        await expect(ghostAdapter({ url: old.url }).subscribe(request('old@example.com'))).resolves.toEqual({ kind: 'pending-confirmation' });
        expect(old.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /members/api/integrity-token/', 'POST /members/api/send-magic-link/']);
        expect(JSON.parse(old.requests[1]!.body)).not.toHaveProperty('integrityToken');
      } finally {
        await old.close();
      }
    });
  });

  describe('given a site in a subdirectory', () => {
    it('keeps the path', async () => {
      const count = server.requests.length;
      await ghostAdapter({ url: `${server.url}/blog/` }).subscribe(request('sub@example.com'));
      expect(since(count)[0]!.path).toBe('/blog/members/api/integrity-token/');
    });
  });

  describe('given a site URL that is not absolute', () => {
    it('warns, never throws, and sends nothing', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const count = server.requests.length;
      const outcome = await ghostAdapter({ url: 'blog.example.com' }).subscribe(request('a@example.com'));
      expect(outcome).toMatchObject({ kind: 'unknown', reason: 'config' });
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('ghostAdapter: "blog.example.com" is not an absolute http(s) site URL'));
      expect(server.requests.length).toBe(count);
    });
  });
});
