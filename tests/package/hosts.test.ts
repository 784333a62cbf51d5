/**
 * The packed tarball in the example hosts (examples/): a Next.js App Router site
 * whose post page is a Server Component, and a client-rendered Vite page with
 * its own node:http server. Both publish the missed-interview post end to end,
 * keep comments and signups in SQLite, and are driven here in Chromium as a
 * reader would use them: read, reply, sign up, and find both still there after
 * the server restarts. Neither host has a vanilla-extract plugin or
 * transpilePackages.
 *
 * examples/ is copied fresh to `.tmp/examples` and installed once (it is an npm
 * workspace) with the packed tarball as `.careerkit/careerkit.tgz`, exactly as
 * `npm run setup` does; only the npm registry is used, and its cache first.
 * Each host gets its own fresh data directory (`CAREERKIT_EXAMPLE_DATA`).
 */
import { copyFile, cp, mkdir, readFile, readdir, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join, relative, sep } from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright';
import { chromiumArgs, findChromium } from '../../scripts/chromium.mjs';
import { apologyScript } from '../../examples/shared/content/scripts';
import { missedInterviewDiscussion } from '../../examples/shared/content/discussion';
import { missedInterviewPost } from '../../examples/shared/content/post';
import { weeklyLetter } from '../../examples/shared/content/newsletter';
import { hostEnv, killGroup, packOnce, repoRoot, run, tmpDir } from './pack';

type HostName = 'next' | 'vite';

const examples = join(tmpDir, 'examples');
const env = hostEnv({ NEXT_TELEMETRY_DISABLED: '1', PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', CI: '1' });
const headline = missedInterviewPost.headline;
const hostile = 'Noted, Don. <img src=x onerror=alert(1)> Writing mine tonight.';

function seconds(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)}s`;
}

function log(scope: string, message: string): void {
  console.log(`[examples:${scope}] ${message}`);
}

/** Copies examples/ to .tmp/examples (fresh), puts the tarball where setup.mjs would, and installs the workspace. */
async function installExamples(): Promise<void> {
  const tarball = await packOnce();
  await rm(examples, { recursive: true, force: true });
  const skip = new Set(['node_modules', '.next', 'dist', '.data', '.careerkit', 'package-lock.json', 'next-env.d.ts']);
  const source = join(repoRoot, 'examples');
  await cp(source, examples, {
    recursive: true,
    filter: (path) => !relative(source, path).split(sep).some((part) => skip.has(part)),
  });
  await mkdir(join(examples, '.careerkit'));
  await copyFile(tarball, join(examples, '.careerkit', 'careerkit.tgz'));
  const started = Date.now();
  await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: examples, env });
  log('install', `npm install (workspace: shared, next, vite) in ${seconds(started)}`);
}

async function build(name: HostName): Promise<void> {
  const started = Date.now();
  const { stdout, stderr } = await run('npm', ['run', 'build'], { cwd: join(examples, name), env });
  log(name, `npm run build in ${seconds(started)}`);
  const output = `${stdout}\n${stderr}`.trim();
  if (output) console.log(output.split('\n').map((line) => `[examples:${name}]   ${line}`).join('\n'));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

interface Server {
  output: () => string;
  stop: () => Promise<void>;
}

/** Starts a server in its own process group and waits until `url` answers. */
async function startServer(name: HostName, cwd: string, command: string, args: string[], url: string, extraEnv: Record<string, string>): Promise<Server> {
  const started = Date.now();
  const child: ChildProcess = spawn(command, args, { cwd, env: { ...env, ...extraEnv }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let done = false;
  void exited.then(() => (done = true));

  const server: Server = {
    output: () => output,
    async stop() {
      if (done) return;
      killGroup(child.pid, 'SIGTERM');
      const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 5000).unref());
      if ((await Promise.race([exited, timeout])) === 'timeout') {
        killGroup(child.pid, 'SIGKILL');
        await exited;
      }
    },
  };

  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (done) throw new Error(`${command} ${args.join(' ')} exited before serving ${url}\n${output}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
      if (response.ok) {
        log(name, `server answered in ${seconds(started)}`);
        return server;
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await server.stop();
  throw new Error(`${command} ${args.join(' ')} did not answer ${url} within 90s\n${output}`);
}

/** A host's production server: started, stopped, and started again on the same port and data. */
function host(name: HostName) {
  const dir = join(examples, name);
  const data = join(tmpDir, 'examples-data', name);
  let port = 0;
  let server: Server | undefined;
  const command = (): [string, string[]] =>
    name === 'next'
      ? [join(examples, 'node_modules', '.bin', 'next'), ['start', '-H', '127.0.0.1', '-p', String(port)]]
      : [process.execPath, [join('dist', 'server', 'server.js')]];
  return {
    dir,
    data,
    get url() {
      return `http://127.0.0.1:${port}/`;
    },
    async start() {
      if (!port) {
        port = await freePort();
        await rm(data, { recursive: true, force: true });
      }
      const [bin, args] = command();
      server = await startServer(name, dir, bin, args, this.url, { CAREERKIT_EXAMPLE_DATA: data, PORT: String(port), HOST: '127.0.0.1' });
    },
    async stop() {
      await server?.stop();
      server = undefined;
    },
    output: () => server?.output() ?? '',
  };
}

let browser: Browser | undefined;

async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: set CHROMIUM_PATH or run node scripts/ensure-chromium.mjs');
  browser ??= await chromium.launch({ executablePath, args: chromiumArgs, headless: true });
  return browser;
}

