/**
 * mailchimpAdapter in real Chromium: JSONP needs a document that loads a
 * <script>. The mock Mailchimp runs in Node on 127.0.0.1 (started through a
 * browser command) and records what it received. Every case also checks that
 * no script element and no callback global is left behind.
 */
import { commands } from 'vitest/browser';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { mailchimpAdapter } from '../../src/components/NewsletterSignup/adapters';
import type { SubscribeRequest } from '../../src/components/NewsletterSignup/adapters';
import { resetWarnings } from '../../src/internal/dev';
import type { ProviderKind, ReceivedRequest } from '../support/providers/index.ts';
import { lateAfterMs, mailchimpCaptchaAddress, mailchimpList, notJsonpAddress, testAddresses } from '../support/providers/fixtures.ts';

declare module 'vitest/browser' {
  interface BrowserCommands {
    startProviderServer: (kind: ProviderKind) => Promise<{ id: string; url: string }>;
    providerServerRequests: (id: string) => Promise<ReceivedRequest[]>;
    stopProviderServer: (id: string) => Promise<void>;
  }
}

const consent = { version: '2025-03-newsletter', at: '2025-03-14T09:30:00.000Z' };
const request = (email: string): SubscribeRequest => ({ email, consent });

let server: { id: string; url: string };
let formUrl: string;

beforeAll(async () => {
  server = await commands.startProviderServer('mailchimp');
  formUrl = `${server.url}/subscribe/post?u=${mailchimpList.u}&id=${mailchimpList.id}`;
});
afterAll(async () => {
  await commands.stopProviderServer(server.id);
});
beforeEach(() => {
  // The mock lives on 127.0.0.1, not list-manage.com: the adapter rightly warns.
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
});

const leftovers = () => ({
  scripts: document.querySelectorAll('script[src*="/subscribe/post-json"]').length,
  callbacks: Object.keys(window).filter((key) => key.startsWith('__careerkitMailchimp_')),
});
const nothingLeft = { scripts: 0, callbacks: [] };
const received = async () => commands.providerServerRequests(server.id);
const lastQuery = async () => new URLSearchParams((await received()).at(-1)!.query);

