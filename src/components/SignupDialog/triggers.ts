/*
 * The moments a host may let the signup dialog offer itself: the end of the
 * article coming into view, a scroll depth, engaged (visible-tab) time, and exit
 * intent on pointer devices. Each `watch…` function starts listening, calls
 * `fire` at most once, and returns its cleanup. An offer never interrupts: while
 * another dialog is open or the reader is typing, it waits and tries again.
 */
import * as React from 'react';
import { shown, warnOnce } from '../../internal/dev';

export interface SignupTriggers {
  /** A button that opens the dialog: `true` for the default label, text for your own, or your own element. */
  button?: React.ReactNode | undefined;
  /** The element that marks the end of the article (a ref or a selector, looked up when the dialog mounts); offers when the reader scrolls it into view. One already in view on load counts only after it has left the view and come back. */
  endOf?: React.RefObject<Element | null> | string | undefined;
  /** Offers once the reader has seen this fraction of the page (0 to 1) by scrolling. A number: text ("0.6", as a CMS may send it) turns the trigger off, with a development warning; `null` or `false` is off. */
  scrollDepth?: number | undefined;
  /** Offers after this many seconds with the tab visible (at most `maxEngagedSeconds`, about 24 days). A number: text turns the trigger off, with a development warning; `null` or `false` is off. */
  engagedSeconds?: number | undefined;
  /** Offers when a mouse leaves through the top of the window (never on touch screens). Only `true` turns it on. */
  exitIntent?: boolean | undefined;
}

/**
 * The longest engaged time a timer can wait for (MAX_TIMEOUT_MS, about 24.8
 * days): `Infinity` would offer at once. Anything longer turns the trigger off,
 * with a development warning.
 */
export const maxEngagedSeconds = 2_147_483; // MAX_TIMEOUT_MS in whole seconds, written out: a call here would stay in every host bundle

/** How long an offer waits for the reader to finish typing or close another dialog before it tries again. */
export const retryMs = 2000;

/** The fraction of the page seen: the bottom of the viewport over the page's height. */
export function scrollDepthReached(scrollY: number, viewportHeight: number, pageHeight: number, depth: number): boolean {
  return pageHeight <= 0 || (scrollY + viewportHeight) / pageHeight >= depth;
}

export function watchScrollDepth(depth: number, fire: () => void): () => void {
  const onScroll = () => {
    if (scrollDepthReached(window.scrollY, window.innerHeight, document.documentElement.scrollHeight, depth)) {
      stop();
      fire();
    }
  };
  const stop = () => window.removeEventListener('scroll', onScroll);
  // Scrolling, not loading: a short page or a restored position alone is not reading.
  window.addEventListener('scroll', onScroll, { passive: true });
  return stop;
}

/** Counts only while the tab is visible; a hidden tab pauses the clock. */
export function watchEngagedTime(seconds: number, fire: () => void): () => void {
  let remaining = seconds * 1000;
  let startedAt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onVisibility = () => {
    if (document.visibilityState === 'visible') {
      if (timer === undefined) {
        startedAt = Date.now();
        timer = setTimeout(() => {
          stop();
          fire();
        }, remaining);
      }
    } else if (timer !== undefined) {
      clearTimeout(timer);
      timer = undefined;
      remaining -= Date.now() - startedAt;
    }
  };
  const stop = () => {
    clearTimeout(timer);
    document.removeEventListener('visibilitychange', onVisibility);
  };
  document.addEventListener('visibilitychange', onVisibility);
  onVisibility();
  return stop;
}

/** The pointer leaving the page through the top edge, towards the tabs and the address bar. Fine pointers only. */
export function watchExitIntent(fire: () => void): () => void {
  if (!window.matchMedia?.('(pointer: fine)').matches) return () => {};
  const onOut = (event: MouseEvent) => {
    // A few pixels of slack: a quick flick reports its last position just inside.
    if (!event.relatedTarget && event.clientY < 10) {
      stop();
      fire();
    }
  };
  const stop = () => document.removeEventListener('mouseout', onOut);
  document.addEventListener('mouseout', onOut);
  return stop;
}

