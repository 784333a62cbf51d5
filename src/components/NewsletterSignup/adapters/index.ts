/**
 * Subscription adapters for NewsletterSignup: one module per provider, so a
 * host's bundle carries only the adapter it imports.
 */
export {
  defaultTimeoutMs,
  invalidFields,
  isJoined,
  joinedOutcomeKinds,
  networkReasons,
  subscribeOutcomeKinds,
  unknownReasons,
} from './types';
export type {
  AdapterTimeoutOptions,
  AlreadySubscribedOutcome,
  InvalidField,
  InvalidOutcome,
  JoinedOutcomeKind,
  NetworkOutcome,
  NetworkReason,
  PendingConfirmationOutcome,
  RateLimitedOutcome,
  SubscribeAdapter,
  SubscribeConsent,
  SubscribedOutcome,
  SubscribeOutcome,
  SubscribeOutcomeKind,
  SubscribeOutcomeOf,
  SubscribeRequest,
  UnknownOutcome,
  UnknownReason,
} from './types';
export { fetchAdapter, fetchReplyStatuses } from './fetchAdapter';
export type { FetchAdapterOptions, FetchReplyBody, FetchReplyStatus } from './fetchAdapter';
export { mailchimpAdapter } from './mailchimpAdapter';
export type { MailchimpAdapterOptions, MailchimpFields, MailchimpReply } from './mailchimpAdapter';
export { ghostAdapter } from './ghostAdapter';
export type { GhostAdapterOptions, GhostMagicLinkBody } from './ghostAdapter';
export { formPostAdapter } from './formPostAdapter';
export type { FormPostAdapterOptions, FormPostFieldNames } from './formPostAdapter';
