import * as React from 'react';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderAndHydrate } from '../../../tests/ssr/harness';
import { expectNoAxeViolations } from '../../../tests/support/axe';
import type { SubscribeAdapter, SubscribeOutcome } from '../NewsletterSignup/adapters/types';
import { readOfferState, resetRestraintMemory } from './restraint';
import { SignupDialog, type SignupDialogProps } from './SignupDialog';
import { retryMs } from './triggers';
import { answerLater } from '../../../tests/support/adapters';

const consent = { version: '2025-03-letter', privacyUrl: 'https://example.com/privacy' };
const key = 'ck-signup:newsletter';
const DAY = 86_400_000;

/** The reader has been here before: this render is their second page view. */
function returningReader(record: Record<string, unknown> = {}) {
  localStorage.setItem(key, JSON.stringify({ views: 1, ...record }));
}

const adapter = (kind: SubscribeOutcome['kind'] = 'subscribed'): SubscribeAdapter => ({
  subscribe: vi.fn(async () => ({ kind }) as SubscribeOutcome),
});

function Page(props: Partial<SignupDialogProps>) {
  return (
    <main>
      <p>
        In the 13 March Weekly Letter, a reader who missed an interview asks how to apologise.{' '}
        <a href="#reply">Read the reply</a>
      </p>
      <SignupDialog consent={consent} minFillMs={0} {...props} />
    </main>
  );
}

