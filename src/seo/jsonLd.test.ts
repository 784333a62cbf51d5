import { describe, expect, it, vi } from 'vitest';
import { commentDomId } from '../components/CommentThread/Comment';
import type { AdvicePost, ArticleCommentData } from '../components/AdviceArticle/types';
import { adviceArticleJsonLd, MAX_JSON_LD_COMMENTS, serializeJsonLd } from './jsonLd';

const site = 'https://hiringdesk.example';
const postUrl = `${site}/2026/11/slept-through-the-final-interview`;

const comments: ArticleCommentData[] = [
  { id: 'c1', body: 'Send the note today. Waiting a week makes it worse.', createdAt: '2026-11-20T10:15:00+02:00', author: { name: 'PaperTrail', url: 'https://papertrail.example' } },
  { id: 'c2', parentId: 'c1', body: '@PaperTrail agreed, and own it in the first line.', createdAt: '2026-11-20T11:00:00Z', author: { name: 'Quiet Recruiter' } },
  { id: 'c3', parentId: 'c2', body: 'Thanks both. I sent it an hour ago.', createdAt: '2026-11-20T12:30:00Z', author: { name: 'Snoozed in Sacramento' } },
];

function fullPost(): AdvicePost {
  return {
    url: postUrl,
    column: { name: 'Ask the Hiring Desk', url: `${site}/column` },
    newsletter: { name: 'The Friday Letter', url: `${site}/letter`, issueDate: '2026-11-17' },
    headline: '  I slept through my final interview.\n  Can one email  save it? ',
    dek: 'A reader who missed the last round\nasks whether an apology can undo it.',
    author: { name: 'Alex Marlow', url: `${site}/about/alex-marlow` },
    publisher: { name: 'Hiring Desk Media', url: site, logoUrl: `${site}/logo.png` },
    publishedAt: '2026-11-20T09:30:00+02:00',
    updatedAt: '2026-11-21T18:05:00+02:00',
    imageUrl: `${site}/img/alarm-clock.jpg`,
    question: {
      body: 'My alarm failed and I missed the final panel interview by two hours.\n\nShould I write to the hiring manager, or is it over?',
      signature: 'Snoozed in Sacramento',
    },
    reply: { heading: 'Alex Marlow’s Reply', blocks: [{ type: 'text', text: 'Write today. Do not explain the alarm.' }] },
    commentCount: 3,
    comments,
  };
}

/** Counts comments and the deepest nesting without recursion. */
function walk(tree: unknown): { count: number; depth: number } {
  let count = 0;
  let depth = 0;
  const stack: [Record<string, unknown>, number][] = ((tree as Record<string, unknown>[]) ?? []).map((c) => [c, 1]);
  while (stack.length) {
    const [c, d] = stack.pop()!;
    count++;
    depth = Math.max(depth, d);
    for (const r of (c.comment as Record<string, unknown>[]) ?? []) stack.push([r, d + 1]);
  }
  return { count, depth };
}

const chain = (n: number): ArticleCommentData[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `r${i}`,
    parentId: i ? `r${i - 1}` : null,
    body: `@Reader${i - 1} I disagree, politely.`,
    createdAt: '2026-11-20T12:00:00Z',
    author: { name: `Reader${i}` },
  }));

