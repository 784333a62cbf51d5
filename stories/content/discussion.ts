/**
 * Original reader discussions for the stories, tests and docs, in the shape
 * shared/CONTENT.md describes ("The comments, as they really occur"). Written
 * for careerkit; every name and comment is invented, and any resemblance to a
 * real reader or a real site is a coincidence.
 */
import type { CommentAuthor, CommentData } from '../../src/components/CommentThread/model/types';

/** The "now" the stories render against, so relative times stay stable. */
export const STORY_NOW = '2026-11-25T12:00:00Z';
/** The columnist's id: comments by this author are the site author's. */
export const POST_AUTHOR_ID = 'alex-marlow';
/** The signed-in reader in the stories. */
export const VIEWER_ID = 'viewer-sam';

const alex: CommentAuthor = {
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
    author: alex,
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
    author: alex,
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
    author: alex,
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

const sam: CommentAuthor = {
  name: 'Sam Okafor',
  id: VIEWER_ID,
  avatarUrl: 'https://avatars.example.com/viewer-sam.png',
};

const readerPermissions = { canReply: true, canReport: true, canLike: true };
const ownPermissions = { canEdit: true, canDelete: true };

/**
 * The same kind of discussion where the host has parent ids: 14 comments in
 * shuffled order (children before parents), nested up to five replies deep,
 * with deleted, removed and pending comments, staff and moderator badges, the
 * columnist, and the viewer's own comments.
 *
 * Tree: n1 → n2 → n3 → n4 → n5 → n6; n7 (deleted) → n8, n9; n10 → n11
 * (removed), n12 (pending); n13 → n14.
 */
export const nestedDiscussion: CommentData[] = [
  {
    id: 'n5',
    parentId: 'n4',
    author: { name: 'Mariko Sato', id: 'mariko-sato', url: 'https://example.com/mariko' },
    body: 'Same here. The one time I said "I will be honest, I forgot" the recruiter thanked me for not inventing a flat tyre.',
    createdAt: '2026-11-23T08:20:00Z',
    status: 'published',
    likes: 2,
    permissions: readerPermissions,
  },
  {
    id: 'n1',
    author: {
      name: 'Priya Natarajan',
      id: 'priya-natarajan',
      url: 'https://example.com/priya-natarajan',
      avatarUrl: 'https://avatars.example.com/priya-natarajan.png',
    },
    body: `I missed a panel interview two years ago and wrote back the same afternoon: three sentences, no excuses, one request for a new slot. I got the slot and the job.

The silence is what would worry me here, not the oversleeping.`,
    createdAt: '2026-11-21T08:05:00Z',
    status: 'published',
    likes: 12,
    likedByViewer: true,
    permissions: readerPermissions,
  },
  {
    id: 'n12',
    parentId: 'n10',
    author: { name: 'Teodor Vasić', id: 'teodor-vasic' },
    body: 'Is there a version of the script for a video interview I dropped out of halfway through? Asking for, well, me.',
    createdAt: '2026-11-24T21:40:00Z',
    status: 'pending',
    permissions: readerPermissions,
  },
  {
    id: 'n3',
    parentId: 'n2',
    author: sam,
    body: 'Would you still send it if a week has already gone by? That is where I am right now...',
    createdAt: '2026-11-22T07:45:00Z',
    editedAt: '2026-11-22T08:01:00Z',
    status: 'published',
    likes: 1,
    permissions: ownPermissions,
  },
  {
    id: 'n9',
    parentId: 'n7',
    author: { name: 'Kwame Mensah', id: 'kwame-mensah', url: 'https://example.com/kwame' },
    body: 'Whatever it said, I disagree that calling is always wrong. Some small firms never read email.',
    createdAt: '2026-11-22T12:30:00Z',
    status: 'published',
    permissions: readerPermissions,
  },
  {
    id: 'n7',
    author: { name: 'Jules', id: 'jules' },
    body: '',
    createdAt: '2026-11-22T09:10:00Z',
    status: 'deleted',
    permissions: readerPermissions,
  },
  {
    id: 'n14',
    parentId: 'n13',
    author: alex,
    body: 'It can, if it comes with a plan. A hiring manager doesn\u2019t need the whole story, just the fix.',
    createdAt: '2026-11-25T07:30:00Z',
    status: 'published',
    likes: 3,
    permissions: readerPermissions,
  },
  {
    id: 'n2',
    parentId: 'n1',
    author: alex,
    body: 'Three sentences and one request is the whole method. Thank you for showing that it works outside a column.',
    createdAt: '2026-11-21T10:30:00Z',
    status: 'published',
    likes: 8,
    permissions: readerPermissions,
  },
  {
    id: 'n10',
    author: { name: 'Nora Hale', id: 'nora-hale', roles: ['staff'] },
    body: 'From the Hiring Desk team: the apology script in this column is also in the guide, with versions for a phone screen and a video call.',
    createdAt: '2026-11-23T15:00:00Z',
    status: 'published',
    likes: 4,
    permissions: readerPermissions,
  },
  {
    id: 'n6',
    parentId: 'n5',
    author: sam,
    body: 'Okay, writing mine tonight. Three sentences. No flat tyres :)',
    createdAt: '2026-11-25T08:15:00Z',
    status: 'pending',
    permissions: ownPermissions,
  },
  {
    id: 'n13',
    author: { name: 'Lena Fischer', id: 'lena-fischer' },
    body: 'Does a short apology really work when the reason was a genuine emergency? Leaving it out feels dishonest.',
    createdAt: '2026-11-24T18:20:00Z',
    status: 'published',
    permissions: readerPermissions,
  },
  {
    id: 'n4',
    parentId: 'n3',
    author: { name: 'Don', id: 'don' },
    body: 'Hiring manager here: yes. Late is better than never, and a short note after a week still beats the silence.',
    createdAt: '2026-11-22T11:50:00Z',
    status: 'published',
    likes: 5,
    permissions: readerPermissions,
  },
  {
    id: 'n8',
    parentId: 'n7',
    author: { name: 'Rosa Lindqvist', id: 'rosa-lindqvist', roles: ['moderator'] },
    body: 'The comment above was deleted by its author. Replies stay up so the conversation still makes sense.',
    createdAt: '2026-11-22T13:05:00Z',
    status: 'published',
    permissions: readerPermissions,
  },
  {
    id: 'n11',
    parentId: 'n10',
    author: { name: 'Deal Finder', id: 'deal-finder' },
    body: 'Want to skip interviews altogether? Message me for a guaranteed offer, fees apply.',
    createdAt: '2026-11-23T16:45:00Z',
    status: 'removed',
    permissions: readerPermissions,
  },
];

/** A short flat discussion in Arabic, for right-to-left stories. */
export const arabicDiscussion: CommentData[] = [
  {
    id: 'a1',
    number: 1,
    author: { name: 'سلمى الحداد', id: 'salma-haddad' },
    body: 'فاتتني مقابلة نهائية في العام الماضي بسبب خطأ في فرق التوقيت بين مدينتين. كتبت اعتذاراً قصيراً في اليوم نفسه، وطلبت موعداً آخر من غير شرح طويل. حصلت على الموعد، ثم على الوظيفة.',
    createdAt: '2026-11-20T16:00:00Z',
    status: 'published',
    likes: 6,
  },
  {
    id: 'a2',
    number: 2,
    author: { name: 'كريم HR', id: 'karim-hr' },
    body: 'بصفتي مسؤول توظيف، أقولها بصراحة: الغياب وحده لا يُسقط المرشح. ما يُسقطه هو الصمت بعده. ثلاثة أسطر في اليوم نفسه أفضل من صفحة كاملة بعد أسبوع.',
    createdAt: '2026-11-20T18:30:00Z',
    status: 'published',
    likes: 9,
  },
  {
    id: 'a3',
    number: 3,
    author: { name: 'أليكس مارلو', id: POST_AUTHOR_ID, url: 'https://advice.example.com/about/alex-marlow' },
    body: '@سلمى الحداد هذا بالضبط ما قصدته في الرد: اعتذار قصير، ثم طلب واحد واضح. شكراً لأنكِ شاركتِنا تجربتك.',
    createdAt: '2026-11-21T09:15:00Z',
    status: 'published',
    likes: 3,
  },
  {
    id: 'a4',
    number: 4,
    author: { name: 'نور الهدى', id: 'nour-alhuda' },
    body: 'وماذا لو كان السبب ظرفاً صحياً حقيقياً؟ هل أذكره في الرسالة، أم أكتفي بالاعتذار؟',
    createdAt: '2026-11-21T14:40:00Z',
    status: 'published',
  },
  {
    id: 'a5',
    number: 5,
    author: { name: 'طارق منصور', id: 'tariq-mansour' },
    body: '@نور الهدى يكفي أن تكتبي أنه كان ظرفاً صحياً طارئاً، من غير تفاصيل. لا أحد ينتظر تقريراً طبياً في رسالة اعتذار.',
    createdAt: '2026-11-22T10:05:00Z',
    status: 'published',
    likes: 2,
  },
  {
    id: 'a6',
    number: 6,
    author: { name: 'رنا', id: 'rana' },
    body: 'أعلّق متأخرة قليلاً... ليتني قرأت هذا المقال قبل شهرين! :)',
    createdAt: '2026-11-24T20:50:00Z',
    status: 'published',
  },
];

/** mulberry32: a tiny, fast, seeded PRNG returning numbers in [0, 1). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const generatedAuthors: readonly CommentAuthor[] = [
  { name: 'Amara Okonjo', id: 'amara-okonjo' },
  { name: 'Ben Hartley', id: 'ben-hartley' },
  { name: 'Chen Wei', id: 'chen-wei' },
  { name: 'Dana Kowalski', id: 'dana-kowalski' },
  { name: 'Eitan Levi', id: 'eitan-levi' },
  { name: 'Fatima Benali', id: 'fatima-benali' },
  { name: 'Gus', id: 'gus' },
  { name: 'Hana Novak', id: 'hana-novak' },
  { name: 'Ivan Petrov', id: 'ivan-petrov' },
  { name: 'Jasmine Clarke', id: 'jasmine-clarke' },
  { name: 'Kenji Mori', id: 'kenji-mori' },
  { name: 'Lucía Romero', id: 'lucia-romero' },
  { name: 'Marcus Bell', id: 'marcus-bell' },
  { name: 'Nadia Rahman', id: 'nadia-rahman' },
  { name: 'Olu Bakare', id: 'olu-bakare' },
  { name: 'Pia Jensen', id: 'pia-jensen' },
  { name: 'Quinn Avery', id: 'quinn-avery' },
  { name: 'Ravi Menon', id: 'ravi-menon' },
  { name: 'Sofia Marchetti', id: 'sofia-marchetti' },
  { name: 'Tomás Herrera', id: 'tomas-herrera' },
  { name: 'Uma Krishnan', id: 'uma-krishnan' },
  { name: 'Viktor Holm', id: 'viktor-holm' },
  { name: 'Wen Li', id: 'wen-li' },
  { name: 'Xavier Dubois', id: 'xavier-dubois' },
  { name: 'Yasmin Haddad', id: 'yasmin-haddad' },
  { name: 'Zoë Lambert', id: 'zoe-lambert' },
  { name: 'ليلى حداد', id: 'layla-haddad' },
  { name: 'عمر ناصر', id: 'omar-nasser' },
  { name: 'Aoife Brennan', id: 'aoife-brennan' },
  { name: 'Bongani Dlamini', id: 'bongani-dlamini' },
  { name: 'Carmen Silva', id: 'carmen-silva' },
  { name: 'Dmitri Orlov', id: 'dmitri-orlov' },
  { name: 'Esther Goldberg', id: 'esther-goldberg' },
  { name: 'Farid Karimi', id: 'farid-karimi' },
  { name: 'Greta Sundberg', id: 'greta-sundberg' },
  { name: 'Hiro Tanaka', id: 'hiro-tanaka' },
  { name: 'Ingrid Olsen', id: 'ingrid-olsen' },
  { name: 'Joao Pereira', id: 'joao-pereira' },
  { name: 'Kofi Asante', id: 'kofi-asante' },
  { name: 'Mei Lin', id: 'mei-lin', avatarUrl: 'https://avatars.example.com/mei-lin.png' },
];

const generatedSentences: readonly string[] = [
  'I missed a phone screen once and the recruiter rescheduled without any fuss.',
  'Short apologies work better than long explanations.',
  'The silence afterwards is what hiring managers remember.',
  'I would write, not call.',
  'This happened to a friend of mine last year, and she got the job.',
  'Own the mistake in the first sentence.',
  'Nobody needs to hear about the alarm clock.',
  'As a recruiter, I have rescheduled plenty of no-shows who wrote back quickly.',
  'A double shift before a final round is asking for trouble.',
  'Ask for one thing, then stop writing.',
  'I printed the script and kept it in my notebook.',
  'Honestly, the company might have been a bad fit anyway.',
  'Two weeks of silence is an answer, even if it is not the one you want.',
  'I disagree a little: a quick call can show you care.',
  'Put every interview in your calendar the moment it is confirmed.',
  'The fact that you are asking at all says something good about you.',
  'Hiring managers are people too, and most of them have overslept.',
  'Keep the note to three sentences if you can.',
  'I was on the other side of this once and still hired the candidate.',
  'Please don\u2019t send a second long email.',
  'Apply again for the next opening, and mention nothing but your interest.',
  'Thank you for this column; I needed it this week.',
  'My own rule is to confirm every interview by email the day before.',
  'The word "but" ruins most apologies.',
  'It is never as final as it feels on the day.',
  'Small companies tend to be more forgiving than big ones.',
  'I would add one line saying what you changed.',
  'This is why I set three alarms on interview days.',
  'Good luck, and let us know how it goes!',
  'Ask for an afternoon slot if your shifts run late.',
];

/**
 * A deterministic thread of `count` comments (ids `g1`…`gN`) for performance
 * and layout stories. Each comment is top-level with probability
 * `topLevelShare`, otherwise a reply to a random earlier comment shallower than
 * `maxDepth`. Linear in `count`: 100,000 comments take milliseconds.
 */
export function generateThread(
  count: number,
  options: { seed?: number; topLevelShare?: number; maxDepth?: number } = {},
): CommentData[] {
  const { seed = 1, topLevelShare = 0.3, maxDepth = 8 } = options;
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

  const total = Math.max(0, Math.floor(count));
  const comments: CommentData[] = new Array<CommentData>(total);
  const depths = new Int32Array(total);
  /** Indices of comments that can still take a reply (depth < maxDepth). */
  const open: number[] = [];
  let time = Date.parse('2026-11-01T00:00:00Z');

  for (let i = 0; i < total; i++) {
    time += (1 + Math.floor(random() * 20)) * 60_000;

    let parent = -1;
    if (open.length && random() >= topLevelShare) parent = open[Math.floor(random() * open.length)]!;
    const depth = parent < 0 ? 0 : depths[parent]! + 1;
    depths[i] = depth;
    if (depth < maxDepth) open.push(i);

    const sentenceCount = 1 + Math.floor(random() * 4);
    const sentences: string[] = [];
    for (let s = 0; s < sentenceCount; s++) sentences.push(pick(generatedSentences));
    let body = sentences.join(' ');
    if (random() < 1 / 25) body += `\n\n${pick(generatedSentences)} ${pick(generatedSentences)}`;

    const deleted = random() < 1 / 100;
    const comment: CommentData = {
      id: `g${i + 1}`,
      author: pick(generatedAuthors),
      body: deleted ? '' : body,
      createdAt: new Date(time).toISOString(),
      status: deleted ? 'deleted' : 'published',
    };
    if (parent >= 0) comment.parentId = `g${parent + 1}`;
    comments[i] = comment;
  }
  return comments;
}
