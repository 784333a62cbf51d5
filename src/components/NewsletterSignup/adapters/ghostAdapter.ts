/**
 * ghostAdapter: Ghost's members API, the calls Ghost's own Portal makes for a
 * signup form. First `GET {site}/members/api/integrity-token/` (a text token),
 * then `POST {site}/members/api/send-magic-link/` with JSON
 * `{ email, emailType: 'signup', labels, name?, newsletters?: [{ name }], integrityToken }`.
 *
 * Ghost answers 201 whether the address is new or already a member (an existing
 * member gets a sign-in link instead), so this adapter reports
 * `pending-confirmation` for both and never `already-subscribed`.
 * Errors come as `{ errors: [{ message, type, … }] }`: 400 with wording about
 * the email is `invalid` (field `'email'`), other 400s (invite-only site,
 * unknown newsletter) are `unknown` with reason `'provider'`; 429 is rate
 * limited, with the retry time from Retry-After or from "try again in N minutes".
 *
 * The request's interests are sent as extra labels. Ghost has no field for
 * consent, source or locale, so those are not sent. The site must be the
 * page's origin or allow it through CORS.
 */
import {
  httpUrl,
  isRecord,
  misconfigured,
  plainText,
  rateLimited,
  readReply,
  resolveTimeout,
  retryAfterFromHeader,
  retryAfterFromText,
  settle,
  unknown,
} from './shared';
import type { AdapterTimeoutOptions, SubscribeAdapter, SubscribeOutcome, SubscribeRequest } from './types';

export interface GhostAdapterOptions extends AdapterTimeoutOptions {
  /** The Ghost site's URL, e.g. `'https://blog.example.com'`; a subdirectory install keeps its path. */
  url: string;
  /** Labels every signup gets; the request's interests are added after them. */
  labels?: string[] | undefined;
  /** Names of the newsletters to subscribe to; omitted means the site's default newsletters. */
  newsletters?: string[] | undefined;
}

/** The JSON body of `send-magic-link`, as Ghost reads it. */
export interface GhostMagicLinkBody {
  email: string;
  emailType: 'signup';
  labels: string[];
  name?: string | undefined;
  newsletters?: { name: string }[] | undefined;
  integrityToken?: string | undefined;
}

function firstErrorMessage(json: unknown, text: string): string | undefined {
  if (isRecord(json) && Array.isArray(json.errors)) {
    const first: unknown = json.errors[0];
    if (isRecord(first) && typeof first.message === 'string') return plainText(first.message) || undefined;
  }
  return json === undefined ? plainText(text) || undefined : undefined;
}

async function fromError(response: Response): Promise<SubscribeOutcome> {
  const { json, text } = await readReply(response);
  const message = firstErrorMessage(json, text);
  if (response.status === 429) {
    const retryAfter = retryAfterFromHeader(response.headers.get('Retry-After')) ?? (message ? retryAfterFromText(message) : undefined);
    return rateLimited(retryAfter, message);
  }
  if (response.status === 400 || response.status === 422) {
    if (message && /e-?mail/i.test(message) && /(not valid|invalid|required|restricted|blocked)/i.test(message)) {
      return { kind: 'invalid', field: 'email', reason: message };
    }
    return unknown('provider', { status: response.status, message });
  }
  return unknown('status', { status: response.status, message });
}

function magicLinkBody(request: SubscribeRequest, options: GhostAdapterOptions, integrityToken: string | undefined): GhostMagicLinkBody {
  const labels = [...new Set([...(options.labels ?? []), ...(request.interests ?? [])])];
  const body: GhostMagicLinkBody = { email: request.email, emailType: 'signup', labels };
  if (request.firstName) body.name = request.firstName;
  if (options.newsletters) body.newsletters = options.newsletters.map((name) => ({ name }));
  if (integrityToken !== undefined) body.integrityToken = integrityToken;
  return body;
}

/** Subscribes a member on a Ghost site; success means Ghost emailed a magic link. */
export function ghostAdapter(options: GhostAdapterOptions): SubscribeAdapter {
  const site = httpUrl(options?.url);
  if (!site) return misconfigured(`ghostAdapter: "${String(options?.url)}" is not an absolute http(s) site URL; nothing will be sent.`);
  const api = `${site.origin}${site.pathname.replace(/\/+$/, '')}/members/api`;
  const timeoutMs = resolveTimeout('ghostAdapter', options.timeoutMs);

  return {
    subscribe: (request, signal) =>
      settle(timeoutMs, signal, async (deadline) => {
        const tokenResponse = await fetch(`${api}/integrity-token/`, { method: 'GET', signal: deadline });
        let integrityToken: string | undefined;
        if (tokenResponse.ok) integrityToken = (await tokenResponse.text()).trim();
        // Ghost versions older than the integrity token have no such route and need no token.
        else if (tokenResponse.status !== 404) return fromError(tokenResponse);

        const response = await fetch(`${api}/send-magic-link/`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
          body: JSON.stringify(magicLinkBody(request, options, integrityToken)),
          signal: deadline,
        });
        if (response.ok) {
          await response.body?.cancel();
          return { kind: 'pending-confirmation' };
        }
        return fromError(response);
      }),
  };
}
