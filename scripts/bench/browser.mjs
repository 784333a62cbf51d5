/**
 * Serves the page bundle from a throwaway node http server on 127.0.0.1 (port
 * 0: any free port) and opens it in headless Chromium through Playwright, which
 * cannot download browsers here, so we launch the system Chromium that
 * scripts/chromium.mjs finds. The page is served cross-origin isolated (COOP +
 * COEP), which gives performance.now() 5 µs resolution instead of 100 µs.
 * The browser and the server are always closed, whatever happens.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { chromiumArgs, findChromium } from '../chromium.mjs';

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

/**
 * Runs `work(page, browser)` (→ `{ result, consoleMessages, blocked }`) against the page bundle in `dir` (page.js, and
 * page.css when the bundle has styles). Rejects on page errors, and after
 * `timeoutMs` so a hung page cannot hang the bench.
 */
export async function withBenchPage(dir, work, { timeoutMs = 120_000 } = {}) {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('no Chromium found (see scripts/chromium.mjs; try scripts/ensure-chromium.mjs)');

  const css = existsSync(join(dir, 'page.css')) ? '<link rel="stylesheet" href="/page.css">' : '';
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>careerkit bench</title>${css}</head><body><script src="/page.js"></script></body></html>`;
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const headers = {
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Embedder-Policy': 'require-corp',
      'Cache-Control': 'no-store',
    };
    if (path === '/') {
      res.writeHead(200, { ...headers, 'Content-Type': types['.html'] }).end(html);
    } else if (path === '/page.js' || path === '/page.css') {
      res.writeHead(200, { ...headers, 'Content-Type': types[path.slice(path.lastIndexOf('.'))] });
      res.end(readFileSync(join(dir, path.slice(1))));
    } else if (path === '/favicon.ico') {
      res.writeHead(204, headers).end();
    } else {
      res.writeHead(404, headers).end();
    }
  });
  await new Promise((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  const { port } = server.address();

  let browser;
  let timer;
  try {
    browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const origin = `http://127.0.0.1:${port}`;
    // No network: requests elsewhere (the demo data's avatar URLs) fail at once
    // instead of waiting on DNS in the middle of a measurement.
    const blocked = new Set();
    await page.route(
      (url) => url.origin !== origin,
      (route) => {
        blocked.add(new URL(route.request().url()).origin);
        return route.abort('blockedbyclient');
      },
    );
    // Uncaught errors fail the run; console errors and warnings are reported,
    // apart from the failed loads of the requests blocked above.
    const pageErrors = [];
    const consoleMessages = [];
    page.on('pageerror', (error) => pageErrors.push(error));
    page.on('console', (message) => {
      if (message.type() !== 'error' && message.type() !== 'warning') return;
      if (message.text().startsWith('Failed to load resource') && /ERR_BLOCKED_BY_CLIENT/.test(message.text())) return;
      consoleMessages.push(`console.${message.type()}: ${message.text()}`);
    });
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => globalThis.__bench !== undefined, null, { timeout: 30_000 });
    if (pageErrors.length) throw pageErrors[0];
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Chromium benchmarks took longer than ${timeoutMs / 1000} s`)), timeoutMs);
    });
    const result = await Promise.race([work(page, browser), timeout]);
    if (pageErrors.length) throw pageErrors[0];
    return { result, consoleMessages: [...new Set(consoleMessages)], blocked: [...blocked] };
  } finally {
    clearTimeout(timer);
    await browser?.close().catch(() => {});
    await new Promise((resolve) => server.close(resolve));
  }
}
