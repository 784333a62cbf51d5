/**
 * Original advice-column posts for the stories, tests and docs, in the shape
 * shared/CONTENT.md describes. Written for careerkit; any resemblance to a real
 * letter is a coincidence. The full post lives in examples/shared/content, which
 * the example apps render too; it is re-exported here.
 */
import type { AdvicePost } from '../../src';

export { missedInterviewPost } from '../../examples/shared/content/post';

/** The smallest post that still reads as one: a question and a reply. */
export const minimalPost: AdvicePost = {
  headline: 'Should I list a three-month job on my résumé?',
  publishedAt: '2026-10-02T12:00:00Z',
  question: { body: 'I left a job after three months because it was not what was promised. Do I have to list it?' },
  reply: {
    blocks: [
      {
        type: 'text',
        text: 'A résumé is a marketing document, not a sworn statement. Leave it off if it doesn\u2019t help, and be ready to talk about it honestly if someone asks what you did last spring.',
      },
    ],
  },
};