/** Waits long enough for a 50 ms trigger, and a little more. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 150)));

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  resetRestraintMemory();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('SignupDialog', () => {
  describe('given a button', () => {
    it('opens titled with focus inside, and returns focus to the button on Escape', async () => {
      render(<Page triggers={{ button: true }} description="One reader’s problem and a script, every Thursday." />);
      const button = screen.getByRole('button', { name: 'Get the newsletter' });
      expect(screen.queryByRole('dialog')).toBeNull();
      await userEvent.click(button);
      const dialog = await screen.findByRole('dialog', { name: 'Get the weekly newsletter' });
      expect(dialog).toHaveAccessibleDescription('One reader’s problem and a script, every Thursday.');
      expect(dialog.contains(document.activeElement)).toBe(true);
      expect(screen.getByRole('textbox', { name: 'Email address' })).toBeInTheDocument();
      await expectNoAxeViolations();
      await userEvent.keyboard('{Escape}');
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      await waitFor(() => expect(button).toHaveFocus());
    });

    it('opens from the button whatever restraint says: first view, dismissed, opted out', async () => {
      localStorage.setItem(key, JSON.stringify({ views: 0, dismissedAt: Date.now(), never: true }));
      render(<Page triggers={{ button: true, engagedSeconds: 0.05 }} />);
      await userEvent.click(screen.getByRole('button', { name: 'Get the newsletter' }));
      expect(await screen.findByRole('dialog')).toBeInTheDocument();
    });

    it('uses the host’s own element or label', async () => {
      const { unmount } = render(<Page triggers={{ button: 'Sign up for Thursdays' }} />);
      expect(screen.getByRole('button', { name: 'Sign up for Thursdays' })).toHaveAttribute('aria-haspopup', 'dialog');
      unmount();
      render(
        <Page
          triggers={{
            button: (
              <button type="button" className="host-button">
                Newsletter
              </button>
            ),
          }}
        />,
      );
      const own = screen.getByRole('button', { name: 'Newsletter' });
      expect(own).toHaveClass('host-button');
      await userEvent.click(own);
      expect(await screen.findByRole('dialog')).toBeInTheDocument();
    });

    it('keeps the default label, with a warning, for a button label a CMS sent as a rich-text object, instead of crashing', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      render(<Page triggers={{ button: { nodeType: 'document', content: [] } as never }} />);
      await userEvent.click(screen.getByRole('button', { name: 'Get the newsletter' }));
      expect(await screen.findByRole('dialog')).toBeInTheDocument();
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('neither text nor React nodes'));
    });

    it('has no title-less mode: an empty title falls back to the default', async () => {
      render(<Page triggers={{ button: true }} title="" />);
      await userEvent.click(screen.getByRole('button'));
      expect(await screen.findByRole('dialog', { name: 'Get the weekly newsletter' })).toBeInTheDocument();
    });

    it('keeps the default title, and no description, for a title and description a CMS sent as rich-text objects, instead of crashing', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const doc = { nodeType: 'document', content: [] } as never;
      render(<Page triggers={{ button: true }} title={doc} description={doc} />);
      await userEvent.click(screen.getByRole('button'));
      const dialog = await screen.findByRole('dialog', { name: 'Get the weekly newsletter' });
      expect(dialog).not.toHaveAttribute('aria-describedby');
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('neither text nor React nodes'));
    });

    it('renders nothing in the page without a button', () => {
      const { container } = render(<SignupDialog consent={consent} />);
      expect(container).toBeEmptyDOMElement();
    });
  });

  it('keeps the typed address when the dialog closes and reopens', async () => {
    const onEmailChange = vi.fn();
    render(<Page triggers={{ button: true }} onEmailChange={onEmailChange} />);
    await userEvent.click(screen.getByRole('button', { name: 'Get the newsletter' }));
    await userEvent.type(await screen.findByRole('textbox', { name: 'Email address' }), 'jordan@example');
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await userEvent.click(screen.getByRole('button', { name: 'Get the newsletter' }));
    expect(await screen.findByRole('textbox', { name: 'Email address' })).toHaveValue('jordan@example');
    expect(onEmailChange).toHaveBeenLastCalledWith('jordan@example');
  });

  describe('given a reader typing with an input method (Japanese, Chinese, Korean)', () => {
    it('stays open on the Escape that cancels a composition, and records no dismissal; the next Escape closes', async () => {
      render(<Page triggers={{ button: true }} askFirstName />);
      await userEvent.click(screen.getByRole('button', { name: 'Get the newsletter' }));
      const name = await screen.findByRole('textbox', { name: /First name/ });
      await userEvent.type(name, '\u3055\u304F\u3089');
      // Chromium and Firefox mark the key as composing; Safari sends it after the composition ended, as key code 229.
      fireEvent.keyDown(name, { key: 'Escape', isComposing: true });
      fireEvent.keyDown(name, { key: 'Escape', keyCode: 229 });
      await settle();
      expect(screen.getByRole('dialog')).toBeInTheDocument();
      expect(name).toHaveValue('\u3055\u304F\u3089');
      expect(readOfferState('newsletter').record.dismissedAt).toBeUndefined();
      fireEvent.keyDown(name, { key: 'Escape' });
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    });
  });

  it('lets every string be replaced', async () => {
    render(
      <Page
        triggers={{ button: true, engagedSeconds: 60 }}
        messages={{ title: 'Recevez la lettre', trigger: 'S’abonner', dontShowAgain: 'Ne plus afficher', close: 'Fermer' }}
        formMessages={{ email: 'Adresse e-mail', submit: 'Je m’abonne' }}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'S’abonner' }));
    expect(await screen.findByRole('dialog', { name: 'Recevez la lettre' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Adresse e-mail' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Je m’abonne' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ne plus afficher' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Fermer' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('hydrates the server’s HTML without a warning', async () => {
    returningReader();
    const result = await renderAndHydrate(
      {
        name: 'SignupDialog',
        text: 'Get the newsletter',
        element: () => <SignupDialog consent={consent} triggers={{ button: true, engagedSeconds: 20, exitIntent: true }} />,
      },
      React.act as never,
    );
    expect(result.containsText).toBe(true);
    expect(result.problems).toEqual([]);
  });

  it('can be controlled', async () => {
    function Host() {
      const [open, setOpen] = React.useState(false);
      return (
        <>
          <button type="button" onClick={() => setOpen(true)}>
            Newsletter
          </button>
          <output>{open ? 'open' : 'closed'}</output>
          <SignupDialog consent={consent} open={open} onOpenChange={setOpen} />
        </>
      );
    }
    render(<Host />);
    const opener = screen.getByRole('button', { name: 'Newsletter' });
    await userEvent.click(opener);
    expect(await screen.findByRole('dialog')).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(screen.getByRole('status')).toHaveTextContent('closed');
    await waitFor(() => expect(opener).toHaveFocus());
  });

  describe('given automatic triggers', () => {
    it('never offers on the reader’s first page view', async () => {
      render(<Page triggers={{ engagedSeconds: 0.05 }} />);
      await settle();
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(readOfferState('newsletter').record.views).toBe(1);
    });

    it('offers on a later page view, then not again in the session', async () => {
      returningReader();
      const first = render(<Page triggers={{ engagedSeconds: 0.05 }} />);
      expect(await screen.findByRole('dialog', { name: 'Get the weekly newsletter' })).toBeInTheDocument();
      await userEvent.keyboard('{Escape}');
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      first.unmount();
      // Even with the dismissal forgotten, the session rule holds.
      localStorage.setItem(key, JSON.stringify({ views: 5 }));
      render(<Page triggers={{ engagedSeconds: 0.05 }} />);
      await settle();
      expect(screen.queryByRole('dialog')).toBeNull();
    });

    it('returns focus to where the reader was, not to the page’s start', async () => {
      returningReader();
      render(<Page triggers={{ engagedSeconds: 0.05 }} />);
      const link = screen.getByRole('link', { name: 'Read the reply' });
      link.focus();
      const dialog = await screen.findByRole('dialog');
      await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
      await userEvent.keyboard('{Escape}');
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      await waitFor(() => expect(link).toHaveFocus());
    });

    it('leaves focus alone when the element the reader was on is gone', async () => {
      returningReader();
      function Article({ linked }: { linked: boolean }) {
        return (
          <main>
            {linked ? <a href="#reply">Read the reply</a> : null}
            <SignupDialog consent={consent} triggers={{ engagedSeconds: 0.05 }} />
          </main>
        );
      }
      const { rerender } = render(<Article linked />);
      screen.getByRole('link').focus();
      await screen.findByRole('dialog');
      rerender(<Article linked={false} />);
      await userEvent.keyboard('{Escape}');
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      await settle();
      expect(document.activeElement).toBe(document.body);
    });

    it('records a close without subscribing, and waits dismissDays before offering again', async () => {
      returningReader();
      const first = render(<Page triggers={{ engagedSeconds: 0.05 }} />);
      await screen.findByRole('dialog');
      const before = Date.now();
      await userEvent.click(screen.getByRole('button', { name: 'Close' }));
      const { dismissedAt } = readOfferState('newsletter').record;
      expect(dismissedAt).toBeGreaterThanOrEqual(before);
      first.unmount();

      sessionStorage.clear();
      localStorage.setItem(key, JSON.stringify({ views: 3, dismissedAt: Date.now() - 6 * DAY }));
      const second = render(<Page triggers={{ engagedSeconds: 0.05 }} dismissDays={7} />);
      await settle();
      expect(screen.queryByRole('dialog')).toBeNull();
      second.unmount();

      localStorage.setItem(key, JSON.stringify({ views: 3, dismissedAt: Date.now() - 8 * DAY }));
      render(<Page triggers={{ engagedSeconds: 0.05 }} dismissDays={7} />);
      expect(await screen.findByRole('dialog')).toBeInTheDocument();
    });

    it.each([[NaN], [-3]])('treats dismissDays=%s as 30, with a development warning', async (days) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      returningReader({ dismissedAt: Date.now() - 20 * DAY });
      render(<Page triggers={{ engagedSeconds: 0.05 }} dismissDays={days} />);
      await settle();
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(warn).toHaveBeenCalledWith(expect.stringContaining(`dismissDays=${days} is not a number of days`));
    });

    it('offers "Don’t show this again", which closes and stops automatic offers for good', async () => {
      returningReader();
      const first = render(<Page triggers={{ engagedSeconds: 0.05 }} />);
      await screen.findByRole('dialog');
      await userEvent.click(screen.getByRole('button', { name: 'Don’t show this again' }));
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      expect(readOfferState('newsletter').record.never).toBe(true);
      first.unmount();

      sessionStorage.clear();
      localStorage.setItem(key, JSON.stringify({ ...JSON.parse(localStorage.getItem(key)!), dismissedAt: 0 }));
      render(<Page triggers={{ engagedSeconds: 0.05 }} />);
      await settle();
      expect(screen.queryByRole('dialog')).toBeNull();
    });

    it.each(['subscribed', 'pending-confirmation', 'already-subscribed'] as const)(
      'remembers a reader whose signup ended %s, and never offers to them again',
      async (kind) => {
        returningReader();
        const onOutcome = vi.fn();
        const first = render(<Page triggers={{ engagedSeconds: 0.05 }} adapter={adapter(kind)} onOutcome={onOutcome} />);
        await userEvent.type(await screen.findByRole('textbox', { name: 'Email address' }), 'jordan@example.com');
        await userEvent.click(screen.getByRole('button', { name: 'Subscribe' }));
        await waitFor(() => expect(onOutcome).toHaveBeenCalledWith({ kind }, expect.objectContaining({ email: 'jordan@example.com' })));
        expect(readOfferState('newsletter').record.subscribed).toBe(true);
        expect(screen.queryByRole('button', { name: 'Don’t show this again' })).toBeNull();
        await userEvent.keyboard('{Escape}');
        expect(readOfferState('newsletter').record.dismissedAt).toBeUndefined();
        first.unmount();

        sessionStorage.clear();
        render(<Page triggers={{ engagedSeconds: 0.05 }} />);
        await settle();
        expect(screen.queryByRole('dialog')).toBeNull();
      },
    );

    it('counts a signup the reader closed the dialog on while it was sending, once it succeeds, and never offers again', async () => {
      returningReader();
      const { adapter: slow, answer } = answerLater();
      const onOutcome = vi.fn();
      const first = render(<Page triggers={{ engagedSeconds: 0.05 }} adapter={slow} onOutcome={onOutcome} />);
      await userEvent.type(await screen.findByRole('textbox', { name: 'Email address' }), 'jordan@example.com');
      await userEvent.click(screen.getByRole('button', { name: 'Subscribe' }));
      await userEvent.keyboard('{Escape}');
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      await act(async () => answer({ kind: 'subscribed' }));
      expect(onOutcome).toHaveBeenCalledWith({ kind: 'subscribed' }, expect.objectContaining({ email: 'jordan@example.com' }));
      expect(readOfferState('newsletter').record.subscribed).toBe(true);
      first.unmount();

      sessionStorage.clear();
      render(<Page triggers={{ engagedSeconds: 0.05 }} />);
      await settle();
      expect(screen.queryByRole('dialog')).toBeNull();
    });

    it('does not count a failed signup as subscribed', async () => {
      returningReader();
      const onOutcome = vi.fn();
      render(<Page triggers={{ engagedSeconds: 0.05 }} adapter={adapter('unknown')} onOutcome={onOutcome} />);
      await userEvent.type(await screen.findByRole('textbox', { name: 'Email address' }), 'jordan@example.com');
      await userEvent.click(screen.getByRole('button', { name: 'Subscribe' }));
      await waitFor(() => expect(onOutcome).toHaveBeenCalledTimes(1));
      expect(screen.getByRole('button', { name: 'Don’t show this again' })).toBeInTheDocument();
      expect(readOfferState('newsletter').record.subscribed).toBe(false);
    });

    it('with only the button on and the automatic triggers null (a CMS\'s "not set"), never offers by itself nor says "Don’t show this again"', async () => {
      returningReader();
      render(<Page triggers={{ button: true, engagedSeconds: null as never, scrollDepth: null as never }} />);
      await settle();
      expect(screen.queryByRole('dialog')).toBeNull();
      await userEvent.click(screen.getByRole('button', { name: 'Get the newsletter' }));
      expect(await screen.findByRole('dialog')).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Don’t show this again' })).toBeNull();
    });

    it('with only the button working and the automatic triggers sent as text (off), does not say "Don’t show this again"', async () => {
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      returningReader();
      render(<Page triggers={{ button: true, scrollDepth: '0.6' as never, engagedSeconds: '30' as never, exitIntent: 'false' as never }} />);
      await settle();
      await userEvent.click(screen.getByRole('button', { name: 'Get the newsletter' }));
      expect(await screen.findByRole('dialog')).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Don’t show this again' })).toBeNull();
    });

    it('with the automatic triggers and dismissDays sent as JSON objects with a "toString" key, turns them off with a development warning instead of crashing the page', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const object = { toString: 'x' } as never;
      returningReader();
      render(<Page triggers={{ button: true, scrollDepth: object, engagedSeconds: object }} dismissDays={object} />);
      await settle();
      await userEvent.click(screen.getByRole('button', { name: 'Get the newsletter' }));
      expect(await screen.findByRole('dialog')).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Don’t show this again' })).toBeNull();
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('triggers.scrollDepth=an object is out of range'));
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('dismissDays=an object is not a number of days'));
    });

    it('does not offer when storage is blocked, though the button still works', async () => {
      vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      });
      render(<Page triggers={{ button: true, engagedSeconds: 0.05 }} />);
      await settle();
      expect(screen.queryByRole('dialog')).toBeNull();
      await userEvent.click(screen.getByRole('button', { name: 'Get the newsletter' }));
      expect(await screen.findByRole('dialog')).toBeInTheDocument();
    });

    it('with restraint off, offers on a first view but still never over the reader’s typing', async () => {
      vi.useFakeTimers({ shouldAdvanceTime: true });
      render(
        <>
          <textarea aria-label="Your comment" />
          <SignupDialog consent={consent} triggers={{ engagedSeconds: 1 }} restraint={false} />
        </>,
      );
      const comment = screen.getByRole('textbox', { name: 'Your comment' });
      comment.focus();
      await act(async () => vi.advanceTimersByTime(1000 + 2 * retryMs));
      expect(screen.queryByRole('dialog')).toBeNull();
      comment.blur();
      await act(async () => vi.advanceTimersByTime(retryMs));
      expect(screen.getByRole('dialog')).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Don’t show this again' })).toBeNull();
    });

    describe('given two dialogs on one page (two newsletters) whose triggers fire together', () => {
      it('opens one of them, never both at once; the other waits until the first is closed', async () => {
        vi.useFakeTimers({ shouldAdvanceTime: true });
        localStorage.setItem('ck-signup:weekly', JSON.stringify({ views: 1 }));
        localStorage.setItem('ck-signup:jobs', JSON.stringify({ views: 1 }));
        render(
          <main>
            <SignupDialog consent={consent} storageId="weekly" title="The Weekly Letter" triggers={{ scrollDepth: 0.5 }} />
            <SignupDialog consent={consent} storageId="jobs" title="Job alerts" triggers={{ scrollDepth: 0.5 }} />
          </main>,
        );
        Object.defineProperty(document.documentElement, 'scrollHeight', { configurable: true, value: 1000 });
        Object.defineProperty(window, 'scrollY', { configurable: true, value: 600 });
        await act(async () => {
          window.dispatchEvent(new Event('scroll'));
        });
        await settle();
        expect(screen.getAllByRole('dialog')).toHaveLength(1);
        expect(screen.getByRole('dialog', { name: 'The Weekly Letter' })).toBeInTheDocument();
        await userEvent.keyboard('{Escape}');
        await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
        await act(async () => vi.advanceTimersByTime(2 * retryMs));
        expect(screen.getAllByRole('dialog')).toHaveLength(1);
        expect(screen.getByRole('dialog', { name: 'Job alerts' })).toBeInTheDocument();
      });
    });

    it('waits while another dialog is open, then offers', async () => {
      vi.useFakeTimers({ shouldAdvanceTime: true });
      returningReader();
      const { rerender } = render(
        <>
          <div role="dialog" aria-label="Report this comment" />
          <SignupDialog consent={consent} triggers={{ engagedSeconds: 1 }} />
        </>,
      );
      await act(async () => vi.advanceTimersByTime(1000 + 3 * retryMs));
      expect(screen.getAllByRole('dialog')).toHaveLength(1);
      rerender(<SignupDialog consent={consent} triggers={{ engagedSeconds: 1 }} />);
      await act(async () => vi.advanceTimersByTime(retryMs));
      expect(screen.getByRole('dialog', { name: 'Get the weekly newsletter' })).toBeInTheDocument();
    });
  });
});
