// @vitest-environment node
/**
 * The helpers every adapter leans on: the deadline that joins the caller's
 * signal and the timeout without leaving timers or listeners behind, settle()
 * turning anything into an outcome, plain text from provider HTML, retry times.
 */
import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { MAX_TIMEOUT_MS } from '../../../internal/timer';
import { plainText, rateLimited, resolveTimeout, retryAfterFromHeader, retryAfterFromText, settle, startDeadline } from './shared';
import { subscribeOutcomeKinds, type SubscribeOutcome, type SubscribeOutcomeKind } from './types';

afterEach(() => {
  vi.useRealTimers();
});

describe('the outcome types', () => {
  it('list every kind of the union in subscribeOutcomeKinds, and nothing else', () => {
    expectTypeOf<SubscribeOutcome['kind']>().toEqualTypeOf<SubscribeOutcomeKind>();
    expect(new Set(subscribeOutcomeKinds).size).toBe(7);
  });
});

describe('startDeadline', () => {
  describe('when disposed before anything fires', () => {
    it('leaves no timer and no listener on the caller’s signal', () => {
      vi.useFakeTimers();
      const outer = new AbortController();
      const add = vi.spyOn(outer.signal, 'addEventListener');
      const remove = vi.spyOn(outer.signal, 'removeEventListener');
      const deadline = startDeadline(1_000, outer.signal);
      expect(vi.getTimerCount()).toBe(1);
      deadline.dispose();
      expect(vi.getTimerCount()).toBe(0);
      expect(remove).toHaveBeenCalledWith('abort', add.mock.calls[0]![1]);
      outer.abort();
      expect(deadline.signal.aborted).toBe(false);
    });
  });

  describe('when the timeout passes', () => {
    it('aborts with a TimeoutError, says so, and lets go of the caller’s signal', () => {
      vi.useFakeTimers();
      const outer = new AbortController();
      const remove = vi.spyOn(outer.signal, 'removeEventListener');
      const deadline = startDeadline(200, outer.signal);
      vi.advanceTimersByTime(199);
      expect(deadline.signal.aborted).toBe(false);
      vi.advanceTimersByTime(1);
      expect(deadline.signal.aborted).toBe(true);
      expect((deadline.signal.reason as DOMException).name).toBe('TimeoutError');
      expect(deadline.cause()).toBe('timeout');
      expect(remove).toHaveBeenCalledTimes(1);
    });
  });

  describe('when the caller aborts', () => {
    it('aborts with the caller’s reason and clears the timer', () => {
      vi.useFakeTimers();
      const outer = new AbortController();
      const deadline = startDeadline(5_000, outer.signal);
      const reason = new Error('the reader closed the dialog');
      outer.abort(reason);
      expect(deadline.signal.reason).toBe(reason);
      expect(deadline.cause()).toBe('aborted');
      expect(vi.getTimerCount()).toBe(0);
    });
  });
});

