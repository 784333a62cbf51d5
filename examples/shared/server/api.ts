/**
 * The examples' HTTP API, as Web-standard `Request → Response` functions: Next.js
 * route handlers return them as they are, and the Vite example's node:http
 * server converts at its edge. Same paths, same answers in both hosts.
 *
 *   GET  /api/comments    → 200 { comments: CommentData[], now, hasMore, total }
 *                         (?limit=n&after=<id>: a page of threads)
 *   POST /api/comments    { parentId: string | null, body: string }
 *                         → 201 { comment }  (as the demo reader)
 *                         → 400 / 413 / 415 / 422 { error, message }
 *   POST /api/newsletter  JSON: careerkit's SubscribeRequest, answered in
 *                         fetchAdapter's format ({ status: "subscribed" |
 *                         "already-subscribed" | "invalid", field?, message? });
 *                         a form post (before JavaScript) is answered with a
 *                         303 back to the page, `?newsletter=<status>`.
 *
 * Nothing from the browser is trusted: sizes are capped before parsing, every
 * field is checked and length-limited here whatever the form already checked,
 * and SQL only ever sees bound parameters. Text is stored as the reader wrote it
 * (less control characters) and never turned into HTML: escaping is the
 * renderer's job, and careerkit renders comment bodies as text.
 */
import type { CommentData } from 'careerkit';
import { COMMENT_MAX_LENGTH, DEMO_READER } from '../reader';
import type { Store } from './store';

const limits = {
  /** Characters (code points) in a comment. */
  commentLength: COMMENT_MAX_LENGTH,
  /** Bytes in any request body. */
  requestBytes: 16 * 1024,
  emailLength: 254,
  nameLength: 100,
  /** Ids, consent versions, interests, locales. */
  shortText: 100,
  sourceLength: 500,
  listItems: 20,
};

const headers = {
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
};

function json(status: number, body: unknown, extra: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...headers, ...extra } });
}

const problem = (status: number, error: string, message: string) => json(status, { error, message });

class BodyError extends Error {
  constructor(
    readonly status: 413 | 400,
    message: string,
  ) {
    super(message);
  }
}

/** The body as text, refusing more than `limits.requestBytes` without reading it all. */
async function readText(request: Request): Promise<string> {
  const declared = Number(request.headers.get('content-length'));
  if (declared > limits.requestBytes) throw new BodyError(413, 'The request is too large.');
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limits.requestBytes) {
      await reader.cancel();
      throw new BodyError(413, 'The request is too large.');
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new BodyError(400, 'The request is not UTF-8 text.');
  }
}

async function readJson(request: Request): Promise<unknown> {
  const text = await readText(request);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BodyError(400, 'The request body is not JSON.');
  }
}

const mediaType = (request: Request) => (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// C0 and C1 control characters other than tab and line feed.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// eslint-disable-next-line no-control-regex
const LINE_BREAKS_AND_CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** Plain text as a reader would mean it: one kind of line break, no control characters, well-formed, trimmed. */
function cleanText(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(CONTROLS, '').toWellFormed().trim();
}

/** A one-line field: a string of at most `max` characters without line breaks, or undefined when absent or empty. */
function oneLine(value: unknown, max: number): string | undefined | Error {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string' || LINE_BREAKS_AND_CONTROLS.test(value)) return new Error('not one line of text');
  const trimmed = value.trim().toWellFormed();
  if ([...trimmed].length > max) return new Error(`longer than ${max} characters`);
  return trimmed || undefined;
}

function list(value: unknown): string[] | undefined | Error {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.length > limits.listItems) return new Error('not a short list');
  const items: string[] = [];
  for (const item of value) {
    const one = oneLine(item, limits.shortText);
    if (one instanceof Error || one === undefined) return new Error('not a list of short texts');
    items.push(one);
  }
  return items;
}

// ---------------------------------------------------------------------------
// Comments

/**
 * Every comment, or with `?limit=n` (and `&after=<id of a top-level comment>`)
 * a page of threads: top-level comments in order, each with all its replies.
 * `total` counts every published comment, for the heading.
 */
