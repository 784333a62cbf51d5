import { render } from '@testing-library/react';
import { MAX_TIMEOUT_MS } from '../../internal/timer';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  maxEngagedSeconds,
  readerIsBusy,
  retryMs,
  scrollDepthReached,
  useAutomaticTriggers,
  watchEndOf,
  watchEngagedTime,
  watchExitIntent,
  watchScrollDepth,
  type SignupTriggers,
} from './triggers';

function setVisibility(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

function scrollTo(y: number, { viewport = 800, page = 4000 } = {}) {
  Object.defineProperty(window, 'scrollY', { configurable: true, value: y });
  Object.defineProperty(window, 'innerHeight', { configurable: true, value: viewport });
  Object.defineProperty(document.documentElement, 'scrollHeight', { configurable: true, value: page });
  window.dispatchEvent(new Event('scroll'));
}

function pointer(fine: boolean) {
  window.matchMedia = vi.fn((query: string) => ({ matches: fine && query === '(pointer: fine)', media: query })) as never;
}

const leaveThroughTop = (clientY = -2) =>
  document.dispatchEvent(new MouseEvent('mouseout', { clientY, clientX: 300, relatedTarget: null }));

afterEach(() => {
  vi.useRealTimers();
  setVisibility('visible');
  // @ts-expect-error jsdom has none; tests add their own
  delete window.matchMedia;
  // @ts-expect-error as above
  delete window.IntersectionObserver;
  document.body.innerHTML = '';
});

describe('scroll depth', () => {
  it('is the bottom of the viewport over the page height', () => {
    expect(scrollDepthReached(0, 800, 4000, 0.5)).toBe(false);
    expect(scrollDepthReached(1199, 800, 4000, 0.5)).toBe(false);
    expect(scrollDepthReached(1200, 800, 4000, 0.5)).toBe(true);
    expect(scrollDepthReached(3200, 800, 4000, 1)).toBe(true);
  });

  it('fires once, on the scroll that reaches the depth', () => {
    const fire = vi.fn();
    const stop = watchScrollDepth(0.6, fire);
    scrollTo(1000);
    expect(fire).not.toHaveBeenCalled();
    scrollTo(1700);
    expect(fire).toHaveBeenCalledTimes(1);
    scrollTo(3200);
    expect(fire).toHaveBeenCalledTimes(1);
    stop();
  });

  it('needs a scroll: a page already showing the depth on load does not fire by itself', () => {
    const fire = vi.fn();
    Object.defineProperty(document.documentElement, 'scrollHeight', { configurable: true, value: 500 });
    const stop = watchScrollDepth(0.5, fire);
    expect(fire).not.toHaveBeenCalled();
    stop();
    scrollTo(10);
    expect(fire).not.toHaveBeenCalled();
  });
});

describe('engaged time', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  it('fires after the given seconds with the tab visible', () => {
    const fire = vi.fn();
    watchEngagedTime(30, fire);
    vi.advanceTimersByTime(29_999);
    expect(fire).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fire).toHaveBeenCalledTimes(1);
  });

  it('stops the clock while the tab is hidden', () => {
    const fire = vi.fn();
    watchEngagedTime(30, fire);
    vi.advanceTimersByTime(20_000);
    setVisibility('hidden');
    vi.advanceTimersByTime(10 * 60_000);
    expect(fire).not.toHaveBeenCalled();
    setVisibility('visible');
    vi.advanceTimersByTime(9_999);
    expect(fire).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fire).toHaveBeenCalledTimes(1);
  });

  it('does not start counting in a tab opened in the background', () => {
    setVisibility('hidden');
    const fire = vi.fn();
    watchEngagedTime(5, fire);
    vi.advanceTimersByTime(60_000);
    expect(fire).not.toHaveBeenCalled();
    setVisibility('visible');
    vi.advanceTimersByTime(5_000);
    expect(fire).toHaveBeenCalledTimes(1);
  });

  it('stops for good when cleaned up', () => {
    const fire = vi.fn();
    const stop = watchEngagedTime(5, fire);
    stop();
    setVisibility('hidden');
    setVisibility('visible');
    vi.advanceTimersByTime(60_000);
    expect(fire).not.toHaveBeenCalled();
  });
});

describe('exit intent', () => {
  it('fires when a mouse leaves through the top of the window', () => {
    pointer(true);
    const fire = vi.fn();
    watchExitIntent(fire);
    leaveThroughTop();
    leaveThroughTop();
    expect(fire).toHaveBeenCalledTimes(1);
  });

  it('ignores the pointer moving between elements or leaving through the bottom', () => {
    pointer(true);
    const fire = vi.fn();
    const stop = watchExitIntent(fire);
    document.body.innerHTML = '<p>One</p><p>Two</p>';
    const [one, two] = document.querySelectorAll('p');
    one!.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, clientY: 0, relatedTarget: two }));
    document.dispatchEvent(new MouseEvent('mouseout', { clientY: 900, relatedTarget: null }));
    expect(fire).not.toHaveBeenCalled();
    stop();
  });

  it('never listens on a touch screen (coarse pointer)', () => {
    pointer(false);
    const fire = vi.fn();
    watchExitIntent(fire);
    leaveThroughTop();
    expect(fire).not.toHaveBeenCalled();
  });

  it('never listens where matchMedia is missing', () => {
    const fire = vi.fn();
    watchExitIntent(fire);
    leaveThroughTop();
    expect(fire).not.toHaveBeenCalled();
  });
});

