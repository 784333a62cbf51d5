/**
 * NewsletterSignup in real Chromium, with fetchAdapter talking to a real
 * endpoint on 127.0.0.1: the host-endpoint mock (fetchAdapter's JSON contract),
 * started in Node through a browser command and told to answer CORS for this
 * page's origin, since the page is served from Vitest's own. What the jsdom
 * unit tests cannot show: real keyboard focus and implicit submission, a real
 * cross-origin request and the body the server received, a real double click
 * against a server that holds its reply, the browser's own offline switch and
 * `online` event, and a real timeout.
 */
import * as React from 'react';
import { render } from 'vitest-browser-react';
import { commands, page, userEvent } from 'vitest/browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NewsletterSignup, ThemeProvider, type NewsletterSignupProps, type SubscribeAdapter } from '../../src';
import { themeNames } from '../../src/theme/names';
import { fetchAdapter, type FetchAdapterOptions } from '../../src/components/NewsletterSignup/adapters';
import type { ProviderKind, ReceivedRequest, ScriptedReply } from '../support/providers/index.ts';
import { expectNoAxeViolations } from '../support/axe';

declare module 'vitest/browser' {
  interface BrowserCommands {
    startProviderServer: (kind: ProviderKind) => Promise<{ id: string; url: string }>;
    providerServerRequests: (id: string) => Promise<ReceivedRequest[]>;
    stopProviderServer: (id: string) => Promise<void>;
    allowProviderServerOrigin: (id: string) => Promise<void>;
    holdProviderServer: (id: string) => Promise<void>;
    releaseProviderServer: (id: string) => Promise<void>;
    scriptProviderServer: (id: string, replies: ScriptedReply[]) => Promise<void>;
    setOffline: (offline: boolean, restoreAfterMs?: number) => Promise<void>;
    writeClipboard: (text: string) => Promise<void>;
  }
}

/** The host mock's route (hostEndpoint.ts imports node:http, so it cannot be imported here). */
const hostPath = '/api/newsletter';
const consent = { version: 'newsletter-2026-11', privacyUrl: 'https://example.com/privacy' };
const texts = {
  error: 'Something went wrong, so you’re not subscribed yet. Please try again.',
  offline: 'You’re offline. Your address is kept: try again once you’re connected.',
};

// A fresh server per test: its request log is this test's alone, and a script
// or hold a failed test left behind cannot leak into the next.
let server: { id: string; url: string };
beforeEach(async () => {
  server = await commands.startProviderServer('host');
  await commands.allowProviderServerOrigin(server.id);
});
afterEach(async () => {
  await commands.setOffline(false);
  await commands.stopProviderServer(server.id);
  vi.restoreAllMocks();
});

/** What reached the endpoint itself (CORS preflights are recorded too, as OPTIONS). */
const posts = async () => (await commands.providerServerRequests(server.id)).filter((r) => r.method === 'POST');

async function renderSignup(props: Partial<NewsletterSignupProps> = {}, adapter: Partial<FetchAdapterOptions> = {}) {
  const screen = await render(
    <ThemeProvider>
      <main>
        <button type="button">Before</button>
        <NewsletterSignup
          adapter={fetchAdapter({ url: `${server.url}${hostPath}`, ...adapter })}
          consent={consent}
          minFillMs={0}
          source="article-footer"
          {...props}
        />
      </main>
    </ThemeProvider>,
  );
  return {
    screen,
    root: () => screen.container.querySelector<HTMLElement>('[data-variant]')!,
    email: () => screen.getByRole('textbox', { name: 'Email address' }),
    subscribe: () => screen.getByRole('button', { name: /^Subscrib/ }),
    /** A visible paragraph with exactly this text (the live region says it too, so text alone is ambiguous). */
    shown: (text: string) => [...screen.container.querySelectorAll('p')].find((p) => p.textContent === text),
    /** Focus on the button before the form, as a keyboard user arriving at it. */
    focusBefore: () => (screen.getByRole('button', { name: 'Before' }).element() as HTMLElement).focus(),
  };
}

