/**
 * Property tests: the JSON-LD is built from a CMS post, so any field may be
 * missing, of the wrong type or hostile. It must never throw, always parse as
 * JSON, and never hold text that could close its <script> or open a comment.
 */
import * as React from 'react';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { anything, cmsList, cmsObject, expectSafeJsonLd, expectSurvives, hostile, hostileLocale, hostileString, quietWarnings, runs } from '../../tests/support/hostile';
import { ArticleJsonLd } from './ArticleJsonLd';
import { adviceArticleJsonLd, serializeJsonLd } from './jsonLd';

const date = fc.constantFrom('2026-11-20', '2026-11-20T09:30:00Z', '2026-11-20T09:30:00+0200', '2026-02-30', '1710148800000');
const href = fc.constantFrom('https://example.com/post#top', 'https://example.com/</script><!--', 'javascript:alert(1)', '/relative', 'https://u:p@example.com/');
const person = cmsObject({ name: hostileString, url: href });
const post = cmsObject({
  url: href,
  column: person,
  headline: hostileString,
  dek: hostileString,
  author: person,
  publisher: cmsObject({ name: hostileString, url: href, logoUrl: href }),
  publishedAt: date,
  updatedAt: date,
  imageUrl: href,
  newsletter: person,
  commentCount: fc.oneof(fc.integer({ min: -1, max: 1e6 }), fc.constantFrom('15', '1.5')),
  comments: cmsList(
    cmsObject({
      id: fc.constantFrom('c1', 'c2', 'c3', '__proto__', 'a b', '\ud800'),
      parentId: fc.constantFrom('c1', 'c2', 'c3', null),
      author: person,
      body: hostileString,
      createdAt: date,
      status: fc.constantFrom('published', 'pending', null),
    }),
    8,
  ),
});

describe('the JSON-LD, given any post', () => {
  beforeEach(quietWarnings);

  it('never throws, parses as JSON, and can neither close its <script> nor open a comment', () => {
    fc.assert(
      fc.property(post, fc.option(hostileLocale), (p, locale) => {
        const data = adviceArticleJsonLd(p as never, { locale: locale as never });
        const json = serializeJsonLd(data);
        expect(expectSafeJsonLd(json)).toEqual(JSON.parse(JSON.stringify(data)));
        // Every URL it names is absolute http(s).
        for (const [, value] of json.matchAll(/"(?:url|image|mainEntityOfPage)":"([^"]*)"/g)) expect(value).toMatch(/^https?:\/\//);
      }),
      runs,
    );
  });

  it('renders as one <script type="application/ld+json">, on the server and in the browser, for a post or any data', () => {
    fc.assert(
      fc.property(post, fc.option(anything), (p, data) => {
        expectSurvives(() => <ArticleJsonLd post={p as never} data={data as never} />);
      }),
      runs,
    );
  });
});
