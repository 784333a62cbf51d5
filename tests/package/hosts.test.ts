/**
 * The packed tarball, installed into two tiny host apps (tests/hosts/*), built
 * with the host's own tooling and served for real: a Next.js App Router host
 * (Server Component using `careerkit/theme`, client components from `careerkit`,
 * hydration) and a client-rendered Vite + React host (CSS, dialog, keyboard).
 * Neither host has a vanilla-extract plugin or transpilePackages.
 *
 * Each host is copied fresh to `.tmp/hosts/<name>` and installed with
 * `npm install <tarball>`; only the npm registry is used (and its cache first).
 */
import { cp, mkdir, readFile, readdir, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join, relative, sep } from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright';
import { chromiumArgs, findChromium } from '../../scripts/chromium.mjs';
import { hostEnv, killGroup, packOnce, repoRoot, run, tmpDir } from './pack';

type HostName = 'next' | 'vite';

const env = hostEnv({ NEXT_TELEMETRY_DISABLED: '1', PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', CI: '1' });

function seconds(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)}s`;
}

function log(host: HostName, message: string): void {
  console.log(`[host:${host}] ${message}`);
}

/** Copies tests/hosts/<name> to .tmp/hosts/<name> (fresh) and installs it with the tarball. */
async function installHost(name: HostName, tarball: string): Promise<string> {
  const template = join(repoRoot, 'tests', 'hosts', name);
  const dir = join(tmpDir, 'hosts', name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(join(tmpDir, 'hosts'), { recursive: true });
  const skip = new Set(['node_modules', '.next', 'dist', 'package-lock.json', 'next-env.d.ts']);
  await cp(template, dir, {
    recursive: true,
    filter: (source) => !relative(template, source).split(sep).some((part) => skip.has(part)),
  });
  const started = Date.now();
  await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], { cwd: dir, env });
  log(name, `npm install in ${seconds(started)}`);
  return dir;
}

async function buildHost(name: HostName, dir: string, command: string, args: string[]): Promise<void> {
  const started = Date.now();
  const { stdout, stderr } = await run(join(dir, 'node_modules', '.bin', command), args, { cwd: dir, env });
  log(name, `${command} ${args.join(' ')} in ${seconds(started)}`);
  const output = `${stdout}\n${stderr}`.trim();
  if (output) console.log(output.split('\n').map((line) => `[host:${name}]   ${line}`).join('\n'));
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
  url: string;
  output: () => string;
  stop: () => Promise<void>;
}

/** Starts a server in its own process group and waits until `url` answers. */
async function startServer(name: HostName, dir: string, command: string, args: string[], url: string): Promise<Server> {
  const started = Date.now();
  const child: ChildProcess = spawn(join(dir, 'node_modules', '.bin', command), args, {
    cwd: dir,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let done = false;
  void exited.then(() => (done = true));

  const server: Server = {
    url,
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
        log(name, `${command} ${args.join(' ')} answered in ${seconds(started)}`);
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

async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: set CHROMIUM_PATH or run node scripts/ensure-chromium.mjs');
  return chromium.launch({ executablePath, args: chromiumArgs, headless: true });
}

/** A fresh page whose console errors and uncaught exceptions are collected. */
async function openPage(browser: Browser, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.stack ?? error.message}`));
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors };
}

function backgroundColor(page: Page, name: string): Promise<string> {
  return page
    .getByRole('button', { name, exact: true })
    .evaluate((element) => getComputedStyle(element).backgroundColor);
}

/**
 * Bare specifiers in the installed careerkit's dist, as package names. A host
 * inside this repository could silently resolve a missing dependency from the
 * repo's own node_modules, so the test checks the manifest and the host's tree.
 */