describe('given a complete, valid post', () => {
  it('describes it as a BlogPosting with every field', () => {
    expect(adviceArticleJsonLd(fullPost())).toStrictEqual({
      '@context': 'https://schema.org',
      '@type': 'BlogPosting',
      headline: 'I slept through my final interview. Can one email save it?',
      description: 'A reader who missed the last round asks whether an apology can undo it.',
      url: postUrl,
      mainEntityOfPage: postUrl,
      image: `${site}/img/alarm-clock.jpg`,
      datePublished: '2026-11-20T07:30:00.000Z',
      dateModified: '2026-11-21T16:05:00.000Z',
      author: { '@type': 'Person', name: 'Alex Marlow', url: `${site}/about/alex-marlow` },
      publisher: {
        '@type': 'Organization',
        name: 'Hiring Desk Media',
        url: site,
        logo: { '@type': 'ImageObject', url: `${site}/logo.png` },
      },
      isPartOf: { '@type': 'CreativeWorkSeries', name: 'Ask the Hiring Desk', url: `${site}/column` },
      commentCount: 3,
      comment: [
        {
          '@type': 'Comment',
          text: 'Send the note today. Waiting a week makes it worse.',
          dateCreated: '2026-11-20T08:15:00.000Z',
          author: { '@type': 'Person', name: 'PaperTrail', url: 'https://papertrail.example' },
          url: `${postUrl}#comment-c1`,
          comment: [
            {
              '@type': 'Comment',
              text: '@PaperTrail agreed, and own it in the first line.',
              dateCreated: '2026-11-20T11:00:00.000Z',
              author: { '@type': 'Person', name: 'Quiet Recruiter' },
              url: `${postUrl}#comment-c2`,
              comment: [
                {
                  '@type': 'Comment',
                  text: 'Thanks both. I sent it an hour ago.',
                  dateCreated: '2026-11-20T12:30:00.000Z',
                  author: { '@type': 'Person', name: 'Snoozed in Sacramento' },
                  url: `${postUrl}#comment-c3`,
                },
              ],
            },
          ],
        },
      ],
    });
  });

  it('gives +02:00 dates as the same instant in UTC', () => {
    const data = adviceArticleJsonLd(fullPost());
    expect(data.datePublished).toBe('2026-11-20T07:30:00.000Z');
    expect(Date.parse(data.datePublished as string)).toBe(Date.parse('2026-11-20T09:30:00+02:00'));
    expect(data.dateModified).toBe('2026-11-21T16:05:00.000Z');
  });

  it('is never a QAPage or FAQPage, though the post answers a question', () => {
    const post = { ...fullPost(), discussion: { heading: 'Have you missed an interview?', questions: ['Did you get a second chance?'] } };
    const data = adviceArticleJsonLd(post);
    expect(data['@type']).toBe('BlogPosting');
    expect(serializeJsonLd(data)).not.toMatch(/QAPage|FAQPage|Question|Answer/);
  });

  it('adds inLanguage for a valid locale, and leaves out a malformed one', () => {
    expect(adviceArticleJsonLd(fullPost(), { locale: 'en-us' }).inLanguage).toBe('en-US');
    expect(adviceArticleJsonLd(fullPost(), { locale: 'en_US!!' })).not.toHaveProperty('inLanguage');
    expect(adviceArticleJsonLd(fullPost())).not.toHaveProperty('inLanguage');
  });
});

describe('given dates', () => {
  it('leaves out an invalid publishedAt and warns once', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const post = { ...fullPost(), publishedAt: 'last Tuesday' };
    const data = adviceArticleJsonLd(post);
    adviceArticleJsonLd(post);
    expect(data).not.toHaveProperty('datePublished');
    expect(data.dateModified).toBe('2026-11-21T16:05:00.000Z');
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]![0]).toContain('publishedAt "last Tuesday" is not an ISO 8601 date');
  });

  it('warns when publishedAt is missing altogether', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { publishedAt: _, ...post } = fullPost();
    expect(adviceArticleJsonLd(post as AdvicePost)).not.toHaveProperty('datePublished');
    expect(warn).toHaveBeenCalledOnce();
  });

  it('leaves out an invalid updatedAt without a warning', () => {
    const warn = vi.spyOn(console, 'warn');
    const data = adviceArticleJsonLd({ ...fullPost(), updatedAt: '2026-11-32T10:00:00Z' });
    expect(data).not.toHaveProperty('dateModified');
    expect(data.datePublished).toBe('2026-11-20T07:30:00.000Z');
    expect(warn).not.toHaveBeenCalled();
  });

  it('reads a date-only value as UTC midnight of that day', () => {
    const data = adviceArticleJsonLd({ ...fullPost(), publishedAt: '2026-11-20', updatedAt: ' 2026-11-21 ' });
    expect(data.datePublished).toBe('2026-11-20T00:00:00.000Z');
    expect(data.dateModified).toBe('2026-11-21T00:00:00.000Z');
  });

  it.each([
    ['a local date-time without an offset (its instant depends on the server)', '2026-11-20T09:30:00'],
    ['a day that does not exist', '2026-02-30T10:00:00Z'],
    ['a calendar day that does not exist', '2026-02-30'],
    ['April 31st, which an offset would move to May 1st', '2026-04-31T01:00:00+02:00'],
    ['a non-ISO format', 'November 20, 2026'],
    ['an empty string', ''],
  ])('leaves out %s', (_, updatedAt) => {
    expect(adviceArticleJsonLd({ ...fullPost(), updatedAt })).not.toHaveProperty('dateModified');
  });

  it('reads an offset written without a colon (+0200, -0800) like +02:00, as the page does', () => {
    const data = adviceArticleJsonLd({ ...fullPost(), publishedAt: '2026-11-20T09:30:00+0200', updatedAt: '2026-11-21T08:05-0800' });
    expect(data.datePublished).toBe('2026-11-20T07:30:00.000Z');
    expect(data.dateModified).toBe('2026-11-21T16:05:00.000Z');
  });

  it('keeps a UTC date-time as it is', () => {
    expect(adviceArticleJsonLd({ ...fullPost(), updatedAt: '2026-11-21T16:05:09.250Z' }).dateModified).toBe('2026-11-21T16:05:09.250Z');
  });
});