// A 1×1 PNG: the discussion's avatars live on example.com, which this machine cannot (and should not) reach.
const pixel = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

interface Reader {
  context: BrowserContext;
  page: Page;
  /** Console errors, uncaught exceptions, hydration warnings and alert() calls, as text. */
  problems: string[];
}

/**
 * A fresh browser profile on `url`: the page's own origin only (other hosts'
 * images get a pixel, anything else is refused), with every console error,
 * uncaught exception, hydration warning and dialog (an alert() would be one) collected.
 */
async function openReader(url: string): Promise<Reader> {
  const context = await (await launchChromium()).newContext();
  const origin = new URL(url).origin;
  await context.route(
    (target) => target.origin !== origin,
    (route) => (route.request().resourceType() === 'image' ? route.fulfill({ contentType: 'image/png', body: pixel }) : route.abort()),
  );
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' || (message.type() === 'warning' && /hydrat/i.test(text))) {
      problems.push(`console.${message.type()}: ${text} (${message.location().url})`);
    }
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.stack ?? error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.type()} ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(url, { waitUntil: 'load' });
  return { context, page, problems };
}

/** Waits until React owns the first comment: hydrated (Next) or rendered (Vite). Returns when. */
async function waitForReact(page: Page): Promise<number> {
  await page.waitForFunction(
    () => {
      const element = document.getElementById('comment-c1');
      return !!element && Object.keys(element).some((key) => key.startsWith('__reactFiber'));
    },
    null,
    { timeout: 30_000 },
  );
  return Date.now();
}

/**
 * Opens the page and the signup dialog from the keyboard (focus on the button,
 * Enter), and checks it is modal: the page behind leaves the accessibility tree,
 * its live regions staying so announcements still reach the reader.
 */
async function openDialogByKeyboard(url: string) {
  const reader = await openReader(url);
  const { page } = reader;
  await waitForReact(page);
  const trigger = page.getByRole('button', { name: weeklyLetter.button, exact: true });
  await trigger.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: weeklyLetter.dialog.title });
  await dialog.waitFor({ state: 'visible', timeout: 10_000 });
  expect(await page.getByRole('heading', { level: 1, name: headline }).count()).toBe(0);
  return { ...reader, trigger, dialog };
}