/**
 * The end coming into view. Coming, not being: like scroll depth, an end in
 * view on load (a short post, a reload restored there) is not reading, so it
 * fires only after the end has been out of view.
 */
export function watchEndOf(target: Element, fire: () => void): () => void {
  if (typeof IntersectionObserver !== 'function') return () => {};
  let armed = false;
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) armed = true;
    else if (armed) {
      observer.disconnect();
      fire();
    }
  });
  observer.observe(target);
  return () => observer.disconnect();
}

/**
 * Why an offer must wait, or null: another dialog is open, or the reader is in
 * a field. A dialog hidden by CSS does not count: a consent banner may stay in
 * the page with `role="dialog"` and `display: none` once closed.
 */
export function readerIsBusy(doc: Document): 'dialog' | 'typing' | null {
  for (const el of doc.querySelectorAll('[role="dialog"],[role="alertdialog"],dialog[open],[aria-modal="true"]')) {
    if (!el.closest('[hidden]') && el.checkVisibility?.() !== false) return 'dialog';
  }
  const active = doc.activeElement;
  return active?.matches('input,textarea,select') || active?.closest('[contenteditable]:not([contenteditable="false"])')
    ? 'typing'
    : null;
}

/** A selector from a CMS may not parse; that finds nothing rather than throwing. */
function find(selector: string): Element | null {
  try {
    return document.querySelector(selector);
  } catch {
    return null;
  }
}

function valid(name: string, value: number | undefined, max: number): value is number {
  // null and false (a CMS's "not set") are off; '' or [] would compare as 0 and offer at once.
  if (value == null || (value as unknown) === false) return false;
  if (typeof value == 'number' && value >= 0 && value <= max) return true;
  if (process.env.NODE_ENV !== 'production') warnOnce(`SignupDialog: triggers.${name}=${shown(value)} is out of range (0 to ${max}); that trigger is off.`);
  return false;
}

/** Whether any automatic trigger is on, read as `useAutomaticTriggers` reads them ("0.6" as text is off). */
export const offersItself = ({ endOf, scrollDepth, engagedSeconds, exitIntent }: SignupTriggers = {}): boolean =>
  !!endOf || exitIntent === true || valid('scrollDepth', scrollDepth, 1) || valid('engagedSeconds', engagedSeconds, maxEngagedSeconds);

/**
 * Starts the host's automatic triggers after hydration. Any of them calls
 * `offer` when the reader is free; a busy reader is asked again every
 * `retryMs`, and so is an `offer` that answers true (not yet). Restraint (page
 * views, dismissals) is `offer`'s business.
 */
export function useAutomaticTriggers(triggers: SignupTriggers | undefined, offer: () => unknown): void {
  const latest = React.useRef(offer);
  React.useEffect(() => {
    latest.current = offer;
  });
  const { endOf, scrollDepth, engagedSeconds, exitIntent } = triggers ?? {};
  React.useEffect(() => {
    let retry: ReturnType<typeof setTimeout> | undefined;
    const attempt = () => {
      retry = undefined;
      if (readerIsBusy(document) || latest.current()) retry = setTimeout(attempt, retryMs);
    };
    const fire = () => {
      if (retry === undefined) attempt();
    };
    const stops: (() => void)[] = [];
    if (valid('scrollDepth', scrollDepth, 1)) stops.push(watchScrollDepth(scrollDepth, fire));
    if (valid('engagedSeconds', engagedSeconds, maxEngagedSeconds)) stops.push(watchEngagedTime(engagedSeconds, fire));
    if (exitIntent === true) stops.push(watchExitIntent(fire));
    if (endOf) {
      const target = typeof endOf === 'string' ? find(endOf) : endOf.current;
      if (target) stops.push(watchEndOf(target, fire));
      else if (process.env.NODE_ENV !== 'production') warnOnce(`SignupDialog: triggers.endOf found no element${typeof endOf === 'string' ? ` for "${endOf}"` : ''}; that trigger is off.`);
    }
    return () => {
      clearTimeout(retry);
      for (const stop of stops) stop();
    };
  }, [endOf, scrollDepth, engagedSeconds, exitIntent]);
}
