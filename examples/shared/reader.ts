import type { CommentAuthor } from 'careerkit';

/**
 * Who writes from the example pages: there are no accounts, so every reply is
 * this reader's. A real site takes the author from its session, on the server.
 */
export const DEMO_READER: Readonly<CommentAuthor> = Object.freeze({ id: 'demo-reader', name: 'Sam Okafor' });

/** The longest comment the API accepts, in characters; the composers take no more. */
export const COMMENT_MAX_LENGTH = 4000;
