import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  countPageView,
  defaultDismissDays,
  markOffered,
  markSubscribed,
  readOfferState,
  resetRestraintMemory,
  resolveDismissDays,
  shouldOffer,
  updateRecord,
  type OfferState,
  type SignupRecord,
} from './restraint';

const DAY = 86_400_000;
const now = Date.UTC(2025, 2, 13, 9, 0);

/** A returning reader who has never seen the offer: the state in which it may appear. */
function state(record: Partial<SignupRecord> = {}, more: Partial<OfferState> = {}): OfferState {
  return {
    record: { views: 2, subscribed: false, never: false, ...record },
    offeredThisSession: false,
    storageOk: true,
    ...more,
  };
}
const offer = (s: OfferState, dismissDays = 30) => shouldOffer(s, now, { dismissDays });

describe('shouldOffer', () => {
  it('offers to a returning reader who has not seen it', () => {
    expect(offer(state())).toBe('offer');
  });

  it('never offers on the first page view', () => {
    expect(offer(state({ views: 1 }))).toBe('first-view');
    expect(offer(state({ views: 0 }))).toBe('first-view');
  });

  it('never offers after the reader subscribed', () => {
    expect(offer(state({ subscribed: true, views: 40 }))).toBe('subscribed');
  });

  it('offers at most once per session', () => {
    expect(offer(state({}, { offeredThisSession: true }))).toBe('session');
  });

  it('never offers after "Don’t show this again"', () => {
    expect(offer(state({ never: true, dismissedAt: now - 400 * DAY }))).toBe('never');
  });

  it('never offers when storage does not work, whatever the record says', () => {
    expect(offer(state({ views: 9 }, { storageOk: false }))).toBe('no-storage');
  });

  describe('given a dismissal', () => {
    it('waits dismissDays from the dismissal', () => {
      expect(offer(state({ dismissedAt: now - 29 * DAY }))).toBe('dismissed');
      expect(offer(state({ dismissedAt: now - 30 * DAY + 1 }))).toBe('dismissed');
      expect(offer(state({ dismissedAt: now - 30 * DAY }))).toBe('offer');
    });

    it('uses the host’s window', () => {
      expect(offer(state({ dismissedAt: now - 3 * DAY }), 2)).toBe('offer');
      expect(offer(state({ dismissedAt: now - 3 * DAY }), 7)).toBe('dismissed');
      expect(offer(state({ dismissedAt: now - 1 }), 0)).toBe('offer');
    });

    it('treats a dismissal dated in the future (a clock set back) as recent', () => {
      expect(offer(state({ dismissedAt: now + DAY }))).toBe('dismissed');
    });
  });
});

describe('resolveDismissDays', () => {
  let warn: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  });

  it('defaults to 30 days', () => {
    expect(resolveDismissDays(undefined)).toBe(defaultDismissDays);
    expect(defaultDismissDays).toBe(30);
    expect(warn).not.toHaveBeenCalled();
  });

  it('keeps 0, fractions and Infinity', () => {
    expect(resolveDismissDays(0)).toBe(0);
    expect(resolveDismissDays(0.5)).toBe(0.5);
    expect(resolveDismissDays(Infinity)).toBe(Infinity);
    expect(warn).not.toHaveBeenCalled();
  });

  it.each([[NaN], [-1], [-Infinity], ['30'], [null]])('falls back to the default for %s, with a development warning', (value) => {
    expect(resolveDismissDays(value)).toBe(30);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/SignupDialog: dismissDays=.* using 30/));
  });
});

describe('the stored record', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
    resetRestraintMemory();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('starts empty: no views, not subscribed, nothing dismissed', () => {
    expect(readOfferState('letter')).toEqual({
      record: { views: 0, subscribed: false, dismissedAt: undefined, never: false },
      offeredThisSession: false,
      storageOk: true,
    });
  });

  it('lives under a namespaced key as one small JSON object', () => {
    updateRecord('letter', { subscribed: true });
    markOffered('letter');
    expect(JSON.parse(localStorage.getItem('ck-signup:letter')!)).toEqual({ views: 0, subscribed: true, never: false });
    expect(JSON.parse(sessionStorage.getItem('ck-signup:letter')!)).toEqual({ offered: true });
    expect(readOfferState('letter').offeredThisSession).toBe(true);
    expect(readOfferState('other').record.subscribed).toBe(false);
  });

  it('learns from markSubscribed() that another form joined the reader, so no trigger offers again', () => {
    countPageView('newsletter');
    markSubscribed();
    const { record } = readOfferState('newsletter');
    expect(record.subscribed).toBe(true);
    expect(shouldOffer(state(record), now, { dismissDays: 30 })).toBe('subscribed');
    markSubscribed('weekly');
    expect(readOfferState('weekly').record.subscribed).toBe(true);
  });

  it('counts one page view per page, however many dialogs share the id', () => {
    countPageView('letter');
    countPageView('letter');
    expect(readOfferState('letter').record.views).toBe(1);
    window.history.pushState({}, '', '/advice/second-post');
    countPageView('letter');
    expect(readOfferState('letter').record.views).toBe(2);
    window.history.pushState({}, '', '/');
  });

  it.each([
    ['not JSON', '{views: 3'],
    ['an array', '[3]'],
    ['a number', '7'],
    ['null', 'null'],
  ])('reads %s as empty', (_, text) => {
    localStorage.setItem('ck-signup:letter', text);
    sessionStorage.setItem('ck-signup:letter', text);
    const read = readOfferState('letter');
    expect(read.record).toEqual({ views: 0, subscribed: false, dismissedAt: undefined, never: false });
    expect(read.offeredThisSession).toBe(false);
    expect(read.storageOk).toBe(true);
  });

  it('ignores fields of the wrong type', () => {
    localStorage.setItem(
      'ck-signup:letter',
      JSON.stringify({ views: '9', subscribed: 'yes', dismissedAt: 'yesterday', never: 1 }),
    );
    expect(readOfferState('letter').record).toEqual({ views: 0, subscribed: false, dismissedAt: undefined, never: false });
  });

  describe('given storage that throws on access (blocked cookies, a SecurityError)', () => {
    it('falls back to memory and reports that nothing may be offered', () => {
      vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      });
      countPageView('letter');
      window.history.pushState({}, '', '/advice/another');
      countPageView('letter');
      window.history.pushState({}, '', '/');
      const read = readOfferState('letter');
      expect(read.record.views).toBe(2);
      expect(read.storageOk).toBe(false);
      expect(shouldOffer(read, now, { dismissDays: 30 })).toBe('no-storage');
    });
  });

  describe('given storage that refuses writes (a private mode, a full quota)', () => {
    it('keeps the record in memory and reports that nothing may be offered', () => {
      vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      });
      updateRecord('letter', { views: 5 });
      markOffered('letter');
      const read = readOfferState('letter');
      expect(read.record.views).toBe(5);
      expect(read.offeredThisSession).toBe(true);
      expect(read.storageOk).toBe(false);
    });
  });
});
