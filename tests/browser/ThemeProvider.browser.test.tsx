/// <reference types="vite/client" />
/** Theme and scheme resolution in real CSS: nested providers take their own palette. */
import * as React from 'react';
import { render } from 'vitest-browser-react';
import { commands, userEvent } from 'vitest/browser';
import { describe, expect, it } from 'vitest';
import { AdviceArticle, Button, Callout, CommentThread, DialogContent, DialogRoot, DialogTitle, HowToSayIt, NewsletterSignup, ThemeProvider } from '../../src';
import readme from '../../README.md?raw';
import { createBrandTheme, themes } from '../../src/theme';
import './support';

const rgb = (hex: string) =>
  `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
const page = (testId: string) => getComputedStyle(document.querySelector(`[data-testid="${testId}"]`)!).getPropertyValue('--ck-color-page').trim();

describe('nested theme providers', () => {
  it('a default dark provider inside newsprint gets the default dark palette, not newsprint’s', async () => {
    await render(
      <ThemeProvider theme="newsprint" data-testid="outer">
        <ThemeProvider theme="default" scheme="dark" data-testid="inner" />
      </ThemeProvider>,
    );
    expect(page('outer')).toBe(themes.newsprint.light.color.page);
    expect(page('inner')).toBe(themes.default.dark.color.page);
    expect(rgb(themes.default.dark.color.page)).toBe('rgb(18, 20, 24)');
  });

  it('a light provider inside a dark page is light', async () => {
    await render(
      <ThemeProvider theme="jobboard" scheme="dark" data-testid="outer">
        <ThemeProvider theme="jobboard" scheme="light" data-testid="inner" />
      </ThemeProvider>,
    );
    expect(page('outer')).toBe(themes.jobboard.dark.color.page);
    expect(page('inner')).toBe(themes.jobboard.light.color.page);
  });

  it('a bare dark scheme inside a themed element takes that theme’s dark palette', async () => {
    await render(
      <ThemeProvider theme="newsprint">
        <div data-ck-scheme="dark" data-testid="inner" />
      </ThemeProvider>,
    );
    expect(page('inner')).toBe(themes.newsprint.dark.color.page);
  });

  it('a system provider under a forced-dark ancestor follows a light OS', async () => {
    await commands.emulateMedia('screen', 'none', 'light');
    try {
      await render(
        <ThemeProvider theme="default" scheme="dark" data-testid="outer">
          <ThemeProvider theme="newsprint" scheme="system" data-testid="inner" />
        </ThemeProvider>,
      );
      expect(page('inner')).toBe(themes.newsprint.light.color.page);
      await commands.emulateMedia('screen', 'none', 'dark');
      expect(page('inner')).toBe(themes.newsprint.dark.color.page);
    } finally {
      await commands.emulateMedia('screen', 'none', 'light');
    }
  });
});

describe('a brand edited in a CMS', () => {
  it('paints the default theme\'s colour where a token is missing or unsafe, in light and dark, instead of none', async () => {
    const brand = JSON.parse(JSON.stringify(createBrandTheme({ color: { brand: '#1f5c3a' } })));
    delete brand.props.style['--ck-light-color-text'];
    brand.props.style['--ck-dark-color-text'] = 'red; color: url(https://tracker.example/x)';
    const color = (testId: string) => getComputedStyle(document.querySelector(`[data-testid="${testId}"]`)!).color;
    await render(
      <>
        <ThemeProvider theme={brand} data-testid="light">text</ThemeProvider>
        <ThemeProvider theme={brand} scheme="dark" data-testid="dark">text</ThemeProvider>
      </>,
    );
    expect(color('light')).toBe(rgb(themes.default.light.color.text));
    expect(color('dark')).toBe(rgb(themes.default.dark.color.text));
  });

  it('takes the default theme\'s value for a token it lacks, instead of none', async () => {
    const brand = JSON.parse(JSON.stringify(createBrandTheme({ base: 'newsprint' })));
    delete brand.props.style['--ck-line-height-normal'];
    await render(<ThemeProvider theme={brand} data-testid="scope">text</ThemeProvider>);
    const scope = document.querySelector<HTMLElement>('[data-testid="scope"]')!;
    expect(getComputedStyle(scope).lineHeight).toBe(`${1.5 * parseFloat(getComputedStyle(scope).fontSize)}px`);
  });
});

describe('a reader who asks for more contrast', () => {
  const card = (testId: string) =>
    getComputedStyle(document.querySelector(`[data-testid="${testId}"] [data-variant="card"]`)!).borderTopColor;
  const signup = (
    <NewsletterSignup variant="card" title="The Weekly Letter" adapter={{ subscribe: async () => ({ kind: 'subscribed' }) }} consent={{ version: 'v1' }} />
  );

  it('sees the faint frames (the signup card’s border) in the controls’ stronger edge, in each theme and scheme, a host’s own included', async () => {
    await render(
      <>
        <ThemeProvider theme="newsprint" data-testid="newsprint">{signup}</ThemeProvider>
        <ThemeProvider theme="jobboard" scheme="dark" data-testid="jobboard-dark">{signup}</ThemeProvider>
        <ThemeProvider theme="default" data-testid="host">
          <div style={{ ['--ck-color-border-strong' as string]: '#123456' }}>{signup}</div>
        </ThemeProvider>
      </>,
    );
    expect(card('newsprint')).toBe(rgb(themes.newsprint.light.color.border));
    expect(card('jobboard-dark')).toBe(rgb(themes.jobboard.dark.color.border));
    await commands.emulateContrast('more');
    try {
      expect(card('newsprint')).toBe(rgb(themes.newsprint.light.color.borderStrong));
      expect(card('jobboard-dark')).toBe(rgb(themes.jobboard.dark.color.borderStrong));
      expect(card('host')).toBe('rgb(18, 52, 86)');
    } finally {
      await commands.emulateContrast('no-preference');
    }
    expect(card('newsprint')).toBe(rgb(themes.newsprint.light.color.border));
  });
});

describe('the README’s plain-CSS brand, as a publisher copies it', () => {
  // The brand sample under "1. Plain CSS" (the README has other CSS samples: a reset's layers, Tailwind's).
  const css = /\*\*1\. Plain CSS\.\*\*[\s\S]*?```css\n([\s\S]*?)```/.exec(readme)![1]!;
  const defaults = new Set(Object.values({ ...themes.default.light.color }).map(rgb));

  it('keeps the primary button in the brand’s own colours under the pointer, not the base theme’s', async () => {
    const style = document.createElement('style');
    style.textContent = css;
    document.head.append(style);
    // No colour transition: the colour read is the hover colour, not one on the way to it.
    await commands.emulateReducedMotion(true);
    try {
      const screen = await render(<ThemeProvider><Button>Subscribe</Button></ThemeProvider>);
      const button = screen.getByRole('button', { name: 'Subscribe' }).element() as HTMLElement;
      expect(getComputedStyle(button).backgroundColor).toBe('rgb(107, 47, 163)');
      await userEvent.hover(button);
      await expect.poll(() => getComputedStyle(button).backgroundColor).not.toBe('rgb(107, 47, 163)');
      const hover = getComputedStyle(button).backgroundColor;
      expect(defaults.has(hover), `${hover} is one of the default theme's colours`).toBe(false);
      expect(hover).toBe(rgb(/--ck-color-on-brand-soft:\s*(#[0-9a-f]{6})/.exec(css)?.[1] ?? '#000000'));
    } finally {
      style.remove();
      await commands.emulateReducedMotion(false);
    }
  });
});

