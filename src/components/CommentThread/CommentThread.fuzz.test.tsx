/**
 * Property tests for the whole widget (the tree's own properties are in
 * model/tree.test.ts): every comment field comes from strangers, and the
 * thread's settings may come from a CMS or a URL. Whatever arrives, the thread
 * renders on the server and in the browser alike, shows the data only as text,
 * and never throws.
 */
import * as React from 'react';
import fc from 'fast-check';
import { beforeEach, describe, it } from 'vitest';
import {
  cmsList,
  cmsObject,
  expectSurvives,
  hostile,
  hostileLocale,
  hostileMessages,
  hostileNow,
  hostileString,
  hostileTimeZone,
  quietWarnings,
  runs,
} from '../../../tests/support/hostile';
import { CommentThread } from './CommentThread';
import { commentStatuses } from './model/types';
import { commentThreadMessages } from './messages';

const id = fc.constantFrom('c1', 'c2', 'c3', 'c4', '__proto__', 'constructor', 'a b', '50%off', '"><b>');
const date = fc.oneof(
  fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constantFrom('2026-11-20', '2026-02-30T10:00:00Z', 'yesterday', '1710148800000'),
);
const url = fc.constantFrom('https://example.com/don', 'javascript:alert(1)', '//evil.example/x', 'https://u:p@example.com/', 'data:image/png;base64,AAAA');
const body = fc.oneof(
  hostileString,
  fc.constantFrom('@Don K. thanks! See https://example.com/a?b=<c>', '@Don & @Mary Ann: agreed.\n\n1. One\n2. Two', 'mailto:a@b.example?bcc=c@d.example'),
);

const comment = cmsObject({
  id,
  parentId: fc.oneof(id, fc.constant(null)),
  author: cmsObject({
    name: fc.oneof(hostileString, fc.constantFrom('Don K.', 'Mary Ann', '@Don', 'Alex Marlow')),
    id: fc.constantFrom('u1', 'u2', 'author'),
    url,
    avatarUrl: url,
    roles: cmsList(fc.oneof(hostileString, fc.constantFrom('staff', 'moderator'))),
  }),
  body,
  createdAt: date,
  editedAt: date,
  status: fc.constantFrom(...commentStatuses, 'spam'),
  number: fc.integer({ min: -1, max: 100 }),
  replyCount: fc.integer({ min: -1, max: 100 }),
  likes: fc.integer({ min: -1, max: 1e6 }),
  likedByViewer: fc.boolean(),
  permissions: cmsObject({ canReply: fc.boolean(), canEdit: fc.boolean(), canDelete: fc.boolean(), canReport: fc.boolean(), canLike: fc.boolean() }),
});

const settings = fc.record(
  {
    now: hostileNow,
    locale: hostileLocale,
    timeZone: hostileTimeZone,
    layout: fc.oneof(fc.constantFrom('auto', 'nested', 'flat', 'tree'), hostile),
    postAuthorId: fc.oneof(fc.constantFrom('author', 'u1'), hostile),
    postAuthorName: fc.oneof(fc.constantFrom('Alex Marlow', 'Don K.'), hostile),
    viewerId: fc.oneof(fc.constantFrom('u1', 'u2'), hostile),
    totalCount: fc.oneof(fc.integer({ min: -1, max: 1e6 }), hostile),
    headingLevel: fc.oneof(fc.constantFrom(2, 3, 4, 5, 1, 6), hostile),
    maxDepth: fc.oneof(fc.integer({ min: -1, max: 10 }), hostile),
    maxLength: fc.oneof(fc.integer({ min: -1, max: 30_000 }), hostile),
    pageSize: fc.oneof(fc.integer({ min: -1, max: 50 }), hostile),
    replyPageSize: fc.oneof(fc.integer({ min: -1, max: 50 }), hostile),
    replyDepth: fc.oneof(fc.integer({ min: -1, max: 10 }), hostile),
    sort: fc.oneof(fc.constantFrom('oldest', 'newest', 'replies', 'best', '__proto__', 'constructor'), hostile),
    defaultSort: fc.oneof(fc.constantFrom('oldest', 'newest', 'replies', 'toString'), hostile),
    highlightedId: fc.oneof(id, hostile),
    hasMore: fc.oneof(fc.boolean(), hostile),
    persistKey: fc.oneof(fc.constantFrom('comments:post-42', '__proto__'), hostile),
    messages: hostileMessages(commentThreadMessages),
  },
  { requiredKeys: [] },
);

describe('CommentThread, given any comments and settings', () => {
  beforeEach(() => {
    quietWarnings();
    sessionStorage.clear();
  });

  it('renders on the server and in the browser alike, with the data only as text, and never throws', () => {
    fc.assert(
      fc.property(cmsList(comment, 8), settings, (comments, props) => {
        expectSurvives(() => <CommentThread {...(props as object)} comments={comments as never} onReply={async () => {}} />);
      }),
      runs,
    );
  });
});

describe('CommentThread, given the inputs its properties found', () => {
  beforeEach(quietWarnings);

  it('hydrates a comment whose body, name or role is half an emoji or a NUL without a mismatch', () => {
    const comments = [
      { id: 'c1', body: '\0', createdAt: '2026-11-20T09:00:00Z' },
      { id: 'c2', body: 'Thanks \ud83d', author: { name: 'Don \ud83d', roles: ['\ud83d'] }, createdAt: '2026-11-20T10:00:00Z' },
    ];
    expectSurvives(() => <CommentThread comments={comments} />);
  });

  it('opens replies to the default depth when replyDepth is an object with a `toString` key, instead of throwing', () => {
    const comments = [
      { id: 'c1', body: 'First.', createdAt: '2026-11-20T09:00:00Z' },
      { id: 'c2', parentId: 'c1', body: 'Reply.', createdAt: '2026-11-20T10:00:00Z' },
    ];
    const html = expectSurvives(() => <CommentThread comments={comments} replyDepth={JSON.parse('{"toString":"x"}')} />);
    expect(html).toContain('Reply.');
  });
});
