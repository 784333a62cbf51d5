/**
 * What the adapters share: one deadline that combines the caller's signal with
 * the adapter's timeout, plain text from provider messages, and retry times.
 * Functions only, no top-level side effects: importing one adapter costs only
 * these few helpers.
 */
import { warnOnce } from '../../../internal/dev';
import {
  defaultTimeoutMs,
  invalidFields,
  type InvalidField,
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

export function unknown(reason: UnknownReason, details: { status?: number; message?: string } = {}): UnknownOutcome {
  const outcome: UnknownOutcome = { kind: 'unknown', reason };
  if (details.status !== undefined) outcome.status = details.status;
  if (details.message) outcome.message = details.message;
  return outcome;
}

/** A rate-limited outcome; `retryAt` is derived from `retryAfter` so the two always agree. */
export function rateLimited(retryAfter: number | undefined, message?: string, now = Date.now()): RateLimitedOutcome {
  const outcome: RateLimitedOutcome = { kind: 'rate-limited' };
  if (retryAfter !== undefined) {
    outcome.retryAfter = retryAfter;
    outcome.retryAt = new Date(now + retryAfter * 1000);
  }
  if (message) outcome.message = message;
  return outcome;
}

export function toInvalidField(value: unknown): InvalidField | undefined {
  return invalidFields.find((field) => field === value);
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

const isOffline = () => typeof navigator !== 'undefined' && navigator.onLine === false;

/**
 * Runs one subscription attempt under a deadline and turns whatever happens
 * into an outcome. The attempt is raced against the deadline, so even a step
 * that ignores the signal cannot keep the caller waiting past the timeout.
 */
export async function settle(
  timeoutMs: number,
  outer: AbortSignal | undefined,
  attempt: (signal: AbortSignal) => Promise<SubscribeOutcome>,
): Promise<SubscribeOutcome> {
  if (outer?.aborted) return network('aborted');
  const deadline = startDeadline(timeoutMs, outer);
  const stopped = new Promise<SubscribeOutcome>((resolve) => {
    deadline.signal.addEventListener('abort', () => resolve(network(deadline.cause() ?? 'aborted')), { once: true });
  });
  const attempted = Promise.resolve()
    .then(() => attempt(deadline.signal))
    .catch((error: unknown): SubscribeOutcome => {
      const cause = deadline.cause();
      if (cause) return network(cause);
      // fetch reports every transport failure (refused, reset, DNS, CORS) as a TypeError.
      if (error instanceof TypeError) return network(isOffline() ? 'offline' : 'failed');
      return unknown('response', { message: error instanceof Error ? error.message : String(error) });
    });
  try {
    return await Promise.race([attempted, stopped]);
  } finally {
    deadline.dispose();
  }
}

/** The timeout to use; a nonsensical one is reported and replaced by the default. */
export function resolveTimeout(adapter: string, timeoutMs: number | undefined): number {
  if (timeoutMs === undefined) return defaultTimeoutMs;
  if (Number.isFinite(timeoutMs) && timeoutMs > 0) return timeoutMs;
  if (process.env.NODE_ENV !== 'production') {
    warnOnce(`${adapter}: timeoutMs must be a positive number of milliseconds; using ${defaultTimeoutMs}.`);
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
    const endpoint = endpointUrl(url);
    return endpoint ? make(endpoint) : misconfigured(`${name}: "${String(url)}" is not an http(s) URL; nothing will be sent.`);
  };
  if (typeof location !== 'undefined') return resolve();
  let adapter: SubscribeAdapter | undefined;
  return { subscribe: (request, signal) => (adapter ??= resolve()).subscribe(request, signal) };
}

/** Parses an absolute http(s) URL, or returns undefined. */
export function httpUrl(value: unknown): URL | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** An absolute http(s) URL from an option, resolving a relative one against the page. */
export function endpointUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value) return undefined;
  try {
    return httpUrl(new URL(value, typeof location !== 'undefined' ? location.href : undefined).href)?.href;
  } catch {
    return undefined;
  }
}

/** A reply's body as text, and as JSON when it parses. */
export async function readReply(response: Response): Promise<{ text: string; json: unknown }> {
  const text = await response.text();
  try {
    return { text, json: text ? (JSON.parse(text) as unknown) : undefined };
  } catch {
    return { text, json: undefined };
  }
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
  if (Number.isNaN(at)) return undefined;
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

const namedEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return namedEntities[name.toLowerCase()] ?? entity;
  });
}

/**
 * Provider messages as plain text: tags dropped (block-level ones leave a
 * space), script and style bodies and comments removed, entities decoded,
 * whitespace collapsed. Pure string work: no document is ever asked to parse
 * provider HTML, so nothing in it can load or run, and it works on a server.
 */
export function plainText(html: string): string {
  const withoutTags = html
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(\/?)([a-z][a-z0-9]*)\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi, (_tag, _slash, name: string) =>
      /^(a|abbr|b|code|em|i|small|span|strong|sub|sup|u)$/i.test(name) ? '' : ' ',
    );
  return decodeEntities(withoutTags).replace(/\s+/g, ' ').trim();
}