/** Escape closes the dialog: the page is back and focus is on the trigger that opened it. */
async function closeDialogByEscape({ page, problems, context, trigger, dialog }: Awaited<ReturnType<typeof openDialogByKeyboard>>) {
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden', timeout: 10_000 });
  expect(await page.getByRole('dialog').count()).toBe(0);
  expect(await page.getByRole('heading', { level: 1, name: headline }).count()).toBe(1);
  expect(await trigger.evaluate((element) => element === document.activeElement)).toBe(true);
  expect(problems).toEqual([]);
  await context.close();
}

function backgroundColor(page: Page, name: string): Promise<string> {
  return page.getByRole('button', { name, exact: true }).evaluate((element) => getComputedStyle(element).backgroundColor);
}

interface StoredComment {
  id: string;
  parentId?: string | null;
  author?: { id?: string; name?: string };
  body: string;
}

async function apiComments(url: string): Promise<StoredComment[]> {
  const response = await fetch(new URL('api/comments', url));
  expect(response.ok).toBe(true);
  return ((await response.json()) as { comments: StoredComment[] }).comments;
}

const post = (url: string, path: string, body: string, type = 'application/json') =>
  fetch(new URL(path, url), { method: 'POST', headers: { 'Content-Type': type }, body, redirect: 'manual' });

/** The JSON-LD comment tree's size, without recursion. */
function countComments(tree: unknown): number {
  let count = 0;
  const stack = [...((tree as Record<string, unknown>[]) ?? [])];
  while (stack.length) {
    const comment = stack.pop()!;
    count++;
    stack.push(...((comment.comment as Record<string, unknown>[]) ?? []));
  }
  return count;
}

/**
 * Bare specifiers in the installed careerkit's dist, as package names. A host
 * inside this repository could silently resolve a missing dependency from the
 * repo's own node_modules, so the test checks the manifest and the host's tree.
 */
async function importedPackages(careerkitDir: string): Promise<string[]> {
  const names = new Set<string>();
  const distDir = join(careerkitDir, 'dist');
  for (const file of await readdir(distDir, { recursive: true })) {
    if (!/\.(c|m)?js$/.test(file)) continue;
    const code = await readFile(join(distDir, file), 'utf8');
    for (const match of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)["']([^"'./][^"']*)["']/g)) {
      const specifier = match[1]!;
      if (specifier.startsWith('node:')) continue;
      const parts = specifier.split('/');
      names.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!);
    }
  }
  return [...names].sort();
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/**
 * The reader's visit, the same in both hosts: reply to Don with markup in the
 * text, sign up in the nudge, then — after `restart` — find the reply still
 * there and be told the address is already subscribed.
 */
