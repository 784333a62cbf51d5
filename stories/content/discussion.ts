/**
 * Original reader discussions for the stories, tests and docs, in the shape
 * shared/CONTENT.md describes ("The comments, as they really occur"). Written
 * for careerkit; every name and comment is invented, and any resemblance to a
 * real reader or a real site is a coincidence. The missed-interview discussion
 * lives with its post in examples/shared/content, which the example apps seed
 * their databases with; it is re-exported here.
 */
import type { CommentAuthor, CommentData } from '../../src/components/CommentThread/model/types';
import { POST_AUTHOR_ID, alexMarlow as alex } from '../../examples/shared/content/discussion';

export { STORY_NOW, POST_AUTHOR_ID, missedInterviewDiscussion, publishedCount } from '../../examples/shared/content/discussion';

/** The signed-in reader in the stories. */
export const VIEWER_ID = 'viewer-sam';

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

/**
 * The nested discussion with a reader answering the removed spam, so the
 * "removed by a moderator" placeholder stays (with nothing under it, a removed
 * comment is left out): published, pending, edited, deleted and removed.
 */
export const everyStatusDiscussion: CommentData[] = [
  ...nestedDiscussion,
  {
    id: 'n15',
    parentId: 'n11',
    author: { name: 'Kwame Mensah', id: 'kwame-mensah', url: 'https://example.com/kwame' },
    body: 'Reported. Nobody can sell you an offer, and anyone who says so wants your fee, not your career.',
    createdAt: '2026-11-23T17:10:00Z',
    status: 'published',
    permissions: readerPermissions,
  },
  {
    id: 'n16',
    parentId: 'n1',
    author: sam,
    body: 'One more thing that helped me: I sent the note the same afternoon, and the recruiter answered the next morning.',
    createdAt: '2026-11-24T08:30:00Z',
    status: 'pending',
    permissions: ownPermissions,
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
