import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../../tests/support/axe';
import { mailchimpAdapter } from './adapters/mailchimpAdapter';
import type { InvalidField, SubscribeAdapter, SubscribeOutcome, SubscribeRequest } from './adapters/types';
import { NewsletterSignup, type NewsletterSignupProps } from './NewsletterSignup';
import { answerLater } from '../../../tests/support/adapters';

/** Text on screen, not the live region that also says it. */
const shown = (text: string | RegExp) => screen.getByText(text, { ignore: '[role=status], script, style' });

const consent = { version: 'newsletter-2026-11', privacyUrl: 'https://careers.example/privacy' };

/** An adapter that records each request and answers when the test says so. */
function deferredAdapter() {
  const requests: SubscribeRequest[] = [];
  const answers: ((outcome: SubscribeOutcome) => void)[] = [];
  const adapter: SubscribeAdapter = {
    subscribe: (request) => {
      requests.push(request);
      return new Promise((resolve) => answers.push(resolve));
    },
  };
  const answer = async (outcome: SubscribeOutcome) => {
    await act(async () => answers.shift()!(outcome));
  };
  return { adapter, requests, answer };
}

function setup(props: Partial<NewsletterSignupProps> = {}) {
  const backend = deferredAdapter();
  const user = userEvent.setup();
  const view = render(<NewsletterSignup adapter={backend.adapter} consent={consent} minFillMs={0} {...props} />);
  const email = () => screen.getByLabelText('Email address') as HTMLInputElement;
  const submit = () => user.click(screen.getByRole('button', { name: /Subscribe/ }));
  const root = () => view.container.firstElementChild as HTMLElement;
  return { ...backend, user, view, email, submit, root };
}

afterEach(() => {
  sessionStorage.clear();
  vi.restoreAllMocks();
});

