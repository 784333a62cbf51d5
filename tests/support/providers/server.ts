/**
 * A tiny HTTP server on 127.0.0.1 (port 0) that records every request it gets,
 * for tests that check what an adapter really sent. Closing it drops open
 * connections, so a handler may leave a request hanging on purpose.
 *
 * A test in a browser page can also steer it while it runs: allow its page's
 * origin (CORS, which a cross-origin fetch needs), hold every answer until the
 * test releases them, or script the next answers (a 500, a hang) before the
 * provider's own handler answers again.
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { testAddresses } from './fixtures.ts';

export interface ReceivedRequest {
  method: string;
  /** The path without the query. */
  path: string;
  /** Query parameters in order, repeats kept: `new URLSearchParams(query)` reads them. */
  query: [string, string][];
  /** Header names in lower case. */
  headers: Record<string, string>;
  body: string;
}

/** An answer a test puts ahead of the handler's: a status and body, or none ever. */
export type ScriptedReply = { status: number; body: string; headers?: Record<string, string> } | 'hang';

export interface ProviderServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  url: string;
  /** Every request so far, oldest first (CORS preflights included, as `OPTIONS`). */
  requests: ReceivedRequest[];
  close(): Promise<void>;
  /**
   * Answer CORS for this origin from now on: a preflight gets a 204 that allows
   * the method and headers it asks for, every answer `Access-Control-Allow-Origin`.
   * Requests from any other origin get no CORS headers, so the browser blocks them.
   */
  allowOrigin(origin: string): void;
  /** Keep every answer back (preflights excepted) until `release()`: a slow server the test controls. */
  hold(): void;
  /** Send every answer held back, in order, and answer at once again. */
  release(): void;
  /** The next requests (preflights excepted) get these answers, in order, instead of the handler's. */
  script(...replies: ScriptedReply[]): void;
}

export interface Reply {
  (status: number, body: string, headers?: Record<string, string>): void;
  /** Answer after `ms` milliseconds (unless the server closes first). */
  later(ms: number, status: number, body: string, headers?: Record<string, string>): void;
  /** Never answer. */
  hang(): void;
}

export type Handler = (request: ReceivedRequest, reply: Reply) => void;

export async function startServer(handle: Handler): Promise<ProviderServer> {
  const requests: ReceivedRequest[] = [];
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let allowedOrigin: string | undefined;
  let holding = false;
  const held: (() => void)[] = [];
  const scripted: ScriptedReply[] = [];
  const deliver = (send: () => void) => (holding ? held.push(send) : send());
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
      }
      const request: ReceivedRequest = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: [...url.searchParams],
        headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(request);
      const cors: Record<string, string> =
        allowedOrigin && request.headers.origin === allowedOrigin ? { 'Access-Control-Allow-Origin': allowedOrigin, Vary: 'Origin' } : {};
      if (allowedOrigin && request.method === 'OPTIONS' && request.headers['access-control-request-method']) {
        // A preflight: answered at once, never held or scripted, so a test sees the real request arrive.
        return replier(res, timers, cors, (send) => send())(204, '', {
          ...(cors['Access-Control-Allow-Origin']
            ? {
                'Access-Control-Allow-Methods': request.headers['access-control-request-method'],
                'Access-Control-Allow-Headers': request.headers['access-control-request-headers'] ?? '',
                'Access-Control-Max-Age': '0',
              }
            : {}),
        });
      }
      const reply = replier(res, timers, cors, deliver);
      const next = scripted.shift();
      if (next === 'hang') return reply.hang();
      if (next) return reply(next.status, next.body, next.headers);
      handle(request, reply);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        held.length = 0;
        server.close(() => resolve());
        server.closeAllConnections();
      }),
    allowOrigin(origin) {
      allowedOrigin = origin;
    },
    hold() {
      holding = true;
    },
    release() {
      holding = false;
      for (const send of held.splice(0)) send();
    },
    script(...replies) {
      scripted.push(...replies);
    },
  };
}

function replier(
  res: ServerResponse,
  timers: Set<ReturnType<typeof setTimeout>>,
  cors: Record<string, string>,
  deliver: (send: () => void) => void,
): Reply {
  const send = (status: number, body: string, headers: Record<string, string> = {}) =>
    deliver(() => {
      if (res.writableEnded || res.destroyed) return;
      res.writeHead(status, { 'Content-Length': String(Buffer.byteLength(body)), ...cors, ...headers });
      res.end(body);
    });
  return Object.assign(send, {
    later(ms: number, status: number, body: string, headers?: Record<string, string>) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        send(status, body, headers);
      }, ms);
      timers.add(timer);
    },
    hang() {},
  });
}

export { lateAfterMs, testAddresses } from './fixtures.ts';

/** Which case an address is at a provider, given the members so far. */
export type Scenario = 'new' | 'invalid' | keyof typeof testAddresses;

export function scenarioFor(email: string, members: Set<string>): Scenario {
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) return 'invalid';
  if (members.has(email.toLowerCase())) return 'member';
  const found = (Object.keys(testAddresses) as (keyof typeof testAddresses)[]).find((key) => testAddresses[key] === email.toLowerCase());
  return found ?? 'new';
}

