/**
 * Property tests: the post comes from a CMS, so every field of it, at any depth,
 * may be missing, of the wrong type or hostile. The article must render on the
 * server and in the browser alike, show data only as text, and never crash.
 */
import * as React from 'react';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { minimalPost } from '../../../stories/content/post';
import { HowToSayIt } from '../HowToSayIt';
import {
  cmsList,
  cmsObject,
  expectSurvives,
  field,
  hostile,
  hostileLocale,
  hostileMessages,
  hostileString,
  hostileTimeZone,
  quietWarnings,
  runs,
} from '../../../tests/support/hostile';
import { cmsProps } from '../../internal/node';
import { AdviceArticle } from './AdviceArticle';
import {
  AdviceArticleRoot,
  ArticleComments,
  ArticleHeader,
  ArticlePromo,
  ArticleTextBlock,
  ArticleToc,
  DiscussionPrompt,
  NewsletterBanner,
  QuestionSection,
  ReplySection,
  articleMessages,
} from './parts';

const date = fc.constantFrom('2026-11-20', '2026-11-20T09:30:00Z', '2026-11-20T23:30:00-0500', '2026-02-30', 'yesterday');
const href = fc.constantFrom('https://example.com/letter', '/archive', 'javascript:alert(1)', 'https://u:p@example.com/');
const person = cmsObject({ name: hostileString, url: href });
const promo = { title: hostileString, body: hostileString, href, linkText: hostileString };

const block = fc.oneof(
  cmsObject({ type: fc.constant('text'), text: hostileString }),
  cmsObject({
    type: fc.constant('script'),
    script: hostileString,
    title: hostileString,
    leadIn: hostileString,
    medium: fc.constantFrom('say', 'email', 'letter'),
    fillable: fc.boolean(),
    values: fc.dictionary(hostileString, hostileString, { maxKeys: 2 }),
    defaultValues: fc.dictionary(hostileString, hostileString, { maxKeys: 2 }),
    email: cmsObject({ subject: hostileString }),
    collapseAfterLines: fc.integer({ min: -5, max: 40 }),
    messages: hostileMessages({ title: '', copy: '' }),
  }),
  cmsObject({ type: fc.constant('promo'), ...promo }),
  cmsObject({ type: fc.constant('signup') }),
);

const post = cmsObject({
  url: href,
  column: cmsObject({ name: hostileString, url: href }),
  headline: hostileString,
  dek: hostileString,
  author: person,
  publisher: cmsObject({ name: hostileString, url: href, logoUrl: href }),
  publishedAt: date,
  updatedAt: date,
  readingMinutes: fc.oneof(fc.integer({ min: -2, max: 2000 }), fc.constantFrom('12', ' 2.5 ', 'five')),
  imageUrl: href,
  newsletter: cmsObject({ name: hostileString, url: href, issueDate: date, summary: hostileString }),
  question: cmsObject({ heading: hostileString, body: hostileString, signature: hostileString }),
  reply: cmsObject({ heading: hostileString, blocks: cmsList(block) }),
  discussion: cmsObject({ heading: hostileString, intro: hostileString, questions: cmsList(hostileString) }),
  commentCount: fc.oneof(fc.integer({ min: -1, max: 5000 }), fc.constantFrom('15', '1.5')),
});

const root = {
  locale: hostileLocale,
  timeZone: hostileTimeZone,
  headlineLevel: fc.oneof(fc.constantFrom(1, 2), hostile),
  messages: hostileMessages(articleMessages),
};
const rootProps = fc.record(root, { requiredKeys: [] });
const articleProps = fc.record({ ...root, toc: fc.oneof(fc.constantFrom('auto', true, false), hostile) }, { requiredKeys: [] });

describe('AdviceArticle, given any post a CMS can send', () => {
  beforeEach(quietWarnings);

  it('renders on the server and in the browser alike, with the data only as text, and never throws', () => {
    fc.assert(
      fc.property(post, articleProps, fc.boolean(), (p, props, slots) => {
        expectSurvives(() => (
          <AdviceArticle
            {...(props as object)}
            post={p as never}
            signupNudge={slots ? <p>Sign up</p> : undefined}
            comments={slots ? <p>Thread</p> : undefined}
          />
        ));
      }),
      runs,
    );
  });
});