async function replySignUpAndRestart(server: ReturnType<typeof host>): Promise<void> {
  const email = `jordan.reyes+${Date.now()}@example.com`;
  const first = await openReader(server.url);
  const { page } = first;
  const ready = await waitForReact(page);

  // Reply to comment 2, with text that would be an image with an onerror handler if it were ever treated as HTML.
  const don = page.locator('#comment-c2');
  await don.getByRole('button', { name: 'Reply', exact: true }).click();
  await page.getByRole('textbox', { name: 'Your reply to Don' }).fill(hostile);
  const sent = page.waitForResponse((response) => response.url().endsWith('/api/comments') && response.request().method() === 'POST');
  await page.getByRole('button', { name: 'Post reply' }).click();
  expect((await sent).status()).toBe(201);
  const reply = page.locator('article[id^="comment-r-"]').filter({ hasText: hostile });
  await reply.waitFor({ timeout: 15_000 });
  expect(await reply.locator('p').first().textContent()).toBe(hostile);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  // Nested under Don's comment, by the demo reader.
  expect(await page.locator('#comment-c2 ~ ol article[id^="comment-r-"]').count()).toBe(1);
  await page.getByRole('heading', { name: '16 Comments' }).waitFor({ timeout: 15_000 });

  // The request reached the server: the API lists the reply, as text, under comment 2.
  const stored = (await apiComments(server.url)).filter((comment) => comment.id.startsWith('r-'));
  expect(stored).toEqual([expect.objectContaining({ parentId: 'c2', body: hostile, author: expect.objectContaining({ id: 'demo-reader' }) })]);

  // Sign up in the nudge (the form refuses submits faster than a person fills it: 1.5 s after it appeared).
  await page.waitForTimeout(Math.max(0, ready + 1600 - Date.now()));
  const nudge = page.locator('#newsletter');
  await nudge.getByLabel('Email address').fill(email);
  await nudge.getByRole('button', { name: 'Subscribe' }).click();
  await page.locator('#newsletter[data-state="subscribed"]').waitFor({ timeout: 15_000 });
  expect(await nudge.textContent()).toContain('You’re subscribed.');
  expect(first.problems).toEqual([]);

  // Stop the server, start it again on the same data, reload.
  await server.stop();
  const file = await readFile(join(server.data, 'hiring-desk.sqlite'));
  expect(file.subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
  await server.start();
  await page.reload({ waitUntil: 'load' });
  const again = await waitForReact(page);
  await reply.waitFor({ timeout: 15_000 });
  expect(await reply.locator('p').first().textContent()).toBe(hostile);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  // Seeded once: the 15 comments and the reply, not 30 and the reply.
  const comments = await apiComments(server.url);
  expect(comments.map((comment) => comment.id)).toEqual([...missedInterviewDiscussion.map((comment) => comment.id), stored[0]!.id]);

  await page.waitForTimeout(Math.max(0, again + 1600 - Date.now()));
  await nudge.getByLabel('Email address').fill(email);
  await nudge.getByRole('button', { name: 'Subscribe' }).click();
  await page.locator('#newsletter[data-state="already-subscribed"]').waitFor({ timeout: 15_000 });
  expect(await nudge.textContent()).toContain('You’re already subscribed.');
  expect(first.problems).toEqual([]);
  await first.context.close();
}

/** The API refuses what a browser form would never send, and stores none of it. */
async function refusesBadInput(url: string): Promise<void> {
  const before = (await apiComments(url)).length;
  const tooLong = await post(url, 'api/comments', JSON.stringify({ parentId: 'c2', body: 'x'.repeat(4001) }));
  expect(tooLong.status).toBe(422);
  expect(((await tooLong.json()) as { error: string }).error).toBe('body-too-long');
  expect((await post(url, 'api/comments', JSON.stringify({ parentId: 'no-such-comment', body: 'Hello' }))).status).toBe(422);
  expect((await post(url, 'api/comments', JSON.stringify({ parentId: 'c2', body: '   \u0000  ' }))).status).toBe(422);
  expect((await post(url, 'api/comments', JSON.stringify({ parentId: 'c2', body: { html: '<b>' } }))).status).toBe(422);
  expect((await post(url, 'api/comments', 'parentId=c2&body=Hello', 'application/x-www-form-urlencoded')).status).toBe(415);
  expect((await post(url, 'api/comments', '{"parentId":')).status).toBe(400);
  expect((await post(url, 'api/comments', JSON.stringify({ parentId: 'c2', body: 'y'.repeat(40_000) }))).status).toBe(413);
  expect((await apiComments(url)).length).toBe(before);
  // Pages of threads: each top-level comment comes with its replies (the reply to comment 2 included).
  const page = (await (await fetch(new URL('api/comments?limit=5', url))).json()) as { comments: StoredComment[]; hasMore: boolean; total: number };
  expect(page.comments.filter((comment) => !comment.parentId).map((comment) => comment.id)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
  expect(page.comments.some((comment) => comment.parentId === 'c2')).toBe(true);
  expect(page).toMatchObject({ hasMore: true, total: before });
  expect((await fetch(new URL('api/comments?limit=0', url))).status).toBe(400);
  expect((await fetch(new URL('api/comments?limit=5&after=no-such-comment', url))).status).toBe(400);

  const consent = { version: weeklyLetter.consent.version, at: new Date().toISOString() };
  const badEmail = await post(url, 'api/newsletter', JSON.stringify({ email: 'jordan@example.com\r\nBcc: everyone@example.com', consent }));
  expect(badEmail.status).toBe(422);
  expect(await badEmail.json()).toEqual({ status: 'invalid', field: 'email', message: expect.any(String) });
  const noConsent = await post(url, 'api/newsletter', JSON.stringify({ email: 'jordan@example.com' }));
  expect(((await noConsent.json()) as { field: string }).field).toBe('consent');
  // The same address in another case is the same reader.
  const address = `Case.Test+${Date.now()}@Example.COM`;
  expect(await (await post(url, 'api/newsletter', JSON.stringify({ email: address, consent }))).json()).toEqual({ status: 'subscribed' });
  expect(await (await post(url, 'api/newsletter', JSON.stringify({ email: address.toLowerCase(), consent }))).json()).toEqual({
    status: 'already-subscribed',
  });
  // The form's post before JavaScript: a 303 back to the page, saying how it went.
  const form = await post(url, 'api/newsletter', `email=${encodeURIComponent(`form+${Date.now()}@example.com`)}&consentVersion=v1`, 'application/x-www-form-urlencoded');
  expect(form.status).toBe(303);
  expect(form.headers.get('location')).toBe('/?newsletter=subscribed#newsletter');
}

beforeAll(async () => {
  const started = Date.now();
  await installExamples();
  log('install', `ready in ${seconds(started)} (pack + copy + install)`);
});

afterAll(async () => {
  await browser?.close();
});

describe('given the examples’ workspace installed from the packed tarball', () => {
  it('installs every package the dist imports, as a declared dependency of careerkit', async () => {
    const careerkitDir = join(examples, 'node_modules', 'careerkit');
    const manifest = JSON.parse(await readFile(join(careerkitDir, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
      peerDependencies?: Record<string, string>;
    };
    const declared = new Set([...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})]);
    const imported = await importedPackages(careerkitDir);
    expect(imported).toContain('react');
    expect(imported.filter((name) => !declared.has(name))).toEqual([]);
    const missing: string[] = [];
    for (const name of imported) {
      const nested = join(careerkitDir, 'node_modules', name, 'package.json');
      const hoisted = join(examples, 'node_modules', name, 'package.json');
      if (!(await exists(nested)) && !(await exists(hoisted))) missing.push(name);
    }
    expect(missing).toEqual([]);
    // One careerkit and one React for the whole workspace: the hosts share them.
    for (const name of ['next', 'vite', 'shared']) {
      expect(await exists(join(examples, name, 'node_modules', 'careerkit'))).toBe(false);
      expect(await exists(join(examples, name, 'node_modules', 'react'))).toBe(false);
    }
  });
});

describe('given the Next.js example, built and started', () => {
  const server = host('next');
  let themeNames: readonly string[];

  beforeAll(async () => {
    const started = Date.now();
    await build('next');
    await server.start();
    log('next', `ready in ${seconds(started)} (build + start)`);
    // The names careerkit/theme exports, from the installed package itself.
    const theme = (await import(join(examples, 'node_modules', 'careerkit', 'dist', 'theme.js'))) as { themeNames: readonly string[] };
    themeNames = theme.themeNames;
  });

  afterAll(async () => {
    await server.stop();
  });

  it('serves the whole post and its 15 comments in the server HTML, before any JavaScript', async () => {
    const html = await (await fetch(server.url)).text();
    expect(html).toContain(`>${headline}</h1>`);
    // Banner, question, reply with its script, promo, nudge, prompt, comments.
    expect(html).toContain('Hiring Desk Weekly</a>');
    expect(html).toContain('November 20, 2026</time>');
    expect(html).toContain('I have wanted to work at this logistics company for three years.');
    expect(html).toContain('>Alex Marlow’s Reply</h2>');
    expect(html).toContain(apologyScript.split('\n')[0]);
    expect(html).toContain('The Comeback Letter');
    expect(html).toMatch(/<form[^>]*action="\/api\/newsletter"/);
    expect(html).toContain('data-variant="nudge"');
    expect(html).toContain('>Have you ever recovered from a no-show?</h2>');
    expect(html).toContain('>15 Comments</h2>');
    for (const comment of missedInterviewDiscussion) expect(html).toContain(`id="comment-${comment.id}"`);
    // Markup in a comment is text.
    expect(html).toContain('I&#x27;d have written &lt;b&gt;SORRY&lt;/b&gt; in bold');
    expect(html).toContain(`>${weeklyLetter.button}</button>`);
    // careerkit/theme on the server: a var in a style, and the brand from createBrandTheme() with every value kept.
    expect(themeNames).toEqual(['default', 'newsprint', 'jobboard']);
    expect(html).toContain('style="color:var(--ck-color-text-muted)"');
    expect(/<body[^>]*data-ck-brand="([^"]+)"/.exec(html)?.[1]).toBeTruthy();
    for (const value of ['--ck-light-color-brand:#1f5c3a', '--ck-light-color-on-brand:#ffffff', '--ck-dark-color-brand:#8fd1a8', '--ck-dark-color-on-brand:#0d2616']) {
      expect(html).toContain(value);
    }
  });

  it('links a built stylesheet that holds the careerkit layer', async () => {
    const html = await (await fetch(server.url)).text();
    const hrefs = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*>/g)].map((tag) => /href="([^"]+)"/.exec(tag[0])?.[1]).filter(Boolean) as string[];
    expect(hrefs.length).toBeGreaterThan(0);
    const sheets = await Promise.all(
      hrefs.map(async (href) => {
        const response = await fetch(new URL(href.replace(/&amp;/g, '&'), server.url));
        expect(response.ok).toBe(true);
        return response.text();
      }),
    );
    expect(sheets.some((css) => css.includes('@layer careerkit'))).toBe(true);
  });

  it('embeds the post’s JSON-LD with its comments, escaped, in the article’s time zone', async () => {
    const html = await (await fetch(server.url)).text();
    const scripts = [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)];
    expect(scripts).toHaveLength(1);
    const json = scripts[0]![1]!;
    expect(json).not.toMatch(/[<>]/);
    const data = JSON.parse(json) as Record<string, unknown>;
    expect(data['@type']).toBe('BlogPosting');
    expect(data.headline).toBe(headline);
    expect(data.datePublished).toBe('2026-11-20T14:00:00.000Z');
    expect(data.commentCount).toBe(15);
    expect(countComments(data.comment)).toBe(15);
    // Comment 12's markup, escaped in the page and back to text in the data.
    expect(JSON.stringify(data.comment)).toContain('the <script>');
  });

  it('hydrates without console errors or hydration warnings, and a section link copies itself', async () => {
    const { context, page, problems } = await openReader(server.url);
    await waitForReact(page);
    await page.getByRole('region', { name: 'Alex Marlow’s Reply' }).waitFor();
    await page.getByRole('link', { name: 'Link to “The Question”' }).click();
    await page.waitForURL(/#question$/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('paints the primary button in the brand colour from createBrandTheme()', async () => {
    const { context, page, problems } = await openReader(server.url);
    await page.getByRole('heading', { level: 1, name: headline }).waitFor();
    expect(await backgroundColor(page, weeklyLetter.button)).toBe('rgb(31, 92, 58)');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('opens the signup dialog from the keyboard, branded, and closes it with Escape', async () => {
    const opened = await openDialogByKeyboard(server.url);
    const { dialog } = opened;
    expect(await dialog.getByLabel('Email address').count()).toBe(1);
    // Portalled into <body>, which carries the brand.
    expect(await dialog.getByRole('button', { name: 'Subscribe' }).evaluate((element) => getComputedStyle(element).backgroundColor)).toBe('rgb(31, 92, 58)');
    await closeDialogByEscape(opened);
  });

  it('lets a reader reply and sign up, and keeps both in SQLite across a restart', async () => {
    await replySignUpAndRestart(server);
    // The server render has the reply too: in the thread and in the JSON-LD.
    const html = await (await fetch(server.url)).text();
    expect(html).toContain('>16 Comments</h2>');
    expect(html).toContain('Noted, Don. &lt;img src=x onerror=alert(1)&gt; Writing mine tonight.');
    const json = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)![1]!;
    expect(json).not.toMatch(/[<>]/);
    expect(countComments((JSON.parse(json) as { comment: unknown }).comment)).toBe(16);
  });

  it('refuses bad input at the API, and answers a signup posted before JavaScript', async () => {
    await refusesBadInput(server.url);
    const html = await (await fetch(new URL('/?newsletter=subscribed', server.url))).text();
    expect(html).toContain('<p role="status">You’re subscribed to Hiring Desk Weekly. Thank you!</p>');
  });
});

