/**
 * Vitest browser commands: run in Node with the real Playwright page, for what a
 * test page cannot do to itself (grant or deny a permission, read the system
 * clipboard as the reader's next paste would).
 */
import type { BrowserCommand } from 'vitest/node';

type Ctx = Parameters<BrowserCommand<[]>>[0] & {
  page: import('playwright').Page;
  context: import('playwright').BrowserContext;
};

const origin = (ctx: Ctx) => new URL(ctx.page.url()).origin;

/**
 * The clipboard only works in a focused document. An earlier test file (a
 * dialog's focus trap, a Tab past the last control) can leave the page without
 * focus, so the clipboard commands give it back first.
 */
async function focusPage(ctx: Ctx) {
  await ctx.page.bringToFront();
  await ctx.page.evaluate(() => window.focus());
}

export const grantClipboard: BrowserCommand<[]> = async (context) => {
  const ctx = context as Ctx;
  await ctx.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: origin(ctx) });
};

export const readClipboard: BrowserCommand<[]> = async (context) => {
  const ctx = context as Ctx;
  await ctx.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: origin(ctx) });
  await focusPage(ctx);
  return ctx.page.evaluate(() => navigator.clipboard.readText());
};

export const writeClipboard: BrowserCommand<[text: string]> = async (context, text) => {
  const ctx = context as Ctx;
  await ctx.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: origin(ctx) });
  await focusPage(ctx);
  await ctx.page.evaluate((value) => navigator.clipboard.writeText(value), text);
};

export const emulateMedia: BrowserCommand<
  [media: 'print' | 'screen', forcedColors?: 'active' | 'none', colorScheme?: 'light' | 'dark']
> = async (context, media, forcedColors = 'none', colorScheme = 'light') => {
  await (context as Ctx).page.emulateMedia({ media, forcedColors, colorScheme });
};

/**
 * Prints the page as the reader's Print does (Chromium's print to PDF): `beforeprint`,
 * the layout for paper, `afterprint`. Returns the PDF's size in bytes.
 */
export const printPage: BrowserCommand<[]> = async (context) => (await (context as Ctx).page.pdf()).length;

/** The reader's motion preference, as `prefers-reduced-motion` reports it to the page. */
export const emulateReducedMotion: BrowserCommand<[reduce: boolean]> = async (context, reduce) => {
  await (context as Ctx).page.emulateMedia({ reducedMotion: reduce ? 'reduce' : 'no-preference' });
};

/** The reader's contrast preference, as `prefers-contrast` reports it to the page. */
export const emulateContrast: BrowserCommand<[contrast: 'more' | 'no-preference']> = async (context, contrast) => {
  await (context as Ctx).page.emulateMedia({ contrast });
};

/** A one-pixel PNG, for `serveImage`. */
const PIXEL = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

/** Answers requests for `url` with a real image, as a host's avatar server would (the test page has none). */
export const serveImage: BrowserCommand<[url: string]> = async (context, url) => {
  await (context as Ctx).page.route(url, (route) => route.fulfill({ contentType: 'image/png', body: Buffer.from(PIXEL, 'base64') }));
};

/**
 * Mock provider servers for the NewsletterSignup adapter tests, started in Node
 * because a page cannot listen on a port. Loaded on first use, so the config
 * does not import them.
 */
export const startProviderServer: BrowserCommand<[kind: import('../support/providers/index.ts').ProviderKind]> = async (_context, kind) =>
  (await import('../support/providers/index.ts')).startProvider(kind);

export const providerServerRequests: BrowserCommand<[id: string]> = async (_context, id) =>
  (await import('../support/providers/index.ts')).providerRequests(id);

export const stopProviderServer: BrowserCommand<[id: string]> = async (_context, id) =>
  (await import('../support/providers/index.ts')).stopProvider(id);

/**
 * Steering a running provider server from a test page: let the page's own
 * origin through CORS (the page is served from Vitest's origin, the server
 * listens elsewhere), hold its answers until released, or script the next ones.
 */
export const allowProviderServerOrigin: BrowserCommand<[id: string]> = async (context, id) =>
  (await import('../support/providers/index.ts')).allowProviderOrigin(id, origin(context as Ctx));

export const holdProviderServer: BrowserCommand<[id: string]> = async (_context, id) =>
  (await import('../support/providers/index.ts')).holdProvider(id);

export const releaseProviderServer: BrowserCommand<[id: string]> = async (_context, id) =>
  (await import('../support/providers/index.ts')).releaseProvider(id);

export const scriptProviderServer: BrowserCommand<[id: string, replies: import('../support/providers/index.ts').ScriptedReply[]]> = async (
  _context,
  id,
  replies,
) => (await import('../support/providers/index.ts')).scriptProvider(id, replies);

const backOnline = new WeakMap<import('playwright').BrowserContext, ReturnType<typeof setTimeout>>();

/**
 * Playwright's offline emulation: requests fail, `navigator.onLine` flips,
 * `offline` and `online` fire. Offline, Chromium also holds back every frame
 * between the page and Vitest (both ways) until the network returns, so a page
 * cannot ask to come back online, and this command's own answer arrives only
 * then. Going offline therefore always ends from Node, after `restoreAfterMs`
 * (default 2000); `setOffline(false)` ends it at once when the page can still
 * be heard.
 */
export const setOffline: BrowserCommand<[offline: boolean, restoreAfterMs?: number]> = async (
  context,
  offline,
  restoreAfterMs = 2000,
) => {
  const browserContext = (context as Ctx).context;
  clearTimeout(backOnline.get(browserContext));
  backOnline.delete(browserContext);
  await browserContext.setOffline(offline);
  if (offline) {
    backOnline.set(
      browserContext,
      setTimeout(() => {
        backOnline.delete(browserContext);
        void browserContext.setOffline(false).catch(() => {});
      }, restoreAfterMs),
    );
  }
};