describe('given the people and organizations', () => {
  it('uses the publisher as the author when there is no columnist', () => {
    const { author: _, ...post } = fullPost();
    expect(adviceArticleJsonLd(post as AdvicePost).author).toStrictEqual({
      '@type': 'Organization',
      name: 'Hiring Desk Media',
      url: site,
    });
  });

  it('leaves out author and publisher when neither is given', () => {
    const { author: _a, publisher: _p, ...post } = fullPost();
    const data = adviceArticleJsonLd(post as AdvicePost);
    expect(data).not.toHaveProperty('author');
    expect(data).not.toHaveProperty('publisher');
  });

  it('gives an author without a url as a Person without url', () => {
    expect(adviceArticleJsonLd({ ...fullPost(), author: { name: 'Alex Marlow' } }).author).toStrictEqual({
      '@type': 'Person',
      name: 'Alex Marlow',
    });
  });

  it('ignores a name that is not a string, or is blank', () => {
    const data = adviceArticleJsonLd({
      ...fullPost(),
      author: { name: 42 as unknown as string },
      publisher: { name: '   ', url: site },
    });
    expect(data).not.toHaveProperty('author');
    expect(data).not.toHaveProperty('publisher');
  });

  it('leaves out a publisher logo that is not given', () => {
    expect(adviceArticleJsonLd({ ...fullPost(), publisher: { name: 'Hiring Desk Media' } }).publisher).toStrictEqual({
      '@type': 'Organization',
      name: 'Hiring Desk Media',
    });
  });
});

describe('given the column and the newsletter', () => {
  it('names the column as the series when both exist', () => {
    expect(adviceArticleJsonLd(fullPost()).isPartOf).toStrictEqual({ '@type': 'CreativeWorkSeries', name: 'Ask the Hiring Desk', url: `${site}/column` });
  });

  it('falls back to the newsletter without a column', () => {
    const { column: _, ...post } = fullPost();
    expect(adviceArticleJsonLd(post as AdvicePost).isPartOf).toStrictEqual({ '@type': 'CreativeWorkSeries', name: 'The Friday Letter', url: `${site}/letter` });
  });

  it('leaves isPartOf out with neither', () => {
    const { column: _c, newsletter: _n, ...post } = fullPost();
    expect(adviceArticleJsonLd(post as AdvicePost)).not.toHaveProperty('isPartOf');
  });
});

describe('given URLs that are not absolute http(s)', () => {
  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['a relative path', '/2026/11/slept-through'],
    ['a protocol-relative URL', '//hiringdesk.example/x'],
    ['whitespace only', '   '],
    ['empty', ''],
    ['another scheme', 'ftp://hiringdesk.example/x'],
    ['a control character', 'https://hiringdesk.example/\u0000x'],
    ['an inner space', 'https://hiringdesk.example/a b'],
    ['a number', 42],
  ])('leaves out %s everywhere', (_, bad) => {
    const u = bad as string;
    const data = adviceArticleJsonLd({
      ...fullPost(),
      url: u,
      imageUrl: u,
      author: { name: 'Alex Marlow', url: u },
      publisher: { name: 'Hiring Desk Media', url: u, logoUrl: u },
      column: { name: 'Ask the Hiring Desk', url: u },
      comments: [{ ...comments[0]!, author: { name: 'PaperTrail', url: u } }],
    });
    expect(data).not.toHaveProperty('url');
    expect(data).not.toHaveProperty('mainEntityOfPage');
    expect(data).not.toHaveProperty('image');
    expect(data.author).toStrictEqual({ '@type': 'Person', name: 'Alex Marlow' });
    expect(data.publisher).toStrictEqual({ '@type': 'Organization', name: 'Hiring Desk Media' });
    expect(data.isPartOf).toStrictEqual({ '@type': 'CreativeWorkSeries', name: 'Ask the Hiring Desk' });
    const [comment] = data.comment as Record<string, unknown>[];
    expect(comment).not.toHaveProperty('url');
    expect(comment!.author).toStrictEqual({ '@type': 'Person', name: 'PaperTrail' });
  });

  it('trims surrounding whitespace from a valid URL', () => {
    const data = adviceArticleJsonLd({ ...fullPost(), url: `  ${postUrl}\n` });
    expect(data.url).toBe(postUrl);
    expect(data.mainEntityOfPage).toBe(postUrl);
  });
});

