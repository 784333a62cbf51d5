/**
 * The Vite example's back end: node:http and nothing else. It answers the API
 * (./api.ts) and serves the built page from dist/client. Built by
 * `vite build --ssr server.ts` into dist/server, run with `npm start`.
 *
 * PORT (default 3000) and HOST (default 127.0.0.1) choose where it listens.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { handle } from './api';

const client = resolve(fileURLToPath(new URL('../client/', import.meta.url)));

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** A file under dist/client for a URL path, or undefined for one that leaves it. */
function fileFor(pathname: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (path.includes('\0')) return undefined;
  const file = resolve(client, `.${path.endsWith('/') ? `${path}index.html` : path}`);
  return file === client || file.startsWith(client + sep) ? file : undefined;
}

const server = createServer(async (req, res) => {
  try {
    if (await handle(req, res)) return;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const file = fileFor(pathname);
    const body = file ? await readFile(file).catch(() => undefined) : undefined;
    if (!file || !body) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      'X-Content-Type-Options': 'nosniff',
      // Vite fingerprints what is under /assets; the page itself is checked every time.
      'Cache-Control': pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch (error) {
    console.error(error);
    if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Something went wrong.');
  }
});

const port = Number(process.env.PORT) || 3000;
const host = process.env.HOST || '127.0.0.1';
server.listen(port, host, () => console.log(`The Hiring Desk (Vite example) on http://${host}:${port}/`));

// Finish what is in flight on Ctrl+C or a stop signal (the store has written
// every change already), then go: idle keep-alive connections are closed, and
// nothing waits longer than three seconds.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 3000).unref();
  });
}
