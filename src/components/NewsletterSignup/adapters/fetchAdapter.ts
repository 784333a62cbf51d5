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
  plainText,
  rateLimited,
  known,
  resolveTimeout,
  retryAfterFromHeader,
  settle,
  unknown,
  withEndpoint,
} from './shared';
import { invalidFields, isJoined, type AdapterTimeoutOptions, type SubscribeAdapter, type SubscribeOutcome } from './types';

export interface FetchAdapterOptions extends AdapterTimeoutOptions {
  /** The host's endpoint; relative URLs resolve against the page. */
  url: string;
  /** Extra request headers, e.g. a CSRF token. */
  headers?: HeadersInit | undefined;
}

/** The `status` values the endpoint may answer with. */
export const fetchReplyStatuses = ['subscribed', 'pending', 'already-subscribed', 'invalid', 'rate-limited'] as const;
export type FetchReplyStatus = (typeof fetchReplyStatuses)[number];

/** The HTTP statuses that mean a reply status of their own, whatever the body says (204 has no body). */
const statusReplies: Record<number, FetchReplyStatus> = { 204: 'subscribed', 409: 'already-subscribed', 400: 'invalid', 422: 'invalid', 429: 'rate-limited' };

/** The JSON body the endpoint answers with. */
export interface FetchReplyBody {
  status: FetchReplyStatus;
  field?: string | undefined;
  message?: string | undefined;
  retryAfter?: number | undefined;
}

function fromReply(response: Response, body: unknown): SubscribeOutcome {
  // A JSON object's fields; any other JSON value (or none) has none of these.
  const reply: Record<string, unknown> = Object(body);
  const message = typeof reply.message === 'string' ? plainText(reply.message) : undefined;
  const { ok, status } = response;
  // What the reply says: by its HTTP status when that has a meaning of its own, else a 2xx by its body's `status`.
  const said = statusReplies[status] ?? (ok && reply.status);
  // The body says "pending" for the outcome "pending-confirmation" (and "pending-confirmation" is not a reply status).
  // (Not String(said): a status that is an object with a "toString" key throws, and would read as a network failure.)
  const kind = (said === 'pending' ? 'pending-confirmation' : said === 'pending-confirmation' ? '' : said) as string;
  if (isJoined(kind)) return known({ kind, message });
  if (said === 'invalid') return { kind: 'invalid', field: invalidFields.find((field) => field === reply.field) ?? 'form', reason: message || 'The subscription was refused.' };
  if (said === 'rate-limited') {
    const fromBody = typeof reply.retryAfter === 'number' && reply.retryAfter >= 0 ? Math.ceil(reply.retryAfter) : undefined;
    return rateLimited(retryAfterFromHeader(response.headers.get('Retry-After')) ?? fromBody, message);
  }
  // A 2xx without a known `status` is usually an HTML page from the wrong route: not a success.
  return unknown(ok ? 'response' : 'status', { status, message });
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
          const text = await response.text();
          let json: unknown;
          try {
            json = JSON.parse(text);
          } catch {
            // Not JSON (an HTML page, or nothing): no body to read.
          }
          return fromReply(response, json);
        }),
    };
  });
}