describe('NewsletterSignup', () => {
  describe('before anything is typed', () => {
    it('is a form named by its title, with a visible label and an email field browsers can fill', async () => {
      setup();
      const form = screen.getByRole('form', { name: 'Get the newsletter' });
      const email = within(form).getByLabelText('Email address');
      expect(email).toHaveAttribute('type', 'email');
      expect(email).toHaveAttribute('autocomplete', 'email');
      expect(email).toHaveAttribute('spellcheck', 'false');
      expect(email).toHaveAttribute('maxlength', '254');
      expect(email).toHaveAttribute('size', '30');
      expect(email).toHaveAttribute('name', 'email');
      expect(within(form).getByRole('link', { name: 'Privacy policy' })).toHaveAttribute('href', 'https://careers.example/privacy');
      await expectNoAxeViolations();
    });

    it('has its one polite live region from the first render, empty', () => {
      const { root } = setup();
      const regions = root().querySelectorAll('[aria-live]');
      expect(regions).toHaveLength(1);
      expect(regions[0]).toHaveAttribute('aria-live', 'polite');
      expect(regions[0]).toHaveTextContent('');
      expect(root()).toHaveAttribute('data-state', 'idle');
    });

    it('posts to `action` without JavaScript: a plain form with named fields and the consent version', () => {
      const html = renderToString(<NewsletterSignup action="/subscribe" consent={consent} askFirstName />);
      expect(html).toMatch(/<form[^>]*action="\/subscribe"[^>]*method="post"/);
      expect(html).toContain('name="email"');
      expect(html).toContain('name="firstName"');
      expect(html).toMatch(/type="hidden" name="consentVersion" value="newsletter-2026-11"/);
    });

    it('hides the bot trap from people, screen readers and the tab order', () => {
      setup();
      const trap = document.querySelector('input[name="ck-trap"]')!;
      expect(trap).toHaveAttribute('tabindex', '-1');
      expect(trap).toHaveAttribute('autocomplete', 'off');
      expect(trap.closest('[aria-hidden="true"]')).not.toBeNull();
    });
  });

  describe('when the address is wrong', () => {
    it('says what to type when the field is empty, marks it invalid and puts focus there; nothing is sent', async () => {
      const { submit, email, requests } = setup();
      await submit();
      expect(email()).toHaveAttribute('aria-invalid', 'true');
      expect(email()).toHaveAccessibleDescription('Error: Enter your email address');
      expect(email()).toHaveFocus();
      expect(requests).toHaveLength(0);
    });

    it('explains the format for `jane@example` and keeps what was typed', async () => {
      const { submit, email, user, requests } = setup();
      await user.type(email(), 'jane@example');
      await submit();
      expect(email()).toHaveAccessibleDescription(
        'Error: Enter an email address in the correct format, like name@example.com',
      );
      expect(email()).toHaveValue('jane@example');
      expect(requests).toHaveLength(0);
      await expectNoAxeViolations();
    });

    it('says the error when Enter in the field submits it, where focus does not move and a screen reader would hear nothing', async () => {
      const { email, user, requests } = setup();
      await user.type(email(), 'jane@example{Enter}');
      expect(email()).toHaveFocus();
      expect(email()).toHaveAccessibleDescription('Error: Enter an email address in the correct format, like name@example.com');
      expect(screen.getByRole('status')).toHaveTextContent('Error: Enter an email address in the correct format, like name@example.com');
      // Said, not shown twice: the message is at the field.
      expect(screen.getAllByText(/correct format/, { ignore: '[role=status]' })).toHaveLength(1);
      // Again on the next Enter: the same words, a new announcement.
      const before = screen.getByRole('status').textContent;
      await user.keyboard('{Enter}');
      expect(screen.getByRole('status').textContent).not.toBe(before);
      expect(requests).toHaveLength(0);
    });

    it('says nothing more when the error moves focus to the field: the field’s description says it', async () => {
      const { submit, email } = setup();
      await submit();
      expect(email()).toHaveFocus();
      expect(screen.getByRole('status')).toHaveTextContent('');
    });

    it('says a provider’s refusal of the address when it was sent with Enter in the field', async () => {
      const { email, user, answer } = setup();
      await user.type(email(), 'jane@example.com{Enter}');
      await answer({ kind: 'invalid', field: 'email', reason: 'fake domain' });
      expect(email()).toHaveFocus();
      expect(screen.getByRole('status')).toHaveTextContent('Error: This address was not accepted. Check it and try again.');
    });

    it('after the first submit, checks again when the reader leaves the field', async () => {
      const { submit, email, user } = setup();
      await submit();
      await user.type(email(), 'jane@example.com');
      await user.tab();
      expect(email()).not.toHaveAttribute('aria-invalid');
    });

    it('does not check on blur before the first submit', async () => {
      const { email, user } = setup();
      await user.type(email(), 'jane@');
      await user.tab();
      expect(email()).not.toHaveAttribute('aria-invalid');
    });

    it('cuts a 300-character paste at 254 and rejects it, keeping the text', async () => {
      const { submit, email, user, requests } = setup();
      await user.click(email());
      await user.paste(`${'a'.repeat(290)}@example.com`);
      expect(email().value).toHaveLength(254);
      await submit();
      expect(email()).toHaveAttribute('aria-invalid', 'true');
      expect(email().value).toHaveLength(254);
      expect(requests).toHaveLength(0);
    });
  });

  describe('when the reader pastes', () => {
    it('tidies `  Jane <JANE@Gmial.com>` into the address and suggests the likely domain without blocking', async () => {
      const { email, user } = setup();
      await user.click(email());
      await user.paste('  Jane <JANE@Gmial.com>\n');
      await user.tab();
      expect(email()).toHaveValue('JANE@gmial.com');
      const suggestion = screen.getByRole('button', { name: 'JANE@gmail.com' });
      expect(suggestion.closest('p')).toHaveTextContent('Did you mean JANE@gmail.com?');
      // The button is its own word to the description algorithm: "JANE@gmail.com ?".
      expect(email()).toHaveAccessibleDescription(/^Did you mean JANE@gmail\.com ?\?$/);
      await user.click(suggestion);
      expect(email()).toHaveValue('JANE@gmail.com');
      expect(screen.queryByText(/Did you mean/)).toBeNull();
    });

    it('sends the suggested-against address as typed when the reader ignores the suggestion', async () => {
      const { email, user, submit, requests } = setup();
      await user.type(email(), 'jane@gmial.com');
      await submit();
      expect(requests[0]!.email).toBe('jane@gmial.com');
    });

    it('drops `mailto:`', async () => {
      const { email, user, submit, requests } = setup();
      await user.click(email());
      await user.paste('mailto:jane@example.com');
      await submit();
      expect(requests).toHaveLength(1);
      expect(requests[0]!.email).toBe('jane@example.com');
    });

    it.each([
      ['drops the invisible characters a copy brings along (direction marks from a right-to-left page, zero-width spaces, a soft hyphen)', '\u200Fjane\u200B@exam\u00ADple.com\u200E\u202C'],
      ['takes full-width characters (an input method left in full-width mode types them) as the plain ones', 'ｊａｎｅ＠ｅｘａｍｐｌｅ．ｃｏｍ'],
    ])('%s, and sends jane@example.com', async (_what, input) => {
      const { email, user, submit, requests } = setup();
      await user.click(email());
      await user.paste(input);
      await submit();
      expect(email()).toHaveValue('jane@example.com');
      expect(email()).not.toHaveAttribute('aria-invalid');
      expect(requests.map((r) => r.email)).toEqual(['jane@example.com']);
    });

    it('accepts a pasted address whose only line break is at its end, and sends it tidied', async () => {
      const { email, user, submit, requests } = setup();
      await user.click(email());
      await user.paste('  Jane <JANE@Gmial.com>\n');
      await submit();
      expect(email()).not.toHaveAttribute('aria-invalid');
      expect(requests.map((r) => r.email)).toEqual(['JANE@gmial.com']);
    });
  });

  describe('when the reader pastes text with a line break inside it', () => {
    // An input holds one line: the browser drops the break (jsdom, as a value
    // set by script) or turns it into a space (a real paste in Chromium), so
    // `Jane\r\nBcc: …` would silently become one line. The paste itself is the
    // only place the break can be seen.
    it('rejects the first name with "Enter this on one line", keeps the text, focuses the field and sends nothing', async () => {
      const { email, user, submit, requests } = setup({ askFirstName: true });
      await user.type(email(), 'jane@example.com');
      const firstName = screen.getByLabelText(/First name/);
      await user.click(firstName);
      await user.paste('Jane\r\nBcc: someone@evil.example');
      expect(firstName).toHaveValue('JaneBcc: someone@evil.example');
      await submit();
      expect(requests).toHaveLength(0);
      expect(firstName).toHaveAttribute('aria-invalid', 'true');
      expect(firstName).toHaveAccessibleDescription('Error: Enter this on one line');
      expect(firstName).toHaveFocus();
      expect(firstName).toHaveValue('JaneBcc: someone@evil.example');
      await submit();
      expect(requests).toHaveLength(0);
    });

    it('rejects the address the same way, whatever it looks like once joined', async () => {
      const { email, user, submit, requests } = setup();
      await user.click(email());
      await user.paste('jane@example.com\nbcc@evil.example');
      await submit();
      expect(requests).toHaveLength(0);
      expect(email()).toHaveAccessibleDescription('Error: Enter this on one line');
      expect(email()).toHaveFocus();
      expect(email()).toHaveValue('jane@example.combcc@evil.example');
    });

    it('accepts the field again once the reader edits it, and sends what it then holds', async () => {
      const { email, user, submit, requests } = setup({ askFirstName: true });
      await user.type(email(), 'jane@example.com');
      const firstName = screen.getByLabelText(/First name/);
      await user.click(firstName);
      await user.paste('Jane\nDoe');
      await submit();
      expect(requests).toHaveLength(0);
      await user.clear(firstName);
      await user.type(firstName, 'Jane');
      // Leaving the field checks it again (the form has been submitted once).
      await user.tab();
      expect(firstName).not.toHaveAttribute('aria-invalid');
      await submit();
      expect(requests).toHaveLength(1);
      expect(requests[0]!.firstName).toBe('Jane');
    });

    it('accepts a later paste without a line break in place of the broken one', async () => {
      const { email, user, submit, requests } = setup();
      await user.click(email());
      await user.paste('jane@example.com\r\nx');
      await user.clear(email());
      await user.paste('jane@example.com');
      await submit();
      expect(requests.map((r) => r.email)).toEqual(['jane@example.com']);
    });
  });

  describe('when the form is sent', () => {
    it('sends one request with the address, consent version and time, and the page as the source', async () => {
      const { email, user, submit, requests } = setup({ locale: 'en-GB' });
      await user.type(email(), 'jane@example.com');
      const before = Date.now();
      await submit();
      expect(requests).toEqual([
        {
          email: 'jane@example.com',
          consent: { version: 'newsletter-2026-11', at: expect.any(String) },
          source: location.href,
          locale: 'en-GB',
        },
      ]);
      expect(Date.parse(requests[0]!.consent.at)).toBeGreaterThanOrEqual(before - 1000);
    });

    it('sends exactly one request for a double click and repeated Enter; the button says it is busy, the field stays editable', async () => {
      const { email, user, requests, root } = setup();
      await user.type(email(), 'jane@example.com');
      const button = screen.getByRole('button', { name: 'Subscribe' });
      await user.dblClick(button);
      await user.type(email(), '{Enter}{Enter}');
      expect(requests).toHaveLength(1);
      expect(root()).toHaveAttribute('data-state', 'submitting');
      expect(button).toHaveAttribute('aria-disabled', 'true');
      expect(button).toHaveAccessibleName('Subscribing…');
      expect(email()).not.toBeDisabled();
      expect(screen.getByRole('status')).toHaveTextContent('Subscribing…');
    });

    // Both labels are in the button, one over the other, so its width stays
    // that of the wider in any language; the one not shown is aria-hidden.
    it('names the button by the label it shows, and only that one, before and while it sends', async () => {
      const { email, user } = setup({ messages: { submit: 'Abonnieren', submitting: 'Wird abonniert…' } });
      const button = screen.getByRole('button', { name: 'Abonnieren' });
      expect(button).toHaveAccessibleName('Abonnieren');
      expect(within(button).getByText('Wird abonniert…')).toHaveAttribute('aria-hidden', 'true');
      await user.type(email(), 'jane@example.com{Enter}');
      expect(button).toHaveAccessibleName('Wird abonniert…');
      expect(within(button).getByText('Abonnieren')).toHaveAttribute('aria-hidden', 'true');
      expect(within(button).getByText('Wird abonniert…')).not.toHaveAttribute('aria-hidden', 'true');
    });

    it('shows "Check your inbox" with the address when confirmation is pending, and moves focus to it', async () => {
      const { email, user, submit, answer, root } = setup();
      await user.type(email(), 'jane@example.com');
      await submit();
      await answer({ kind: 'pending-confirmation' });
      expect(root()).toHaveAttribute('data-state', 'pending-confirmation');
      expect(shown('Check your inbox')).toBeInTheDocument();
      expect(shown(/We sent a link to/)).toHaveTextContent('We sent a link to jane@example.com. Open it to confirm.');
      expect(shown(/spam folder/)).toBeInTheDocument();
      expect(document.activeElement).toContainElement(shown('Check your inbox'));
      expect(screen.getByRole('status')).toHaveTextContent('Check your inbox');
      await expectNoAxeViolations();
    });

    it('"Use a different address" brings the form back with the address in it, focused', async () => {
      const { email, user, submit, answer, root } = setup();
      await user.type(email(), 'jane@example.com');
      await submit();
      await answer({ kind: 'pending-confirmation' });
      await user.click(screen.getByRole('button', { name: 'Use a different address' }));
      await act(() => new Promise((r) => setTimeout(r, 10)));
      expect(root()).toHaveAttribute('data-state', 'idle');
      expect(email()).toHaveValue('jane@example.com');
      expect(email()).toHaveFocus();
    });

    it.each([
      [{ kind: 'subscribed' } as const, 'subscribed', 'You’re subscribed. Thank you!'],
      [{ kind: 'already-subscribed' } as const, 'already-subscribed', 'You’re already subscribed. Nothing more to do.'],
    ])('ends on %j as a neutral message', async (outcome, state, message) => {
      const { email, user, submit, answer, root } = setup();
      await user.type(email(), 'jane@example.com');
      await submit();
      await answer(outcome);
      expect(root()).toHaveAttribute('data-state', state);
      expect(shown(message)).toBeInTheDocument();
      expect(screen.getByRole('status')).toHaveTextContent(message);
    });

    it.each([
      [{ kind: 'rate-limited', retryAfter: 300 } as const, 'rate-limited', 'Too many attempts. Try again in 5 minutes.'],
      [{ kind: 'rate-limited', retryAfter: 30 } as const, 'rate-limited', 'Too many attempts. Try again in 30 seconds.'],
      [{ kind: 'rate-limited' } as const, 'rate-limited', 'Too many attempts. Try again in a few minutes.'],
      // A host's own adapter passing on a provider's nonsense.
      [{ kind: 'rate-limited', retryAfter: Infinity } as const, 'rate-limited', 'Too many attempts. Try again in a few minutes.'],
      [{ kind: 'rate-limited', retryAfter: Number.NaN } as const, 'rate-limited', 'Too many attempts. Try again in a few minutes.'],
      [{ kind: 'network', reason: 'offline' } as const, 'offline', 'You’re offline. Your address is kept: try again once you’re connected.'],
      [{ kind: 'network', reason: 'timeout' } as const, 'error', 'Something went wrong, so you’re not subscribed yet. Please try again.'],
      [{ kind: 'unknown', reason: 'status', status: 500 } as const, 'error', 'Something went wrong, so you’re not subscribed yet. Please try again.'],
      [{ kind: 'unknown', reason: 'provider', message: 'captcha' } as const, 'error', 'Something went wrong, so you’re not subscribed yet. Please try again.'],
    ])('after %j it says so, keeps the address, and lets the reader try again', async (outcome, state, message) => {
      const { email, user, submit, answer, root, requests } = setup();
      await user.type(email(), 'jane@example.com');
      await submit();
      await answer(outcome);
      expect(root()).toHaveAttribute('data-state', state);
      expect(shown(message)).toBeInTheDocument();
      expect(screen.getByRole('status')).toHaveTextContent(message);
      expect(email()).toHaveValue('jane@example.com');
      await submit();
      expect(requests).toHaveLength(2);
    });

    // A host's endpoint (fetchAdapter passes its `field` on) can refuse a field
    // this form does not show; there is no field to mark, so the form says it failed.
    it.each<[InvalidField, string, Partial<NewsletterSignupProps>]>([
      ['consent', 'a notice-only consent', {}],
      ['firstName', 'no first-name field', {}],
      ['interests', 'no choices', {}],
      ['consent', 'a notice-only consent, with a first name and choices', { askFirstName: true, choices: { legend: 'Topics', options: [{ value: 'cv', label: 'CVs' }] } }],
    ])('when the provider refuses `%s` on a form with %s, it shows and announces the error and keeps the address', async (field, _form, props) => {
      const { email, user, submit, answer, root, requests } = setup(props);
      await user.type(email(), 'jane@example.com');
      await submit();
      await answer({ kind: 'invalid', field, reason: 'refused' });
      const message = 'Something went wrong, so you’re not subscribed yet. Please try again.';
      expect(root()).toHaveAttribute('data-state', 'error');
      expect(shown(message)).toBeVisible();
      expect(screen.getByRole('status')).toHaveTextContent(message);
      expect(email()).toHaveValue('jane@example.com');
      expect(root().querySelector('[aria-invalid]')).toBeNull();
      await submit();
      expect(requests).toHaveLength(2);
    });

    it('puts a provider’s refusal of the first name at that field when the form shows it', async () => {
      const { email, user, submit, answer } = setup({ askFirstName: true });
      await user.type(email(), 'jane@example.com');
      await submit();
      await answer({ kind: 'invalid', field: 'firstName', reason: 'line break' });
      const firstName = screen.getByLabelText(/First name/);
      expect(firstName).toHaveAccessibleDescription('Error: Enter this on one line');
      expect(firstName).toHaveFocus();
    });

    it('puts a provider’s refusal of the address at the field', async () => {
      const { email, user, submit, answer } = setup();
      await user.type(email(), 'jane@example.com');
      await submit();
      await answer({ kind: 'invalid', field: 'email', reason: 'fake domain' });
      expect(email()).toHaveAccessibleDescription('Error: This address was not accepted. Check it and try again.');
      expect(email()).toHaveFocus();
      expect(email()).toHaveValue('jane@example.com');
    });

    it('does not send when the browser knows it is offline, and returns to idle when the connection is back', async () => {
      const { email, user, submit, requests, root } = setup();
      vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
      await user.type(email(), 'jane@example.com');
      await submit();
      expect(requests).toHaveLength(0);
      expect(root()).toHaveAttribute('data-state', 'offline');
      vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
      act(() => {
        window.dispatchEvent(new Event('online'));
      });
      expect(root()).toHaveAttribute('data-state', 'idle');
      expect(screen.getByRole('status')).toHaveTextContent('You’re back online.');
      expect(email()).toHaveValue('jane@example.com');
    });

    it('treats an adapter that rejects like any other failure', async () => {
      const user = userEvent.setup();
      render(<NewsletterSignup adapter={{ subscribe: () => Promise.reject(new Error('boom')) }} consent={consent} minFillMs={0} />);
      await user.type(screen.getByLabelText('Email address'), 'jane@example.com');
      await user.click(screen.getByRole('button', { name: 'Subscribe' }));
      await screen.findAllByText(/Something went wrong/);
      expect(shown(/Something went wrong/)).toBeInTheDocument();
    });
  });

  describe('given an adapter that breaks its contract', () => {
    const broken: [string, SubscribeAdapter['subscribe']][] = [
      ['throws', () => {
        throw new Error('boom');
      }],
      ['returns no promise', () => undefined as never],
      ['answers undefined', async () => undefined as never],
      ['answers null', async () => null as never],
      ['answers a string', async () => 'subscribed' as never],
    ];
    it.each(broken)('shows the error when it %s, warns in development, keeps the address and sends again on the next try', async (_, subscribe) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const calls = vi.fn(subscribe);
      const user = userEvent.setup();
      const { container } = render(<NewsletterSignup adapter={{ subscribe: calls }} consent={consent} minFillMs={0} />);
      await user.type(screen.getByLabelText('Email address'), 'jane@example.com');
      await user.click(screen.getByRole('button', { name: 'Subscribe' }));
      await screen.findAllByText(/Something went wrong/);
      expect(container.firstElementChild).toHaveAttribute('data-state', 'error');
      expect(screen.getByLabelText('Email address')).toHaveValue('jane@example.com');
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('adapter'));
      await user.click(screen.getByRole('button', { name: 'Subscribe' }));
      expect(calls).toHaveBeenCalledTimes(2);
    });
  });

  describe('given a host whose onOutcome throws (an analytics call an ad blocker removed)', () => {
    it('still shows the outcome and lets the error surface, instead of staying "Subscribing…"', async () => {
      // The host's error is theirs to see: it surfaces as an unhandled rejection, caught here.
      const surfaced: unknown[] = [];
      const vitestHandlers = process.listeners('unhandledRejection');
      process.removeAllListeners('unhandledRejection');
      process.on('unhandledRejection', (reason) => surfaced.push(reason));
      try {
        const { email, user, submit, answer, root } = setup({
          onOutcome: () => {
            throw new TypeError('window.plausible is not a function');
          },
        });
        await user.type(email(), 'jane@example.com');
        await submit();
        await answer({ kind: 'pending-confirmation' });
        await act(() => new Promise((r) => setTimeout(r, 10)));
        expect(root()).toHaveAttribute('data-state', 'pending-confirmation');
        expect(shown('Check your inbox')).toBeInTheDocument();
        expect(surfaced).toEqual([new TypeError('window.plausible is not a function')]);
      } finally {
        process.removeAllListeners('unhandledRejection');
        for (const handler of vitestHandlers) process.on('unhandledRejection', handler);
      }
    });
  });

  describe('against bots', () => {
    it('shows success to a bot that filled the trap, and sends nothing', async () => {
      const { email, user, submit, requests, root } = setup();
      await user.type(email(), 'bot@example.com');
      (document.querySelector('input[name="ck-trap"]') as HTMLInputElement).value = 'https://spam.example';
      await submit();
      expect(requests).toHaveLength(0);
      expect(root()).toHaveAttribute('data-state', 'subscribed');
    });

    it('asks a submit faster than a person to confirm, then sends on the second press', async () => {
      const { email, user, submit, requests } = setup({ minFillMs: 60_000 });
      await user.type(email(), 'jane@example.com');
      await submit();
      expect(requests).toHaveLength(0);
      expect(shown('Please check your address, then select Subscribe again.')).toBeInTheDocument();
      await submit();
      expect(requests).toHaveLength(1);
    });

    it('still sends on the second press when the host sets an endless minimum fill time', async () => {
      const { email, user, submit, requests } = setup({ minFillMs: Infinity });
      await user.type(email(), 'jane@example.com');
      await submit();
      expect(requests).toHaveLength(0);
      await submit();
      expect(requests).toHaveLength(1);
    });
  });

  describe('choices and consent', () => {
    const channels = [
      { id: 'newsletter', label: 'The weekly newsletter' },
      { id: 'offers', label: 'Occasional course offers' },
    ];

    it('leaves out null entries (a GraphQL CMS) of the channels and choices, and lists that are not lists, with a warning, instead of crashing', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      setup({
        consent: { ...consent, channels: [null, channels[0]] as never },
        choices: { legend: 'Topics', options: [{ value: 'cv', label: 'CVs' }, null] as never },
      });
      expect(screen.getAllByRole('checkbox').map((box) => box.getAttribute('value'))).toEqual(['cv', 'newsletter']);
      expect(warn).toHaveBeenCalled();
      const html = renderToString(
        <NewsletterSignup consent={{ ...consent, channels: 'newsletter' as never }} choices={{ legend: 'Topics', options: 'cv' as never }} />,
      );
      expect(html).not.toContain('type="checkbox"');
    });

    it('leaves out, with a warning, channels and choices whose id or value is missing or an object (a JSON object with a "toString" key), instead of crashing or sending "on"', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const { email, user, submit, requests } = setup({
        consent: { ...consent, channels: [{ id: { toString: 'x' }, label: 'Offers' }, channels[0]] as never },
        choices: { legend: 'Topics', options: [{ label: 'Salary' }, { label: 'Offers' }, { value: 7, label: 'Interviews' }, { value: 'cv', label: 'CVs' }] as never },
      });
      expect(screen.getAllByRole('checkbox').map((box) => box.getAttribute('value'))).toEqual(['7', 'cv', 'newsletter']);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('choices.options'));
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('consent.channels'));
      await user.type(email(), 'jane@example.com');
      for (const box of screen.getAllByRole('checkbox')) await user.click(box);
      await submit();
      expect(requests[0]).toMatchObject({ interests: ['7', 'cv'], consent: { channels: ['newsletter'] } });
    });

    it('shows a channel or choice listed twice (a CMS editor added it again) once, with a warning', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      setup({
        consent: { ...consent, channels: [channels[0]!, channels[1]!, channels[0]!] },
        choices: { legend: 'Topics', options: [{ value: 'cv', label: 'CVs' }, { value: 'cv', label: 'Résumés' }] },
      });
      expect(screen.getAllByRole('checkbox').map((box) => box.getAttribute('value'))).toEqual(['cv', 'newsletter', 'offers']);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('choices.options'));
    });

    it('sends to Mailchimp only the interests and channels its fields name, even one called "constructor" or "toString"', async () => {
      const adapter = mailchimpAdapter({
        url: 'https://x.us1.list-manage.com/subscribe/post?u=1&id=2',
        fields: { interests: { cv: 'group[1][1]' }, consent: { newsletter: 'gdpr[7]' } },
      });
      const { email, user, submit } = setup({
        adapter,
        consent: { ...consent, channels: [channels[0]!, { id: 'toString', label: 'Other' }] },
        choices: { legend: 'Topics', options: [{ value: 'cv', label: 'CVs' }, { value: 'constructor', label: 'Building' }] },
      });
      await user.type(email(), 'jane@example.com');
      for (const box of screen.getAllByRole('checkbox')) await user.click(box);
      await submit();
      const script = document.querySelector<HTMLScriptElement>('script[src*="list-manage.com"]')!;
      expect([...new URL(script.src).searchParams.keys()]).toEqual(['u', 'id', 'EMAIL', 'group[1][1]', 'gdpr[7]', 'c']);
    });

    it('renders the default notice, with a warning, when the host passes no consent at all', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const html = renderToString(<NewsletterSignup consent={null as never} action="/subscribe" />);
      expect(html).toContain('Unsubscribe at any time');
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('consent'));
    });

    it.each([
      ['null (a CMS\'s "not set")', null],
      ['a JSON object with a "toString" key', { toString: 'x' }],
    ])('sends an empty consent version, with a warning, for a version that is %s, and keeps the rest of the consent', async (_, version) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const { email, user, submit, requests } = setup({ consent: { ...consent, version: version as never, channels } });
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('consent'));
      expect(screen.getByRole('link', { name: 'Privacy policy' })).toBeInTheDocument();
      await user.type(email(), 'jane@example.com');
      await user.click(screen.getAllByRole('checkbox')[0]!);
      await submit();
      expect(requests[0]!.consent).toMatchObject({ version: '', channels: ['newsletter'] });
    });

    it('asks for consent per channel with unticked boxes, and sends what was ticked', async () => {
      const { email, user, submit, requests } = setup({ consent: { ...consent, channels } });
      const boxes = screen.getAllByRole('checkbox');
      expect(boxes.map((b) => (b as HTMLInputElement).checked)).toEqual([false, false]);
      await user.type(email(), 'jane@example.com');
      await submit();
      expect(requests).toHaveLength(0);
      // On the box that takes focus (each box), so it is read where the reader is.
      for (const box of screen.getAllByRole('checkbox')) expect(box).toHaveAccessibleDescription('Error: Choose what we may send you');
      expect(screen.getByRole('checkbox', { name: 'The weekly newsletter' })).toHaveFocus();
      await user.click(screen.getByRole('checkbox', { name: 'The weekly newsletter' }));
      await submit();
      expect(requests[0]!.consent.channels).toEqual(['newsletter']);
    });

    it('puts Subscribe after the choices and consent boxes, in reading and tab order; beside the address when there are none', async () => {
      const order = () =>
        Array.from(document.querySelectorAll('input:not([type="hidden"]):not([tabindex="-1"]), button'), (el) =>
          el.matches('[type="submit"]') ? 'Subscribe' : el.matches('[type="radio"], [type="checkbox"]') ? el.getAttribute('value') : el.getAttribute('name'),
        );
      const { view, user } = setup({
        consent: { ...consent, channels },
        choices: { legend: 'How often?', type: 'radio', options: [{ value: 'weekly', label: 'Every week' }] },
      });
      expect(order()).toEqual(['email', 'weekly', 'newsletter', 'offers', 'Subscribe']);
      await user.click(screen.getByLabelText('Email address'));
      for (let n = 0; n < 4; n++) await user.tab();
      expect(screen.getByRole('button', { name: 'Subscribe' })).toHaveFocus();
      view.unmount();
      setup();
      expect(order()).toEqual(['email', 'Subscribe']);
    });

    it('sends the chosen interests (checkboxes) or frequency (radios)', async () => {
      const { email, user, submit, requests } = setup({
        askFirstName: true,
        choices: {
          legend: 'How often?',
          type: 'radio',
          options: [
            { value: 'weekly', label: 'Every week' },
            { value: 'monthly', label: 'Once a month' },
          ],
        },
      });
      await user.type(email(), 'jane@example.com');
      await user.type(screen.getByLabelText(/First name/), ' Jane ');
      await user.click(screen.getByRole('radio', { name: 'Once a month' }));
      await submit();
      expect(requests[0]).toMatchObject({ firstName: 'Jane', interests: ['monthly'] });
      expect(screen.getByRole('group', { name: 'How often?' })).toBeInTheDocument();
    });
  });

  describe('keeping the address', () => {
    it('keeps it in sessionStorage until the signup succeeds, and restores it after a reload', async () => {
      const first = setup({ persistKey: 'ck-test-signup' });
      await first.user.type(first.email(), 'jane@example.com');
      expect(sessionStorage.getItem('ck-test-signup')).toBe('jane@example.com');
      first.view.unmount();
      const second = setup({ persistKey: 'ck-test-signup' });
      expect(second.email()).toHaveValue('jane@example.com');
      await second.submit();
      await second.answer({ kind: 'subscribed' });
      expect(sessionStorage.getItem('ck-test-signup')).toBeNull();
    });

    it('lets a request out when the form unmounts run to its answer: the host hears it, and a success forgets the kept address', async () => {
      const { adapter, answer } = answerLater();
      const onOutcome = vi.fn();
      const { user, view, email, submit } = setup({ adapter, onOutcome, persistKey: 'ck-test-signup' });
      await user.type(email(), 'jane@example.com');
      await submit();
      view.unmount();
      await act(async () => answer({ kind: 'subscribed' }));
      expect(onOutcome).toHaveBeenCalledTimes(1);
      expect(onOutcome).toHaveBeenCalledWith({ kind: 'subscribed' }, expect.objectContaining({ email: 'jane@example.com' }));
      expect(sessionStorage.getItem('ck-test-signup')).toBeNull();
    });

    it('works when storage is blocked (private mode)', async () => {
      vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
        throw new DOMException('blocked', 'SecurityError');
      });
      vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
        throw new DOMException('blocked', 'SecurityError');
      });
      const { email, user, submit, requests } = setup({ persistKey: 'ck-test-signup' });
      await user.type(email(), 'jane@example.com');
      await submit();
      expect(requests).toHaveLength(1);
    });

    describe('given an address that reached the field without a change event (typed before the script ran, or a password manager that sets the value alone)', () => {
      it('names that address in "Check your inbox", and "Use a different address" brings it back', async () => {
        const { email, user, submit, answer, requests } = setup();
        email().value = 'jane@example.com';
        await submit();
        expect(requests[0]!.email).toBe('jane@example.com');
        await answer({ kind: 'pending-confirmation' });
        expect(shown(/We sent a link to/)).toHaveTextContent('We sent a link to jane@example.com. Open it to confirm.');
        await user.click(screen.getByRole('button', { name: 'Use a different address' }));
        expect(email()).toHaveValue('jane@example.com');
      });

      it('keeps it for a reload and tells the host when the signup fails', async () => {
        const onEmailChange = vi.fn();
        const { email, submit, answer } = setup({ persistKey: 'ck-test-signup', onEmailChange });
        email().value = 'jane@example.com';
        await submit();
        await answer({ kind: 'unknown', reason: 'status', status: 500 });
        expect(sessionStorage.getItem('ck-test-signup')).toBe('jane@example.com');
        expect(onEmailChange).toHaveBeenLastCalledWith('jane@example.com');
      });
    });

    it('reports each change of the address, for a dialog that keeps it', async () => {
      const onEmailChange = vi.fn();
      const { email, user } = setup({ onEmailChange, defaultEmail: 'ja' });
      expect(email()).toHaveValue('ja');
      await user.type(email(), 'n');
      expect(onEmailChange).toHaveBeenLastCalledWith('jan');
    });
  });

  describe('text and layout', () => {
    it('takes its strings from `messages` and its title level from the host', () => {
      setup({ titleLevel: 3, messages: { title: 'Die Wochenpost', submit: 'Abonnieren', email: 'E-Mail-Adresse' } });
      expect(screen.getByRole('heading', { level: 3, name: 'Die Wochenpost' })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Abonnieren' })).toBeInTheDocument();
      expect(screen.getByLabelText('E-Mail-Adresse')).toBeInTheDocument();
    });

    it('leaves out, with a warning, copy a CMS sent as rich-text objects (title, description, notice, legend and choice labels), with their defaults, instead of crashing the page', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const doc = { nodeType: 'document', content: [] } as never;
      const props = {
        title: doc,
        description: doc,
        consent: { ...consent, notice: doc, channels: [{ id: 'email', label: doc }] },
        choices: { legend: doc, options: [{ value: 'weekly', label: doc }] },
      };
      expect(() => renderToString(<NewsletterSignup adapter={deferredAdapter().adapter} {...props} />)).not.toThrow();
      const { email, submit, requests } = setup(props);
      expect(screen.getByRole('heading', { name: 'Get the newsletter' })).toBeInTheDocument();
      expect(shown(/privacy/i)).toBeInTheDocument();
      // Boxes whose label is not text are named by their value: none is unnamed.
      const boxes = screen.getAllByRole('checkbox');
      expect(boxes.map((box) => box.closest('label')!.textContent)).toEqual(['weekly', 'email']);
      const user = userEvent.setup();
      for (const box of boxes) await user.click(box);
      await user.type(email(), 'jane@example.com');
      await submit();
      expect(requests).toHaveLength(1);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('neither text nor React nodes'));
    });

    it('leaves the title to a dialog with `titleLevel="none"`', () => {
      setup({ titleLevel: 'none' });
      expect(screen.queryByRole('heading')).toBeNull();
    });

    it('keeps the default title for a blank one (a CMS\'s empty field), so the form is still named and no heading is empty', async () => {
      setup({ title: '' });
      expect(screen.getByRole('form', { name: 'Get the newsletter' })).toBeInTheDocument();
      await expectNoAxeViolations();
    });

    it('shows the default notice and privacy link for an empty notice (a CMS\'s empty field), not an empty line', () => {
      setup({ consent: { ...consent, notice: '' } });
      expect(screen.getByText(/We only use your address to send the newsletter/)).toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'Privacy policy' })).toHaveAttribute('href', 'https://careers.example/privacy');
    });

    it('links the privacy policy only when it is an http(s) URL', () => {
      setup({ consent: { version: '1', privacyUrl: 'javascript:alert(1)' } });
      expect(screen.queryByRole('link')).toBeNull();
    });

    it('links a privacy policy on the site itself (`/privacy`, as the docs show), on the server as in the browser', () => {
      setup({ consent: { version: '1', privacyUrl: '/privacy' } });
      expect(screen.getByRole('link', { name: 'Privacy policy' })).toHaveAttribute('href', '/privacy');
      expect(renderToString(<NewsletterSignup consent={{ version: '1', privacyUrl: '/privacy' }} />)).toContain('href="/privacy"');
    });

    it('does not link a privacy URL that shows one host and goes to another', () => {
      setup({ consent: { version: '1', privacyUrl: 'https://careers.example@evil.example/privacy' } });
      expect(screen.queryByRole('link')).toBeNull();
    });

    it('renders the given variant as data-variant, and an unknown one as inline', () => {
      const { root, view } = setup({ variant: 'nudge' });
      expect(root()).toHaveAttribute('data-variant', 'nudge');
      view.rerender(<NewsletterSignup consent={consent} variant={'banner' as never} />);
      expect(root()).toHaveAttribute('data-variant', 'inline');
    });
  });
});
