/**
 * A stand-in for Mailchimp's embedded-form JSONP endpoint:
 * `GET /subscribe/post-json?u=…&id=…&c=<callback>&EMAIL=…` answers
 * `<callback>({"result": "success" | "error", "msg": "…"})` as JavaScript, with
 * HTML in some messages and a "0 - " field index on field errors, as Mailchimp
 * does. The wording is our own; it keeps the phrases adapters key on.
 */
import { lateAfterMs, mailchimpCaptchaAddress, mailchimpList, notJsonpAddress, testAddresses } from './fixtures.ts';
import { scenarioFor, startServer, type ProviderServer } from './server.ts';

export { mailchimpCaptchaAddress, mailchimpList, notJsonpAddress } from './fixtures.ts';

export function startMailchimp(): Promise<ProviderServer> {
  const members = new Set<string>([testAddresses.member]);
  return startServer((request, reply) => {
    const query = new URLSearchParams(request.query);
    if (request.method !== 'GET' || request.path !== '/subscribe/post-json') return reply(404, 'Not found', { 'Content-Type': 'text/plain' });
    if (query.get('u') !== mailchimpList.u || query.get('id') !== mailchimpList.id) return reply(404, 'No such list', { 'Content-Type': 'text/plain' });
    const callback = query.get('c') ?? '';
    if (!/^[A-Za-z_$][\w$]*$/.test(callback)) return reply(400, 'A callback name is required', { 'Content-Type': 'text/plain' });
    const jsonp = (result: 'success' | 'error', msg: string) =>
      `${callback}(${JSON.stringify({ result, msg })})`;
    const js = { 'Content-Type': 'text/javascript; charset=utf-8' };
    const email = query.get('EMAIL') ?? '';
    if (email === notJsonpAddress) return reply(200, '/* list under maintenance */', js);
    if (email === mailchimpCaptchaAddress) {
      return reply(200, jsonp('error', '0 - Please complete the <a href="https://example.com/captcha">captcha</a> to show you are not a robot.'), js);
    }

    switch (scenarioFor(email, members)) {
      case 'invalid':
        return reply(200, jsonp('error', '0 - An email address needs exactly one @ and a domain after it.'), js);
      case 'member':
        return reply(
          200,
          jsonp('error', `${email} is already subscribed to list Career Notes. <a href="https://example.com/profile?u=${mailchimpList.u}">Update your profile</a> instead.`),
          js,
        );
      case 'busy':
        return reply(
          200,
          jsonp('error', `${email} has too many recent signup requests. <strong>Please wait</strong> and try again in about 5 minutes. <a href="https://example.com/help">Why?</a>`),
          js,
        );
      case 'broken':
        return reply(500, '<html><body><h1>Server error</h1></body></html>', { 'Content-Type': 'text/html' });
      case 'slow':
        return reply.hang();
      case 'late':
        return reply.later(lateAfterMs, 200, jsonp('success', 'Almost there: confirm with the link we emailed you.'), js);
      case 'new':
        members.add(email.toLowerCase());
        return reply(200, jsonp('success', 'Almost there: confirm with the link we emailed you.'), js);
    }
  });
}
