/**
 * What the adapters share: one deadline that combines the caller's signal with
 * the adapter's timeout, plain text from provider messages, and retry times.
 * Functions only, no top-level side effects: importing one adapter costs only
 * these few helpers.
 */
import { warnOnce } from '../../../internal/dev';
import {
  defaultTimeoutMs,
  type NetworkOutcome,
  type NetworkReason,
  type RateLimitedOutcome,
  type SubscribeAdapter,
  type SubscribeOutcome,
  type UnknownOutcome,
  type UnknownReason,
} from './types';

export function network(reason: NetworkReason): NetworkOutcome {
  return { kind: 'network', reason };
}

/**
 * An outcome with only the details that are known: undefined (and empty
 * `message`) fields are left out, so outcomes compare and log cleanly. One
 * helper instead of an `if` per optional field in every outcome builder.
 */
export function known<T extends object>(outcome: T): T {
  for (const key in outcome) if (outcome[key] === undefined || outcome[key] === '') delete outcome[key];
  return outcome;
}

export function unknown(reason: UnknownReason, details?: { status?: number; message?: string }): UnknownOutcome {
  return known({ kind: 'unknown', reason, ...details });
}

/**
 * A rate-limited outcome; `retryAt` is derived from `retryAfter` so the two
 * always agree. A figure no date can hold (`1e999` in JSON, 400 digits in a
 * header) is left out, as if the provider had not said.
 */
export function rateLimited(retryAfter: number | undefined, message?: string, now = Date.now()): RateLimitedOutcome {
  if (!(retryAfter! >= 0 && retryAfter! < 1e9)) retryAfter = undefined;
  return known({
    kind: 'rate-limited',
    retryAfter,
    retryAt: retryAfter === undefined ? undefined : new Date(now + retryAfter * 1000),
    message,
  });
}

/**
 * The signal an adapter passes to its requests: it fires when the caller's
 * signal does or when the timeout passes, whichever is first. `dispose` clears
 * the timer and the listener on the caller's signal, so nothing outlives the call.
 */
export interface Deadline {
  signal: AbortSignal;
  /** What fired, once something has. */
  cause(): 'timeout' | 'aborted' | undefined;
  dispose(): void;
}

export function startDeadline(timeoutMs: number, outer?: AbortSignal): Deadline {
  const controller = new AbortController();
  let cause: 'timeout' | 'aborted' | undefined;
  const stop = (why: 'timeout' | 'aborted', reason: unknown) => {
    if (cause) return;
    cause = why;
    dispose();
    controller.abort(reason);
  };
  const onAbort = () => stop('aborted', outer?.reason);
  const timer = setTimeout(() => stop('timeout', new DOMException('The subscription request timed out.', 'TimeoutError')), timeoutMs);
  outer?.addEventListener('abort', onAbort);
  function dispose() {
    clearTimeout(timer);
    outer?.removeEventListener('abort', onAbort);
  }
  return { signal: controller.signal, cause: () => cause, dispose };
}

/**
 * Runs one subscription attempt under a deadline and turns whatever happens
 * into an outcome. The attempt is raced against the deadline, so even a step
 * that ignores the signal cannot keep the caller waiting past the timeout.
 */
export function settle(
  timeoutMs: number,
  outer: AbortSignal | undefined,
  attempt: (signal: AbortSignal) => Promise<SubscribeOutcome>,
): Promise<SubscribeOutcome> {
  if (outer?.aborted) return Promise.resolve(network('aborted'));
  const { signal, cause, dispose } = startDeadline(timeoutMs, outer);
  // Whichever comes first settles it: the deadline firing, or the attempt ending (either way).
  return new Promise<SubscribeOutcome>((resolve) => {
    signal.addEventListener('abort', () => resolve(network(cause()!)));
    // Started within the call (a throw still becomes a rejection): started a
    // microtask later, an attempt would miss an abort that came in between,
    // and mailchimpAdapter would leave its script and callback in the page.
    new Promise<SubscribeOutcome>((started) => started(attempt(signal)))
      .catch((error: unknown): SubscribeOutcome => {
        // (An attempt that fails because the deadline fired comes too late:
        // the deadline's own outcome has settled the call already.)
        // fetch reports every transport failure (refused, reset, DNS, CORS) as a TypeError.
        // (No navigator on a server: not offline.)
        if (error instanceof TypeError) return network(globalThis.navigator?.onLine === false ? 'offline' : 'failed');
        return unknown('response', { message: error instanceof Error ? error.message : String(error) });
      })
      .then(resolve);
  }).finally(dispose);
}

/**
 * The timeout to use; a nonsensical one is reported and replaced by the default.
 * So is one longer than a timer can hold (2^31 - 1 ms, about 24.8 days):
 * browsers run such a timeout at once, which would end every request unanswered.
 */
