/**
 * Node bundle for the server-render benchmark: careerkit's CommentThread and the
 * naive "render everything" list, each as one renderToString call. React stays
 * external (node resolves it); bench.mjs sets NODE_ENV=production before
 * loading this, so node picks React's production builds.
 */
import { renderToString } from 'react-dom/server';
import { CommentThread } from '../../src/components/CommentThread/CommentThread';
import type { CommentData } from '../../src/components/CommentThread/model/types';
import { STORY_NOW, generateThread } from '../../stories/content/discussion';
import { NaiveStaticList } from './baselines';

export { generateThread, STORY_NOW };

export function renderOurs(comments: CommentData[]): string {
  return renderToString(<CommentThread comments={comments} now={STORY_NOW} locale="en" timeZone="UTC" />);
}

export function renderNaive(comments: CommentData[]): string {
  return renderToString(<NaiveStaticList comments={comments} />);
}