export function listComments(store: Store, url?: URL): Response {
  const all = store.comments();
  const now = new Date().toISOString();
  const total = all.filter((comment) => (comment.status ?? 'published') === 'published').length;
  const limitParam = url?.searchParams.get('limit');
  const after = url?.searchParams.get('after');
  if (!limitParam && !after) return json(200, { comments: all, now, hasMore: false, total });

  const limit = Number(limitParam ?? 20);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) return problem(400, 'invalid-limit', 'limit is a whole number from 1 to 100.');
  // Parents are always stored before their replies, so one pass finds every comment's thread.
  const threadOf = new Map<string, string>();
  for (const comment of all) threadOf.set(comment.id, comment.parentId ? (threadOf.get(comment.parentId) ?? comment.parentId) : comment.id);
  const threads = all.filter((comment) => !comment.parentId).map((comment) => comment.id);
  const start = after ? threads.indexOf(after) + 1 : 0;
  if (after && start === 0) return problem(400, 'invalid-after', 'after is not a top-level comment.');
  const page = new Set(threads.slice(start, start + limit));
  const comments = all.filter((comment) => page.has(threadOf.get(comment.id)!));
  return json(200, { comments, now, hasMore: start + limit < threads.length, total });
}

/** Checks a posted comment; the comment to store, or the answer to send instead. */
function parseComment(store: Store, input: unknown): { parentId: string | null; body: string } | Response {
  if (!isRecord(input)) return problem(400, 'invalid', 'Send a JSON object: { "parentId": string | null, "body": string }.');
  const { parentId = null, body } = input;
  if (parentId !== null) {
    if (typeof parentId !== 'string' || !/^[\w-]{1,100}$/.test(parentId)) return problem(422, 'invalid-parent', 'parentId is not a comment id.');
    if (store.comment(parentId)?.status !== 'published') return problem(422, 'invalid-parent', 'There is no such comment to reply to.');
  }
  if (typeof body !== 'string') return problem(422, 'invalid-body', 'body must be text.');
  const text = cleanText(body);
  if (!text) return problem(422, 'empty-body', 'Write something first.');
  if ([...text].length > limits.commentLength) {
    return problem(422, 'body-too-long', `Comments are at most ${limits.commentLength} characters.`);
  }
  return { parentId, body: text };
}

export async function postComment(request: Request, store: Store): Promise<Response> {
  // JSON only: a cross-site HTML form cannot send it without the browser asking first (CORS).
  if (mediaType(request) !== 'application/json') return problem(415, 'unsupported', 'Send application/json.');
  let input: unknown;
  try {
    input = await readJson(request);
  } catch (error) {
    if (error instanceof BodyError) return problem(error.status, error.status === 413 ? 'too-large' : 'invalid', error.message);
    throw error;
  }
  const parsed = parseComment(store, input);
  if (parsed instanceof Response) return parsed;
  const comment: CommentData = store.addComment({ ...parsed, author: { ...DEMO_READER } });
  return json(201, { comment });
}

// ---------------------------------------------------------------------------
// Newsletter

type NewsletterStatus = 'subscribed' | 'pending' | 'already-subscribed' | 'invalid';

