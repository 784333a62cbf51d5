/**
 * The contract between the NewsletterSignup form and whatever stores the address:
 * one request shape and one set of outcomes for every provider, so the form never
 * learns which provider it talks to.
 */

/** Which consent text the reader saw, and when they agreed to it. */
export interface SubscribeConsent {
  /** The host's id for the consent wording shown, e.g. `'2025-03-newsletter'`. */
  version: string;
  /** When the reader gave consent, as an ISO 8601 timestamp. */
  at: string;
  /** What the consent covers, e.g. `['email']`; omitted means the newsletter alone. */
  channels?: string[] | undefined;
}

/** What the form hands an adapter. The form normalises; adapters send values as given. */
export interface SubscribeRequest {
  /** Trimmed and validated by the form. */
  email: string;
  firstName?: string | undefined;
  /** Ids of the topics the reader ticked. */
  interests?: string[] | undefined;
  consent: SubscribeConsent;
  /** Where the form was: a page URL, a placement name, or both, e.g. `'https://example.com/advice#footer'`. */
  source?: string | undefined;
  /** BCP 47 tag of the page the reader used, e.g. `'en-GB'`. */
  locale?: string | undefined;
}

/** Every outcome kind, in one place: the form switches on `outcome.kind`. */
export const subscribeOutcomeKinds = [
  'subscribed',
  'pending-confirmation',
  'already-subscribed',
  'invalid',
  'rate-limited',
  'network',
  'unknown',
] as const;
export type SubscribeOutcomeKind = (typeof subscribeOutcomeKinds)[number];

/** The outcomes after which the reader is on the list (or about to confirm): the signup has ended. */
export const joinedOutcomeKinds = ['subscribed', 'pending-confirmation', 'already-subscribed'] as const;
export type JoinedOutcomeKind = (typeof joinedOutcomeKinds)[number];

export const isJoined = (kind: string): kind is JoinedOutcomeKind => (joinedOutcomeKinds as readonly string[]).includes(kind);

/**
 * The field a provider rejected. `'form'` means the provider refused the
 * submission without naming a field the form has.
 */
export const invalidFields = ['email', 'firstName', 'interests', 'consent', 'form'] as const;
export type InvalidField = (typeof invalidFields)[number];

/**
 * Why no answer arrived. A timeout is a network outcome with reason `'timeout'`
 * (not a kind of its own): for the reader it is the same "try again" situation.
 * `'aborted'` means the caller's signal fired. The form passes none: a request
 * it sent runs to its answer, also when the form unmounts (a dialog closed while
 * it was subscribing), and the answer still reaches `onOutcome`.
 */
export const networkReasons = ['offline', 'failed', 'timeout', 'aborted'] as const;
export type NetworkReason = (typeof networkReasons)[number];

/**
 * Why an answer could not be classified: an HTTP status no rule covers, a reply
 * that could not be read, a provider error with unrecognised wording, or an
 * adapter whose options are wrong (it never sent anything).
 */
export const unknownReasons = ['status', 'response', 'provider', 'config'] as const;
export type UnknownReason = (typeof unknownReasons)[number];

/**
 * `message` is the provider's own wording as plain text (HTML stripped), for
 * logs and support. It is not localised; the form shows its own copy per kind.
 */
interface OutcomeBase {
  message?: string | undefined;
}

/** On the list now (single opt-in). */
export interface SubscribedOutcome extends OutcomeBase {
  kind: 'subscribed';
}

/** The provider sent a confirmation email (double opt-in, magic link). */
export interface PendingConfirmationOutcome extends OutcomeBase {
  kind: 'pending-confirmation';
}

export interface AlreadySubscribedOutcome extends OutcomeBase {
  kind: 'already-subscribed';
}

export interface InvalidOutcome extends OutcomeBase {
  kind: 'invalid';
  field: InvalidField;
  /** The provider's reason as plain text, or a short fallback when it gave none. */
  reason: string;
}

/**
 * Too many attempts. When the provider says when to retry, both fields are
 * set: `retryAfter` in whole seconds from the answer, `retryAt` as a Date.
 */
export interface RateLimitedOutcome extends OutcomeBase {
  kind: 'rate-limited';
  retryAfter?: number | undefined;
  retryAt?: Date | undefined;
}

export interface NetworkOutcome extends OutcomeBase {
  kind: 'network';
  reason: NetworkReason;
}

export interface UnknownOutcome extends OutcomeBase {
  kind: 'unknown';
  reason: UnknownReason;
  /** The HTTP status, when there was a response. */
  status?: number | undefined;
}

export type SubscribeOutcome =
  | SubscribedOutcome
  | PendingConfirmationOutcome
  | AlreadySubscribedOutcome
  | InvalidOutcome
  | RateLimitedOutcome
  | NetworkOutcome
  | UnknownOutcome;

/** The outcome type for one kind, e.g. `SubscribeOutcomeOf<'invalid'>`. */
export type SubscribeOutcomeOf<K extends SubscribeOutcomeKind> = Extract<SubscribeOutcome, { kind: K }>;

/**
 * What the form calls. `subscribe` never rejects: every failure, including the
 * caller's abort and the adapter's own timeout, resolves to an outcome.
 */
export interface SubscribeAdapter {
  subscribe(request: SubscribeRequest, signal?: AbortSignal): Promise<SubscribeOutcome>;
}

/** Options every adapter takes. */
export interface AdapterTimeoutOptions {
  /**
   * Give up after this many milliseconds (default 10 000) with `{ kind: 'network', reason: 'timeout' }`.
   * More than a timer can hold (2^31 - 1, about 24.8 days) means the default, with a development warning.
   */
  timeoutMs?: number | undefined;
}

export const defaultTimeoutMs = 10_000;