describe('given text fields', () => {
  it('keeps a headline past 110 characters whole', () => {
    const headline = 'My manager asked me to train my replacement before my notice period ended, and now the replacement wants my job title too';
    expect(headline.length).toBeGreaterThan(110);
    expect(adviceArticleJsonLd({ ...fullPost(), headline }).headline).toBe(headline);
  });

  it('leaves out a dek that is a React node, and a blank headline', () => {
    const data = adviceArticleJsonLd({ ...fullPost(), headline: ' \n ', dek: { type: 'em', props: {}, key: null } });
    expect(data).not.toHaveProperty('headline');
    expect(data).not.toHaveProperty('description');
  });
});

describe('given text that tries to break out of the script element', () => {
  const hostile = '</script><script>alert(1)</script> <!-- a\u2028b\u2029c & "quoted"';
  const post = {
    ...fullPost(),
    headline: hostile,
    question: { body: hostile, heading: hostile },
    comments: [{ ...comments[0]!, body: hostile, author: { name: hostile } }],
  };

  it('serializes without <, >, or raw U+2028/U+2029, and parses back to the same data', () => {
    const data = adviceArticleJsonLd(post);
    const json = serializeJsonLd(data);
    expect(json).not.toMatch(/[<>\u2028\u2029]/);
    expect(json).not.toContain('&');
    expect(json).toContain('\\u003c/script\\u003e');
    expect(json).toContain('\\u003c!--');
    expect(json).toContain('\\u2028');
    expect(JSON.parse(json)).toStrictEqual(data);
    expect((JSON.parse(json) as { headline: string }).headline).toBe(hostile.replace(/\s+/g, ' '));
  });

  it('escapes exactly those characters', () => {
    expect(serializeJsonLd({ a: '</script>&\u2028\u2029' })).toBe('{"a":"\\u003c/script\\u003e\\u0026\\u2028\\u2029"}');
    expect(serializeJsonLd(undefined)).toBe('null');
  });
});

