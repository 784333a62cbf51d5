/**
 * A tiny HTTP server on 127.0.0.1 (port 0) that records every request it gets,
 * for tests that check what an adapter really sent. Closing it drops open
 * connections, so a handler may leave a request hanging on purpose.
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

export interface ProviderServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  url: string;
  /** Every request so far, oldest first. */
  requests: ReceivedRequest[];
  close(): Promise<void>;
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
      handle(request, replier(res, timers));
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
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function replier(res: ServerResponse, timers: Set<ReturnType<typeof setTimeout>>): Reply {
  const send = (status: number, body: string, headers: Record<string, string> = {}) => {
    if (res.writableEnded || res.destroyed) return;
    res.writeHead(status, { 'Content-Length': String(Buffer.byteLength(body)), ...headers });
    res.end(body);
  };
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

