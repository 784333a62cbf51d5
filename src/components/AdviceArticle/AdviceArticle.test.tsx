import { render, screen, within } from '@testing-library/react';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../../tests/support/axe';
import { minimalPost, missedInterviewPost as post } from '../../../stories/content/post';
import { AdviceArticle } from './AdviceArticle';
import {
  AdviceArticleRoot,
  ArticleComments,
  ArticleHeader,
  ArticleNudge,
  ArticlePromo,
  NewsletterBanner,
  ArticleTextBlock,
  ArticleToc,
  DiscussionPrompt,
  QuestionSection,
  ReplySection,
} from './parts';
import { HowToSayIt } from '../HowToSayIt';
import type { AdvicePost } from './types';
import { CommentThread } from '../CommentThread';
import { STORY_NOW, missedInterviewDiscussion } from '../../../stories/content/discussion';
import { adviceArticleJsonLd } from '../../seo';
import * as careerkit from '../../index';
import * as parts from './parts';
import { composeStories } from '@storybook/react-vite';
import * as stories from '../../../stories/widgets/AdviceArticle.stories';

const { FullPost, ComposedFromParts } = composeStories(stories);

const headingOutline = () =>
  screen.getAllByRole('heading').map((h) => `${h.tagName}:${h.textContent?.replace(/\s+/g, ' ').trim()}`);