describe('given the Vite example, built and served by its own Node server', () => {
  const server = host('vite');

  beforeAll(async () => {
    const started = Date.now();
    await build('vite');
    await server.start();
    log('vite', `ready in ${seconds(started)} (build + start)`);
  });

  afterAll(async () => {
    await server.stop();
  });

  it('bundles the careerkit stylesheet into the build output', async () => {
    const assets = join(server.dir, 'dist', 'client', 'assets');
    const css = await Promise.all((await readdir(assets)).filter((file) => file.endsWith('.css')).map((file) => readFile(join(assets, file), 'utf8')));
    expect(css.some((text) => text.includes('@layer careerkit'))).toBe(true);
  });

  it('renders the post and its 15 comments from the API, a page at a time, in the newsprint brand, without console errors', async () => {
    const { context, page, problems } = await openReader(server.url);
    await waitForReact(page);
    await page.getByRole('heading', { level: 1, name: headline }).waitFor();
    expect(await page.getByRole('heading', { name: '15 Comments' }).count()).toBe(1);
    // The first ten threads come with the page; the rest through onLoadMore, from /api/comments?limit=10&after=c10.
    const ids = missedInterviewDiscussion.map((comment) => comment.id);
    for (const id of ids) expect(await page.locator(`#comment-${id}`).count()).toBe(ids.indexOf(id) < 10 ? 1 : 0);
    const more = page.waitForResponse((response) => response.url().endsWith('/api/comments?limit=10&after=c10'));
    await page.getByRole('button', { name: 'Show 5 more comments' }).click();
    expect((await more).status()).toBe(200);
    await page.locator('#comment-c15').waitFor();
    for (const id of ids) expect(await page.locator(`#comment-${id}`).count()).toBe(1);
    expect(await page.locator('#newsletter[data-variant="nudge"]').count()).toBe(1);
    expect(await page.locator('#comment-c12 p').first().textContent()).toContain('<b>SORRY</b>');
    expect(await backgroundColor(page, weeklyLetter.button)).toBe('rgb(140, 29, 24)');
    // JSON-LD, rendered in the browser here, escaped all the same.
    const json = await page.locator('script[type="application/ld+json"]').evaluate((element) => element.innerHTML);
    expect(json).not.toMatch(/[<>]/);
    expect(countComments((JSON.parse(json) as { comment: unknown }).comment)).toBe(15);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('opens the signup dialog from the keyboard and closes it with Escape', async () => {
    const opened = await openDialogByKeyboard(server.url);
    const { dialog } = opened;
    expect(await dialog.textContent()).toContain(weeklyLetter.dialog.description);
    // The dialog portals out of the ThemeProvider but keeps the newsprint theme.
    expect(await dialog.evaluate((element) => element.closest('[data-ck-theme]')?.getAttribute('data-ck-theme'))).toBe('newsprint');
    await closeDialogByEscape(opened);
  });

  it('lets a reader reply and sign up, and keeps both in SQLite across a restart', async () => {
    await replySignUpAndRestart(server);
  });

  it('refuses bad input at the API', async () => {
    await refusesBadInput(server.url);
  });
});
