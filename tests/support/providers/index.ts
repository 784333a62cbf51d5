/**
 * Mock provider servers for the NewsletterSignup adapter tests, and a registry
 * so browser tests can start and stop them through Vitest browser commands
 * (a page cannot listen on a port). Nothing starts at import.
 */
import { startFormPost } from './formPost.ts';
import { startGhost } from './ghost.ts';
import { startHostEndpoint } from './hostEndpoint.ts';
import { startMailchimp } from './mailchimp.ts';
import type { ProviderServer, ReceivedRequest, ScriptedReply } from './server.ts';

export type { ProviderServer, ReceivedRequest, ScriptedReply } from './server.ts';
export { lateAfterMs, testAddresses } from './server.ts';

export const providerKinds = ['mailchimp', 'ghost', 'host', 'form-post'] as const;
export type ProviderKind = (typeof providerKinds)[number];

const starters: Record<ProviderKind, () => Promise<ProviderServer>> = {
  mailchimp: startMailchimp,
  ghost: startGhost,
  host: startHostEndpoint,
  'form-post': startFormPost,
};

const running = new Map<string, ProviderServer>();

/** Starts a provider server; the id names it for the calls below. */
export async function startProvider(kind: ProviderKind): Promise<{ id: string; url: string }> {
  const server = await starters[kind]();
  const id = `${kind}:${server.url}`;
  running.set(id, server);
  return { id, url: server.url };
}

export function providerRequests(id: string): ReceivedRequest[] {
  return running.get(id)?.requests ?? [];
}

export async function stopProvider(id: string): Promise<void> {
  const server = running.get(id);
  running.delete(id);
  await server?.close();
}

/** The running server with this id; a test that steers one it never started is wrong, so this throws. */
function runningServer(id: string): ProviderServer {
  const server = running.get(id);
  if (!server) throw new Error(`No provider server "${id}" is running.`);
  return server;
}

/** Answer CORS for `origin` (the test page's); see `ProviderServer.allowOrigin`. */
export function allowProviderOrigin(id: string, origin: string): void {
  runningServer(id).allowOrigin(origin);
}

/** Hold every answer until `releaseProvider`. */
export function holdProvider(id: string): void {
  runningServer(id).hold();
}

export function releaseProvider(id: string): void {
  runningServer(id).release();
}

/** The next answers, ahead of the provider's own. */
export function scriptProvider(id: string, replies: ScriptedReply[]): void {
  runningServer(id).script(...replies);
}
