import * as React from 'react';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { arabicFullDiscussion, arabicFullPost, ARABIC_POST_AUTHOR_ID } from '../../../stories/content/arabicFullPost';
import { STORY_NOW } from '../../../stories/content/discussion';
import { SPANISH_POST_AUTHOR_ID, spanishDiscussion, spanishPost } from '../../../stories/content/spanishPost';
import { ar } from '../../locales/ar';
import { englishCatalog } from '../../locales/english';
import { es } from '../../locales/es';
import { AdviceArticle } from '../AdviceArticle';
import { Callout, calloutTones } from '../Callout';
import { CommentThread } from '../CommentThread';
import type { CommentData } from '../CommentThread/model/types';
import { DialogContent, DialogRoot, DialogTitle } from '../Dialog';
import { HowToSayIt } from '../HowToSayIt';
import { NewsletterSignup, type SubscribeAdapter } from '../NewsletterSignup';
import { SignupDialog } from '../SignupDialog';
import { TextField } from '../TextField';
import { MessagesProvider } from './MessagesProvider';

/**
 * Every piece of English the defaults can put on screen: strings, plural forms
 * around `{count}`, named records, and the fixed words of message functions
 * (called with a marker where the value goes).
 */
function englishFragments(): Map<string, string> {
  const marker = '\u0001';
  const found = new Map<string, string>();
  const add = (where: string, text: string) => {
    for (const piece of text.split(marker)) {
      const words = piece.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
      if (/\p{L}{2}/u.test(words)) found.set(words, where);
    }
  };
  for (const [component, messages] of Object.entries(englishCatalog)) {
    for (const [key, value] of Object.entries(messages as Record<string, unknown>)) {
      const where = `${component}.${key}`;
      if (typeof value === 'string') add(where, value);
      else if (typeof value === 'function') {
        const args = Array.from({ length: value.length }, () => marker);
        add(where, renderToStaticMarkup(<>{value(...args)}</>).replace(/<[^>]+>/g, ''));
      } else for (const form of Object.values(value as object)) add(where, String(form).replaceAll('{count}', marker));
    }
  }
  return found;
}

/** Words that are the same in the translation by design. */
const sameByDesign: Record<string, string[]> = {
  es: ['Error'], // «Error:» before a field's error is Spanish too.
  ar: [],
};

/** What a reader can see or hear: text, and the attributes that name or describe things. */
function everythingSaid(): string {
  // Text node by text node: `textContent` would glue "0 Comments" and "No comments yet" into one word.
  const parts: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) parts.push(walker.currentNode.nodeValue ?? '');
  for (const element of document.body.querySelectorAll('*')) {
    for (const name of ['aria-label', 'aria-description', 'aria-roledescription', 'title', 'alt', 'placeholder']) {
      const value = element.getAttribute(name);
      if (value) parts.push(value);
    }
  }
  return parts.join('\n');
}

function englishLeftIn(locale: string): string[] {
  const said = everythingSaid();
  const left: string[] = [];
  for (const [fragment, where] of englishFragments()) {
    if (sameByDesign[locale]!.includes(fragment)) continue;
    const escaped = fragment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // Whole words, as written: the Spanish verb «note» in a promo title is not the English "Note".
    if (new RegExp(`(?<!\\p{L})${escaped}(?!\\p{L})`, 'u').test(said)) left.push(`${where}: "${fragment}"`);
  }
  return left;
}

/** A small nested thread in the locale's own words, with every status, role and badge. */
function nestedThread(body: string, names: [string, string, string]): CommentData[] {
  const at = (minutes: number) => new Date(Date.parse('2026-11-24T10:00:00Z') + minutes * 60_000).toISOString();
  const [a, b, c] = names;
  const long = `${body} `.repeat(Math.ceil(1300 / (body.length + 1)));
  return [
    { id: 'n1', author: { name: a, id: 'a', roles: ['staff', 'moderator'] }, body: long, createdAt: at(0), likes: 4, editedAt: at(5) },
    { id: 'n2', parentId: 'n1', author: { name: b, id: 'viewer' }, body, createdAt: at(10), permissions: { canEdit: true, canDelete: true } },
    { id: 'n3', parentId: 'n2', author: { name: c, id: 'c' }, body, createdAt: at(20) },
    { id: 'n4', parentId: 'n3', author: { name: a, id: 'a' }, body, createdAt: at(30) },
    { id: 'n5', parentId: 'n1', author: { name: c, id: 'c' }, body, createdAt: at(40) },
    { id: 'n6', author: { name: b, id: 'viewer' }, body, createdAt: at(50), status: 'pending' },
    { id: 'n7', author: { name: c, id: 'c' }, body, createdAt: at(60), status: 'deleted' },
    { id: 'n8', parentId: 'n7', author: { name: a, id: 'a' }, body, createdAt: at(70) },
    { id: 'n9', author: { name: c, id: 'c' }, body, createdAt: at(80), status: 'removed' },
    { id: 'n10', parentId: 'n9', author: { id: 'nameless' }, body, createdAt: at(90) },
    { id: 'n11', author: { name: c, id: 'c' }, body, createdAt: at(100) },
  ];
}

