/**
 * The missed-interview post: an original advice-column post in the shape
 * shared/CONTENT.md describes, written for careerkit (any resemblance to a real
 * letter is a coincidence). The stories, the tests and the example apps all read
 * it from here.
 */
import type { AdvicePost } from 'careerkit';
import { missedInterviewDiscussion } from './discussion';
import { apologyScript } from './scripts';

export const missedInterviewPost: AdvicePost = {
  url: 'https://advice.example.com/2026/11/missed-final-interview',
  column: { name: 'Ask the Hiring Desk', url: 'https://advice.example.com/column' },
  headline: 'I missed the final interview. Is it too late to save the job?',
  dek: 'A reader slept through the last round with a company she wanted badly. An apology can still work, if it comes with a plan.',
  author: { name: 'Alex Marlow', url: 'https://advice.example.com/about/alex-marlow' },
  publisher: { name: 'The Hiring Desk', url: 'https://advice.example.com', logoUrl: 'https://advice.example.com/logo.png' },
  publishedAt: '2026-11-20T14:00:00Z',
  updatedAt: '2026-11-21T09:30:00Z',
  newsletter: {
    name: 'Hiring Desk Weekly',
    url: 'https://advice.example.com/newsletter/archive',
    issueDate: '2026-11-19',
    summary: 'a reader who slept through a final interview asks whether an apology can undo it',
  },
  question: {
    body: `I have wanted to work at this logistics company for three years. After four rounds, they invited me to a final interview with the operations director at 9 a.m. last Tuesday.

I had worked a double shift the night before. I set two alarms and slept through both. When I woke up it was 10:40, and there were two missed calls and an email asking if I was still coming.

I was so embarrassed that I didn't reply that day. I wrote the next morning with a long explanation about my shifts, and I haven't heard anything since.

My friends say the job is gone and I should move on. But I keep thinking that if I could just talk to the director, she would see I'm serious. Should I write again, call her, or accept that I blew it?`,
    signature: 'Overslept in Ohio',
  },
  reply: {
    blocks: [
      {
        type: 'text',
        text: `You didn't blow it by oversleeping. People oversleep. You came close to blowing it by going silent for a day and then sending a long explanation that was really about you.

Here is what the director saw: a candidate who didn't show up, didn't answer, and then sent a paragraph about shift schedules. She did not see an apology. She saw an excuse.

So yes, write again. Once. Keep it short, own the mistake in the first sentence, say what you have changed, and ask for one thing. Don't call: a call puts her on the spot, and you will be tempted to explain again.`,
      },
      {
        type: 'script',
        script: apologyScript,
        medium: 'email',
        leadIn: 'Send this within a day of reading this column, and then stop:',
        email: { subject: 'My apology for missing Tuesday’s interview' },
      },
      {
        type: 'text',
        text: `Notice what is not in it: no shifts, no alarms, no "I was so embarrassed." Those are true, and they don't help her decide anything.

If she says the role is filled, thank her and ask to be considered for the next opening. Then actually apply for the next opening. Hiring managers remember the candidate who took a no well far longer than the one who begged.

And if you hear nothing in two weeks, you have your answer. Let it go, and take the lesson to the next final round: the night before an interview is not a night for a double shift.`,
      },
      {
        type: 'promo',
        title: 'The Comeback Letter',
        body: 'Twenty-two scripts for the moments a job search goes wrong, from a missed interview to a rescinded offer, in a short PDF guide.',
        href: 'https://advice.example.com/guides/comeback-letter',
        linkText: 'Get the guide',
      },
      { type: 'signup' },
    ],
  },
  discussion: {
    heading: 'Have you ever recovered from a no-show?',
    intro: 'Readers, this one happens more often than anyone admits.',
    questions: [
      'Have you missed an interview and written to apologise? Did it work?',
      'If you hire, what would make you give a no-show a second chance?',
      'Would you have called instead of writing?',
    ],
  },
  commentCount: 15,
  // The discussion as it is when the post is seeded; careerkit/seo leaves out what is not published.
  comments: missedInterviewDiscussion,
};