// One "@", something on each side, a dot in the domain, and nothing a mail
// header or an HTML attribute would read specially.
const EMAIL = /^[^\s@"(),:;<>[\]\\]{1,64}@[^\s@"(),:;<>[\]\\]+\.[^\s@"(),:;<>[\]\\.]{2,}$/u;

/** The address the way the form sends it: trimmed, the domain in lower case. */
function normalizeAddress(value: string): string {
  const address = value.trim();
  const at = address.lastIndexOf('@');
  return at < 0 ? address : address.slice(0, at) + address.slice(at).toLowerCase();
}

interface Invalid {
  status: 'invalid';
  field: 'email' | 'firstName' | 'interests' | 'consent' | 'form';
  message: string;
}

const invalid = (field: Invalid['field'], message: string): Invalid => ({ status: 'invalid', field, message });

/** careerkit's SubscribeRequest (or the same fields from a form post), checked. */
function parseSubscriber(input: Record<string, unknown>) {
  const email = typeof input.email === 'string' ? normalizeAddress(input.email) : '';
  if (!email || email.length > limits.emailLength || LINE_BREAKS_AND_CONTROLS.test(email) || !EMAIL.test(email)) {
    return invalid('email', 'That is not an email address.');
  }
  const firstName = oneLine(input.firstName, limits.nameLength);
  if (firstName instanceof Error) return invalid('firstName', `The first name is ${firstName.message}.`);
  const interests = list(input.interests);
  if (interests instanceof Error) return invalid('interests', `The interests are ${interests.message}.`);
  const consent = isRecord(input.consent) ? input.consent : {};
  const consentVersion = oneLine(consent.version, limits.shortText);
  if (consentVersion instanceof Error || !consentVersion) return invalid('consent', 'Consent (its version) is missing.');
  const consentAt = oneLine(consent.at, limits.shortText);
  const consentChannels = list(consent.channels);
  if (consentAt instanceof Error || consentChannels instanceof Error) return invalid('consent', 'The consent is malformed.');
  const source = oneLine(input.source, limits.sourceLength);
  const locale = oneLine(input.locale, limits.shortText);
  if (source instanceof Error || locale instanceof Error) return invalid('form', 'The source or locale is malformed.');
  return { email, firstName, interests, consentVersion, consentAt, consentChannels, source, locale };
}

function subscribe(store: Store, input: Record<string, unknown>): Invalid | { status: Exclude<NewsletterStatus, 'invalid'> } {
  const subscriber = parseSubscriber(input);
  if ('status' in subscriber) return subscriber;
  // Single opt-in: the example has no mail server to send a confirmation link.
  // With one, store 'pending', mail the link, and answer { status: 'pending' }.
  return { status: store.subscribe(subscriber, 'subscribed') };
}

/** Where a form post goes back to: the page it came from when that is this site, else the home page. */
function backTo(request: Request, status: NewsletterStatus): string {
  let path = '/';
  try {
    const referer = new URL(request.headers.get('referer') ?? '');
    if (referer.origin === new URL(request.url).origin) path = referer.pathname;
  } catch {
    // No or a foreign referrer: the home page.
  }
  return `${path}?newsletter=${status}#newsletter`;
}

export async function postNewsletter(request: Request, store: Store): Promise<Response> {
  const type = mediaType(request);
  try {
    if (type === 'application/json') {
      const input = await readJson(request);
      if (!isRecord(input)) return json(400, invalid('form', 'Send a JSON object.'));
      const outcome = subscribe(store, input);
      return json(outcome.status === 'invalid' ? 422 : 200, outcome);
    }
    if (type === 'application/x-www-form-urlencoded') {
      // NewsletterSignup's form, posted before JavaScript: email, firstName, interests, consent, consentVersion.
      const form = new URLSearchParams(await readText(request));
      const outcome = subscribe(store, {
        email: form.get('email') ?? '',
        firstName: form.get('firstName'),
        interests: form.getAll('interests'),
        consent: { version: form.get('consentVersion'), at: new Date().toISOString(), channels: form.getAll('consent') },
        source: request.headers.get('referer')?.slice(0, limits.sourceLength),
      });
      return new Response(null, { status: 303, headers: { Location: backTo(request, outcome.status), 'Cache-Control': 'no-store' } });
    }
  } catch (error) {
    if (error instanceof BodyError) return json(error.status, invalid('form', error.message));
    throw error;
  }
  return json(415, invalid('form', 'Send application/json or a form.'));
}

// ---------------------------------------------------------------------------
// Routing, for hosts without file-system routes (the Vite example's server)

const methodNotAllowed = (allow: string) =>
  new Response(JSON.stringify({ error: 'method', message: `Use ${allow}.` }), { status: 405, headers: { ...headers, Allow: allow } });

/** The answer for an /api/* request, or undefined for any other path. */
export async function routeApi(request: Request, store: Store): Promise<Response | undefined> {
  const { pathname } = new URL(request.url);
  if (pathname === '/api/comments') {
    if (request.method === 'GET') return listComments(store, new URL(request.url));
    if (request.method === 'POST') return postComment(request, store);
    return methodNotAllowed('GET, POST');
  }
  if (pathname === '/api/newsletter') {
    if (request.method === 'POST') return postNewsletter(request, store);
    return methodNotAllowed('POST');
  }
  if (pathname.startsWith('/api/')) return json(404, { error: 'not-found', message: 'No such API.' });
  return undefined;
}