const noop = () => Promise.resolve();

const scenes = {
  es: {
    catalog: es,
    post: spanishPost,
    discussion: spanishDiscussion,
    authorId: SPANISH_POST_AUTHOR_ID,
    title: 'Antes de enviarlo',
    template: 'Hola, [nombre]:\n\nGracias por tu tiempo.',
    nested: nestedThread('Estoy de acuerdo contigo.', ['Lucía', 'Tomás', 'Rocío']),
  },
  ar: {
    catalog: ar,
    post: arabicFullPost,
    discussion: arabicFullDiscussion,
    authorId: ARABIC_POST_AUTHOR_ID,
    title: 'قبل الإرسال',
    template: 'مرحباً [الاسم]،\n\nشكراً على وقتك.',
    nested: nestedThread('أتفق معك تماماً.', ['ليلى', 'كريم', 'سارة']),
  },
};

describe('MessagesProvider', () => {
  describe.each(Object.keys(scenes) as (keyof typeof scenes)[])('given every widget inside <MessagesProvider messages={%s}>', (locale) => {
    const scene = scenes[locale];
    const inLocale = (children: React.ReactNode) => (
      <MessagesProvider messages={scene.catalog} locale={locale}>
        {children}
      </MessagesProvider>
    );

    it('shows no English default in callouts and scripts, collapsed, expanded and after a blocked copy', async () => {
      const user = userEvent.setup();
      render(
        inLocale(
          <>
            {calloutTones.map((tone) => (
              <Callout key={tone} tone={tone} title={scene.title} />
            ))}
            <Callout tone="tip" />
            <HowToSayIt script={scene.template} medium="email" fillable email={{}} collapseAfterLines={1} />
            <HowToSayIt script={scene.template} medium="say" />
            <HowToSayIt script={scene.template} medium="letter" />
          </>,
        ),
      );
      expect(englishLeftIn(locale)).toEqual([]);
      await user.click(screen.getAllByRole('button', { name: scene.catalog.HowToSayIt.copy })[0]!);
      expect(screen.getByRole('button', { name: scene.catalog.HowToSayIt.showLess })).toBeInTheDocument();
      expect(englishLeftIn(locale)).toEqual([]);
    });

    it('shows no English default in a whole post', () => {
      render(inLocale(<AdviceArticle post={{ ...scene.post, readingMinutes: 7 }} toc />));
      expect(screen.getByRole('navigation', { name: scene.catalog.AdviceArticle.contents })).toBeInTheDocument();
      expect(englishLeftIn(locale)).toEqual([]);
    });

    it('shows no English default in a discussion, with every action, status and dialog', async () => {
      const user = userEvent.setup();
      const actions = { onReply: noop, onLike: noop, onReport: noop, onEdit: noop, onDelete: noop, onLoadMore: noop };
      render(
        inLocale(
          <>
            <CommentThread comments={scene.discussion} now={STORY_NOW} postAuthorId={scene.authorId} pageSize={5} hasMore {...actions} />
            <CommentThread comments={scene.nested} now="2026-11-24T12:00:00Z" viewerId="viewer" replyDepth={2} replyPageSize={1} {...actions} />
            <CommentThread comments={[]} />
          </>,
        ),
      );
      expect(englishLeftIn(locale)).toEqual([]);
      const text = scene.catalog.CommentThread;
      await user.click(screen.getAllByRole('button', { name: text.reply })[0]!);
      await user.click(screen.getByRole('button', { name: text.edit }));
      await user.click(screen.getAllByRole('button', { name: text.showMore })[0]!);
      expect(englishLeftIn(locale)).toEqual([]);
      await user.click(screen.getAllByRole('button', { name: text.report })[0]!);
      expect(await screen.findByRole('dialog', { name: text.reportTitle })).toBeInTheDocument();
      expect(englishLeftIn(locale)).toEqual([]);
      await user.keyboard('{Escape}');
      await user.click(screen.getAllByRole('button', { name: text.delete })[0]!);
      expect(await screen.findByRole('dialog', { name: text.deleteTitle })).toBeInTheDocument();
      expect(englishLeftIn(locale)).toEqual([]);
    });

    it('shows no English default in the signup form, its errors and its suggestion, nor in a text field', async () => {
      const user = userEvent.setup();
      render(
        inLocale(
          <>
            <NewsletterSignup askFirstName action="/subscribe" consent={{ version: 'v1', privacyUrl: '/privacidad' }} />
            <TextField label={scene.title} showOptional error="—" />
          </>,
        ),
      );
      expect(englishLeftIn(locale)).toEqual([]);
      const text = scene.catalog.NewsletterSignup;
      await user.click(screen.getByRole('button', { name: text.submit }));
      expect(screen.getByText(text.emailRequired)).toBeInTheDocument();
      await user.type(screen.getByRole('textbox', { name: text.email }), 'ana@gmial.com');
      await user.tab();
      expect(screen.getByRole('button', { name: 'ana@gmail.com' })).toBeInTheDocument();
      expect(englishLeftIn(locale)).toEqual([]);
    });

    it('shows no English default in the signup dialog and a plain dialog', async () => {
      const { unmount } = render(
        inLocale(<SignupDialog defaultOpen triggers={{ button: true, engagedSeconds: 3600 }} consent={{ version: 'v1' }} />),
      );
      expect(await screen.findByRole('dialog', { name: scene.catalog.SignupDialog.title })).toBeInTheDocument();
      expect(englishLeftIn(locale)).toEqual([]);
      unmount();
      render(
        inLocale(
          <DialogRoot defaultOpen>
            <DialogContent aria-describedby={undefined}>
              <DialogTitle>{scene.title}</DialogTitle>
            </DialogContent>
          </DialogRoot>,
        ),
      );
      expect(await screen.findByRole('button', { name: scene.catalog.Dialog.close })).toBeInTheDocument();
      expect(englishLeftIn(locale)).toEqual([]);
    });
  });

  it('finds English when there is no provider (so the checks above can fail)', () => {
    render(
      <>
        <Callout tone="tip" title="A" />
        <CommentThread comments={[]} />
      </>,
    );
    expect(englishLeftIn('es')).toEqual(
      expect.arrayContaining(['Callout.tip: "Tip"', 'CommentThread.heading: "Comments"', 'CommentThread.empty: "No comments yet. Start the discussion"']),
    );
  });

  describe('given strings at every level', () => {
    it('uses the widget’s own messages over the provider’s, and the provider’s over English', () => {
      render(
        <MessagesProvider messages={{ Callout: { tip: 'Consejo', note: 'Nota' } }}>
          <Callout tone="tip" title="A" messages={{ tip: 'Truco' }} />
          <Callout tone="note" title="B" />
          <Callout tone="warning" title="C" />
        </MessagesProvider>,
      );
      expect(screen.getByRole('note', { name: 'Truco: A' })).toBeInTheDocument();
      expect(screen.getByRole('note', { name: 'Nota: B' })).toBeInTheDocument();
      expect(screen.getByRole('note', { name: 'Warning: C' })).toBeInTheDocument();
    });

    it('merges a nested provider over the outer one, key by key, and an undefined key leaves the outer string', () => {
      render(
        <MessagesProvider messages={es}>
          <MessagesProvider messages={{ Callout: { tip: 'Truco', note: undefined } }}>
            <Callout tone="tip" title="A" />
            <Callout tone="note" title="B" />
          </MessagesProvider>
          <Callout tone="tip" title="C" />
        </MessagesProvider>,
      );
      expect(screen.getByRole('note', { name: 'Truco: A' })).toBeInTheDocument();
      expect(screen.getByRole('note', { name: 'Nota: B' })).toBeInTheDocument();
      expect(screen.getByRole('note', { name: 'Consejo: C' })).toBeInTheDocument();
    });

    it('names an untitled script in a post’s table of contents with the provider’s HowToSayIt title', () => {
      const post = {
        headline: 'Pregunta',
        publishedAt: '2026-11-20',
        question: { body: 'Hola.' },
        reply: { blocks: [{ type: 'script' as const, script: 'Hola.' }] },
        commentCount: 0,
      };
      render(
        <MessagesProvider messages={es}>
          <AdviceArticle post={post} toc />
        </MessagesProvider>,
      );
      const toc = screen.getByRole('navigation', { name: es.AdviceArticle.contents });
      expect(within(toc).getByRole('link', { name: es.HowToSayIt.title })).toHaveAttribute('href', '#how-to-say-it');
    });

    it('ignores a provider’s string of the wrong type or blank, with a warning, as it does for the prop', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      render(
        <MessagesProvider messages={{ Callout: { tip: '  ', note: 3 as never } }}>
          <Callout tone="tip" title="A" />
          <Callout tone="note" title="B" />
        </MessagesProvider>,
      );
      expect(screen.getByRole('note', { name: 'Tip: A' })).toBeInTheDocument();
      expect(screen.getByRole('note', { name: 'Note: B' })).toBeInTheDocument();
      expect(warn).toHaveBeenCalledTimes(2);
    });

    it.each([
      ['null', null],
      ['without its "other" form', { one: '{count} comentario' }],
      ['with a form that is not text', { one: '{count} comentario', other: 5 }],
    ])('ignores plural forms %s, with a warning, instead of failing to render', (_, heading) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const thread = [1, 2].map((n) => ({ id: `${n}`, author: { name: 'Lucía' }, body: 'Hola', createdAt: '2026-11-24T10:00:00Z' }));
      render(
        <MessagesProvider messages={{ CommentThread: { heading: heading as never } }}>
          <CommentThread comments={thread} />
        </MessagesProvider>,
      );
      expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('2 Comments');
      expect(warn).toHaveBeenCalledOnce();
    });

    it('ignores a record of names that is null, with a warning', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      render(
        <MessagesProvider messages={{ CommentThread: { roles: null as never } }}>
          <CommentThread comments={[{ id: '1', author: { name: 'Sam', roles: ['staff'] }, body: 'Hi', createdAt: '2026-11-24T10:00:00Z' }]} />
        </MessagesProvider>,
      );
      expect(document.getElementById('comment-1')).toHaveTextContent('Staff');
      expect(warn).toHaveBeenCalledOnce();
    });
  });

  describe('given a locale', () => {
    const thread = [{ id: '1', author: { name: 'Lucía' }, body: 'Hola', createdAt: '2026-11-24T10:00:00Z' }];

    it('formats numbers, plurals and dates in it for widgets without a locale of their own', () => {
      render(
        <MessagesProvider messages={es} locale="es">
          <CommentThread comments={thread} totalCount={1500} now="2026-11-24T13:00:00Z" />
        </MessagesProvider>,
      );
      expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('1500 comentarios');
      expect(document.querySelector('time')).toHaveTextContent('hace 3 horas');
    });

    it('numbers comments in the locale’s digits', () => {
      render(
        <MessagesProvider locale="ar-EG">
          <CommentThread comments={[{ ...thread[0]!, number: 12 }]} />
        </MessagesProvider>,
      );
      expect(document.getElementById('comment-1')).toHaveTextContent('#١٢');
    });

    it('leaves a widget’s own locale prop in charge', () => {
      render(
        <MessagesProvider messages={es} locale="es">
          <CommentThread comments={thread} totalCount={1500} locale="en-US" />
        </MessagesProvider>,
      );
      expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('1,500 comentarios');
    });

    it('takes the inner provider’s locale, else the outer one’s', () => {
      render(
        <MessagesProvider locale="de">
          <MessagesProvider messages={{ CommentThread: { heading: { one: '{count} Kommentar', other: '{count} Kommentare' } } }}>
            <CommentThread comments={thread} totalCount={12000} />
          </MessagesProvider>
          <MessagesProvider locale="en-US">
            <CommentThread comments={thread} totalCount={12000} />
          </MessagesProvider>
        </MessagesProvider>,
      );
      const [inner, outer] = screen.getAllByRole('heading', { level: 2 });
      expect(inner).toHaveTextContent('12.000 Kommentare');
      expect(outer).toHaveTextContent('12,000 Comments');
    });

    it('sends it with a signup, as the reader’s language', async () => {
      const user = userEvent.setup();
      const subscribe = vi.fn<SubscribeAdapter['subscribe']>(async () => ({ kind: 'subscribed' }) as const);
      render(
        <MessagesProvider messages={es} locale="es-MX">
          <NewsletterSignup adapter={{ subscribe }} consent={{ version: 'v1' }} minFillMs={0} />
        </MessagesProvider>,
      );
      await user.type(screen.getByRole('textbox', { name: es.NewsletterSignup.email }), 'ana@example.com');
      await user.click(screen.getByRole('button', { name: es.NewsletterSignup.submit }));
      await waitFor(() => expect(subscribe).toHaveBeenCalledOnce());
      expect(subscribe.mock.calls[0]![0].locale).toBe('es-MX');
      await act(async () => {});
      expect(screen.getByRole('status')).toHaveTextContent(es.NewsletterSignup.subscribed);
    });
  });
});
