import { render } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import type { AdvicePost } from '../components/AdviceArticle/types';
import { ArticleJsonLd } from './ArticleJsonLd';
import { adviceArticleJsonLd } from './jsonLd';

const post: AdvicePost = {
  url: 'https://hiringdesk.example/2026/11/slept-through-the-final-interview',
  column: { name: 'Ask the Hiring Desk', url: 'https://hiringdesk.example/column' },
  headline: 'I slept through my final interview. Can one email save it?',
  author: { name: 'Alex Marlow' },
  publisher: { name: 'Hiring Desk Media', url: 'https://hiringdesk.example' },
  publishedAt: '2026-11-20T09:30:00+02:00',
  question: { body: 'My alarm failed and I missed the final panel.', signature: 'Snoozed in Sacramento' },
  reply: { blocks: [{ type: 'text', text: 'Write today.' }] },
  comments: [
    { id: 'c1', body: 'Send it now. </script><!-- and mean it', createdAt: '2026-11-20T10:15:00Z', author: { name: 'PaperTrail' } },
    { id: 'c2', parentId: 'c1', body: '@PaperTrail yes.', createdAt: '2026-11-20T11:00:00Z' },
  ],
};

describe('given a post', () => {
  it('renders one JSON-LD script whose text parses back to the builder’s output', () => {
    const { container } = render(<ArticleJsonLd post={post} />);
    const scripts = container.querySelectorAll('script');
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toHaveAttribute('type', 'application/ld+json');
    expect(JSON.parse(scripts[0]!.textContent ?? '')).toStrictEqual(adviceArticleJsonLd(post));
  });

  it('is server-renderable, with nothing in the text that closes the script early', () => {
    const html = renderToString(<ArticleJsonLd post={post} />);
    expect(html.startsWith('<script type="application/ld+json">')).toBe(true);
    expect(html.match(/<\/script/g)).toHaveLength(1);
    expect(html).not.toContain('<!--');
    const json = html.slice('<script type="application/ld+json">'.length, -'</script>'.length);
    expect(JSON.parse(json)).toStrictEqual(adviceArticleJsonLd(post));
  });
});

describe('given data of its own', () => {
  it('renders that data instead of building from the post', () => {
    const data = { ...adviceArticleJsonLd(post), keywords: 'interviews, apologies </script>' };
    const html = renderToString(<ArticleJsonLd post={post} data={data} />);
    expect(html.match(/<\/script/g)).toHaveLength(1);
    const { container } = render(<ArticleJsonLd data={data} />);
    expect(JSON.parse(container.querySelector('script')!.textContent ?? '')).toStrictEqual(data);
  });
});

describe('given data that cannot be written as JSON', () => {
  it.each([
    // A CMS SDK's entry with its links resolved points back at itself.
    ['a cycle', () => {
      const entry: Record<string, unknown> = { '@type': 'Person', name: 'Alex Marlow' };
      entry.sameAs = entry;
      return { ...adviceArticleJsonLd(post), author: entry };
    }],
    ['a BigInt', () => ({ ...adviceArticleJsonLd(post), commentCount: 2n })],
  ])('renders nothing for %s and warns in development, instead of failing the page', (_, data) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(renderToString(<ArticleJsonLd data={data()} />)).toBe('');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('ArticleJsonLd'));
  });
});

describe('given neither a post nor data', () => {
  it('renders nothing', () => {
    expect(renderToString(<ArticleJsonLd />)).toBe('');
  });
});