export function resolveTimeout(adapter: string, timeoutMs: number | undefined): number {
  // Below 2^31: MAX_TIMEOUT_MS (src/internal/timer), written out, since esbuild
  // would keep an imported constant in every adapter (a test ties the two).
  if (timeoutMs! > 0 && timeoutMs! < 2 ** 31) return timeoutMs!;
  if (timeoutMs !== undefined && process.env.NODE_ENV !== 'production') {
    warnOnce(`${adapter}: timeoutMs must be a positive number of milliseconds, below 2^31 (about 24 days); using ${defaultTimeoutMs}.`);
  }
  return defaultTimeoutMs;
}

/**
 * The adapter a factory returns when its options cannot work: it never sends
 * anything and answers every call with an `unknown` outcome, reason `'config'`.
 */
export function misconfigured(message: string): SubscribeAdapter {
  if (process.env.NODE_ENV !== 'production') warnOnce(message);
  return { subscribe: async () => unknown('config', { message }) };
}

/**
 * An adapter for the endpoint at `url`, made by `make`. In the browser a
 * relative URL resolves against the page at once, and a bad URL is reported at
 * once. On the server there is no page yet (a client component that creates
 * its adapter while rendering runs there too), so the URL is resolved when the
 * reader first submits, in the browser.
 */
export function withEndpoint(name: string, url: unknown, make: (endpoint: string) => SubscribeAdapter): SubscribeAdapter {
  const resolve = () => {
    // An empty URL would resolve to the page itself.
    const endpoint = url ? httpUrl(url, globalThis.location?.href)?.href : undefined;
    return endpoint ? make(endpoint) : misconfigured(`${name}: "${String(url)}" is not an http(s) URL; nothing will be sent.`);
  };
  if (typeof location !== 'undefined') return resolve();
  let adapter: SubscribeAdapter | undefined;
  return { subscribe: (request, signal) => (adapter ??= resolve()).subscribe(request, signal) };
}

/** Parses an http(s) URL, absolute or relative to `base`, or returns undefined. */
export function httpUrl(value: unknown, base?: string): URL | undefined {
  try {
    const url = new URL(value as string, base);
    // Not a string (`new URL` would read `String(value)`): no URL either. Credentials
    // (`https://site.example@evil.example`) show one host and go to another, and fetch refuses them.
    return typeof value === 'string' && /^https?:$/.test(url.protocol) && !url.username && !url.password ? url : undefined;
  } catch {
    return undefined;
  }
}

/** A reply's body as text, and as JSON when it parses. */
export async function readReply(response: Response): Promise<{ text: string; json: unknown }> {
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // Not JSON (an HTML page, or nothing): no JSON.
  }
  return { text, json };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Seconds from a Retry-After header: delta-seconds or an HTTP date. */
export function retryAfterFromHeader(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  // An HTTP date ends in GMT. Date.parse alone reads garbage ("1.5", "-1", "x 2") as a day in 2001: "retry now".
  if (Number.isNaN(at) || !/GMT$/.test(trimmed)) return undefined;
  return Math.max(0, Math.ceil((at - now) / 1000));
}

const unitSeconds = { second: 1, minute: 60, hour: 3600, day: 86_400 } as const;

/** Seconds from wording like "try again in about 5 minutes" or "in an hour". */
export function retryAfterFromText(text: string): number | undefined {
  const match = /\bin\s+(?:about\s+|around\s+)?(\d+|an?|one)\s+(second|minute|hour|day)s?\b/i.exec(text);
  if (!match) return undefined;
  const count = /^\d+$/.test(match[1]!) ? Number(match[1]) : 1;
  return count * unitSeconds[match[2]!.toLowerCase() as keyof typeof unitSeconds];
}

// No prototype: `&constructor;` is not an entity.
const namedEntities: Record<string, string> = { __proto__: null, amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' } as never;

/**
 * Provider messages as plain text: tags dropped (block-level ones leave a
 * space), script and style bodies and comments removed (one left open runs
 * to the end, as in a browser), entities decoded
 * (once, so escaped markup stays text), whitespace collapsed. Pure string work:
 * no document is ever asked to parse provider HTML, so nothing in it can load
 * or run, and it works on a server. Linear in the reply's length: a tag holds
 * no `<`, and an open script, style or comment ends the text, so no start is
 * read to the end again and again.
 */
export function plainText(html: string): string {
  return html
    .replace(
      /<(script|style)\b(?:[^>]*>[\s\S]*?<\/\1\s*>|[\s\S]*)|<!--[\s\S]*?(?:-->|$)|<\/?([a-z][a-z\d]*)\b(?:[^<>"']|"[^"]*"|'[^']*')*>/gi,
      // Script and style bodies and comments go; of tags, inline ones leave no gap.
      (_match, _script, tag?: string) => (tag && /^(a|abbr|b|code|em|i|small|span|strong|sub|sup|u)$/i.test(tag) ? '' : ' '),
    )
    .replace(/&(?:#x([\da-f]+)|#(\d+)|([a-z]+));/gi, (entity, hex?: string, decimal?: string, name?: string) => {
      if (name) return namedEntities[name.toLowerCase()] ?? entity;
      const code = hex ? parseInt(hex, 16) : +decimal!;
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    })
    .replace(/\s+/g, ' ')
    .trim();
}