describe('a publisher’s type, set with variables alone on the attribute route (no ThemeProvider)', () => {
  it('reaches every widget’s text: the body font and size come from the tokens, not from the host page around them', async () => {
    const style = document.createElement('style');
    style.textContent = `[data-ck-theme] { --ck-font-body: Georgia, serif; --ck-font-size-md: 21px; }
      .host-prose { font-family: "Courier New", monospace; font-size: 13px; }`;
    document.head.append(style);
    try {
      await render(
        <div data-ck-theme="default" className="host-prose">
          <Callout title="A tip">Ask for the salary range before the second interview.</Callout>
          <HowToSayIt script="Could you share the range for this role?" />
          <NewsletterSignup consent={{ version: 'v1', privacyUrl: 'https://example.com/privacy' }} />
          <CommentThread comments={[{ id: 'a', author: { name: 'Ana' }, body: 'This worked for me.', createdAt: '2026-11-24T10:00:00Z' }]} now="2026-12-01T00:00:00Z" locale="en-US" timeZone="UTC" />
        </div>,
      );
      const texts = {
        callout: document.querySelector('[data-tone="note"] > :last-child')!,
        script: document.querySelector('[data-tone="script"]')!,
        signup: document.querySelector('form')!,
        comment: document.querySelector('#comment-a')!,
      };
      for (const [name, element] of Object.entries(texts)) {
        const { fontFamily, fontSize } = getComputedStyle(element);
        expect(fontFamily, name).not.toContain('Courier');
        expect(fontSize, name).not.toBe('13px');
      }
      expect(getComputedStyle(texts.callout).fontFamily).toBe('Georgia, serif');
      expect(getComputedStyle(texts.callout).fontSize).toBe('21px');
      expect(getComputedStyle(texts.signup).fontSize).toBe('21px');
    } finally {
      style.remove();
    }
  });

  it('colours links in every widget with the link tokens, at rest and under the pointer, not the browser’s blue', async () => {
    const style = document.createElement('style');
    style.textContent = '[data-ck-theme] { --ck-color-link: #0a6b2e; --ck-color-link-hover: #7a1f11; }';
    document.head.append(style);
    try {
      await render(
        <div data-ck-theme="newsprint">
          <Callout title="Before you reply">
            Read <a href="https://example.com/guide">the negotiation guide</a> first.
          </Callout>
          <AdviceArticle post={{ headline: 'Can I take back a yes?', author: { name: 'Dana Reyes', url: 'https://example.com/dana' }, question: { body: 'I said yes too fast.' }, reply: { blocks: [] }, publishedAt: '2026-11-20' }} />
          <NewsletterSignup consent={{ version: 'v1', privacyUrl: 'https://example.com/privacy' }} />
          <CommentThread
            comments={[{ id: 'a', author: { name: 'Ana', url: 'https://example.com/ana' }, body: 'This helped: https://example.com/notes', createdAt: '2026-11-24T10:00:00Z' }]}
            now="2026-12-01T00:00:00Z"
          />
        </div>,
      );
      const links = {
        callout: document.querySelector('[role="note"] a')!,
        byline: document.querySelector('a[rel="author"]')!,
        privacy: document.querySelector('form a')!,
        commentBody: document.querySelector('#comment-a a[href="https://example.com/notes"]')!,
      };
      for (const [name, link] of Object.entries(links)) {
        expect(getComputedStyle(link).color, name).toBe('rgb(10, 107, 46)');
        await userEvent.hover(link);
        await expect.poll(() => getComputedStyle(link).color, { message: `${name} under the pointer` }).toBe('rgb(122, 31, 17)');
      }
    } finally {
      style.remove();
    }
  });

  it('reaches a dialog’s text, with the theme on <html> and the host’s own type on <body>', async () => {
    const style = document.createElement('style');
    style.textContent = `[data-ck-theme] { --ck-font-body: Georgia, serif; --ck-font-size-md: 21px; }
      body { font-family: "Courier New", monospace; font-size: 13px; }`;
    document.head.append(style);
    document.documentElement.dataset.ckTheme = 'default';
    try {
      await render(
        <DialogRoot defaultOpen>
          <DialogContent>
            <DialogTitle>Get the letter</DialogTitle>
            <p>One reader’s problem and a script, every Thursday.</p>
          </DialogContent>
        </DialogRoot>,
      );
      const text = [...document.querySelectorAll('[role="dialog"] p')].at(-1)!;
      expect(getComputedStyle(text).fontFamily).toBe('Georgia, serif');
      expect(getComputedStyle(text).fontSize).toBe('21px');
    } finally {
      style.remove();
      delete document.documentElement.dataset.ckTheme;
    }
  });
});
