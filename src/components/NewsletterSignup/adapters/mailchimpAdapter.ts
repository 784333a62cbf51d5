/**
 * mailchimpAdapter: Mailchimp's embedded-form endpoint, called the way its own
 * embed script does: over JSONP, because `/subscribe/post` sends no CORS
 * headers. The form's action URL (`https://X.usN.list-manage.com/subscribe/post?u=…&id=…`)
 * becomes `/subscribe/post-json?u=…&id=…&EMAIL=…&c=<callback>`, loaded as a
 * script that calls a one-off global callback with `{ result: 'success' | 'error', msg }`.
 * The script element and the callback are removed however the call ends:
 * reply, load error, timeout or abort.
 *
 * `msg` is HTML and errors start with a field index ("0 - " is EMAIL); both
 * are removed. Success is `pending-confirmation` (double opt-in) unless the
 * wording says the address is subscribed already. Errors about an existing
 * member are `already-subscribed`, "too many … signup requests / subscribe
 * attempts" is `rate-limited`, a captcha demand (the wording names a captcha,
 * a robot or a human, even on field 0) is `unknown` (reason `'provider'`),
 * errors on field 0 or about the email address are `invalid` on `'email'`,
 * other field errors `invalid` on `'form'`, and anything else `unknown`
 * (reason `'provider'`, with the text).
 *
 * A script that fails to load (an HTTP error, a blocked host, no network) is
 * `network` / `'failed'`: the page cannot tell these apart.
 */
import { warnOnce } from '../../../internal/dev';
import { httpUrl, isRecord, misconfigured, network, plainText, rateLimited, resolveTimeout, retryAfterFromText, settle, unknown } from './shared';
import type { AdapterTimeoutOptions, SubscribeAdapter, SubscribeOutcome, SubscribeRequest } from './types';

/** How request fields map to the list's form fields, as named in its embed code. */
export interface MailchimpFields {
  /** Merge tag for the first name. Default `'FNAME'`. */
  firstName?: string | undefined;
  /** Merge tag that receives `request.source`, e.g. `'SOURCE'`. Not sent unless set. */
  source?: string | undefined;
  /** Merge tag that receives `request.locale`. Not sent unless set. */
  locale?: string | undefined;
  /** Interest id → the group checkbox's name, e.g. `{ weekly: 'group[12345][1]' }`; sent as `1`. */
  interests?: Record<string, string> | undefined;
  /** Consent channel → the marketing-permission checkbox's name, e.g. `{ email: 'gdpr[12345]' }`; sent as `Y`. */
  consent?: Record<string, string> | undefined;
  /** Constant fields from the embed code's hidden inputs, e.g. `{ tags: '4321' }`. */
  hidden?: Record<string, string> | undefined;
}

export interface MailchimpAdapterOptions extends AdapterTimeoutOptions {
  /** The embedded form's `action` URL, e.g. `https://X.us1.list-manage.com/subscribe/post?u=…&id=…`. */
  url: string;
  fields?: MailchimpFields | undefined;
}

/** The JSONP reply's shape. */
export interface MailchimpReply {
  result: 'success' | 'error';
  msg: string;
}