describe('the article parts, given any props', () => {
  beforeEach(quietWarnings);

  it('render inside AdviceArticleRoot without throwing, with the data only as text', () => {
    const parts = fc.record({
      header: cmsObject({
        column: cmsObject({ name: hostileString, url: href }),
        headline: hostileString,
        dek: hostileString,
        author: person,
        publishedAt: date,
        updatedAt: date,
        readingMinutes: fc.integer(),
        newsletter: cmsObject({ name: hostileString, url: href, issueDate: date, summary: hostileString }),
      }),
      banner: cmsObject({ name: hostileString, url: href, issueDate: date, summary: hostileString }),
      // The list itself is the host's code (TypeScript requires it); its ids and labels may come from a CMS.
      toc: fc.record({
        sections: fc.uniqueArray(
          fc.record({ id: fc.constantFrom('question', 'reply', 'how-to-say-it', 'comments', '__proto__', 'toString', 'a b', '"><b>'), label: field(hostileString) }, { requiredKeys: ['id'] }),
          { selector: (section) => section.id, maxLength: 5 },
        ),
        columnist: hostile,
      }),
      question: cmsObject({ body: hostileString, signature: hostileString, heading: hostileString }),
      reply: cmsObject({ columnist: hostileString, heading: hostileString }),
      text: hostile,
      promo: cmsObject(promo),
      prompt: cmsObject({ heading: hostileString, intro: hostileString, questions: cmsList(hostileString), linkToComments: fc.boolean() }),
      count: hostile,
    });
    fc.assert(
      fc.property(parts, rootProps, (p, props) => {
        // A host spreads a CMS object into a part as AdviceArticle does, without `key` and `ref`.
        const of = <T,>(value: unknown) => (value && typeof value == 'object' ? cmsProps(value) : {}) as T;
        expectSurvives(() => (
          <AdviceArticleRoot {...(props as object)}>
            <ArticleHeader {...of<React.ComponentProps<typeof ArticleHeader>>(p.header)} />
            <NewsletterBanner {...of<React.ComponentProps<typeof NewsletterBanner>>(p.banner)} />
            <ArticleToc {...of<React.ComponentProps<typeof ArticleToc>>(p.toc)} />
            <QuestionSection {...of<React.ComponentProps<typeof QuestionSection>>(p.question)} />
            <ReplySection {...of<React.ComponentProps<typeof ReplySection>>(p.reply)}>
              <ArticleTextBlock text={p.text as never} />
              <ArticlePromo {...of<React.ComponentProps<typeof ArticlePromo>>(p.promo)} />
            </ReplySection>
            <DiscussionPrompt {...of<React.ComponentProps<typeof DiscussionPrompt>>(p.prompt)} />
            <ArticleComments count={p.count as never} />
          </AdviceArticleRoot>
        ));
      }),
      runs,
    );
  });
});

describe('AdviceArticle, given the inputs its properties found', () => {
  beforeEach(quietWarnings);

  it('renders a script block with a CMS\'s own fields (an object with a `toString` key, `_key`, a text `onClick`, a name that is no attribute) without crashing or putting them on the element', () => {
    const block = { type: 'script', script: 'Dear [Name], thank you.', meta: JSON.parse('{"toString":"x"}'), _key: 'k1', onClick: 'alert(1)', 'a b': 'x', sys: { id: 'x' } };
    const html = expectSurvives(() => <AdviceArticle post={{ ...minimalPost, reply: { blocks: [block as never] } }} />);
    expect(html).toContain('id="how-to-say-it"');
    expect(html).not.toMatch(/_key|sys=|onclick/i);
  });

  it('hydrates text holding half an emoji or a NUL (the server sends U+FFFD, the parser drops NUL) without a mismatch', () => {
    const post = { ...minimalPost, headline: 'Offer accepted \ud83d', question: { body: 'My manager said \ud83d', signature: '\ud83d' }, dek: '\0' };
    expectSurvives(() => <AdviceArticle post={post} />);
    expectSurvives(() => <HowToSayIt script="Hi" title={'\0'} leadIn={'Send it \ud83d'} />);
  });

  it('shows no headline, rather than "NaN", for a headline that is NaN', () => {
    const html = expectSurvives(() => <AdviceArticle post={{ ...minimalPost, headline: NaN as never }} />);
    expect(html).not.toContain('NaN');
  });

  it('renders dates with a time zone that is a BigInt (a host\'s programming error) in UTC instead of throwing', () => {
    expectSurvives(() => <AdviceArticle post={minimalPost} timeZone={10n as never} />);
  });
});