describe('given comments', () => {
  it('nests replies by parentId, three levels deep', () => {
    const { depth, count } = walk(adviceArticleJsonLd(fullPost()).comment);
    expect(depth).toBe(3);
    expect(count).toBe(3);
  });

  it('makes a reply to a missing comment top-level', () => {
    const data = adviceArticleJsonLd({
      ...fullPost(),
      comments: [comments[0]!, { ...comments[1]!, parentId: 'deleted-99' }, { ...comments[2]!, parentId: 'c1' }],
    });
    const tree = data.comment as Record<string, unknown>[];
    expect(tree.map((c) => c.url)).toEqual([`${postUrl}#comment-c1`, `${postUrl}#comment-c2`]);
    expect((tree[0]!.comment as Record<string, unknown>[]).map((c) => c.url)).toEqual([`${postUrl}#comment-c3`]);
  });

  it('cuts a parent cycle at its first comment instead of hanging', () => {
    const data = adviceArticleJsonLd({
      ...fullPost(),
      comments: [
        { ...comments[0]!, parentId: 'c2' },
        { ...comments[1]!, parentId: 'c1' },
        { ...comments[2]!, parentId: 'c1' },
        { id: 'c4', parentId: 'c4', body: 'Replying to myself.', createdAt: '2026-11-21T08:00:00Z' },
      ],
    });
    const tree = data.comment as Record<string, unknown>[];
    expect(tree.map((c) => c.url)).toEqual([`${postUrl}#comment-c1`, `${postUrl}#comment-c4`]);
    expect((tree[0]!.comment as Record<string, unknown>[]).map((c) => c.url)).toEqual([`${postUrl}#comment-c2`, `${postUrl}#comment-c3`]);
    expect(tree[1]).not.toHaveProperty('comment');
    expect(() => serializeJsonLd(data)).not.toThrow();
  });

  it('nests a reply listed above its parent, and one hanging under a cycle found later', () => {
    const c = (id: string, parentId?: string): ArticleCommentData => ({ id, parentId, body: `Comment ${id}`, createdAt: '2026-11-20T12:00:00Z' });
    const data = adviceArticleJsonLd({ ...fullPost(), comments: [c('x', 'a'), c('a', 'b'), c('b', 'a'), c('r', 'p'), c('p')] });
    expect(data.comment).toMatchObject([
      { text: 'Comment a', comment: [{ text: 'Comment x' }, { text: 'Comment b' }] },
      { text: 'Comment p', comment: [{ text: 'Comment r' }] },
    ]);
    expect(walk(data.comment).count).toBe(5);
  });

  it('handles a 20,000-deep reply chain without overflowing the stack', () => {
    const data = adviceArticleJsonLd({ ...fullPost(), commentCount: undefined, comments: chain(20_000) });
    expect(walk(data.comment)).toEqual({ count: MAX_JSON_LD_COMMENTS, depth: MAX_JSON_LD_COMMENTS });
    expect(JSON.parse(serializeJsonLd(data))).toStrictEqual(data);
    expect(data.commentCount).toBe(20_000);
  });

  it(`caps a 5,000-comment post at the first ${MAX_JSON_LD_COMMENTS} comments in list order`, () => {
    const many = Array.from({ length: 5_000 }, (_, i) => ({
      id: String(i),
      parentId: i % 2 ? String(i - 1) : undefined,
      body: `Comment number ${i}: I once missed an interview too.`,
      createdAt: '2026-11-20T12:00:00Z',
      author: { name: `Reader ${i}` },
    }));
    const data = adviceArticleJsonLd({ ...fullPost(), commentCount: 5_000, comments: many });
    expect(MAX_JSON_LD_COMMENTS).toBe(100);
    expect(walk(data.comment)).toEqual({ count: 100, depth: 2 });
    const tree = data.comment as { text: string; comment: { text: string }[] }[];
    expect(tree).toHaveLength(50);
    expect(tree[49]!.text).toBe('Comment number 98: I once missed an interview too.');
    expect(tree[49]!.comment[0]!.text).toBe('Comment number 99: I once missed an interview too.');
    expect(data.commentCount).toBe(5_000);
    expect(serializeJsonLd(data).length).toBeLessThan(40_000);
  });

  it('skips comments with empty text, invalid dates, or no object at all', () => {
    const data = adviceArticleJsonLd({
      ...fullPost(),
      commentCount: undefined,
      comments: [
        { id: 'e1', body: '  \n ', createdAt: '2026-11-20T12:00:00Z' },
        { id: 'e2', body: 'Late to this, but…', createdAt: 'yesterday' },
        null as unknown as ArticleCommentData,
        { id: 'e3', body: 'Commenting rather late: it worked for me.', createdAt: '2026-12-01T08:00:00-05:00', author: null },
      ],
    });
    expect(data.comment).toStrictEqual([
      { '@type': 'Comment', text: 'Commenting rather late: it worked for me.', dateCreated: '2026-12-01T13:00:00.000Z', url: `${postUrl}#comment-e3` },
    ]);
    expect(data.commentCount).toBe(1);
  });

  it('takes CommentThread data as it is, leaving out pending, deleted and removed comments', () => {
    const data = adviceArticleJsonLd({
      ...fullPost(),
      commentCount: undefined,
      comments: [
        { id: 's1', body: 'Published, so it is on the page.', createdAt: '2026-11-20T12:00:00Z', status: 'published' },
        { id: 's2', body: 'Waiting for a moderator.', createdAt: '2026-11-20T12:05:00Z', status: 'pending' },
        { id: 's3', body: 'Spam the moderator took down.', createdAt: '2026-11-20T12:10:00Z', status: 'removed' },
        { id: 's4', body: 'Deleted by its author.', createdAt: '2026-11-20T12:15:00Z', status: 'deleted' },
        { id: 's5', body: 'No status: published.', createdAt: '2026-11-20T12:20:00Z' },
      ],
    });
    expect((data.comment as { text: string }[]).map((c) => c.text)).toEqual(['Published, so it is on the page.', 'No status: published.']);
    expect(data.commentCount).toBe(2);
  });

  it('never throws on a comment id that cannot be written in a URL (half an emoji, cut by a CMS), and still anchors the comment', () => {
    const comment = { id: 'c\ud83d', body: 'Half a smile.', createdAt: '2026-11-20T12:00:00Z' };
    const data = adviceArticleJsonLd({ ...fullPost(), comments: [comment] });
    expect((data.comment as { url: string }[])[0]!.url.startsWith(`${postUrl}#comment-c`)).toBe(true);
  });

  it('names comments by the ids the thread anchors, white space and all, and nests replies by them', () => {
    const comments = [
      { id: ' a  b', body: 'Spaced out.', createdAt: '2026-11-20T12:00:00Z' },
      { id: 'a b', body: 'Another comment.', createdAt: '2026-11-20T13:00:00Z' },
      { id: 'r', parentId: ' a  b', body: 'A reply.', createdAt: '2026-11-20T14:00:00Z' },
    ];
    const data = adviceArticleJsonLd({ ...fullPost(), comments });
    const [first, second] = data.comment as { url: string; comment?: { text: string }[] }[];
    // The thread's anchor for ' a  b' is comment-%20a%20%20b (see commentDomId); it is not 'a b'.
    expect(first!.url).toBe(`${postUrl}#${commentDomId(' a  b')}`);
    expect(second!.url).toBe(`${postUrl}#${commentDomId('a b')}`);
    expect(first!.comment?.map((reply) => reply.text)).toEqual(['A reply.']);
    expect(second!.comment).toBeUndefined();
  });

  it('anchors comments on the page, not after a fragment the post’s url already has', () => {
    const data = adviceArticleJsonLd({ ...fullPost(), url: `${postUrl}#top` });
    expect(walk(data.comment).count).toBe(3);
    expect(serializeJsonLd(data)).not.toContain('#top#');
    expect((data.comment as { url: string }[])[0]!.url).toBe(`${postUrl}#comment-c1`);
  });

  it('leaves out comment anchors when the post has no valid url', () => {
    const data = adviceArticleJsonLd({ ...fullPost(), url: 'relative/path' });
    expect(walk(data.comment).count).toBe(3);
    expect(serializeJsonLd(data)).not.toContain('#comment-');
  });
});