/** A stand-in IntersectionObserver that the test drives by hand. */
function mockIntersectionObserver() {
  const observers: { callback: IntersectionObserverCallback; targets: Element[]; disconnected: boolean }[] = [];
  class FakeObserver {
    entry: (typeof observers)[number];
    constructor(callback: IntersectionObserverCallback) {
      this.entry = { callback, targets: [], disconnected: false };
      observers.push(this.entry);
    }
    observe(target: Element) {
      this.entry.targets.push(target);
    }
    disconnect() {
      this.entry.disconnected = true;
    }
  }
  window.IntersectionObserver = FakeObserver as never;
  return {
    observers,
    show(target: Element, isIntersecting: boolean) {
      for (const o of observers) {
        if (!o.disconnected && o.targets.includes(target)) {
          o.callback([{ target, isIntersecting } as IntersectionObserverEntry], o as never);
        }
      }
    },
  };
}

describe('end of the article', () => {
  it('fires when the end comes into view, once', () => {
    const io = mockIntersectionObserver();
    document.body.innerHTML = '<article><p>Reply.</p><h2 id="comments">15 Comments</h2></article>';
    const end = document.getElementById('comments')!;
    const fire = vi.fn();
    watchEndOf(end, fire);
    io.show(end, false);
    expect(fire).not.toHaveBeenCalled();
    io.show(end, true);
    io.show(end, true);
    expect(fire).toHaveBeenCalledTimes(1);
    expect(io.observers[0]!.disconnected).toBe(true);
  });

  it('does nothing where IntersectionObserver is missing', () => {
    document.body.innerHTML = '<h2>Comments</h2>';
    expect(() => watchEndOf(document.body.firstElementChild!, vi.fn())()).not.toThrow();
  });
});

describe('readerIsBusy', () => {
  it('is free on a plain page', () => {
    document.body.innerHTML = '<main><a href="#c">Comments</a></main>';
    document.querySelector('a')!.focus();
    expect(readerIsBusy(document)).toBeNull();
  });

  it.each([
    ['a role=dialog', '<div role="dialog" aria-label="Cookies"></div>'],
    ['an alertdialog', '<div role="alertdialog" aria-label="Session ends"></div>'],
    ['an open <dialog>', '<dialog open>Report</dialog>'],
    ['an aria-modal element', '<div aria-modal="true"></div>'],
  ])('waits while %s is open', (_, html) => {
    document.body.innerHTML = html;
    expect(readerIsBusy(document)).toBe('dialog');
  });

  it('does not wait for a closed <dialog> or a hidden one', () => {
    document.body.innerHTML = '<dialog>Closed</dialog><div hidden><div role="dialog" aria-label="Menu"></div></div>';
    expect(readerIsBusy(document)).toBeNull();
  });

  it.each([
    ['a text input', '<input aria-label="Search" />'],
    ['a textarea', '<textarea aria-label="Comment"></textarea>'],
    ['a select', '<select aria-label="Sort"><option>Newest</option></select>'],
    ['a contenteditable region', '<div contenteditable="true" tabindex="0"><p tabindex="-1">Draft</p></div>'],
  ])('waits while the reader is in %s', (_, html) => {
    document.body.innerHTML = html;
    (document.querySelector('p, input, textarea, select') as HTMLElement).focus();
    expect(readerIsBusy(document)).toBe('typing');
  });
});

function Harness({ triggers, offer }: { triggers: SignupTriggers; offer: () => void }) {
  useAutomaticTriggers(triggers, offer);
  return <textarea aria-label="Comment" />;
}

