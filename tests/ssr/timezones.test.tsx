/**
 * Dates render in the article's time zone, not the machine's: a server in one
 * zone and a browser in another produce the same text, so hydration matches.
 */
import * as React from 'react';
import { renderToString } from 'react-dom/server';
import { afterAll, describe, expect, it } from 'vitest';
import { AdviceArticle, CommentThread } from 'careerkit';
import { missedInterviewPost } from '../../stories/content/post';
import { hydrateCase } from './harness';

const originalTz = process.env.TZ;
afterAll(() => {
  process.env.TZ = originalTz;
});

// Near midnight UTC, so a zone-dependent render would show different days.
const post = { ...missedInterviewPost, publishedAt: '2026-11-21T00:30:00Z', updatedAt: '2026-11-21T23:30:00Z' };
const element = () => <AdviceArticle post={post} timeZone="America/New_York" locale="en-US" comments={<p>Thread</p>} />;

describe('server rendering across time zones', () => {
  const machines = [
    ['Pacific/Kiritimati', 'Pacific/Honolulu'],
    ['UTC', 'Asia/Kolkata'],
    ['America/Los_Angeles', 'Europe/Berlin'],
  ] as const;

  it.each(machines)('a server in %s and a browser in %s agree, and hydration is silent', async (server, browser) => {
    process.env.TZ = server;
    const html = renderToString(<React.StrictMode>{element()}</React.StrictMode>);
    expect(html).toContain('November 20, 2026</time>');
    expect(html).toContain('November 21, 2026</time>');
    process.env.TZ = browser;
    const result = await hydrateCase({ name: 'article', text: '', element }, { name: 'article', html, problems: [], containsText: true }, React.act as never);
    expect(result.problems).toEqual([]);
  });

  // The weekend Berlin's clocks went forward: its days there are 23 hours long on a machine in Berlin.
  const spring = [
    { id: 'a', author: { name: 'Ana' }, body: 'Hi', createdAt: '2026-03-28T23:30:00Z' },
    { id: 'b', author: { name: 'Ben' }, body: 'Hi', createdAt: '2026-03-27T23:30:00Z' },
  ];
  const thread = () => <CommentThread comments={spring} now="2026-03-30T10:00:00Z" timeZone="Europe/Berlin" locale="de" />;

  it.each([...machines, ['Europe/Berlin', 'Pacific/Kiritimati'] as const])(
    'a thread’s relative times agree between a server in %s and a browser in %s, days counted by Berlin’s calendar',
    async (server, browser) => {
      process.env.TZ = server;
      const html = renderToString(<React.StrictMode>{thread()}</React.StrictMode>);
      expect(html).toContain('>gestern</time>');
      expect(html).toContain('>vorgestern</time>');
      process.env.TZ = browser;
      const result = await hydrateCase({ name: 'thread', text: '', element: thread }, { name: 'thread', html, problems: [], containsText: true }, React.act as never);
      expect(result.problems).toEqual([]);
    },
  );

  it('really runs in different zones', () => {
    process.env.TZ = 'Pacific/Kiritimati';
    const kiritimati = new Date('2026-11-21T00:30:00Z').getDate();
    process.env.TZ = 'Pacific/Honolulu';
    const honolulu = new Date('2026-11-21T00:30:00Z').getDate();
    expect([kiritimati, honolulu]).toEqual([21, 20]);
  });
});