describe('AdviceArticle', () => {
  describe('given a full post', () => {
    it('is an article with named regions for each section and a table of contents', async () => {
      render(<AdviceArticle post={post} signupNudge={<p>Sign up</p>} comments={<p>Thread</p>} />);
      const article = screen.getByRole('article');
      expect(within(article).getByRole('navigation', { name: 'In this post' })).toBeInTheDocument();
      for (const name of ['The Question', 'Alex Marlow’s Reply', 'Have you ever recovered from a no-show?', '15 Comments']) {
        expect(within(article).getByRole('region', { name })).toBeInTheDocument();
      }
      await expectNoAxeViolations();
    });

    it('has one h1 and section headings one level below, scripts below those', () => {
      render(<AdviceArticle post={post} comments={<p>Thread</p>} />);
      expect(headingOutline()).toEqual([
        'H1:I missed the final interview. Is it too late to save the job?',
        'H2:The Question',
        'H2:Alex Marlow’s Reply',
        'H3:Script: How To Say It',
        'H2:Have you ever recovered from a no-show?',
        'H2:15 Comments',
      ]);
    });

    it('moves every level down when the page has its own h1', () => {
      render(<AdviceArticle post={post} headlineLevel={2} />);
      expect(headingOutline().map((h) => h.slice(0, 2))).toEqual(['H2', 'H3', 'H3', 'H4', 'H3', 'H3']);
    });

    it('has the stable anchors, each with a link that copies itself', () => {
      render(<AdviceArticle post={post} comments={<p>Thread</p>} />);
      for (const id of ['question', 'reply', 'how-to-say-it', 'discussion', 'comments']) {
        expect(document.getElementById(id), id).not.toBeNull();
      }
      expect(screen.getByRole('link', { name: 'Link to “Alex Marlow’s Reply”' })).toHaveAttribute('href', '#reply');
      expect(screen.getByRole('link', { name: 'Join the discussion' })).toHaveAttribute('href', '#comments');
    });

    it('gives two posts on one page anchors of their own with idPrefix: each post\'s contents and links reach its own sections', () => {
      render(
        <>
          <AdviceArticle post={post} comments={<p>Thread</p>} idPrefix="post-41-" />
          <AdviceArticle post={post} comments={<p>Thread</p>} idPrefix="post-42-" />
        </>,
      );
      const ids = [...document.querySelectorAll('[id]')].map((element) => element.id).filter((id) => !id.includes(':'));
      expect(new Set(ids).size, 'no id twice').toBe(ids.length);
      for (const [index, article] of screen.getAllByRole('article').entries()) {
        const prefix = `post-4${index + 1}-`;
        for (const id of ['question', 'reply', 'how-to-say-it', 'discussion', 'comments']) {
          expect(article.querySelector(`[id="${prefix}${id}"]`), prefix + id).not.toBeNull();
        }
        const hrefs = [...article.querySelectorAll('a[href^="#"]')].map((link) => link.getAttribute('href')!);
        expect(hrefs.length).toBeGreaterThan(5);
        // Every in-page link of the post (contents, copy links, "Join the discussion") names an element of that post.
        for (const href of hrefs) expect(article.querySelector(`[id="${href.slice(1)}"]`), href).not.toBeNull();
      }
    });

    it('leaves out an idPrefix that could not be written in a link as it is (a space, #, %), with a development warning', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      render(<AdviceArticle post={post} comments={<p>Thread</p>} idPrefix="post 42#" />);
      expect(document.getElementById('question')).not.toBeNull();
      expect(screen.getByRole('link', { name: 'Join the discussion' })).toHaveAttribute('href', '#comments');
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('idPrefix "post 42#"'));
      warn.mockRestore();
    });

    it('keeps a later script\'s own id, but not one that is already a section\'s anchor (one id, one element)', () => {
      const scripts = ['how-to-say-it', 'question', 'follow-up'].map((id) => ({ type: 'script' as const, id, script: 'Hello,\n\nThank you.' }));
      render(<AdviceArticle post={{ ...post, reply: { blocks: [...post.reply.blocks, ...scripts] } }} comments={<p>Thread</p>} />);
      for (const id of ['question', 'reply', 'how-to-say-it', 'discussion', 'comments', 'follow-up']) {
        expect(document.querySelectorAll(`[id="${id}"]`), id).toHaveLength(1);
      }
      expect(document.getElementById('question')!.tagName).toBe('SECTION');
    });

    it('puts dates in <time datetime>, in the time zone it is given', () => {
      const published = { ...post, publishedAt: '2026-11-21T02:30:00Z', updatedAt: undefined };
      const { unmount } = render(<AdviceArticle post={published} timeZone="America/Los_Angeles" />);
      expect(screen.getByText('November 20, 2026')).toHaveAttribute('datetime', '2026-11-21T02:30:00.000Z');
      unmount();
      render(<AdviceArticle post={published} timeZone="Asia/Tokyo" />);
      expect(screen.getByText('November 21, 2026')).toHaveAttribute('datetime', '2026-11-21T02:30:00.000Z');
    });

    it('shows the newsletter issue date as that calendar day in every time zone', () => {
      render(<AdviceArticle post={post} timeZone="Pacific/Honolulu" />);
      expect(screen.getByText('November 19, 2026')).toHaveAttribute('datetime', '2026-11-19');
      expect(screen.getByRole('link', { name: 'Hiring Desk Weekly' })).toHaveAttribute(
        'href',
        'https://advice.example.com/newsletter/archive',
      );
    });

    it('links only http(s) URLs from the CMS; anything else renders as text', () => {
      render(
        <AdviceArticle
          post={{
            ...post,
            author: { name: 'Alex Marlow', url: 'javascript:alert(document.cookie)' },
            column: { name: 'Ask the Hiring Desk', url: ' JaVaScRiPt:alert(1)' },
            newsletter: { name: 'Hiring Desk Weekly', url: 'data:text/html,<b>x</b>' },
            reply: { blocks: [{ type: 'promo', body: 'Get it.', href: 'vbscript:msgbox', linkText: 'Get the guide' }] },
          }}
        />,
      );
      expect(document.querySelectorAll('a[href^="javascript"], a[href^="data"], a[href^="vbscript"], a[href*="avaScri"]')).toHaveLength(0);
      expect(screen.queryByRole('link', { name: 'Alex Marlow' })).toBeNull();
      expect(screen.queryByRole('link', { name: 'Get the guide' })).toBeNull();
    });

    it('gives two articles on one page distinct section names', () => {
      render(
        <>
          <AdviceArticle post={{ ...minimalPost, question: { body: 'First?', heading: 'First Q' } }} />
          <AdviceArticle post={{ ...minimalPost, question: { body: 'Second?', heading: 'Second Q' } }} />
        </>,
      );
      expect(screen.getByRole('region', { name: 'First Q' })).toHaveTextContent('First?');
      expect(screen.getByRole('region', { name: 'Second Q' })).toHaveTextContent('Second?');
    });

    it('bylines the columnist, linked with rel=author, and estimates the reading time', () => {
      render(<AdviceArticle post={post} />);
      expect(screen.getByRole('link', { name: 'Alex Marlow' })).toHaveAttribute('rel', 'author');
      expect(screen.getByText(/\d+ min read/)).toBeInTheDocument();
    });

    it('marks the letter up as a quotation, signed with the pseudonym', () => {
      render(<AdviceArticle post={post} />);
      const figure = screen.getByRole('region', { name: 'The Question' }).querySelector('figure')!;
      expect(figure.querySelector('blockquote p')).toHaveTextContent(/^I have wanted to work/);
      expect(figure.querySelector('figcaption')).toHaveTextContent('— Overslept in Ohio');
    });

    it('labels the promo as a promotion and puts the nudge where the reply asks for it', () => {
      render(<AdviceArticle post={post} signupNudge={<p>Get the weekly letter</p>} />);
      const reply = screen.getByRole('region', { name: 'Alex Marlow’s Reply' });
      expect(within(reply).getByText('Promotion')).toBeInTheDocument();
      expect(within(reply).getByRole('link', { name: 'Get the guide' })).toBeInTheDocument();
      const nudge = within(reply).getByText('Get the weekly letter');
      expect(nudge.compareDocumentPosition(within(reply).getByText('Promotion')) & Node.DOCUMENT_POSITION_PRECEDING).toBeTruthy();
    });
  });

  describe('given a minimal post', () => {
    it('renders only what it has: no table of contents, no empty sections or headings', () => {
      render(<AdviceArticle post={minimalPost} />);
      expect(screen.queryByRole('navigation')).toBeNull();
      expect(headingOutline()).toEqual([
        'H1:Should I list a three-month job on my résumé?',
        'H2:The Question',
        'H2:The Reply',
      ]);
    });
  });

  describe('composed from parts', () => {
    it('produces exactly the markup of the props-first widget', () => {
      const small: AdvicePost = {
        ...minimalPost,
        column: { name: 'Ask the Hiring Desk' },
        newsletter: { name: 'Hiring Desk Weekly', issueDate: '2026-10-01', summary: 'a reader asks about a short job' },
        discussion: { heading: 'Would you list it?', questions: ['Have you left a job early?'] },
        commentCount: 1,
        readingMinutes: 1,
      };
      const fromData = renderToString(<AdviceArticle post={small} comments={<p>Thread</p>} toc={false} />);
      const byHand = renderToString(
        <AdviceArticleRoot>
          <ArticleHeader
            newsletter={small.newsletter}
            column={{ name: 'Ask the Hiring Desk' }}
            headline={small.headline}
            publishedAt={small.publishedAt}
            readingMinutes={1}
          />
          <QuestionSection body={small.question.body} />
          <ReplySection>
            {small.reply.blocks.map((block, i) => (block.type === 'text' ? <ArticleTextBlock key={i} text={block.text} /> : null))}
            <ArticleNudge />
          </ReplySection>
          <DiscussionPrompt {...small.discussion!} />
          <ArticleComments count={1}>
            <p>Thread</p>
          </ArticleComments>
        </AdviceArticleRoot>,
      );
      // useId values depend on the tree's shape; everything else must match exactly.
      const ids = (html: string) => html.replace(/(id|aria-labelledby)="[^"]*-heading"/g, '$1="…-heading"');
      expect(ids(byHand)).toBe(ids(fromData));
      expect(byHand).toContain('1 Comment<');
    });

    it('exports every part flat from the package entry, for Server Components', () => {
      const names = [
        'AdviceArticleRoot',
        'ArticleHeader',
        'NewsletterBanner',
        'ArticleToc',
        'ArticleSection',
        'QuestionSection',
        'ReplySection',
        'ArticleTextBlock',
        'ArticlePromo',
        'ArticleNudge',
        'DiscussionPrompt',
        'ArticleComments',
        'ArticleDate',
      ] as const;
      for (const name of names) {
        expect(careerkit, name).toHaveProperty(name, parts[name]);
        expect(typeof careerkit[name], name).toBe('function');
      }
      expect(careerkit.HowToSayIt).toBe(HowToSayIt);
      expect([ArticlePromo, ArticleToc]).toEqual([careerkit.ArticlePromo, careerkit.ArticleToc]);
    });
  });

  describe('given bad input', () => {
    it('hides an invalid publishedAt and warns', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      render(<AdviceArticle post={{ ...minimalPost, publishedAt: 'last Tuesday' }} />);
      expect(screen.queryByText(/Published/)).toBeNull();
      expect(document.querySelector('time')).toBeNull();
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('"last Tuesday" is not a valid date'));
    });

    it('falls back to the column name when there is no author', () => {
      render(<AdviceArticle post={{ ...post, author: undefined }} />);
      expect(document.querySelector('header li')).toHaveTextContent('By Ask the Hiring Desk');
      expect(screen.getByRole('heading', { level: 2, name: 'The Reply' })).toBeInTheDocument();
    });

    it('links the byline to the column when the author has no page', () => {
      render(<AdviceArticle post={{ ...post, author: { name: 'Alex Marlow' } }} />);
      expect(screen.getByRole('link', { name: 'Alex Marlow' })).toHaveAttribute('href', 'https://advice.example.com/column');
    });

    it('shows markup and </script> in the headline and question as text', () => {
      const hostile = '</script><script>alert(1)</script><b>bold</b>';
      render(<AdviceArticle post={{ ...minimalPost, headline: hostile, question: { body: `Hi ${hostile}` } }} />);
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(hostile);
      expect(document.querySelector('article script, article b')).toBeNull();
    });

    it('keeps a 400-character unbroken URL as text inside the article', () => {
      const url = `https://example.com/${'a'.repeat(400)}`;
      render(<AdviceArticle post={{ ...minimalPost, question: { body: `See ${url}` } }} />);
      expect(screen.getByRole('region', { name: 'The Question' })).toHaveTextContent(url);
    });

    it('leaves out empty sections entirely', () => {
      render(
        <AdviceArticle
          post={{
            ...minimalPost,
            dek: '  ',
            question: { body: '\n\n  ' },
            reply: { blocks: [] },
            discussion: { heading: '  ', questions: ['', '  '] },
          }}
        />,
      );
      expect(screen.queryAllByRole('region')).toEqual([]);
      expect(headingOutline()).toEqual(['H1:Should I list a three-month job on my résumé?']);
    });

    it('hides a time without an offset, which would be a different day on every machine', () => {
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      render(<AdviceArticle post={{ ...minimalPost, publishedAt: '2026-11-20T20:00:00', updatedAt: '11/20/2026' }} />);
      expect(document.querySelector('time')).toBeNull();
    });

    it('survives nulls where a GraphQL CMS has nothing', () => {
      render(
        <AdviceArticle
          post={{
            ...minimalPost,
            reply: { blocks: [null, { type: 'text', text: 'Still here.' }] as never },
            discussion: { heading: 'Would you?', intro: 'Tell us.', questions: null as never },
          }}
        />,
      );
      expect(screen.getByText('Still here.')).toBeInTheDocument();
      expect(screen.getByRole('region', { name: 'Would you?' })).toBeInTheDocument();
    });

    it('renders a script block whose CMS fields React reads specially on an element: no markup from `dangerouslySetInnerHTML`, no crash from a `style` that is text', () => {
      const fields = { style: 'formal', dangerouslySetInnerHTML: { __html: '<img src="x" onerror="alert(1)">' } };
      const cms = { ...post, reply: { ...post.reply, blocks: post.reply.blocks.map((block) => ({ ...block, ...fields })) } } as AdvicePost;
      for (const html of [renderToString(<AdviceArticle post={cms} />), render(<AdviceArticle post={cms} />).container.innerHTML]) {
        expect(html).toContain('id="how-to-say-it"');
        expect(html).not.toContain('<img');
      }
      expect(document.getElementById('how-to-say-it')).not.toHaveAttribute('style');
    });

    it('renders CMS objects that have fields named `key` or `ref` (a slug, a reference number), which React would take as its own, warning or throwing', () => {
      const fields = { key: 'same-key', ref: 'REF-123' };
      const cms = {
        ...post,
        ...fields,
        newsletter: { ...post.newsletter!, ...fields },
        question: { ...post.question, ...fields },
        reply: { ...post.reply, blocks: post.reply.blocks.map((block) => ({ ...block, ...fields })) },
        discussion: { ...post.discussion!, ...fields },
      } as AdvicePost;
      for (const html of [renderToString(<AdviceArticle post={cms} />), render(<AdviceArticle post={cms} />).container.innerHTML]) {
        expect(html).toContain(post.newsletter!.name);
        expect(html).toContain('id="question"');
        expect(html).toContain('id="how-to-say-it"');
        expect(html).toContain('id="discussion"');
      }
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(post.headline);
    });

    it('reads a reply whose blocks come as one block rather than a list (an XML feed turned JSON) as that block, and text as no blocks', () => {
      render(<AdviceArticle post={{ ...minimalPost, reply: { blocks: { type: 'text', text: 'Just one.' } as never } }} />);
      expect(screen.getByText('Just one.')).toBeInTheDocument();
      const html = renderToString(<AdviceArticle post={{ ...minimalPost, readingMinutes: 2, reply: { blocks: 'Oops' as never } }} />);
      expect(html).not.toContain('id="reply"');
    });

    it('leaves out, with a development warning, text fields that hold an object React cannot render (a CMS\'s rich-text document), instead of crashing the page', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const doc = { nodeType: 'document', content: [] } as never;
      render(
        <AdviceArticle
          post={{
            ...minimalPost,
            dek: doc,
            newsletter: { name: 'The Weekly Letter', summary: doc },
            question: { body: doc },
            reply: { blocks: [{ type: 'text', text: doc }, { type: 'text', text: 'Still here.' }, { type: 'promo', body: doc, href: 'https://careers.example/book', linkText: 'Get the book' }] },
            discussion: { heading: 'Would you?', intro: doc, questions: ['Would you write?'] },
          }}
        />,
      );
      expect(screen.getByText('Still here.')).toBeInTheDocument();
      expect(screen.queryByRole('region', { name: 'The Question' })).toBeNull();
      expect(screen.getByRole('region', { name: 'Would you?' })).toBeInTheDocument();
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('neither text nor React nodes'));
    });

    it('labels contents links to sections named like Object\'s own properties by their ids, without crashing', () => {
      const ids = ['__proto__', 'toString', 'constructor'];
      render(
        <AdviceArticleRoot>
          <ArticleToc sections={ids.map((id) => ({ id }))} />
        </AdviceArticleRoot>,
      );
      expect(screen.getAllByRole('link').map((link) => link.textContent)).toEqual(ids);
    });

    it('treats a CMS\'s boolean `true` in a text field as blank: no empty headline, byline link or banner', () => {
      const yes = true as never;
      render(
        <AdviceArticle
          post={{ ...minimalPost, headline: yes, dek: yes, column: { name: 'Ask the Desk' }, author: { name: yes, url: 'https://careers.example/alex' }, newsletter: { name: yes } }}
        />,
      );
      expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
      // The column signs the post, unlinked; nothing is empty.
      expect(document.querySelector('header')!.textContent).toBe('Ask the DeskBy Ask the DeskPublished October 2, 20261 min read');
      for (const element of document.querySelectorAll('header *')) if (element.tagName != 'TIME') expect(element.textContent, element.outerHTML).not.toBe('');
    });

    it('leaves out names and headings a CMS sent as rich-text objects, falling back to their defaults, instead of crashing the page', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const doc = { nodeType: 'document', content: [] } as never;
      const rich: AdvicePost = {
        ...minimalPost,
        headline: doc,
        column: { name: doc, url: 'https://careers.example/ask' },
        author: { name: doc, url: 'https://careers.example/alex' },
        newsletter: { name: doc },
        question: { body: 'Should I write?', heading: doc },
        reply: { heading: doc, blocks: [{ type: 'promo', title: doc, body: 'The guide.', href: 'https://careers.example/guide', linkText: doc }] },
      };
      expect(() => renderToString(<AdviceArticle post={rich} />)).not.toThrow();
      render(<AdviceArticle post={rich} toc />);
      expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
      expect(screen.getByRole('region', { name: 'The Question' })).toBeInTheDocument();
      expect(screen.getByRole('region', { name: 'The Reply' })).toBeInTheDocument();
      expect(within(screen.getByRole('navigation', { name: 'In this post' })).getAllByRole('link').map((a) => a.textContent)).toEqual(['The Question', 'The Reply']);
      // No byline, kicker or banner from an object; the promo's link says where it goes.
      expect(document.querySelector('header')!.textContent).toBe('Published October 2, 20261 min read');
      expect(screen.getByRole('link', { name: 'https://careers.example/guide' })).toBeInTheDocument();
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('neither text nor React nodes'));
      // The part on its own, as a host composing by hand uses it, too.
      expect(renderToStaticMarkup(<AdviceArticleRoot><NewsletterBanner name={doc} /></AdviceArticleRoot>)).not.toContain('<p');
      // Sanity's Portable Text: a list of block objects.
      const blocks = [{ _type: 'block', children: [{ _type: 'span', text: 'Hi' }] }] as never;
      expect(() => renderToString(<AdviceArticle post={{ ...minimalPost, headline: blocks, dek: blocks, question: { body: blocks } }} />)).not.toThrow();
    });

    it('renders nothing, with a development warning, for a post that is missing (a CMS lookup that found nothing)', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      for (const missing of [null, undefined, 'post-123']) {
        expect(renderToString(<AdviceArticle post={missing as never} />)).toBe('');
      }
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('no post given'));
    });

    it('asks a discussion question sent as one string rather than a list, and shows no prompt for a heading that is not text', () => {
      render(<AdviceArticle post={{ ...minimalPost, discussion: { heading: 'Would you?', questions: 'Would you write?' as never } }} />);
      expect(within(screen.getByRole('region', { name: 'Would you?' })).getByRole('listitem')).toHaveTextContent('Would you write?');
      const html = renderToString(<AdviceArticle post={{ ...minimalPost, discussion: { heading: 5 as never, questions: ['Would you write?'] } }} />);
      expect(html).not.toContain('id="discussion"');
    });

    it('leaves out, with a warning, a newsletter issue date sent as a number (a Unix timestamp), instead of crashing the article', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      render(<AdviceArticle post={{ ...minimalPost, newsletter: { name: 'The Weekly Letter', issueDate: 1763596800000 as never } }} />);
      expect(document.querySelector('header p')).toHaveTextContent(/^In the The Weekly Letter$/);
      expect(document.querySelector('time[datetime="1763596800000"]')).toBeNull();
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('1763596800000 is not a valid date'));
    });

    it('warns about a date that is an object with a toString key without crashing, in development too', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      render(<AdviceArticle post={{ ...minimalPost, publishedAt: { toString: 'x' } as never }} />);
      expect(screen.queryByText(/Published/)).toBeNull();
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('an object is not a valid date'));
    });

    it('survives a script block whose title and lead-in are a CMS\'s rich-text objects', () => {
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      const doc = { nodeType: 'document', content: [] } as never;
      render(<AdviceArticle post={{ ...minimalPost, reply: { blocks: [{ type: 'script', script: 'Dear [Name], sorry.', title: doc, leadIn: doc }] } }} />);
      expect(screen.getByRole('note', { name: 'Script: How To Say It' })).toHaveTextContent('Dear [Name], sorry.');
    });

    it('leaves out a letter\'s signature that is not text (a number, an object) instead of crashing', () => {
      for (const signature of [5, { name: 'Overslept' }]) {
        const { unmount } = render(<AdviceArticle post={{ ...minimalPost, question: { body: 'Hi?', signature: signature as never } }} />);
        expect(screen.getByRole('region', { name: 'The Question' }).querySelector('figcaption')).toBeNull();
        unmount();
      }
    });

    describe('given a reading time from a CMS', () => {
      const minutesShown = (readingMinutes: unknown) => {
        render(<AdviceArticle post={{ ...minimalPost, readingMinutes: readingMinutes as number }} />);
        const item = [...document.querySelectorAll('header li')].find((li) => li.textContent!.includes('min read'));
        return item ? item.textContent!.replace(' min read', '') : null;
      };

      it.each([
        ['Infinity', Infinity],
        ['-Infinity', -Infinity],
        ['NaN', NaN],
        ['a negative number', -5],
        ['zero', 0],
        ['1e300', 1e300],
        ['more than a day', 1441],
        ['text that is no number', 'five'],
        ['an empty string', ''],
        ['"Infinity" as text', 'Infinity'],
        ['hexadecimal text', '0x10'],
        ['an object', { minutes: 5 }],
        ['a JSON object with a toString key', { toString: 'x' }],
      ])('shows no reading time for %s, and warns', (_, readingMinutes) => {
        const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
        expect(minutesShown(readingMinutes)).toBeNull();
        expect(warn).toHaveBeenCalledWith(expect.stringContaining('readingMinutes'));
      });

      it.each([
        ['a whole number', 7, '7'],
        ['a fraction, to the nearest minute', 4.6, '5'],
        ['less than half a minute, as one minute rather than none', 0.3, '1'],
        ['a number sent as text', '12', '12'],
        ['a fraction sent as text with spaces', ' 2.5 ', '3'],
        ['a full day', 1440, '1,440'],
      ])('shows %s', (_, readingMinutes, shown) => {
        const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
        expect(minutesShown(readingMinutes)).toBe(shown);
        expect(warn).not.toHaveBeenCalled();
      });
    });

  });
  it('takes the comment count and reading time a CMS sends as text, as its types say, with no cast', () => {
    const fromCms: AdvicePost = { ...minimalPost, commentCount: '15', readingMinutes: '12' };
    render(<AdviceArticle post={fromCms} comments={<p>The discussion</p>} />);
    expect(screen.getByText('12 min read')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '15 Comments' })).toBeInTheDocument();
    expect(adviceArticleJsonLd(fromCms).commentCount).toBe(15);
  });

  describe('with a CommentThread in its comments slot', () => {
    it('gives the page one "15 Comments" heading, with the comments one level below it', () => {
      render(
        <AdviceArticle
          post={{ ...post, commentCount: missedInterviewDiscussion.length }}
          timeZone="America/New_York"
          comments={<CommentThread comments={missedInterviewDiscussion} now={STORY_NOW} timeZone="America/New_York" />}
        />,
      );
      expect(screen.getAllByRole('heading', { name: '15 Comments' })).toHaveLength(1);
      const section = screen.getByRole('region', { name: '15 Comments' });
      expect(section).toHaveAttribute('id', 'comments');
      const first = within(section).getAllByRole('article')[0]!;
      expect(within(first).getAllByRole('heading')[0]!.tagName).toBe('H3');
    });

    it('keeps the thread\'s own heading outside an article', () => {
      render(<CommentThread comments={missedInterviewDiscussion} now={STORY_NOW} timeZone="America/New_York" />);
      expect(screen.getByRole('heading', { level: 2, name: '15 Comments' })).toBeInTheDocument();
    });
  });
});

