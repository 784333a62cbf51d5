/**
 * The browser's side of the examples' API (see ../server/api.ts): the calls the
 * pages hand to careerkit's callbacks.
 */
import { fetchAdapter, isJoined, markSubscribed, type CommentData, type SubscribeAdapter, type SubscribeOutcome } from 'careerkit';

export { COMMENT_MAX_LENGTH, DEMO_READER } from '../reader';

class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/**
 * A request that hangs must still end: careerkit waits for the promise it was
 * given, and a form shows "Sending…" until it settles. After 15 s the request
 * is given up and the promise rejects, so the reader gets "Try again" with
 * their text.
 */
async function request<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, {
    signal: AbortSignal.timeout(15_000),
    ...init,
    headers: { Accept: 'application/json', ...init?.headers },
  });
  const body = (await response.json().catch(() => ({}))) as T & { message?: string };
  if (!response.ok) throw new ApiError(response.status, body.message ?? `${url} answered ${response.status}`);
  return body;
}

export interface CommentPage {
  comments: CommentData[];
  /** The server's clock, to count "3 days ago" from. */
  now: string;
  /** More threads after these. */
  hasMore: boolean;
  /** Published comments in all, for the heading. */
  total: number;
}

/** Every comment, or a page of `limit` threads (each with its replies) after the thread `after`. */
export function loadComments(page?: { limit: number; after?: string }): Promise<CommentPage> {
  const query = page ? `?${new URLSearchParams({ limit: String(page.limit), ...(page.after ? { after: page.after } : {}) })}` : '';
  return request(`/api/comments${query}`);
}

/**
 * Posts a comment (`parentId` null) or a reply as the demo reader and resolves
 * with the comment as stored. Rejects when the server refuses: CommentThread
 * then keeps the reader's text and offers "Try again".
 */
export async function postComment(parentId: string | null, body: string): Promise<CommentData> {
  const { comment } = await request<{ comment: CommentData }>('/api/comments', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ parentId, body }),
  });
  return comment;
}

/**
 * careerkit's fetchAdapter for /api/newsletter. Safe to make when the module
 * loads, also during a server render: the relative URL is resolved against the
 * page when the reader submits.
 */
export const newsletterAdapter: SubscribeAdapter = fetchAdapter({ url: '/api/newsletter' });

/**
 * For every signup form's `onOutcome`: once the reader is on the list, every
 * SignupDialog on the site (storageId "newsletter") stops offering itself.
 */
export function rememberSignup(outcome: SubscribeOutcome): void {
  if (isJoined(outcome.kind)) markSubscribed();
}