describe('settle', () => {
  it('returns the attempt’s outcome and leaves no timer behind', async () => {
    vi.useFakeTimers();
    const outcome = await settle(10_000, undefined, async () => ({ kind: 'subscribed' }));
    expect(outcome).toEqual({ kind: 'subscribed' });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('answers at the timeout even when the attempt ignores the signal', async () => {
    vi.useFakeTimers();
    const pending = settle(300, undefined, () => new Promise<SubscribeOutcome>(() => {}));
    await vi.advanceTimersByTimeAsync(300);
    await expect(pending).resolves.toEqual({ kind: 'network', reason: 'timeout' });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('turns a thrown TypeError (how fetch reports transport failures) into a network failure', async () => {
    await expect(settle(1_000, undefined, () => Promise.reject(new TypeError('fetch failed')))).resolves.toEqual({ kind: 'network', reason: 'failed' });
  });

  it('turns a synchronous throw of anything else into unknown, with the message', async () => {
    const outcome = await settle(1_000, undefined, () => {
      throw new SyntaxError('Unexpected token <');
    });
    expect(outcome).toEqual({ kind: 'unknown', reason: 'response', message: 'Unexpected token <' });
  });

  it('reports offline when the browser says it is offline', async () => {
    vi.stubGlobal('navigator', { onLine: false });
    try {
      await expect(settle(1_000, undefined, () => Promise.reject(new TypeError('Failed to fetch')))).resolves.toEqual({
        kind: 'network',
        reason: 'offline',
      });
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('does not start the attempt when the signal has already aborted', async () => {
    const attempt = vi.fn(async (): Promise<SubscribeOutcome> => ({ kind: 'subscribed' }));
    await expect(settle(1_000, AbortSignal.abort(), attempt)).resolves.toEqual({ kind: 'network', reason: 'aborted' });
    expect(attempt).not.toHaveBeenCalled();
  });

  it('starts the attempt within the call, so it hears an abort that comes right after: what it put in the page (a JSONP script, a global callback) is taken back', async () => {
    const caller = new AbortController();
    const page = new Set<string>();
    const outcome = settle(1_000, caller.signal, (signal) => {
      // As mailchimpAdapter does: add the script, and take it back on abort.
      page.add('script');
      signal.addEventListener('abort', () => page.delete('script'));
      return new Promise<SubscribeOutcome>(() => {});
    });
    caller.abort();
    await expect(outcome).resolves.toEqual({ kind: 'network', reason: 'aborted' });
    expect(page.size).toBe(0);
  });
});

describe('resolveTimeout', () => {
  it('keeps any timeout a timer can hold, up to MAX_TIMEOUT_MS (2^31 - 1 ms)', () => {
    expect(resolveTimeout('anAdapter', 1)).toBe(1);
    expect(resolveTimeout('anAdapter', MAX_TIMEOUT_MS)).toBe(MAX_TIMEOUT_MS);
    expect(resolveTimeout('anAdapter', undefined)).toBe(10_000);
  });

  // A browser runs a longer timeout at once: every request would time out before it was answered.
  it.each([Infinity, MAX_TIMEOUT_MS + 1, 30 * 86_400_000, Number.NaN, 0, -5])('replaces %s with the default, with a development warning', (timeoutMs) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(resolveTimeout(`adapter${timeoutMs}`, timeoutMs)).toBe(10_000);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(`adapter${timeoutMs}: timeoutMs must be`));
    warn.mockRestore();
  });
});

describe('plainText', () => {
  it('drops inline tags without a gap and block tags with one', () => {
    expect(plainText('a@b.co is already subscribed. <a href="https://x.example/?a=1&amp;b=2">Update <b>your</b> profile</a>')).toBe(
      'a@b.co is already subscribed. Update your profile',
    );
    expect(plainText('<h1>Slow down</h1><p>Try later.</p>')).toBe('Slow down Try later.');
    expect(plainText('one<br>two<br/>three')).toBe('one two three');
  });

  it('removes script and style bodies and comments, and ignores a > inside a quoted attribute', () => {
    expect(plainText('<style>p{color:red}</style>Hi<script>alert(1)</script> <!-- x --><img alt="a > b" src=x onerror=alert(1)>there')).toBe(
      'Hi there',
    );
  });

  it('reads a reply full of tags, scripts and comments that never close (80 to 160 KB) in a moment, not seconds', () => {
    // A hostile or broken provider: each unclosed one was read to the end of the reply, quadratic time.
    const start = performance.now();
    expect(plainText("<a '".repeat(20_000))).toMatch(/^<a '<a '/);
    expect(plainText('<a'.repeat(40_000))).toMatch(/^<a<a/);
    // An open script, style or comment runs to the end, as a browser reads it.
    expect(plainText(`Slow down. ${'<script>'.repeat(20_000)}`)).toBe('Slow down.');
    expect(plainText(`Slow down. ${'<style x'.repeat(20_000)}`)).toBe('Slow down.');
    expect(plainText(`Slow down. ${'<!--'.repeat(20_000)}`)).toBe('Slow down.');
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('decodes entities once, so escaped markup stays text', () => {
    expect(plainText('Tom &amp; Jerry&#39;s &lt;b&gt;list&lt;/b&gt; &#x2014; &nbsp;&hellip;')).toBe("Tom & Jerry's <b>list</b> — &hellip;");
    expect(plainText('&constructor; &#1a; &AMP;')).toBe('&constructor; &#1a; &');
  });
});

describe('retry times', () => {
  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2025-03-14T09:30:00Z');
    expect(retryAfterFromHeader('120', now)).toBe(120);
    expect(retryAfterFromHeader('Fri, 14 Mar 2025 09:31:30 GMT', now)).toBe(90);
    expect(retryAfterFromHeader('Fri, 14 Mar 2025 09:00:00 GMT', now)).toBe(0);
    expect(retryAfterFromHeader('soon', now)).toBeUndefined();
    expect(retryAfterFromHeader(null, now)).toBeUndefined();
  });

  it.each(['1.5', '-1', 'x 2', '2 minutes', 'Friday'])('leaves out a Retry-After of %s, neither seconds nor an HTTP date, instead of reading it as "retry now"', (garbage) => {
    expect(retryAfterFromHeader(garbage, Date.parse('2025-03-14T09:30:00Z'))).toBeUndefined();
  });

  it('reads waits written out in provider messages', () => {
    expect(retryAfterFromText('Please try again in about 5 minutes.')).toBe(300);
    expect(retryAfterFromText('Too many attempts try again in 10 minutes.')).toBe(600);
    expect(retryAfterFromText('Too many attempts try again in an hour.')).toBe(3600);
    expect(retryAfterFromText('try again in 2 days')).toBe(172_800);
    expect(retryAfterFromText('try again later')).toBeUndefined();
  });

  it('leaves out a wait no date can hold, as if the provider had not said', () => {
    const now = Date.parse('2025-03-14T09:30:00Z');
    for (const wait of [Infinity, JSON.parse('1e999'), retryAfterFromHeader('9'.repeat(400), now), Number.NaN, -5]) {
      expect(rateLimited(wait, undefined, now)).toEqual({ kind: 'rate-limited' });
    }
    expect(rateLimited(120, undefined, now)).toEqual({ kind: 'rate-limited', retryAfter: 120, retryAt: new Date(now + 120_000) });
  });
});
