/**
 * A host's own subscribe endpoint that follows fetchAdapter's JSON contract:
 * `POST /api/newsletter` with the request as JSON, answering
 * `{ status, field?, message?, retryAfter? }` with 200/409/422/429, a 500 HTML
 * page when it breaks, and a 200 HTML page for `spa@example.com` (the wrong
 * route answered by a single-page app's fallback).
 */
import { scenarioFor, startServer, testAddresses, type ProviderServer } from './server.ts';

export const hostPath = '/api/newsletter';
export const singleOptInAddress = 'single@example.com';
export const spaFallbackAddress = 'spa@example.com';

const json = { 'Content-Type': 'application/json' };

export function startHostEndpoint(): Promise<ProviderServer> {
  const members = new Set<string>([testAddresses.member]);
  return startServer((request, reply) => {
    if (request.method !== 'POST' || request.path !== hostPath) return reply(404, JSON.stringify({ message: 'Not found' }), json);
    if (!request.headers['content-type']?.startsWith('application/json')) return reply(415, JSON.stringify({ message: 'JSON only' }), json);
    const body = JSON.parse(request.body) as { email?: string; consent?: { version?: string } };
    if (!body.consent?.version) return reply(422, JSON.stringify({ status: 'invalid', field: 'consent', message: 'Consent is missing.' }), json);
    const email = body.email ?? '';
    if (email === spaFallbackAddress) return reply(200, '<!doctype html><title>App</title><div id="root"></div>', { 'Content-Type': 'text/html' });

    switch (scenarioFor(email, members)) {
      case 'invalid':
        return reply(422, JSON.stringify({ status: 'invalid', field: 'email', message: 'That address has no <em>domain</em>.' }), json);
      case 'member':
        return reply(409, JSON.stringify({ status: 'already-subscribed', message: 'Already on the list.' }), json);
      case 'busy':
        return reply(429, JSON.stringify({ status: 'rate-limited', message: 'Slow down: <strong>too many</strong> attempts.' }), {
          ...json,
          'Retry-After': '120',
        });
      case 'broken':
        return reply(500, '<html><body><h1>500</h1><p>Upstream list unavailable.</p></body></html>', { 'Content-Type': 'text/html' });
      case 'slow':
        return reply.hang();
      case 'late':
      case 'new':
        members.add(email.toLowerCase());
        return email === singleOptInAddress
          ? reply(200, JSON.stringify({ status: 'subscribed' }), json)
          : reply(201, JSON.stringify({ status: 'pending', message: 'Check your inbox.' }), json);
    }
  });
}
