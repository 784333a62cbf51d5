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
 * Except a challenge: providers (Buttondown, Kit) answer a signup they suspect
 * with a captcha or "confirm you are human" page, as a 200 or as a redirect to
 * one. Whatever of the reply can be read is checked: a 2xx or 3xx body that
 * says so in its visible text (`captcha`, which covers reCAPTCHA and hCaptcha,
 * `turnstile`, "are you a robot", "not a robot", "you are/you're human") or
 * shows a captcha widget (reCAPTCHA v2, hCaptcha, Turnstile), or a redirect whose `Location`
 * names a captcha, challenge, robot or human check, is `unknown` with reason
 * `'provider'` and the status: the form shows its error and keeps the address,
 * and nobody is marked subscribed. A thank-you page that only loads a captcha
 * script (an invisible reCAPTCHA on every page of a site) is still success.
 * Browsers make
 * every redirect opaque under `redirect: 'manual'` (no status, no
 * `Location`), so there a redirect is still success; a proxy that follows
 * the provider's redirect and returns the page it lands on makes it readable.
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
  email?: string | undefined;
  /** Default `'first_name'`. */
  firstName?: string | undefined;
  /** Default `'tag'`; one field per interest, repeated. */
  interests?: string | undefined;
  source?: string | undefined;
  locale?: string | undefined;
  /** Receives `consent.version`. */
  consentVersion?: string | undefined;
  /** Receives `consent.at`. */
  consentAt?: string | undefined;
}

export interface FormPostAdapterOptions extends AdapterTimeoutOptions {
  /** The form's `action` URL; relative URLs resolve against the page. */
  url: string;
  fieldNames?: FormPostFieldNames | undefined;
  /** Constant fields the embed code carries as hidden inputs, e.g. `{ embed: '1' }`. */
  hiddenFields?: Record<string, string> | undefined;
  /** What an accepted post means for this list. Default `'pending-confirmation'`. */
  onSuccess?: 'pending-confirmation' | 'subscribed' | undefined;
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

/**
 * A challenge page: what it says (its visible text: many sites load an
 * invisible reCAPTCHA script on every page, thank-you pages included), or the
 * widget it shows (reCAPTCHA v2, hCaptcha and Turnstile containers); and where
 * a redirect to one goes.
 */
const challengeText = /captcha|turnstile|(not|are you) a robot|you.{1,7}re (a )?human/i;
const challengeWidget = /class=["'][^"']*\b(g-recaptcha|h-captcha|cf-turnstile)\b/i;
const challengeUrl = /captcha|challenge|turnstile|robot|human/i;

async function fromReply(response: Response, success: 'pending-confirmation' | 'subscribed'): Promise<SubscribeOutcome> {
  const { status } = response;
  const { json, text } = await readReply(response);
  const message = replyMessage(json, text);
  if (response.ok || response.type === 'opaqueredirect' || (status >= 300 && status < 400)) {
    return challengeText.test(plainText(text)) || challengeWidget.test(text) || challengeUrl.test(response.headers.get('Location') ?? '')
      ? unknown('provider', { status, message })
      : { kind: success };
  }
  if (status === 409) return message ? { kind: 'already-subscribed', message } : { kind: 'already-subscribed' };
  if (status === 400 || status === 422) {
    return { kind: 'invalid', field: message && /e-?mail/i.test(message) ? 'email' : 'form', reason: message ?? 'The subscription was refused.' };
  }
  if (status === 429) {
    const retryAfter = retryAfterFromHeader(response.headers.get('Retry-After')) ?? (message ? retryAfterFromText(message) : undefined);
    return rateLimited(retryAfter, message);
  }
  return unknown('status', { status, message });
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