const subscribedWording = /thank you for subscribing|you(?:'re| are) (?:now )?subscribed|subscription (?:is )?(?:confirmed|complete)/i;
const memberWording = /already subscribed|already a (?:list )?member/i;
const rateWording = /too many (?:recent )?(?:subscribe|signup|sign-up) (?:attempts|requests)/i;
const captchaWording = /captcha|robot|human/i;
const emailWording = /e-?mail address|valid e-?mail|single @|domain portion|username portion|fake or invalid/i;

/** The outcome for a JSONP reply: exported for tests; the adapter is the API. */
export function mailchimpOutcome(reply: unknown): SubscribeOutcome {
  if (!isRecord(reply) || (reply.result !== 'success' && reply.result !== 'error')) return unknown('response');
  const raw = typeof reply.msg === 'string' ? reply.msg : '';
  const indexed = /^\s*(\d+)\s*-\s+/.exec(raw);
  const text = plainText(indexed ? raw.slice(indexed[0].length) : raw);
  const message = text ? { message: text } : {};

  if (reply.result === 'success') {
    return subscribedWording.test(text) ? { kind: 'subscribed', ...message } : { kind: 'pending-confirmation', ...message };
  }
  if (memberWording.test(text)) return { kind: 'already-subscribed', ...message };
  if (rateWording.test(text)) return rateLimited(retryAfterFromText(text), text || undefined);
  if (captchaWording.test(text)) return unknown('provider', message);
  const reason = text || 'The subscription was refused.';
  if ((indexed && Number(indexed[1]) === 0) || emailWording.test(text)) return { kind: 'invalid', field: 'email', reason };
  if (indexed) return { kind: 'invalid', field: 'form', reason };
  return unknown('provider', message);
}

function jsonpUrl(endpoint: URL, request: SubscribeRequest, fields: MailchimpFields): URL {
  const url = new URL(endpoint.href);
  url.pathname = url.pathname.replace(/\/subscribe\/post(?:-json)?\/?$/, '/subscribe/post-json');
  // A name is text: an interest or channel the host did not map may be called
  // `constructor` or `toString`, which the maps inherit as functions.
  const set = (name: string | undefined, value: string | undefined) => {
    if (typeof name == 'string' && name && value) url.searchParams.set(name, value);
  };
  for (const [name, value] of Object.entries(fields.hidden ?? {})) set(name, value);
  set('EMAIL', request.email);
  set(fields.firstName ?? 'FNAME', request.firstName);
  set(fields.source, request.source);
  set(fields.locale, request.locale);
  for (const interest of request.interests ?? []) set(fields.interests?.[interest], '1');
  for (const channel of request.consent?.channels ?? []) set(fields.consent?.[channel], 'Y');
  return url;
}

/**
 * Loads the JSONP script and waits for its callback. On abort or timeout the
 * pending script is moved into an inert document, which per HTML stops it from
 * running if its reply still arrives, so a late reply cannot call the deleted
 * callback and raise an error on the host's page.
 */
function loadJsonp(src: URL, signal: AbortSignal): Promise<SubscribeOutcome> {
  return new Promise((resolve) => {
    const scope = window as unknown as Record<string, unknown>;
    const callback = `__careerkitMailchimp_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
    const script = document.createElement('script');
    const finish = (outcome: SubscribeOutcome, pending: boolean) => {
      delete scope[callback];
      script.onload = null;
      script.onerror = null;
      signal.removeEventListener('abort', onAbort);
      if (pending) document.implementation.createHTMLDocument('').adoptNode(script);
      else script.remove();
      resolve(outcome);
    };
    const onAbort = () => finish(network('aborted'), true);

    scope[callback] = (reply: unknown) => finish(mailchimpOutcome(reply), false);
    // A classic script runs before its load event, so a load without a call is a reply that was not JSONP.
    script.onload = () => finish(unknown('response'), false);
    script.onerror = () => finish(network(navigator.onLine === false ? 'offline' : 'failed'), false);
    signal.addEventListener('abort', onAbort);
    src.searchParams.set('c', callback);
    script.async = true;
    script.src = src.href;
    (document.head ?? document.documentElement).appendChild(script);
  });
}

/** Subscribes through a Mailchimp embedded form's JSONP endpoint. Browser only. */
export function mailchimpAdapter(options: MailchimpAdapterOptions): SubscribeAdapter {
  const endpoint = httpUrl(options?.url);
  if (!endpoint || !/\/subscribe\/post(?:-json)?\/?$/.test(endpoint.pathname) || !endpoint.searchParams.get('u') || !endpoint.searchParams.get('id')) {
    return misconfigured(
      `mailchimpAdapter: "${String(options?.url)}" is not an embedded form's action URL (https://….list-manage.com/subscribe/post?u=…&id=…); nothing will be sent.`,
    );
  }
  if (!/(^|\.)list-manage\.com$/i.test(endpoint.hostname) && process.env.NODE_ENV !== 'production') {
    warnOnce(`mailchimpAdapter: "${endpoint.hostname}" is not a list-manage.com host; check the form's action URL.`);
  }
  const timeoutMs = resolveTimeout('mailchimpAdapter', options.timeoutMs);
  const fields = options.fields ?? {};

  return {
    subscribe: (request, signal) =>
      settle(timeoutMs, signal, async (deadline) => {
        if (typeof document === 'undefined') {
          return unknown('config', { message: 'mailchimpAdapter: JSONP needs a browser document; call subscribe from the page.' });
        }
        return loadJsonp(jsonpUrl(endpoint, request, fields), deadline);
      }),
  };
}
