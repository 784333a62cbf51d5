/**
 * formPostAdapter: the POST an embedded signup form makes (Buttondown, Kit and
 * the like), sent as `application/x-www-form-urlencoded` without leaving the
 * page. Field names come from the provider's embed code.
 *
 * A 2xx reply or a redirect (an opaque redirect in browsers) is success;
 * whether that means `pending-confirmation` or `subscribed` depends on the
 * list, so `onSuccess` says which (double opt-in by default). 409 is already
 * subscribed, 400/422 invalid (field `'email'` when the reply talks about the
 * email), 429 rate limited, anything else `unknown` with the status.
 *
 * Such endpoints rarely send CORS headers. Without them the browser hides the
 * reply and the outcome is `network` / `'failed'` even if the address was
 * stored, so point `url` at the page's origin (a proxy) or an endpoint that
 * allows it.
 */
import {
  isRecord,
  plainText,
  rateLimited,
  readReply,
  resolveTimeout,
  retryAfterFromHeader,
  retryAfterFromText,
  settle,
  unknown,
  withEndpoint,
} from './shared';
import type { AdapterTimeoutOptions, SubscribeAdapter, SubscribeOutcome, SubscribeRequest } from './types';

/** Names of the form fields; a request field whose name is not set is not sent. */
export interface FormPostFieldNames {
  /** Default `'email'` (Kit uses `'email_address'`). */
  email?: string;
  /** Default `'first_name'`. */
  firstName?: string;
  /** Default `'tag'`; one field per interest, repeated. */
  interests?: string;
  source?: string;
  locale?: string;
  /** Receives `consent.version`. */
  consentVersion?: string;
  /** Receives `consent.at`. */
  consentAt?: string;
}

export interface FormPostAdapterOptions extends AdapterTimeoutOptions {
  /** The form's `action` URL; relative URLs resolve against the page. */
  url: string;
  fieldNames?: FormPostFieldNames;
  /** Constant fields the embed code carries as hidden inputs, e.g. `{ embed: '1' }`. */
  hiddenFields?: Record<string, string>;
  /** What an accepted post means for this list. Default `'pending-confirmation'`. */
  onSuccess?: 'pending-confirmation' | 'subscribed';
}

const defaultFieldNames: FormPostFieldNames = { email: 'email', firstName: 'first_name', interests: 'tag' };

/** The urlencoded body for a request: hidden fields first, as the embed form would send them. */
export function formPostBody(request: SubscribeRequest, options: Pick<FormPostAdapterOptions, 'fieldNames' | 'hiddenFields'>): URLSearchParams {
  const names = { ...defaultFieldNames, ...options.fieldNames };
  const body = new URLSearchParams(options.hiddenFields);
  const add = (name: string | undefined, value: string | undefined) => {
    if (name && value) body.append(name, value);
  };
  add(names.email, request.email);
  add(names.firstName, request.firstName);
  for (const interest of request.interests ?? []) add(names.interests, interest);
  add(names.source, request.source);
  add(names.locale, request.locale);
  add(names.consentVersion, request.consent?.version);
  add(names.consentAt, request.consent?.at);
  return body;
}

const maxMessageLength = 300;

function replyMessage(json: unknown, text: string): string | undefined {
  let message: string | undefined;
  if (isRecord(json)) {
    const candidate = [json.message, json.error, json.detail].find((value) => typeof value === 'string');
    if (typeof candidate === 'string') message = plainText(candidate);
  } else if (json === undefined) {
    message = plainText(text);
  }
  if (!message) return undefined;
  return message.length > maxMessageLength ? `${message.slice(0, maxMessageLength - 1)}…` : message;
}

async function fromReply(response: Response, success: 'pending-confirmation' | 'subscribed'): Promise<SubscribeOutcome> {
  const redirected = response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400);
  if (response.ok || redirected) {
    await response.body?.cancel();
    return { kind: success };
  }
  const { json, text } = await readReply(response);
  const message = replyMessage(json, text);
  if (response.status === 409) return message ? { kind: 'already-subscribed', message } : { kind: 'already-subscribed' };
  if (response.status === 400 || response.status === 422) {
    return { kind: 'invalid', field: message && /e-?mail/i.test(message) ? 'email' : 'form', reason: message ?? 'The subscription was refused.' };
  }
  if (response.status === 429) {
    const retryAfter = retryAfterFromHeader(response.headers.get('Retry-After')) ?? (message ? retryAfterFromText(message) : undefined);
    return rateLimited(retryAfter, message);
  }
  return unknown('status', { status: response.status, message });
}

/** Subscribes by posting the fields an embedded signup form would post. */
export function formPostAdapter(options: FormPostAdapterOptions): SubscribeAdapter {
  return withEndpoint('formPostAdapter', options?.url, (action) => {
    const timeoutMs = resolveTimeout('formPostAdapter', options.timeoutMs);
    const success = options.onSuccess === 'subscribed' ? 'subscribed' : 'pending-confirmation';
    return {
      subscribe: (request, signal) =>
        settle(timeoutMs, signal, async (deadline) => {
          const response = await fetch(action, {
            method: 'POST',
            body: formPostBody(request, options),
            redirect: 'manual',
            signal: deadline,
          });
          return fromReply(response, success);
        }),
    };
  });
}
