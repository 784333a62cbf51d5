/**
 * The test addresses and list ids the mock providers know, with no Node
 * imports, so browser tests can share them.
 *
 * Each address stands for the same case at every provider: a seeded member,
 * one that trips the rate limit, one that crashes the server, one that never
 * gets an answer, one answered too late. A malformed address is invalid; any
 * other is new, and becomes a member once subscribed.
 */
export const testAddresses = {
  member: 'member@example.com',
  busy: 'busy@example.com',
  broken: 'broken@example.com',
  slow: 'slow@example.com',
  late: 'late@example.com',
} as const;

/** How long a "late" answer waits: longer than the short timeouts the tests use. */
export const lateAfterMs = 600;

/** The `u` and `id` of the mock Mailchimp list. */
export const mailchimpList = { u: 'a1b2c3d4e5', id: 'f6a7b8c9d0' } as const;

/** An address the mock Mailchimp answers with a script that never calls back. */
export const notJsonpAddress = 'maintenance@example.com';

/** An address the mock Mailchimp asks to solve a captcha (an error on field 0, with a link). */
export const mailchimpCaptchaAddress = 'suspected@example.com';