describe('mailchimpAdapter in Chromium', () => {
  describe('given a new address', () => {
    it('sends the fields as query parameters over JSONP, reports pending confirmation, and cleans up', async () => {
      const adapter = mailchimpAdapter({
        url: formUrl,
        fields: {
          source: 'SOURCE',
          interests: { interviews: 'group[4242][1]', salary: 'group[4242][2]' },
          consent: { email: 'gdpr[777]' },
          hidden: { tags: '9001' },
        },
      });
      const outcome = await adapter.subscribe({
        email: 'new.reader@example.com',
        firstName: 'Amara',
        interests: ['salary', 'not-mapped'],
        consent: { ...consent, channels: ['email'] },
        source: 'article-footer',
      });
      expect(outcome).toEqual({ kind: 'pending-confirmation', message: 'Almost there: confirm with the link we emailed you.' });

      const sent = (await received()).at(-1)!;
      expect(sent.method).toBe('GET');
      expect(sent.path).toBe('/subscribe/post-json');
      const query = new URLSearchParams(sent.query);
      expect(Object.fromEntries(query)).toEqual({
        u: mailchimpList.u,
        id: mailchimpList.id,
        tags: '9001',
        EMAIL: 'new.reader@example.com',
        FNAME: 'Amara',
        SOURCE: 'article-footer',
        'group[4242][2]': '1',
        'gdpr[777]': 'Y',
        c: expect.stringMatching(/^__careerkitMailchimp_\w+$/),
      });
      expect(leftovers()).toEqual(nothingLeft);
    });

    it('gives two calls at once their own callbacks', async () => {
      const adapter = mailchimpAdapter({ url: formUrl });
      const outcomes = await Promise.all([adapter.subscribe(request('first@example.com')), adapter.subscribe(request('second@example.com'))]);
      expect(outcomes.map((o) => o.kind)).toEqual(['pending-confirmation', 'pending-confirmation']);
      const callbacks = (await received()).slice(-2).map((r) => new URLSearchParams(r.query).get('c'));
      expect(new Set(callbacks).size).toBe(2);
      expect(leftovers()).toEqual(nothingLeft);
    });
  });

  describe('given an address already on the list', () => {
    it('reports already subscribed, with the link markup stripped', async () => {
      const outcome = await mailchimpAdapter({ url: formUrl }).subscribe(request(testAddresses.member));
      expect(outcome).toEqual({
        kind: 'already-subscribed',
        message: 'member@example.com is already subscribed to list Career Notes. Update your profile instead.',
      });
      expect(leftovers()).toEqual(nothingLeft);
    });
  });

  describe('given an address Mailchimp rejects', () => {
    it('reports invalid on the email, without the field index', async () => {
      const outcome = await mailchimpAdapter({ url: formUrl }).subscribe(request('reader@nowhere'));
      expect(outcome).toEqual({ kind: 'invalid', field: 'email', reason: 'An email address needs exactly one @ and a domain after it.' });
      expect((await lastQuery()).get('EMAIL')).toBe('reader@nowhere');
      expect(leftovers()).toEqual(nothingLeft);
    });
  });

  describe('given too many signup requests', () => {
    it('reports rate limited with the wait from the message, as plain text', async () => {
      const outcome = await mailchimpAdapter({ url: formUrl }).subscribe(request(testAddresses.busy));
      expect(outcome).toMatchObject({
        kind: 'rate-limited',
        retryAfter: 300,
        message: 'busy@example.com has too many recent signup requests. Please wait and try again in about 5 minutes. Why?',
      });
      expect((outcome as { retryAt?: Date }).retryAt).toBeInstanceOf(Date);
      expect(leftovers()).toEqual(nothingLeft);
    });
  });

  describe('given a captcha demand (an error on field 0)', () => {
    it('reports unknown from the provider, not a refused address and never a signup, and cleans up', async () => {
      const outcome = await mailchimpAdapter({ url: formUrl }).subscribe(request(mailchimpCaptchaAddress));
      expect(outcome).toEqual({ kind: 'unknown', reason: 'provider', message: 'Please complete the captcha to show you are not a robot.' });
      expect(leftovers()).toEqual(nothingLeft);
    });
  });

  describe('given a server that never answers', () => {
    it('times out after timeoutMs, removing the pending script and its callback', async () => {
      const pending = mailchimpAdapter({ url: formUrl, timeoutMs: 200 }).subscribe(request(testAddresses.slow));
      await vi.waitFor(() => expect(leftovers().scripts).toBe(1));
      expect(leftovers().callbacks).toHaveLength(1);
      await expect(pending).resolves.toEqual({ kind: 'network', reason: 'timeout' });
      expect(leftovers()).toEqual(nothingLeft);
      expect((await lastQuery()).get('EMAIL')).toBe(testAddresses.slow);
    });

    it('stops when the caller aborts, and cleans up', async () => {
      const before = (await received()).length;
      const controller = new AbortController();
      const pending = mailchimpAdapter({ url: formUrl }).subscribe(request(testAddresses.slow), controller.signal);
      await vi.waitFor(async () => expect((await received()).length).toBe(before + 1));
      expect(leftovers().scripts).toBe(1);
      controller.abort();
      await expect(pending).resolves.toEqual({ kind: 'network', reason: 'aborted' });
      expect(leftovers()).toEqual(nothingLeft);
    });
  });

  describe('given a reply that arrives after the timeout', () => {
    it('does not run it: no error on the page and no callback brought back', async () => {
      const errors: string[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.message);
      window.addEventListener('error', onError);
      try {
        const outcome = await mailchimpAdapter({ url: formUrl, timeoutMs: 200 }).subscribe(request(testAddresses.late));
        expect(outcome).toEqual({ kind: 'network', reason: 'timeout' });
        await new Promise((resolve) => setTimeout(resolve, lateAfterMs + 400));
        expect(errors).toEqual([]);
        expect(leftovers()).toEqual(nothingLeft);
      } finally {
        window.removeEventListener('error', onError);
      }
    });
  });

  describe('given a script that fails to load (500)', () => {
    it('reports a network failure and cleans up', async () => {
      const outcome = await mailchimpAdapter({ url: formUrl }).subscribe(request(testAddresses.broken));
      expect(outcome).toEqual({ kind: 'network', reason: 'failed' });
      expect((await lastQuery()).get('EMAIL')).toBe(testAddresses.broken);
      expect(leftovers()).toEqual(nothingLeft);
    });
  });

  describe('given a script that loads but never calls back', () => {
    it('reports an unreadable response and cleans up', async () => {
      const outcome = await mailchimpAdapter({ url: formUrl }).subscribe(request(notJsonpAddress));
      expect(outcome).toEqual({ kind: 'unknown', reason: 'response' });
      expect(leftovers()).toEqual(nothingLeft);
    });
  });

  describe('given a form URL on another host than list-manage.com', () => {
    it('warns once in development', () => {
      resetWarnings();
      mailchimpAdapter({ url: formUrl });
      mailchimpAdapter({ url: formUrl });
      expect(console.warn).toHaveBeenCalledTimes(1);
      expect(console.warn).toHaveBeenCalledWith('[careerkit] mailchimpAdapter: "127.0.0.1" is not a list-manage.com host; check the form\'s action URL.');
    });
  });
});