describe('useAutomaticTriggers', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  it('offers when a trigger fires and the reader is free', () => {
    const offer = vi.fn();
    render(<Harness triggers={{ engagedSeconds: 5 }} offer={offer} />);
    vi.advanceTimersByTime(5000);
    expect(offer).toHaveBeenCalledTimes(1);
  });

  it('waits while the reader types, then offers once they leave the field', () => {
    const offer = vi.fn();
    const { getByRole } = render(<Harness triggers={{ engagedSeconds: 5 }} offer={offer} />);
    const field = getByRole('textbox');
    field.focus();
    vi.advanceTimersByTime(5000 + 3 * retryMs);
    expect(offer).not.toHaveBeenCalled();
    field.blur();
    vi.advanceTimersByTime(retryMs);
    expect(offer).toHaveBeenCalledTimes(1);
  });

  it('waits while another dialog is open', () => {
    const offer = vi.fn();
    render(<Harness triggers={{ engagedSeconds: 1 }} offer={offer} />);
    const other = document.createElement('div');
    other.setAttribute('role', 'dialog');
    document.body.append(other);
    vi.advanceTimersByTime(1000 + 5 * retryMs);
    expect(offer).not.toHaveBeenCalled();
    other.remove();
    vi.advanceTimersByTime(retryMs);
    expect(offer).toHaveBeenCalledTimes(1);
  });

  it('keeps one pending attempt when several triggers fire while the reader is busy', () => {
    pointer(true);
    const offer = vi.fn();
    const { getByRole } = render(<Harness triggers={{ engagedSeconds: 1, exitIntent: true }} offer={offer} />);
    getByRole('textbox').focus();
    vi.advanceTimersByTime(1000);
    leaveThroughTop();
    getByRole('textbox').blur();
    vi.advanceTimersByTime(retryMs);
    expect(offer).toHaveBeenCalledTimes(1);
  });

  it('does not arm exit intent for anything but true (a CMS sending "false" as text)', () => {
    pointer(true);
    const offer = vi.fn();
    render(<Harness triggers={{ exitIntent: 'false' as never }} offer={offer} />);
    leaveThroughTop();
    expect(offer).not.toHaveBeenCalled();
  });

  it('finds the end of the article by selector', () => {
    const io = mockIntersectionObserver();
    const offer = vi.fn();
    document.body.innerHTML = '<h2 id="comments">Comments</h2>';
    render(<Harness triggers={{ endOf: '#comments' }} offer={offer} />);
    // A real observer reports first where the end is (here below the fold), then when it comes into view.
    io.show(document.getElementById('comments')!, false);
    io.show(document.getElementById('comments')!, true);
    expect(offer).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['null', null],
    ['false', false],
    ['an empty string', ''],
    ['an empty list', []],
  ])('leaves a trigger set to %s (a CMS\'s "not set") off, instead of offering at once', (_label, value) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const offer = vi.fn();
    render(<Harness triggers={{ engagedSeconds: value as never, scrollDepth: value as never }} offer={offer} />);
    vi.advanceTimersByTime(60_000);
    window.dispatchEvent(new Event('scroll'));
    expect(offer).not.toHaveBeenCalled();
  });

  it('turns off a number sent as text, with a development warning, like any other value that is not a number', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const offer = vi.fn();
    render(<Harness triggers={{ engagedSeconds: '5' as never }} offer={offer} />);
    vi.advanceTimersByTime(60_000);
    expect(offer).not.toHaveBeenCalled();
    // In quotes: the warning shows it was text.
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('triggers.engagedSeconds="5" is out of range'));
  });

  it('turns off a trigger it cannot use, with a development warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    mockIntersectionObserver();
    render(<Harness triggers={{ endOf: '#nowhere', scrollDepth: 50, engagedSeconds: NaN }} offer={vi.fn()} />);
    render(<Harness triggers={{ endOf: 'not a [selector' }} offer={vi.fn()} />);
    const messages = warn.mock.calls.map((call) => String(call[0]));
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining('triggers.scrollDepth=50 is out of range'),
        expect.stringContaining('triggers.engagedSeconds=NaN is out of range'),
        expect.stringContaining('triggers.endOf found no element for "#nowhere"'),
        expect.stringContaining('triggers.endOf found no element for "not a [selector"'),
      ]),
    );
  });

  // Browsers (and Node) run a timeout longer than 2^31 - 1 ms (about 24.8
  // days) at once; the fake timers do the same.
  it.each([
    ['Infinity', Infinity],
    ['30 days', 30 * 86_400],
  ])('turns off an engaged time of %s, which no timer can wait for, with a development warning', (_label, seconds) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const offer = vi.fn();
    render(<Harness triggers={{ engagedSeconds: seconds }} offer={offer} />);
    vi.advanceTimersByTime(60_000);
    expect(offer).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(`triggers.engagedSeconds=${seconds} is out of range`));
  });

  it('still waits for the longest engaged time a timer can hold (about 24.8 days)', () => {
    expect(maxEngagedSeconds).toBe(Math.floor(MAX_TIMEOUT_MS / 1000));
    const offer = vi.fn();
    render(<Harness triggers={{ engagedSeconds: maxEngagedSeconds }} offer={offer} />);
    vi.advanceTimersByTime(maxEngagedSeconds * 1000 - 1);
    expect(offer).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(offer).toHaveBeenCalledTimes(1);
  });

  it('stops every trigger on unmount', () => {
    pointer(true);
    const offer = vi.fn();
    const { unmount } = render(<Harness triggers={{ engagedSeconds: 1, exitIntent: true, scrollDepth: 0.1 }} offer={offer} />);
    unmount();
    vi.advanceTimersByTime(10_000);
    leaveThroughTop();
    scrollTo(3000);
    expect(offer).not.toHaveBeenCalled();
  });
});
