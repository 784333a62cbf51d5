/**
 * The reader discussion of the missed-interview post, in the shape
 * shared/CONTENT.md describes ("The comments, as they really occur"). Written for
 * careerkit; every name and comment is invented, and any resemblance to a real
 * reader or a real site is a coincidence. The stories, the tests and the example
 * apps (which seed their databases with it) all read it from here.
 */
import type { CommentAuthor, CommentData } from 'careerkit';

/** The "now" the stories and tests render the discussion against, so "3 days ago" stays put. (The example apps use the real clock.) */
export const STORY_NOW = '2026-11-25T12:00:00Z';
/** The columnist's id: comments by this author are the site author's. */
export const POST_AUTHOR_ID = 'alex-marlow';
/** The columnist's comments in the discussion are signed like this. */
export const alexMarlow: CommentAuthor = {
  name: 'Alex Marlow',
  id: POST_AUTHOR_ID,
  url: 'https://advice.example.com/about/alex-marlow',
  avatarUrl: 'https://avatars.example.com/alex-marlow.png',
};

const hiringManagerStory = `I have hired for a regional warehouse operation for about eleven years, and I want to push back a little on the idea that a missed final round is the end. It can be. But in my experience it is rarely the miss that decides it. It is what the candidate does in the next forty-eight hours.

Last spring I had five finalists for a shift supervisor role, and through some combination of bad luck and bad timing, every one of them did something that put their candidacy at risk. I keep notes on every hire, so here is roughly how it went:

1. The first candidate missed her slot because her bus broke down on the ring road. She called me twenty minutes before the start, told me what had happened in two sentences, and asked whether I would rather reschedule or do it by phone. We did it by phone that afternoon.
2. The second candidate arrived on time, but on the wrong day. He had written down Thursday instead of Tuesday. When he realised, he apologised, laughed at himself a little, and said "that is exactly the kind of mistake I would want a supervisor to catch, so let me tell you how I catch it now." Then he described the calendar check he does every Sunday evening.
3. The third candidate didn't show and didn't call. Three days later I received a very long email, close to a full page, about a family situation, a car that wouldn't start, a phone that had died, and a manager at his current job who "never lets anyone leave early." Every word of it may have been true.
4. The fourth candidate simply forgot. She wrote that same evening: "I missed our interview today. That is on me and nothing else. If the role is still open I would be grateful for another slot, and I will be there twenty minutes early." That was the entire email.
5. The fifth candidate attended, interviewed well, and then sent a follow-up that copied my own boss and asked why our process needed four rounds. He was not wrong that four rounds is a lot. He was wrong about whom to tell, and how, and when.

You can probably guess who got the job. It was the fourth candidate, the one who forgot. I have been asked more than once why I would hire somebody who forgot a final interview over somebody who turned up. The honest answer is that her email told me more about how she would behave as a supervisor than the interview itself did. Supervisors make mistakes constantly. Shifts get scheduled wrong, deliveries get missed, somebody forgets to order pallets. What I need to know is whether, when it happens, the person will say so quickly, take it on themselves, and tell me what happens next. She did all three in four sentences, before I had even noticed the empty chair.

The first candidate got an offer too, at our other site, and the second is now on my shortlist for the next opening. Neither of them was perfect. Both of them made it easy for me to keep going with them, and that is most of what an apology is for.

The third candidate is the one I think about when I read this letter. I didn't reject him because he missed the interview. I didn't even reject him because of the three days of silence, although that hurt him. I rejected him because the email, once it came, was entirely about why it wasn't his fault. By the time I reached the end of it I knew a great deal about his car and nothing about what he would do differently. If I had hired him, I would have expected an email like that every time something went wrong on his shift, and I don't have the hours in my week to read them.

The fifth candidate had the strongest interview of the five. I still couldn't hire him. A missed meeting is a mistake. Going over someone's head the moment you are unhappy is a habit, and habits are much harder to apologise for.

So, to the reader who overslept: I think Alex is right, and I would put it even more bluntly. Your first email was the third candidate's email. It's not too late to send the fourth candidate's. Keep it short. Say it was your fault without the word "but" anywhere in it. Say one thing you have changed, and make sure it is a real change, not a promise to try harder. Then ask for one thing, and stop.

And if the director doesn't reply, please don't take that as a verdict on you as a person. Sometimes the role really has been filled. I have kept apology notes from candidates I couldn't hire and called them a year later when something opened up.

One last thing, from the other side of the desk. Please stop working double shifts the night before final interviews. I know why people do it; I did it myself when I was younger and couldn't afford to lose the hours. But if you can swap a shift, swap it. If you can't, tell the recruiter when they schedule you, and ask for an afternoon slot. Nobody reasonable will hold that against you, and most of us would much rather move a meeting than lose a good candidate to an alarm clock.`;

/**
 * A flat, numbered discussion of the missed-final-interview post: readers
 * answer each other with "@Name", "@Name & @Other Name", "@ Name" and "Thanks
 * Name,", the columnist replies several times, one comment is a 900-word story,
 * one has no author, one answers a comment that is not shown, and one arrives
 * days late.
 */
