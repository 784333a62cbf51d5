// @vitest-environment node
/**
 * fetchAdapter against a real endpoint on 127.0.0.1 that follows the JSON
 * contract, with Node's own fetch: what it sends, and each answer's outcome.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { hostPath, singleOptInAddress, spaFallbackAddress, startHostEndpoint } from '../../../../tests/support/providers/hostEndpoint';
import { testAddresses, type ProviderServer } from '../../../../tests/support/providers/server';
import { fetchAdapter } from './fetchAdapter';
import type { SubscribeRequest } from './types';

const consent = { version: '2025-03-newsletter', at: '2025-03-14T09:30:00.000Z', channels: ['email'] };
const request = (email: string): SubscribeRequest => ({ email, consent });

let server: ProviderServer;
beforeAll(async () => {
  server = await startHostEndpoint();
});
afterAll(async () => {
  await server.close();
});
const endpoint = () => `${server.url}${hostPath}`;
const lastRequest = () => server.requests.at(-1)!;

describe('fetchAdapter', () => {
  describe('given a new address', () => {
    it('posts the whole request as JSON with the host’s headers, and reports the pending confirmation', async () => {
      const adapter = fetchAdapter({ url: endpoint(), headers: { 'X-CSRF-Token': 'abc123' } });
      const full: SubscribeRequest = {
        email: 'new.reader@example.com',
        firstName: 'Amara',
        interests: ['interviews', 'salary'],
        consent,
        source: 'https://example.com/advice/negotiate#footer',
        locale: 'en-GB',
      };
      const outcome = await adapter.subscribe(full);
      expect(outcome).toEqual({ kind: 'pending-confirmation', message: 'Check your inbox.' });
      const sent = lastRequest();
      expect(sent.method).toBe('POST');
      expect(sent.path).toBe(hostPath);
      expect(sent.headers['content-type']).toBe('application/json');
      expect(sent.headers.accept).toBe('application/json');
      expect(sent.headers['x-csrf-token']).toBe('abc123');
      expect(JSON.parse(sent.body)).toEqual(full);
    });

    it('reports subscribed when the endpoint says so', async () => {
      await expect(fetchAdapter({ url: endpoint() }).subscribe(request(singleOptInAddress))).resolves.toEqual({ kind: 'subscribed' });
    });
  });

  describe('given an address already on the list (409)', () => {
    it('reports already subscribed', async () => {
      const outcome = await fetchAdapter({ url: endpoint() }).subscribe(request(testAddresses.member));
      expect(outcome).toEqual({ kind: 'already-subscribed', message: 'Already on the list.' });
    });
  });

  describe('given an address the endpoint rejects (422)', () => {
    it('reports invalid on the named field, with the reason as plain text', async () => {
      const outcome = await fetchAdapter({ url: endpoint() }).subscribe(request('reader@nowhere'));
      expect(outcome).toEqual({ kind: 'invalid', field: 'email', reason: 'That address has no domain.' });
    });

    it('reads the field from the body, here the consent', async () => {
      const outcome = await fetchAdapter({ url: endpoint() }).subscribe({ email: 'x@example.com', consent: { version: '', at: '' } });
      expect(outcome).toEqual({ kind: 'invalid', field: 'consent', reason: 'Consent is missing.' });
    });
  });

  describe('given a rate limit (429 with Retry-After)', () => {
    it('reports when to retry, in seconds and as a date, and strips the HTML from the message', async () => {
      const before = Date.now();
      const outcome = await fetchAdapter({ url: endpoint() }).subscribe(request(testAddresses.busy));
      expect(outcome).toMatchObject({ kind: 'rate-limited', retryAfter: 120, message: 'Slow down: too many attempts.' });
      const retryAt = (outcome as { retryAt: Date }).retryAt.getTime();
      expect(retryAt).toBeGreaterThanOrEqual(before + 120_000);
      expect(retryAt).toBeLessThanOrEqual(Date.now() + 120_000);
    });
  });

  describe('given a server error (500 with an HTML page)', () => {
    it('reports unknown with the status', async () => {
      const outcome = await fetchAdapter({ url: endpoint() }).subscribe(request(testAddresses.broken));
      expect(outcome).toEqual({ kind: 'unknown', reason: 'status', status: 500 });
    });
  });

  describe('given a 200 that is not JSON (the wrong route)', () => {
    it('reports unknown with reason response, not success', async () => {
      const outcome = await fetchAdapter({ url: endpoint() }).subscribe(request(spaFallbackAddress));
      expect(outcome).toEqual({ kind: 'unknown', reason: 'response', status: 200 });
    });
  });

  describe('given a 200 whose JSON is not the contract’s object', () => {
    it.each([
      ['an array', '["subscribed"]'],
      ['null', 'null'],
      ['a number', '204'],
      ['a status that is an object', '{"status":{"kind":"subscribed"}}'],
      ['a status that is an object with a "toString" key', '{"status":{"toString":"subscribed"}}'],
    ])('reports %s as an unreadable response, not a success and not a network failure', async (_, body) => {
      vi.stubGlobal('fetch', async () => new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } }));
      try {
        await expect(fetchAdapter({ url: endpoint() }).subscribe(request('a@example.com'))).resolves.toEqual({ kind: 'unknown', reason: 'response', status: 200 });
      } finally {
        vi.unstubAllGlobals();
      }
    });
  });

  describe('given a wrong path (404)', () => {
    it('reports unknown with the status and the endpoint’s message', async () => {
      const outcome = await fetchAdapter({ url: `${server.url}/api/newsleter` }).subscribe(request('a@example.com'));
      expect(outcome).toEqual({ kind: 'unknown', reason: 'status', status: 404, message: 'Not found' });
    });
  });

  describe('given an endpoint that never answers', () => {
    it('gives up after timeoutMs with a network timeout', async () => {
      const started = performance.now();
      const outcome = await fetchAdapter({ url: endpoint(), timeoutMs: 200 }).subscribe(request(testAddresses.slow));
      const elapsed = performance.now() - started;
      expect(outcome).toEqual({ kind: 'network', reason: 'timeout' });
      expect(elapsed).toBeGreaterThanOrEqual(190);
      expect(elapsed).toBeLessThan(2_000);
      expect(lastRequest().body).toContain(testAddresses.slow);
    });

    it('stops when the caller aborts, with reason aborted', async () => {
      const controller = new AbortController();
      const pending = fetchAdapter({ url: endpoint(), timeoutMs: 5_000 }).subscribe(request(testAddresses.slow), controller.signal);
      await vi.waitFor(() => expect(lastRequest().body).toContain(testAddresses.slow));
      controller.abort();
      await expect(pending).resolves.toEqual({ kind: 'network', reason: 'aborted' });
    });
  });

  describe('given a signal that has already aborted', () => {
    it('sends nothing', async () => {
      const count = server.requests.length;
      const outcome = await fetchAdapter({ url: endpoint() }).subscribe(request('a@example.com'), AbortSignal.abort());
      expect(outcome).toEqual({ kind: 'network', reason: 'aborted' });
      expect(server.requests.length).toBe(count);
    });
  });

  describe('given nothing listening at the URL', () => {
    it('reports a network failure instead of throwing', async () => {
      const closed = await startHostEndpoint();
      const url = `${closed.url}${hostPath}`;
      await closed.close();
      await expect(fetchAdapter({ url }).subscribe(request('a@example.com'))).resolves.toEqual({ kind: 'network', reason: 'failed' });
    });
  });

  describe('given a URL that is not http(s)', () => {
    it('warns once, never throws, and answers every call with a config outcome', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const adapter = fetchAdapter({ url: 'ftp://example.com/subscribe' });
      const outcome = await adapter.subscribe(request('a@example.com'));
      expect(outcome).toMatchObject({ kind: 'unknown', reason: 'config' });
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0]?.[0])).toContain('fetchAdapter: "ftp://example.com/subscribe" is not an http(s) URL');
    });
  });

  describe('given a relative URL, created during a server render (no page address yet)', () => {
    it('says nothing on the server and resolves the URL against the page when the reader submits', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      // This file runs in Node: no `location`, as in a server render.
      expect(typeof location).toBe('undefined');
      const adapter = fetchAdapter({ url: hostPath });
      expect(warn).not.toHaveBeenCalled();
      // Then the same module runs in the browser, on the post's page.
      vi.stubGlobal('location', new URL(`${server.url}/2026/11/missed-final-interview`));
      try {
        await expect(adapter.subscribe(request('relative.url@example.com'))).resolves.toMatchObject({ kind: 'pending-confirmation' });
        expect(lastRequest().path).toBe(hostPath);
      } finally {
        vi.unstubAllGlobals();
      }
      expect(warn).not.toHaveBeenCalled();
    });

    it('reports a relative URL it still cannot resolve as a config outcome when submitted', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const outcome = await fetchAdapter({ url: '/api/never-resolved' }).subscribe(request('a@example.com'));
      expect(outcome).toMatchObject({ kind: 'unknown', reason: 'config' });
      expect(warn).toHaveBeenCalledTimes(1);
    });
  });
});
