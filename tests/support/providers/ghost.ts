/**
 * A stand-in for Ghost's members API, as Portal uses it for a signup form:
 * `GET /members/api/integrity-token/` hands out a text token, and
 * `POST /members/api/send-magic-link/` takes JSON with that token and answers
 * 201 (a new member and an existing one alike), 400 or 429 with
 * `{ errors: [{ message, type }] }`. `integrityToken: false` plays a Ghost old
 * enough to have no token route.
 */
import { scenarioFor, startServer, testAddresses, type ProviderServer } from './server.ts';

export const ghostNewsletters = ['Career Notes', 'Interview Week'] as const;

const json = { 'Content-Type': 'application/json; charset=utf-8' };
const errors = (type: string, message: string) => JSON.stringify({ errors: [{ message, type, context: null }] });

export function startGhost({ integrityToken = true }: { integrityToken?: boolean } = {}): Promise<ProviderServer> {
  const members = new Set<string>([testAddresses.member]);
  const issued = new Set<string>();
  return startServer((request, reply) => {
    if (request.method === 'GET' && request.path === '/members/api/integrity-token/' && integrityToken) {
      const token = `${Date.now()}:${issued.size + 1}:c0ffee`;
      issued.add(token);
      return reply(200, token, { 'Content-Type': 'text/plain; charset=utf-8' });
    }
    if (request.method !== 'POST' || request.path !== '/members/api/send-magic-link/') {
      return reply(404, errors('NotFoundError', 'Resource not found'), json);
    }
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(request.body) as Record<string, unknown>;
    } catch {
      return reply(400, errors('BadRequestError', 'Request not understood'), json);
    }
    if (integrityToken && !issued.has(String(body.integrityToken))) {
      return reply(400, errors('BadRequestError', 'The request could not be verified.'), json);
    }
    if (!['signup', 'subscribe', 'signin'].includes(String(body.emailType))) return reply(400, 'Bad Request.', { 'Content-Type': 'text/plain' });
    const email = typeof body.email === 'string' ? body.email : '';
    if (!email) return reply(400, errors('BadRequestError', 'Email is required.'), json);
    const newsletters = Array.isArray(body.newsletters) ? (body.newsletters as { name?: unknown }[]) : [];
    const unknownNames = newsletters.map((n) => String(n?.name)).filter((name) => !(ghostNewsletters as readonly string[]).includes(name));
    if (unknownNames.length > 0) return reply(400, errors('BadRequestError', `Cannot subscribe to invalid newsletters ${unknownNames.join(', ')}`), json);

    switch (scenarioFor(email, members)) {
      case 'invalid':
        return reply(400, errors('BadRequestError', 'Email is not valid'), json);
      case 'busy':
        return reply(429, errors('TooManyRequestsError', 'Too many attempts, <b>try again in 10 minutes</b>.'), json);
      case 'broken':
        return reply(500, errors('InternalServerError', 'Something went wrong on the server.'), json);
      case 'slow':
        return reply.hang();
      case 'late':
      case 'member':
        // Ghost emails an existing member a sign-in link and answers as for a new one.
        return reply(201, '{}', json);
      case 'new':
        members.add(email.toLowerCase());
        return reply(201, '{}', json);
    }
  });
}
