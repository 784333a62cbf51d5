/**
 * Mock provider servers for the NewsletterSignup adapter tests, and a registry
 * so browser tests can start and stop them through Vitest browser commands
 * (a page cannot listen on a port). Nothing starts at import.
 */
import { startFormPost } from './formPost.ts';
import { startGhost } from './ghost.ts';
import { startHostEndpoint } from './hostEndpoint.ts';
import { startMailchimp } from './mailchimp.ts';
import type { ProviderServer, ReceivedRequest } from './server.ts';

export type { ProviderServer, ReceivedRequest } from './server.ts';
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
