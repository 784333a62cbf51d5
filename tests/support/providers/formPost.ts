/**
 * A stand-in for an embed-form endpoint in the Buttondown/Kit style:
 * `POST /embed-subscribe/careerkit` with a urlencoded body. A new address is
 * answered with a 302 to a confirmation page; errors are small HTML pages.
 */
import { scenarioFor, startServer, testAddresses, type ProviderServer } from './server.ts';

export const formPath = '/embed-subscribe/careerkit';

const html = { 'Content-Type': 'text/html; charset=utf-8' };

export function startFormPost(): Promise<ProviderServer> {
  const members = new Set<string>([testAddresses.member]);
  return startServer((request, reply) => {
    if (request.method !== 'POST' || request.path !== formPath) return reply(404, '<p>Not found</p>', html);
    if (!request.headers['content-type']?.startsWith('application/x-www-form-urlencoded')) return reply(415, '<p>Form posts only</p>', html);
    const form = new URLSearchParams(request.body);
    const email = form.get('email') ?? form.get('email_address') ?? '';

    switch (scenarioFor(email, members)) {
      case 'invalid':
        return reply(400, '<html><body><p>Please enter a valid <strong>email</strong> address.</p></body></html>', html);
      case 'member':
        return reply(409, '<p>You are already subscribed &amp; all set.</p>', html);
      case 'busy':
        return reply(429, '<html><body><h1>Slow down</h1><p>Too many signups from here; try again in 2 minutes.</p></body></html>', {
          ...html,
          'Retry-After': '90',
        });
      case 'broken':
        return reply(500, '<html><body><h1>Something broke</h1></body></html>', html);
      case 'slow':
        return reply.hang();
      case 'late':
      case 'new':
        members.add(email.toLowerCase());
        return reply(302, '', { Location: '/embed-subscribe/careerkit/confirm' });
    }
  });
}