async function importedPackages(careerkitDir: string): Promise<string[]> {
  const names = new Set<string>();
  const distDir = join(careerkitDir, 'dist');
  for (const file of await readdir(distDir)) {
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

describe('given the packed tarball installed in a Next.js App Router host', () => {
  const heading = 'Negotiating a counteroffer without burning bridges';
  let dir: string;
  let server: Server | undefined;
  let browser: Browser | undefined;
  let themeNames: readonly string[];

  beforeAll(async () => {
    const started = Date.now();
    const tarball = await packOnce();
    dir = await installHost('next', tarball);
    await buildHost('next', dir, 'next', ['build']);
    const port = await freePort();
    server = await startServer('next', dir, 'next', ['start', '-H', '127.0.0.1', '-p', String(port)], `http://127.0.0.1:${port}/`);
    log('next', `ready in ${seconds(started)} (install + build + start, tarball included)`);
    // The names the Server Component should have rendered, from the installed package itself.
    const theme = (await import(join(dir, 'node_modules', 'careerkit', 'dist', 'theme.js'))) as { themeNames: readonly string[] };
    themeNames = theme.themeNames;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('installs every package the dist imports from the host, as a declared dependency', async () => {
    const careerkitDir = join(dir, 'node_modules', 'careerkit');
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
      const hoisted = join(dir, 'node_modules', name, 'package.json');
      if (!(await exists(nested)) && !(await exists(hoisted))) missing.push(name);
    }
    expect(missing).toEqual([]);
  });

  it('serves server-rendered HTML with the component text', async () => {
    const html = await (await fetch(server!.url)).text();
    expect(html).toContain(`>${heading}</h1>`);
    expect(html).toContain('>Save this script</button>');
    expect(themeNames).toEqual(['default', 'newsprint', 'jobboard']);
    for (const name of themeNames) expect(html).toContain(`<li>${name}</li>`);
    // vars from careerkit/theme, used in a style on the server.
    expect(html).toContain('style="color:var(--ck-color-text-muted)"');
    // The brand from createBrandTheme(), applied by ThemeProvider during SSR.
    const brandId = /data-ck-brand="([^"]+)"/.exec(html)?.[1];
    expect(brandId).toBeTruthy();
    expect(html).toContain('--ck-light-color-brand:#1f5c3a');
    expect(html).toContain('Rejected brand tokens: 0');
    // The client component is server-rendered too, before hydration.
    expect(html).toContain('data-hydrated="false"');
    expect(html).toContain('Not copied yet');
  });

  it('links a built stylesheet that holds the careerkit layer', async () => {
    const html = await (await fetch(server!.url)).text();
    const hrefs = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*>/g)].map((tag) => /href="([^"]+)"/.exec(tag[0])?.[1]).filter(Boolean) as string[];
    expect(hrefs.length).toBeGreaterThan(0);
    const sheets = await Promise.all(
      hrefs.map(async (href) => {
        const response = await fetch(new URL(href.replace(/&amp;/g, '&'), server!.url));
        expect(response.ok).toBe(true);
        return response.text();
      }),
    );
    expect(sheets.some((css) => css.includes('@layer careerkit'))).toBe(true);
  });

  it('hydrates in Chromium: the client button changes the text, with no console errors', async () => {
    browser ??= await launchChromium();
    const { page, errors } = await openPage(browser, server!.url);
    await page.locator('[data-hydrated="true"]').waitFor({ state: 'attached', timeout: 30_000 });
    const status = page.getByTestId('copy-status');
    expect(await status.textContent()).toBe('Not copied yet');
    await page.getByRole('button', { name: 'Copy the counteroffer script' }).click();
    await page.getByText('Copied 1 time', { exact: true }).waitFor({ timeout: 10_000 });
    expect(await status.textContent()).toBe('Copied 1 time');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('server-renders an AdviceArticle with its escaped JSON-LD, in the article’s time zone', async () => {
    const html = await (await fetch(new URL('post', server!.url))).text();
    expect(html).toContain('My manager made a counteroffer. Is it a trap? &lt;/script&gt;&lt;!--</h1>');
    expect(html).toContain('November 20, 2026</time>');
    const json = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)?.[1];
    expect(json).toBeTruthy();
    expect(json).not.toMatch(/[<>]/);
    const data = JSON.parse(json!) as Record<string, unknown>;
    expect(data['@type']).toBe('BlogPosting');
    expect(data.headline).toBe('My manager made a counteroffer. Is it a trap? </script><!--');
    expect(data.datePublished).toBe('2026-11-21T00:30:00.000Z');
  });

  it('hydrates the article page without console errors, and a section link copies itself', async () => {
    browser ??= await launchChromium();
    const { page, errors } = await openPage(browser, new URL('post', server!.url).href);
    await page.getByRole('region', { name: 'Alex Marlow’s Reply' }).waitFor();
    await page.getByRole('button', { name: 'Copy script' }).waitFor();
    await page.getByRole('link', { name: 'Link to “The Question”' }).click();
    await page.waitForURL(/#question$/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('paints the primary button in the brand colour from createBrandTheme()', async () => {
    browser ??= await launchChromium();
    const { page, errors } = await openPage(browser, server!.url);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    expect(await backgroundColor(page, 'Save this script')).toBe('rgb(31, 92, 58)');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('given the packed tarball installed in a client-rendered Vite + React host', () => {
  const heading = 'How to follow up after a missed interview';
  let dir: string;
  let server: Server | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    const started = Date.now();
    const tarball = await packOnce();
    dir = await installHost('vite', tarball);
    await buildHost('vite', dir, 'vite', ['build']);
    const port = await freePort();
    server = await startServer(
      'vite',
      dir,
      'vite',
      ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
      `http://127.0.0.1:${port}/`,
    );
    log('vite', `ready in ${seconds(started)} (install + build + start, tarball included)`);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('bundles the careerkit stylesheet into the build output', async () => {
    const assets = join(dir, 'dist', 'assets');
    const css = await Promise.all((await readdir(assets)).filter((file) => file.endsWith('.css')).map((file) => readFile(join(assets, file), 'utf8')));
    expect(css.some((text) => text.includes('@layer careerkit'))).toBe(true);
  });

  it('renders the heading and paints the primary button in the newsprint brand colour', async () => {
    const { page, errors } = await openPage(browser!, server!.url);
    const title = page.getByRole('heading', { level: 1, name: heading });
    await title.waitFor({ state: 'visible' });
    expect(await title.isVisible()).toBe(true);
    expect(await backgroundColor(page, 'Copy script')).toBe('rgb(140, 29, 24)');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens the dialog from the keyboard and closes it with Escape', async () => {
    const { page, errors } = await openPage(browser!, server!.url);
    const trigger = page.getByRole('button', { name: 'Read the follow-up script', exact: true });
    await trigger.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Your follow-up script' });
    await dialog.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await dialog.isVisible()).toBe(true);
    // Modal: the rest of the page (the app root) is hidden from assistive tech while open.
    expect(await page.locator('#root').getAttribute('aria-hidden')).toBe('true');
    expect(await dialog.textContent()).toContain('Could we reschedule for Thursday at 10 or Friday at 2?');
    // The dialog portals out of the ThemeProvider but keeps the newsprint theme.
    expect(await dialog.evaluate((element) => element.closest('[data-ck-theme]')?.getAttribute('data-ck-theme'))).toBe('newsprint');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden', timeout: 10_000 });
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await page.locator('#root').getAttribute('aria-hidden')).toBeNull();
    expect(await trigger.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
