/**
 * The browser's side of the examples' API (see ../server/api.ts): the calls the
 * pages hand to careerkit's callbacks.
 */
import { useSyncExternalStore } from 'react';
import { fetchAdapter, isJoined, markSubscribed, type CommentData, type SubscribeAdapter, type SubscribeOutcome } from 'careerkit';

export { COMMENT_MAX_LENGTH, DEMO_READER } from '../reader';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

async function request<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, { ...init, headers: { Accept: 'application/json', ...init?.headers } });
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

const JOINED_KEY = 'hiring-desk:joined';
const joinedListeners = new Set<() => void>();

function readJoined(): boolean {
  try {
    return localStorage.getItem(JOINED_KEY) === '1';
  } catch {
    return false;
  }
}

/** For every signup form's `onOutcome`: remembers, in this browser, that the reader is on the list. */
export function rememberSignup(outcome: SubscribeOutcome): void {
  if (!isJoined(outcome.kind)) return;
  // Every SignupDialog on the site (storageId "newsletter") now knows, too.
  markSubscribed();
  try {
    localStorage.setItem(JOINED_KEY, '1');
  } catch {
    // Not remembered beyond this page.
  }
  for (const listener of joinedListeners) listener();
}

/**
 * Whether the reader signed up through any of the page's forms, so the page
 * does not even arm the dialog's automatic offer (markSubscribed above already
 * keeps the dialog from offering itself). False on the server and
 * while hydrating, so both renders agree.
 */
export function useJoined(): boolean {
  return useSyncExternalStore(
    (listener) => {
      joinedListeners.add(listener);
      return () => joinedListeners.delete(listener);
    },
    readJoined,
    () => false,
  );
}