describe('given commentCount', () => {
  it('uses a non-negative integer as given', () => {
    expect(adviceArticleJsonLd({ ...fullPost(), commentCount: 0 }).commentCount).toBe(0);
    expect(adviceArticleJsonLd({ ...fullPost(), commentCount: 1_500 }).commentCount).toBe(1_500);
  });

  it('uses a whole number sent as text, as CMSs send it, like the page', () => {
    expect(adviceArticleJsonLd({ ...fullPost(), commentCount: '15' as unknown as number }).commentCount).toBe(15);
  });

  it.each([-1, 2.5, NaN, Infinity, '-1', '15 comments'])('falls back to the valid comments given for %s, with a development warning', (commentCount) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(adviceArticleJsonLd({ ...fullPost(), commentCount: commentCount as number }).commentCount).toBe(3);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('commentCount'));
  });

  it('leaves it out with neither a valid count nor comments', () => {
    const data = adviceArticleJsonLd({ ...fullPost(), commentCount: -3, comments: undefined });
    expect(data).not.toHaveProperty('commentCount');
    expect(data).not.toHaveProperty('comment');
  });
});

describe('given data of the wrong shape', () => {
  it('never throws and returns what is valid', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(adviceArticleJsonLd(null as unknown as AdvicePost)).toStrictEqual({ '@context': 'https://schema.org', '@type': 'BlogPosting' });
    const data = adviceArticleJsonLd({
      headline: 7,
      url: postUrl,
      author: 'Alex Marlow',
      publisher: null,
      column: 5,
      newsletter: { name: 'The Friday Letter' },
      publishedAt: 20261120,
      comments: 'none',
      dek: ['not', 'a', 'string'],
    } as unknown as AdvicePost);
    expect(data).toStrictEqual({
      '@context': 'https://schema.org',
      '@type': 'BlogPosting',
      url: postUrl,
      mainEntityOfPage: postUrl,
      isPartOf: { '@type': 'CreativeWorkSeries', name: 'The Friday Letter' },
    });
  });
});
