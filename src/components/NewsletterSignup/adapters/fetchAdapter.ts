/**
 * fetchAdapter: a JSON POST to the host's own endpoint, which then talks to
 * whatever list it uses. The endpoint's side of the contract:
 *
 * Request: `POST <url>` with `Content-Type: application/json`,
 * `Accept: application/json` and the SubscribeRequest as the body.
 *
 * Reply body, JSON:
 * ```
 * { "status": "subscribed" | "pending" | "already-subscribed" | "invalid" | "rate-limited",
 *   "field"?: "email" | "firstName" | "interests" | "consent" | "form",   // with "invalid"
 *   "message"?: string,                                                  // plain text, for logs
 *   "retryAfter"?: number }                                              // seconds, with "rate-limited"
 * ```
 *
 * How replies map to outcomes:
 * - 2xx: the body's `status` decides. 204 No Content means subscribed. Any
 *   other 2xx without a known `status` is `unknown` (reason `'response'`): a
 *   200 HTML page usually means the URL hits the wrong route.
 * - 409: already subscribed.
 * - 400 and 422: invalid; `field` from the body (`'form'` when absent or not one
 *   of the fields above), `reason` from `message`.
 * - 429: rate limited; the Retry-After header (seconds or an HTTP date), else
 *   the body's `retryAfter`.
 * - Anything else (401, 404, 5xx…): `unknown` with reason `'status'` and the status.
 */
import {
  isRecord,
  plainText,
  rateLimited,
  readReply,
  resolveTimeout,
  retryAfterFromHeader,
  settle,
  toInvalidField,
  unknown,
  withEndpoint,
} from './shared';
import type { AdapterTimeoutOptions, SubscribeAdapter, SubscribeOutcome } from './types';

export interface FetchAdapterOptions extends AdapterTimeoutOptions {
  /** The host's endpoint; relative URLs resolve against the page. */
  url: string;
  /** Extra request headers, e.g. a CSRF token. */
  headers?: HeadersInit;
}

/** The `status` values the endpoint may answer with. */
export const fetchReplyStatuses = ['subscribed', 'pending', 'already-subscribed', 'invalid', 'rate-limited'] as const;
export type FetchReplyStatus = (typeof fetchReplyStatuses)[number];

/** The JSON body the endpoint answers with. */
export interface FetchReplyBody {
  status: FetchReplyStatus;
  field?: string;
  message?: string;
  retryAfter?: number;
}

function fromReply(response: Response, body: unknown): SubscribeOutcome {
  const reply = isRecord(body) ? body : {};
  const message = typeof reply.message === 'string' ? plainText(reply.message) || undefined : undefined;
  const invalid = (): SubscribeOutcome => ({
    kind: 'invalid',
    field: toInvalidField(reply.field) ?? 'form',
    reason: message ?? 'The subscription was refused.',
  });
  const limited = () => {
    const fromBody = typeof reply.retryAfter === 'number' && reply.retryAfter >= 0 ? Math.ceil(reply.retryAfter) : undefined;
    return rateLimited(retryAfterFromHeader(response.headers.get('Retry-After')) ?? fromBody, message);
  };
  const withMessage = <T extends SubscribeOutcome>(outcome: T): T => (message ? { ...outcome, message } : outcome);

  if (response.ok) {
    if (response.status === 204) return { kind: 'subscribed' };
    switch (reply.status) {
      case 'subscribed':
        return withMessage({ kind: 'subscribed' });
      case 'pending':
        return withMessage({ kind: 'pending-confirmation' });
      case 'already-subscribed':
        return withMessage({ kind: 'already-subscribed' });
      case 'invalid':
        return invalid();
      case 'rate-limited':
        return limited();
      default:
        return unknown('response', { status: response.status, message });
    }
  }
  if (response.status === 409) return withMessage({ kind: 'already-subscribed' });
  if (response.status === 400 || response.status === 422) return invalid();
  if (response.status === 429) return limited();
  return unknown('status', { status: response.status, message });
}

/** Subscribes through the host's own JSON endpoint (contract above). */
export function fetchAdapter(options: FetchAdapterOptions): SubscribeAdapter {
  return withEndpoint('fetchAdapter', options?.url, (endpoint) => {
    const timeoutMs = resolveTimeout('fetchAdapter', options.timeoutMs);
    return {
      subscribe: (request, signal) =>
        settle(timeoutMs, signal, async (deadline) => {
          const headers = new Headers(options.headers);
          headers.set('Content-Type', 'application/json');
          headers.set('Accept', 'application/json');
          const response = await fetch(endpoint, { method: 'POST', headers, body: JSON.stringify(request), signal: deadline });
          const { json } = await readReply(response);
          return fromReply(response, json);
        }),
    };
  });
}