describe('NewsletterSignup in Chromium, against a real endpoint', () => {
  describe('when used with the keyboard only', () => {
    it('Tab to the field, type, Tab to Subscribe, Enter: the endpoint gets the JSON request and the reader lands on "Check your inbox"', async () => {
      const { screen, root, email, subscribe, focusBefore, shown } = await renderSignup();
      focusBefore();
      await userEvent.keyboard('{Tab}');
      await expect.element(email()).toHaveFocus();
      await userEvent.keyboard('reader@example.com');
      await userEvent.keyboard('{Tab}');
      await expect.element(subscribe()).toHaveFocus();
      const before = Date.now();
      await userEvent.keyboard('{Enter}');

      await expect.poll(() => root().dataset.state).toBe('pending-confirmation');
      const after = Date.now();
      const sent = await posts();
      expect(sent).toHaveLength(1);
      expect(sent[0]!.path).toBe(hostPath);
      expect(sent[0]!.headers['content-type']).toBe('application/json');
      expect(sent[0]!.headers.origin).toBe(location.origin);
      const body = JSON.parse(sent[0]!.body) as { consent: { at: string } };
      expect(body).toEqual({
        email: 'reader@example.com',
        consent: { version: 'newsletter-2026-11', at: expect.any(String) },
        source: 'article-footer',
      });
      // ISO 8601 as toISOString writes it, and the moment of this submit.
      expect(new Date(body.consent.at).toISOString()).toBe(body.consent.at);
      expect(Date.parse(body.consent.at)).toBeGreaterThanOrEqual(before - 5);
      expect(Date.parse(body.consent.at)).toBeLessThanOrEqual(after);

      const title = shown('Check your inbox')!;
      await expect.element(title).toBeVisible();
      await expect.element(screen.getByText(/We sent a link to/)).toHaveTextContent('We sent a link to reader@example.com. Open it to confirm.');
      // The form and its focused button went away; focus is on the result, not lost to <body>.
      await expect.poll(() => document.activeElement?.contains(title) && document.activeElement !== document.body).toBe(true);

      await userEvent.keyboard('{Tab}');
      await expect.element(screen.getByRole('button', { name: 'Use a different address' })).toHaveFocus();
      await userEvent.keyboard('{Enter}');
      await expect.poll(() => root().dataset.state).toBe('idle');
      await expect.element(email()).toHaveValue('reader@example.com');
      await expect.element(email()).toHaveFocus();
      expect(await posts()).toHaveLength(1);
    });

    it('submits with Enter in the email field', async () => {
      const { root, email, focusBefore } = await renderSignup();
      focusBefore();
      await userEvent.keyboard('{Tab}');
      await expect.element(email()).toHaveFocus();
      await userEvent.keyboard('enter.key@example.com{Enter}');
      await expect.poll(() => root().dataset.state).toBe('pending-confirmation');
      const sent = await posts();
      expect(sent).toHaveLength(1);
      expect(JSON.parse(sent[0]!.body)).toMatchObject({ email: 'enter.key@example.com' });
    });
  });

  describe('when a keyboard reader tabs through every control', () => {
    it('draws the theme’s focus ring on each of them, choices, consent boxes and the privacy link included', async () => {
      const screen = await render(
        <ThemeProvider>
          <button type="button">Before</button>
          <NewsletterSignup
            adapter={{ subscribe: async () => ({ kind: 'subscribed' }) }}
            consent={{ ...consent, channels: [{ id: 'newsletter', label: 'The Weekly Letter' }, { id: 'courses', label: 'Workshops' }] }}
            choices={{ legend: 'How often?', type: 'radio', options: [{ value: 'weekly', label: 'Every Thursday' }, { value: 'monthly', label: 'Monthly' }] }}
          />
        </ThemeProvider>,
      );
      (screen.getByRole('button', { name: 'Before' }).element() as HTMLElement).focus();
      const rings: string[] = [];
      for (let tabs = 0; tabs < 6; tabs++) {
        await userEvent.keyboard('{Tab}');
        const focused = document.activeElement!;
        const style = getComputedStyle(focused);
        rings.push(`${focused.getAttribute('type') ?? focused.tagName}: ${style.outlineStyle} ${style.outlineColor}`);
      }
      // The email field's ring, which TextField draws in the theme's colour. (The browser's
      // own ring is `auto`, in its own colour, whatever the brand's page looks like.)
      const ring = rings[0]!.replace('email: solid ', '');
      expect(rings).toEqual([
        `email: solid ${ring}`,
        `radio: solid ${ring}`,
        `checkbox: solid ${ring}`,
        `checkbox: solid ${ring}`,
        `submit: solid ${ring}`,
        `A: solid ${ring}`,
      ]);
    });
  });

  describe('when the host re-renders after the signup ended', () => {
    // Regression: the result once took focus on every render while it showed
    // (here a host state change; in a page, any parent re-render), pulling the
    // reader back from wherever they had moved.
    it('leaves focus where the reader moved it', async () => {
      function Host() {
        const [count, setCount] = React.useState(0);
        return (
          <ThemeProvider>
            <main>
              <NewsletterSignup adapter={fetchAdapter({ url: `${server.url}${hostPath}` })} consent={consent} minFillMs={0} />
              <button type="button" onClick={() => setCount(count + 1)}>
                Saved {count}
              </button>
            </main>
          </ThemeProvider>
        );
      }
      const screen = await render(<Host />);
      await userEvent.fill(screen.getByRole('textbox', { name: 'Email address' }), 'moves.on@example.com');
      await userEvent.keyboard('{Enter}');
      await expect.element(screen.getByRole('button', { name: 'Use a different address' })).toBeVisible();
      // Past "Use a different address" and the privacy link to the host's button, and press it.
      await userEvent.keyboard('{Tab}{Tab}');
      await expect.element(screen.getByRole('button', { name: 'Saved 0' })).toHaveFocus();
      await userEvent.keyboard('{Enter}');
      await expect.element(screen.getByRole('button', { name: 'Saved 1' })).toBeVisible();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Saved 1' }).element());
    });
  });

  describe('given a server that holds its reply', () => {
    it('sends ONE request for a double click and repeated Enter; the button is aria-disabled, the field stays enabled', async () => {
      const { screen, root, email, subscribe } = await renderSignup();
      await commands.holdProviderServer(server.id);
      await userEvent.fill(email(), 'twice@example.com');
      await userEvent.dblClick(subscribe());
      // Focus is on the button after the double click: Enter there, then back in the field.
      await userEvent.keyboard('{Enter}{Enter}{Enter}');
      await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
      await expect.element(email()).toHaveFocus();
      await userEvent.keyboard('{Enter}{Enter}{Enter}');

      await vi.waitFor(async () => expect(await posts()).toHaveLength(1));
      // Time for any second request to arrive before counting again.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await posts()).toHaveLength(1);
      expect(root().dataset.state).toBe('submitting');
      await expect.element(subscribe()).toHaveAttribute('aria-disabled', 'true');
      await expect.element(subscribe()).toHaveAccessibleName('Subscribing…');
      await expect.element(email()).toBeEnabled();
      await expect.element(email()).not.toHaveAttribute('readonly');
      await expect.element(screen.getByRole('status')).toHaveTextContent('Subscribing…');

      await commands.releaseProviderServer(server.id);
      await expect.poll(() => root().dataset.state).toBe('pending-confirmation');
      expect(await posts()).toHaveLength(1);
    });
  });

  describe('while it sends', () => {
    it('keeps the button’s width, so the field beside it does not move, whatever the labels', async () => {
      // Wide enough for the field and the button to share a row.
      await page.viewport(900, 700);
      try {
        const { screen, email } = await renderSignup({ messages: { submit: 'Go', submitting: 'Subscribing you now…' } });
        await commands.holdProviderServer(server.id);
        const button = screen.getByRole('button', { name: 'Go' }).element() as HTMLElement;
        const field = email().element() as HTMLElement;
        expect(button.getBoundingClientRect().left).toBeGreaterThan(field.getBoundingClientRect().right);
        const before = { button: button.getBoundingClientRect().width, field: field.getBoundingClientRect().width };
        await userEvent.fill(email(), 'steady@example.com');
        await userEvent.click(button);
        await expect.element(button).toHaveAccessibleName('Subscribing you now…');
        expect(button.getBoundingClientRect().width).toBe(before.button);
        expect(field.getBoundingClientRect().width).toBe(before.field);
        await commands.releaseProviderServer(server.id);
      } finally {
        await page.viewport(414, 896);
      }
    });
  });

  describe('when the result takes focus after a keyboard signup', () => {
    const joined: SubscribeAdapter = { subscribe: async () => ({ kind: 'subscribed' }) };
    it.each(themeNames.flatMap((theme) => (['light', 'dark'] as const).map((scheme) => [theme, scheme] as const)))(
      'shows its ring inside the widget, clear of the text (%s, %s)',
      async (theme, scheme) => {
        // A host column that clips: a ring drawn outside the widget would be cut here.
        const screen = await render(
          <ThemeProvider theme={theme} scheme={scheme}>
            <div style={{ overflow: 'hidden' }}>
              <NewsletterSignup adapter={joined} consent={consent} minFillMs={0} />
            </div>
          </ThemeProvider>,
        );
        await userEvent.click(screen.getByRole('textbox', { name: 'Email address' }));
        await userEvent.keyboard('ring@example.com{Enter}');
        await expect.poll(() => document.activeElement?.textContent).toBe('You’re subscribed. Thank you!');
        const result = document.activeElement as HTMLElement;
        expect(result.matches(':focus-visible')).toBe(true);
        const style = getComputedStyle(result);
        const width = parseFloat(style.outlineWidth);
        const offset = parseFloat(style.outlineOffset);
        expect(style.outlineStyle).toBe('solid');
        expect(width).toBeGreaterThan(0);
        // The ring's outer edge is at or inside the result's own box...
        expect(offset + width).toBeLessThanOrEqual(0);
        // ...and at least 4 px from the text on every side.
        for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
          expect(parseFloat(style.getPropertyValue(`padding-${side.toLowerCase()}`)) + offset).toBeGreaterThanOrEqual(4);
        }
      },
    );
  });

  describe('when the browser goes offline and back', () => {
    it('sends nothing, says so and keeps the address; back online it returns to idle and the next submit goes through', async () => {
      const { root, email, subscribe, shown } = await renderSignup();
      await userEvent.fill(email(), 'offline.reader@example.com');
      const fetches = vi.spyOn(window, 'fetch');
      // Offline, Chromium holds back every frame between this page and Vitest,
      // so no command can run or answer until the network returns: Node brings
      // it back after 1.5 s, and until then the test acts and checks in-page.
      const offlineWindow = commands.setOffline(true, 1500);
      await expect.poll(() => navigator.onLine).toBe(false);
      (subscribe().element() as HTMLButtonElement).click();

      await expect.poll(() => root().dataset.state).toBe('offline');
      expect(shown(texts.offline)).toBeVisible();
      expect(email().element()).toHaveValue('offline.reader@example.com');
      // The form knew it was offline and did not even try.
      expect(fetches.mock.calls.filter(([url]) => String(url).startsWith(server.url))).toEqual([]);

      await offlineWindow;
      await expect.poll(() => navigator.onLine).toBe(true);
      // Nothing reached the server while offline.
      expect(await commands.providerServerRequests(server.id)).toEqual([]);
      await expect.poll(() => root().dataset.state).toBe('idle');
      expect(shown('You’re back online.')).toBeVisible();
      await expect.element(email()).toHaveValue('offline.reader@example.com');

      await userEvent.click(subscribe());
      await expect.poll(() => root().dataset.state).toBe('pending-confirmation');
      const sent = await posts();
      expect(sent).toHaveLength(1);
      expect(JSON.parse(sent[0]!.body)).toMatchObject({ email: 'offline.reader@example.com' });
    });
  });

  describe('when the reader clicks Subscribe straight from the field', () => {
    // A click is a press and a release on the same element. Leaving the field
    // (on the press) must not move the button before the release.
    it('after fixing a refused address: the error goes while they type, so the click lands and sends', async () => {
      const { root, email, subscribe } = await renderSignup();
      await userEvent.click(subscribe());
      await expect.element(email()).toHaveAttribute('aria-invalid', 'true');
      await userEvent.type(email(), 'fixed@example.com');
      await expect.element(email()).not.toHaveAttribute('aria-invalid');
      await userEvent.click(subscribe());
      await expect.poll(() => root().dataset.state).toBe('pending-confirmation');
      expect(await posts()).toHaveLength(1);
    });

    it('with a likely typo: "Did you mean" appears under the row, not between the field and the button, and the click sends', async () => {
      const { root, email, subscribe } = await renderSignup();
      await userEvent.fill(email(), 'jane@gmial.com');
      await userEvent.click(subscribe());
      await expect.poll(() => root().dataset.state).toBe('pending-confirmation');
      expect(await posts()).toHaveLength(1);
    });
  });

  describe('when the endpoint fails', () => {
    it('after a 500 it shows the error, keeps the address, and a retry goes through', async () => {
      const { root, email, subscribe, shown } = await renderSignup();
      await commands.scriptProviderServer(server.id, [
        { status: 500, body: '<html><body><h1>500</h1></body></html>', headers: { 'Content-Type': 'text/html' } },
      ]);
      await userEvent.fill(email(), 'unlucky@example.com');
      await userEvent.click(subscribe());

      await expect.poll(() => root().dataset.state).toBe('error');
      expect(shown(texts.error)).toBeVisible();
      await expect.element(email()).toHaveValue('unlucky@example.com');
      expect(await posts()).toHaveLength(1);

      await userEvent.click(subscribe());
      await expect.poll(() => root().dataset.state).toBe('pending-confirmation');
      const sent = await posts();
      expect(sent.map((r) => (JSON.parse(r.body) as { email: string }).email)).toEqual(['unlucky@example.com', 'unlucky@example.com']);
    });

    it('when it hangs past timeoutMs (300) it shows the error, keeps the address, and a retry goes through', async () => {
      const { root, email, subscribe, shown } = await renderSignup({}, { timeoutMs: 300 });
      await commands.scriptProviderServer(server.id, ['hang']);
      await userEvent.fill(email(), 'patient@example.com');
      const start = performance.now();
      await userEvent.click(subscribe());

      await expect.poll(() => root().dataset.state).toBe('submitting');
      await vi.waitFor(async () => expect(await posts()).toHaveLength(1));
      await expect.poll(() => root().dataset.state, { timeout: 3000 }).toBe('error');
      // The adapter's own deadline ended it, not an instant failure.
      expect(performance.now() - start).toBeGreaterThanOrEqual(290);
      expect(shown(texts.error)).toBeVisible();
      await expect.element(email()).toHaveValue('patient@example.com');

      await userEvent.click(subscribe());
      await expect.poll(() => root().dataset.state).toBe('pending-confirmation');
      expect(await posts()).toHaveLength(2);
    });
  });

  describe('when the reader pastes with a line break inside', () => {
    // An <input> holds one line: Chromium turns a pasted line break into a
    // space (a value set by script loses it), so the lines arrive joined and
    // only the real paste event shows the break.
    it('refuses the first name with "Enter this on one line", keeps the joined text, and sends nothing until the reader edits it', async () => {
      const { screen, email, subscribe } = await renderSignup({ askFirstName: true });
      const firstName = screen.getByRole('textbox', { name: /First name/ });
      await userEvent.fill(email(), 'jane@example.com');
      await commands.writeClipboard('Jane\r\nBcc: someone@evil.example');
      await userEvent.click(firstName);
      await userEvent.paste();
      await expect.element(firstName).toHaveValue('Jane Bcc: someone@evil.example');
      await userEvent.click(subscribe());

      await expect.element(firstName).toHaveAttribute('aria-invalid', 'true');
      await expect.element(firstName).toHaveAccessibleDescription('Error: Enter this on one line');
      await expect.element(firstName).toHaveFocus();
      await expect.element(firstName).toHaveValue('Jane Bcc: someone@evil.example');
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await posts()).toEqual([]);

      await userEvent.fill(firstName, 'Jane');
      // Enter in the field: a click would blur it first, and the error going away moves the button.
      await userEvent.keyboard('{Enter}');
      await vi.waitFor(async () => expect(await posts()).toHaveLength(1));
      expect(JSON.parse((await posts())[0]!.body)).toMatchObject({ email: 'jane@example.com', firstName: 'Jane' });
    });

    it('accepts a pasted address whose only line break ends it, tidied', async () => {
      const { root, email, subscribe } = await renderSignup();
      await commands.writeClipboard('  Jane <JANE@Example.COM>\n');
      await userEvent.click(email());
      await userEvent.paste();
      await userEvent.click(subscribe());
      await expect.poll(() => root().dataset.state).toBe('pending-confirmation');
      expect(JSON.parse((await posts())[0]!.body)).toMatchObject({ email: 'JANE@example.com' });
    });
  });

  describe('in a right-to-left page (an Arabic site)', () => {
    it('shows the address left to right as it is typed, so `jane@` does not read `@jane`', async () => {
      const screen = await render(
        <ThemeProvider dir="rtl">
          <NewsletterSignup adapter={fetchAdapter({ url: `${server.url}${hostPath}` })} consent={consent} />
        </ThemeProvider>,
      );
      const email = screen.getByRole('textbox', { name: 'Email address' });
      await userEvent.type(email, 'jane@');
      const input = email.element() as HTMLInputElement;
      expect(input.parentElement!.closest('[dir]')?.getAttribute('dir')).toBe('rtl');
      // The address runs left to right, the way it is read and written in any script.
      expect(input.matches(':dir(ltr)')).toBe(true);
    });
  });

  describe('accessibility', () => {
    it('has no axe violations when idle, after a validation error, and when confirmation is pending', async () => {
      const { root, email, subscribe, shown } = await renderSignup();
      await expectNoAxeViolations();

      await userEvent.fill(email(), 'jane@example');
      await userEvent.click(subscribe());
      await expect.element(email()).toHaveAttribute('aria-invalid', 'true');
      await expectNoAxeViolations();
      await expect.element(email()).toHaveAccessibleDescription(/Enter an email address in the correct format/);
      expect(await posts()).toEqual([]);

      await userEvent.fill(email(), 'jane@example.com');
      await userEvent.click(subscribe());
      await expect.poll(() => root().dataset.state).toBe('pending-confirmation');
      await expect.element(shown('Check your inbox')!).toBeVisible();
      await expectNoAxeViolations();
    });
  });
});
