/**
 * When an automatic signup offer may appear. One small JSON record per offer in
 * localStorage (page views, subscribed, last dismissal, "don't show again") and
 * one in sessionStorage (already offered this session), both under
 * `ck-signup:<id>`. Storage that throws (private modes, blocked cookies, a full
 * quota) is replaced by memory for the rest of the page's life, and its failure
 * alone means "don't offer": a reader we cannot remember is a reader we would
 * pester on every page. The explicit button ignores all of this.
 */
import { shown, warnOnce } from '../../internal/dev';

export interface SignupRecord {
  /** Page views counted so far, this one included. */
  views: number;
  /** The reader subscribed (or was pending confirmation, or already on the list). */
  subscribed: boolean;
  /** Epoch ms of the last close without subscribing. */
  dismissedAt?: number | undefined;
  /** The reader chose "Don't show this again". */
  never: boolean;
}

export interface OfferState {
  record: SignupRecord;
  /** Already offered automatically in this browser session. */
  offeredThisSession: boolean;
  /** Both storages worked; false means we cannot remember the reader. */
  storageOk: boolean;
}

/** Why an offer is made or withheld, in the order the rules are checked. */
export type OfferVerdict = 'offer' | 'no-storage' | 'subscribed' | 'never' | 'first-view' | 'session' | 'dismissed';

export const defaultDismissDays = 30;
const DAY = 86_400_000;

export function shouldOffer(state: OfferState, now: number, options: { dismissDays: number }): OfferVerdict {
  const { record } = state;
  if (!state.storageOk) return 'no-storage';
  if (record.subscribed) return 'subscribed';
  if (record.never) return 'never';
  if (record.views < 2) return 'first-view';
  if (state.offeredThisSession) return 'session';
  // A dismissal in the future (a clock set back) counts as recent.
  if (record.dismissedAt !== undefined && now - record.dismissedAt < options.dismissDays * DAY) return 'dismissed';
  return 'offer';
}

/** `dismissDays` from a host or a CMS: NaN, negative or not a number falls back to the default. */
export function resolveDismissDays(value: unknown): number {
  if (value === undefined) return defaultDismissDays;
  if (typeof value === 'number' && value >= 0) return value;
  if (process.env.NODE_ENV !== 'production') {
    warnOnce(`SignupDialog: dismissDays=${shown(value)} is not a number of days (0 or more); using ${defaultDismissDays}.`);
  }
  return defaultDismissDays;
}

export const storageKey = (id: string) => `ck-signup:${id}`;

type Kind = 'localStorage' | 'sessionStorage';
const memory = new Map<string, string>();
const failed = new Set<Kind>();

/** The stored text, or null. Falls back to memory once a storage has thrown. */
function read(kind: Kind, key: string): string | null {
  if (!failed.has(kind)) {
    try {
      return window[kind].getItem(key);
    } catch {
      failed.add(kind);
    }
  }
  return memory.get(`${kind}:${key}`) ?? null;
}

function write(kind: Kind, key: string, value: string): void {
  if (!failed.has(kind)) {
    try {
      window[kind].setItem(key, value);
      return;
    } catch {
      failed.add(kind);
    }
  }
  memory.set(`${kind}:${key}`, value);
}

function parse(text: string | null): Record<string, unknown> {
  try {
    const value: unknown = text ? JSON.parse(text) : null;
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Reads both records; anything malformed reads as never set. */
export function readOfferState(id: string): OfferState {
  const stored = parse(read('localStorage', storageKey(id)));
  const session = parse(read('sessionStorage', storageKey(id)));
  const { views, dismissedAt } = stored;
  return {
    record: {
      views: typeof views === 'number' && views >= 0 && views < Infinity ? views : 0,
      subscribed: stored.subscribed === true,
      dismissedAt: typeof dismissedAt === 'number' && Number.isFinite(dismissedAt) ? dismissedAt : undefined,
      never: stored.never === true,
    },
    offeredThisSession: session.offered === true,
    storageOk: failed.size === 0,
  };
}

/** Applies `change` to the stored record and writes it back. */
export function updateRecord(id: string, change: Partial<SignupRecord>): void {
  const { record } = readOfferState(id);
  write('localStorage', storageKey(id), JSON.stringify({ ...record, ...change }));
}

/**
 * Tells every SignupDialog with this `storageId` (default `newsletter`) that
 * the reader has joined, so no automatic trigger offers the dialog again. Call
 * it when another form joins them: `onOutcome={(o) => isJoined(o.kind) && markSubscribed()}`
 * on an inline NewsletterSignup.
 */
export function markSubscribed(storageId = 'newsletter'): void {
  updateRecord(storageId, { subscribed: true });
}

export function markOffered(id: string): void {
  write('sessionStorage', storageKey(id), JSON.stringify({ offered: true }));
}

const counted = new Map<string, string>();

/**
 * Counts a page view for this offer. Two dialogs with the same id on one page
 * (and React's development double effects) count once; a client-side navigation
 * to another URL counts again.
 */
export function countPageView(id: string): void {
  const page = window.location.href;
  if (counted.get(id) === page) return;
  counted.set(id, page);
  updateRecord(id, { views: readOfferState(id).record.views + 1 });
}

/** For tests: forget the memory fallback, failed storages and counted views. */
export function resetRestraintMemory(): void {
  memory.clear();
  failed.clear();
  counted.clear();
}