export const missedInterviewDiscussion: CommentData[] = [
  {
    id: 'c1',
    number: 1,
    author: {
      name: 'Priya Natarajan',
      id: 'priya-natarajan',
      url: 'https://example.com/priya-natarajan',
      avatarUrl: 'https://avatars.example.com/priya-natarajan.png',
    },
    body: `I did almost exactly this two years ago, minus the double shift. I missed a panel interview because my calendar was set to the wrong time zone. I wrote that same afternoon: three sentences, no excuses, one request for a new slot. They gave me one, and I have been there ever since.

The line that stings in this letter is "I was so embarrassed that I didn't reply that day." I understand it completely... but the silence is what they will remember.`,
    createdAt: '2026-11-20T15:10:00Z',
    status: 'published',
    likes: 14,
  },
  {
    id: 'c2',
    number: 2,
    author: { name: 'Don', id: 'don' },
    body: 'Hiring manager here. A missed interview I can forgive. A whole day of silence while my coordinator keeps calling you, mostly not.',
    createdAt: '2026-11-20T16:25:00Z',
    status: 'published',
    likes: 9,
  },
  {
    id: 'c3',
    number: 3,
    author: alexMarlow,
    body: '@Priya Natarajan Three sentences and one request is the whole method. Thank you for showing that it works outside a column.',
    createdAt: '2026-11-20T17:05:00Z',
    status: 'published',
    likes: 6,
  },
  {
    id: 'c4',
    number: 4,
    author: { name: 'Mariko Sato', id: 'mariko-sato', url: 'https://example.com/mariko' },
    body: '@Don Do you ever tell the candidate that? I suspect most people assume the missed interview sank them and never learn it was the silence.',
    createdAt: '2026-11-20T19:40:00Z',
    status: 'published',
  },
  {
    id: 'c5',
    number: 5,
    author: { name: '' },
    body: 'Honestly, the real lesson is the double shift. Nobody should have to choose between a night of wages and a final interview, but plenty of us do.',
    createdAt: '2026-11-20T22:15:00Z',
    status: 'published',
    likes: 4,
  },
  {
    id: 'c6',
    number: 6,
    author: {
      name: 'Hal Brennan',
      id: 'hal-brennan',
      url: 'https://example.com/hal-brennan',
      avatarUrl: 'https://avatars.example.com/hal-brennan.png',
    },
    body: hiringManagerStory,
    createdAt: '2026-11-21T07:55:00Z',
    status: 'published',
    likes: 31,
  },
  {
    id: 'c7',
    number: 7,
    author: alexMarlow,
    body: '@Hal Brennan This should be required reading for anyone who has ever started an apology with "let me explain." Candidate four wrote the email I wish every reader would send, and your point about the forty-eight hours is better than anything in my reply.',
    createdAt: '2026-11-21T09:20:00Z',
    status: 'published',
    likes: 18,
  },
  {
    id: 'c8',
    number: 8,
    author: { name: 'Teodor Vasić', id: 'teodor-vasic' },
    body: "@Priya Natarajan & @Don So between the two of you: apologise fast, keep it short, and don't go quiet. I'm saving this thread for the next time I panic.",
    createdAt: '2026-11-21T11:02:00Z',
    status: 'published',
    likes: 2,
  },
  {
    id: 'c9',
    number: 9,
    author: { name: 'Grace Adeyemi', id: 'grace-adeyemi' },
    body: `@ Mariko Sato In my experience they almost never tell you. You get a polite "we have decided to move forward with other candidates" and fill in the rest yourself.

Edited to add: one recruiter did tell me, once, and I still think of her kindly.`,
    createdAt: '2026-11-21T13:30:00Z',
    editedAt: '2026-11-21T13:52:00Z',
    status: 'published',
  },
  {
    id: 'c10',
    number: 10,
    author: { name: 'Lena Fischer', id: 'lena-fischer' },
    body: 'Thanks Don, that is a useful distinction. I always assumed calling was the braver choice, but a call really does put the director on the spot.',
    createdAt: '2026-11-21T16:45:00Z',
    status: 'published',
    likes: 3,
  },
  {
    id: 'c11',
    number: 11,
    author: { name: 'Kwame Mensah', id: 'kwame-mensah', url: 'https://example.com/kwame' },
    body: '@Jules I would push back on "never write twice." If the first email was a wall of text, a second short one is a correction, not pestering.',
    createdAt: '2026-11-21T20:10:00Z',
    status: 'published',
  },
  {
    id: 'c12',
    number: 12,
    author: { name: 'Ben Ortega', id: 'ben-ortega' },
    body: `Confession: I'd have written <b>SORRY</b> in bold, probably twice, at the top of the email. My partner calls my long apology emails "the <script>" because once they start running nobody can stop them.`,
    createdAt: '2026-11-22T08:30:00Z',
    status: 'published',
    likes: 7,
  },
  {
    id: 'c13',
    number: 13,
    author: alexMarlow,
    body: '@Teodor Vasić Good summary. One addition: short doesn\u2019t have to mean cold. "That is on me" is warm, and it is four words.',
    createdAt: '2026-11-22T10:15:00Z',
    status: 'published',
    likes: 5,
  },
  {
    id: 'c14',
    number: 14,
    author: {
      name: 'Ines Duarte',
      id: 'ines-duarte',
      avatarUrl: 'https://avatars.example.com/ines-duarte.png',
    },
    body: 'Printed the script and stuck it on the fridge :) My own adapted version is at https://example.com/ines/apology-note if anyone wants a second example.',
    createdAt: '2026-11-22T14:40:00Z',
    status: 'published',
    likes: 1,
  },
  {
    id: 'c15',
    number: 15,
    author: { name: 'Walt Hemming', id: 'walt-hemming' },
    body: `Commenting rather late, I know, but I only just got to this week's newsletter.

One thing nobody has said yet: if she writes and the answer is no, that is not the end of the story. Ask to be kept in mind, then apply again in six months. The apology is also your introduction for next time.`,
    createdAt: '2026-11-25T09:00:00Z',
    status: 'published',
  },
];

/** The comments a post's "N Comments" counts: published ones (pending, deleted and removed are not). */
export const publishedCount = (comments: readonly CommentData[]): number =>
  comments.filter((comment) => (comment.status ?? 'published') === 'published').length;