describe('the table of contents', () => {
  const contentsLinks = () =>
    within(screen.getByRole('navigation', { name: 'In this post' }))
      .getAllByRole('link')
      .map((link) => link.getAttribute('href'));
  const fourSections: AdvicePost = {
    ...minimalPost,
    discussion: { heading: 'Would you list it?', questions: ['Have you left a job early?'] },
    commentCount: 3,
  };
  const threeSections: AdvicePost = { ...minimalPost, commentCount: 3 };

  it('opens a post with exactly four sections', () => {
    render(<AdviceArticle post={fourSections} />);
    expect(contentsLinks()).toEqual(['#question', '#reply', '#discussion', '#comments']);
  });

  it('is left out of a post with exactly three sections', () => {
    render(<AdviceArticle post={threeSections} />);
    expect(document.getElementById('comments')).not.toBeNull();
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('shows for any number of sections with toc={true}', () => {
    render(<AdviceArticle post={threeSections} toc />);
    expect(contentsLinks()).toEqual(['#question', '#reply', '#comments']);
  });

  it('is left out of the full post with toc={false}', () => {
    render(<AdviceArticle post={post} comments={<p>Thread</p>} toc={false} />);
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('links only to sections that are on the page', () => {
    render(
      <AdviceArticle
        post={{ ...post, question: { body: ' ' }, discussion: { heading: 'Anyone?', questions: [' '] } }}
        comments={<p>Thread</p>}
        toc
      />,
    );
    for (const href of contentsLinks()) expect(document.querySelector(href!), href!).not.toBeNull();
  });
});

describe('the newsletter banner', () => {
  const banner = () => document.querySelector('header > p')!;

  it('dates and sources the post in one sentence, with the one-line summary', () => {
    render(<AdviceArticle post={post} />);
    expect(banner()).toHaveTextContent(
      /^In the November 19, 2026 Hiring Desk Weekly, a reader who slept through a final interview asks whether an apology can undo it$/,
    );
  });

  it('puts the issue date in a <time> with the calendar day', () => {
    render(<AdviceArticle post={post} timeZone="Asia/Tokyo" />);
    const time = within(banner() as HTMLElement).getByText('November 19, 2026');
    expect(time.tagName).toBe('TIME');
    expect(time).toHaveAttribute('datetime', '2026-11-19');
  });

  it.each([
    ['blank', ' \n\n '],
    ['missing', undefined],
  ])('leaves out a %s summary, and the comma before it', (_, summary) => {
    render(<AdviceArticle post={{ ...post, newsletter: { ...post.newsletter!, summary } }} />);
    expect(banner()).toHaveTextContent(/^In the November 19, 2026 Hiring Desk Weekly$/);
  });

  it('links the newsletter name to its archive', () => {
    render(<AdviceArticle post={post} />);
    expect(within(banner() as HTMLElement).getByRole('link', { name: 'Hiring Desk Weekly' })).toHaveAttribute(
      'href',
      'https://advice.example.com/newsletter/archive',
    );
  });

  it.each([
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a relative path', '/newsletter/archive'],
    ['a protocol-relative URL', '//evil.example/archive'],
    ['a URL with a user name', 'https://advice.example.com@evil.example/'],
  ])('shows the name as text when the archive is %s', (_, url) => {
    render(<AdviceArticle post={{ ...post, newsletter: { ...post.newsletter!, url } }} />);
    expect(banner().querySelector('a')).toBeNull();
    expect(banner()).toHaveTextContent('Hiring Desk Weekly');
  });
});

describe('text fields', () => {
  const paragraphs = (element: Element | null) => [...element!.querySelectorAll('p')].map((p) => p.textContent);

  describe('given plain text', () => {
    it('splits the question, the dek and a reply text block into paragraphs on blank lines', () => {
      render(
        <AdviceArticle
          post={{
            ...minimalPost,
            dek: 'A short job.\n\nA long question.',
            question: { body: 'First paragraph,\nstill the first.\n\n\n\nSecond paragraph.\n \nThird.' },
            reply: { blocks: [{ type: 'text', text: 'Leave it off.\n\nOr keep it.' }] },
          }}
        />,
      );
      expect(paragraphs(document.querySelector('header h1 + div'))).toEqual(['A short job.', 'A long question.']);
      expect(paragraphs(document.querySelector('#question blockquote'))).toEqual([
        'First paragraph,\nstill the first.',
        'Second paragraph.',
        'Third.',
      ]);
      expect(paragraphs(document.getElementById('reply'))).toEqual(['Leave it off.', 'Or keep it.']);
    });
  });

  describe('given React nodes', () => {
    it('renders them as given in the question, the dek and a reply text block, never as a string', () => {
      render(
        <AdviceArticle
          post={{
            ...minimalPost,
            dek: <em>A dek with emphasis</em>,
            question: {
              body: (
                <>
                  <p>
                    My <strong>manager</strong> asked.
                  </p>
                  <ol>
                    <li>One</li>
                  </ol>
                </>
              ),
            },
            reply: { blocks: [{ type: 'text', text: <p className="host">Keep <a href="https://example.com/">it</a>.</p> }] },
          }}
        />,
      );
      expect(document.querySelector('header h1 + div > em')).toHaveTextContent('A dek with emphasis');
      expect(document.querySelector('#question blockquote > p > strong')).toHaveTextContent('manager');
      expect(document.querySelector('#question blockquote > ol > li')).toHaveTextContent('One');
      expect(document.querySelector('#reply p.host > a')).toHaveAttribute('href', 'https://example.com/');
      expect(document.body.textContent).not.toMatch(/\[object Object\]|<strong>|<em>/);
    });
  });
});

describe('given a reply with nothing to show', () => {
  it('leaves out the reply section when its blocks are blank text and a signup slot without a nudge', () => {
    render(
      <AdviceArticle
        post={{ ...minimalPost, reply: { blocks: [{ type: 'text', text: ' \n\n ' }, { type: 'text', text: null }, { type: 'signup' }] } }}
      />,
    );
    expect(document.getElementById('reply')).toBeNull();
    expect(headingOutline()).toEqual(['H1:Should I list a three-month job on my résumé?', 'H2:The Question']);
  });

  it('keeps the reply when its signup slot has a nudge to show', () => {
    render(
      <AdviceArticle
        post={{ ...minimalPost, reply: { blocks: [{ type: 'text', text: ' ' }, { type: 'signup' }] } }}
        signupNudge={<p>Get the weekly letter</p>}
      />,
    );
    expect(within(screen.getByRole('region', { name: 'The Reply' })).getByText('Get the weekly letter')).toBeInTheDocument();
  });

  it('does not count it toward the table of contents', () => {
    render(
      <AdviceArticle
        post={{ ...post, reply: { blocks: [{ type: 'text', text: '   ' }, { type: 'signup' }] } }}
        comments={<p>Thread</p>}
      />,
    );
    // Question, discussion, comments: three sections, below the threshold.
    expect(screen.queryByRole('navigation')).toBeNull();
  });
});

describe('given a discussion with a heading but nothing to ask', () => {
  const headingOnly: AdvicePost = { ...minimalPost, discussion: { heading: 'Would you list it?' }, commentCount: 2 };

  it('renders no discussion section and leaves it out of the table of contents', () => {
    render(<AdviceArticle post={headingOnly} toc />);
    expect(document.getElementById('discussion')).toBeNull();
    const contents = screen.getByRole('navigation', { name: 'In this post' });
    expect(within(contents).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(['#question', '#reply', '#comments']);
  });

  it('does not count it toward the four sections that bring a table of contents', () => {
    // Question, reply, comments: three sections that render.
    render(<AdviceArticle post={headingOnly} />);
    expect(screen.queryByRole('navigation')).toBeNull();
  });
});

describe('the discussion prompt', () => {
  it('links to the comments when the article has a comments section', () => {
    render(<AdviceArticle post={post} />);
    expect(screen.getByRole('link', { name: 'Join the discussion' })).toHaveAttribute('href', '#comments');
  });

  it('has no "Join the discussion" link when the article has no comments section', () => {
    render(<AdviceArticle post={{ ...post, commentCount: undefined }} />);
    expect(document.getElementById('comments')).toBeNull();
    expect(screen.getByRole('region', { name: 'Have you ever recovered from a no-show?' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Join the discussion' })).toBeNull();
  });

  describe('composed by hand', () => {
    it('links to #comments by default', () => {
      render(
        <AdviceArticleRoot>
          <DiscussionPrompt heading="Would you list it?" questions={['Have you left a job early?']} />
        </AdviceArticleRoot>,
      );
      expect(screen.getByRole('link', { name: 'Join the discussion' })).toHaveAttribute('href', '#comments');
    });

    it('leaves the link out when told the page has no comments', () => {
      render(
        <AdviceArticleRoot>
          <DiscussionPrompt heading="Would you list it?" questions={['Have you left a job early?']} linkToComments={false} />
        </AdviceArticleRoot>,
      );
      expect(screen.getByRole('region', { name: 'Would you list it?' })).toHaveTextContent('Have you left a job early?');
      expect(screen.queryByRole('link', { name: 'Join the discussion' })).toBeNull();
    });
  });
});

describe('given a comment count from a CMS, which the page and the JSON-LD read alike', () => {
  it.each([
    ['a whole number', 15, 15],
    ['zero', 0, 0],
    ['a whole number sent as text', '15', 15],
    ['text with spaces around it', ' 15 ', 15],
  ])('counts %s', (_, commentCount, count) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const withCount = { ...minimalPost, commentCount: commentCount as number };
    render(<AdviceArticle post={withCount} />);
    expect(screen.getByRole('region', { name: `${count} Comment${count === 1 ? '' : 's'}` })).toBeInTheDocument();
    expect(adviceArticleJsonLd(withCount).commentCount).toBe(count);
    expect(warn).not.toHaveBeenCalled();
  });

  it.each([
    ['a negative number', -3],
    ['a fraction', 2.5],
    ['a negative fraction', -3.5],
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['1e300', 1e300],
    ['negative text', '-3'],
    ['fractional text', '2.5'],
    ['words', 'fifteen'],
    ['a number with words', '15 comments'],
    ['an empty string', ''],
    ['hexadecimal text', '0x10'],
    ['an object', { count: 15 }],
    ['a JSON object with a toString key', { toString: 'x' }],
    ['true', true],
  ])('treats %s as no count, with a development warning', (_, commentCount) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const withCount = { ...minimalPost, commentCount: commentCount as number };
    render(<AdviceArticle post={withCount} />);
    expect(document.getElementById('comments'), 'no comments section').toBeNull();
    expect(adviceArticleJsonLd(withCount)).not.toHaveProperty('commentCount');
    expect(adviceArticleJsonLd({ ...withCount, comments: [{ id: 'c1', body: 'Same here.', createdAt: '2026-11-20T12:00:00Z' }] }).commentCount, 'counted from the comments given').toBe(1);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('commentCount'));
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^\[careerkit\] adviceArticleJsonLd: .*commentCount/));
  });

  it('heads the thread "Comments", not "0 Comments" over the comments it shows, when the count is bad or missing', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const commentCount of ['many', undefined]) {
      const { unmount } = render(<AdviceArticle post={{ ...minimalPost, commentCount: commentCount as never }} comments={<p>Thread</p>} />);
      expect(screen.getByRole('region', { name: 'Comments' })).toHaveTextContent('Thread');
      unmount();
    }
    render(<AdviceArticleRoot><ArticleComments count={'lots' as never}>Thread</ArticleComments></AdviceArticleRoot>);
    expect(screen.getByRole('region', { name: 'Comments' })).toHaveTextContent('Thread');
  });
});

describe('given dates that the page and the JSON-LD must agree on', () => {
  it.each([
    ['an impossible calendar day', '2026-02-30'],
    ['an impossible day in an instant', '2026-02-30T10:00:00Z'],
    ['April 31st with an offset', '2026-04-31T10:00:00+02:00'],
    ['a month that does not exist', '2026-13-01'],
  ])('hides %s, warns, and leaves it out of the JSON-LD', (_, publishedAt) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const withDate = { ...minimalPost, publishedAt };
    render(<AdviceArticle post={withDate} />);
    expect(document.querySelector('time')).toBeNull();
    expect(screen.queryByText(/Published/)).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(`"${publishedAt}" is not a valid date`));
    expect(adviceArticleJsonLd(withDate)).not.toHaveProperty('datePublished');
  });

  it('reads an offset without a colon (+0200) as the same instant on the page and in the JSON-LD', () => {
    const withDate = { ...minimalPost, publishedAt: '2026-11-20T09:30:00+0200' };
    render(<AdviceArticle post={withDate} timeZone="Europe/Berlin" />);
    expect(screen.getByText('November 20, 2026')).toHaveAttribute('datetime', '2026-11-20T07:30:00.000Z');
    expect(adviceArticleJsonLd(withDate).datePublished).toBe('2026-11-20T07:30:00.000Z');
  });

  it.each([
    '2026-11-20',
    '2024-02-29',
    '2026-11-20T09:30:00Z',
    '2026-11-20T09:30:00.250+02:00',
    '2026-11-20T09:30+0530',
    '2026-11-20t09:30:00z',
    '2026-11-20T09:30:00-0800',
    '2025-02-29',
    '2026-11-31T09:30:00Z',
    '2026-11-20T25:00:00Z',
    '2026-11-20T09:30:00',
    '2026-11-20T09:30:00+2',
    '20261120',
    'November 20, 2026',
  ])('shows %s on the page exactly when the JSON-LD has it, as the same instant', (publishedAt) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const withDate = { ...minimalPost, publishedAt };
    render(<AdviceArticle post={withDate} />);
    const shown = document.querySelector('time')?.getAttribute('datetime');
    const data = adviceArticleJsonLd(withDate).datePublished as string | undefined;
    expect(shown == null, 'hidden on the page').toBe(data == null);
    if (shown != null) expect(Date.parse(shown)).toBe(Date.parse(data!));
  });
});

/** React's useId values depend on the tree's shape: each distinct one becomes `id1`, `id2`… in order of appearance. */
function sameIds(html: string): string {
  const seen = new Map<string, string>();
  return html.replace(/_[Rr]_[0-9a-z]+_|«[^»]+»|:[Rr][0-9a-z]*:/g, (id) => {
    if (!seen.has(id)) seen.set(id, `id${seen.size + 1}`);
    return seen.get(id)!;
  });
}

describe('the ComposedFromParts story', () => {
  it('renders exactly the markup of the props-first FullPost story, the same post composed by hand', () => {
    const fromData = sameIds(renderToStaticMarkup(<FullPost />));
    const byHand = sameIds(renderToStaticMarkup(<ComposedFromParts />));
    expect(byHand).toBe(fromData);
    // The whole post, not a sample of it: every reply block, the script's lead-in and email subject.
    for (const text of ['Notice what is not in it', 'Send this within a day', 'mailto:', 'Get the guide', '15 Comments']) {
      expect(byHand).toContain(text);
    }
  });
});
