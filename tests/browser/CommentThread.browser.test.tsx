/**
 * CommentThread in Chromium, where layout is real: a 50,000-character URL and
 * an unbroken word wrap inside a 320px screen; a narrow column stops indenting
 * past the first level and says whom each deeper reply answers (the depth cap a
 * container query lowers); a reply written and sent with the keyboard only,
 * and where focus goes when a form closes; Escape and Ctrl+Enter inside a real
 * input-method composition; and an avatar that failed before hydration, which
 * fired no error React saw; and a pressed Like that stays visibly pressed in
 * forced-colours mode.
 */
import * as React from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { render } from 'vitest-browser-react';
import { cdp, commands, page, userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CommentThread, DialogContent, DialogRoot, DialogTitle, ThemeProvider, type CommentData } from '../../src';
import { ar } from '../../src/locales/ar';
import { POST_AUTHOR_ID, STORY_NOW, missedInterviewDiscussion } from '../../stories/content/discussion';
import { accessibilityNodes, expectNoAxeViolations } from './support';

const base = { now: STORY_NOW, locale: 'en-US', timeZone: 'UTC' } as const;
const comment = (id: string, parentId: string | null, body = `Comment ${id}.`): CommentData => ({
  id,
  parentId,
  author: { name: `Reader ${id}`, id: `u-${id}` },
  body,
  createdAt: '2026-11-24T10:00:00Z',
});

afterEach(async () => {
  await page.viewport(414, 896);
});

describe('CommentThread in Chromium', () => {
  it('wraps a 50,000-character URL and a long unbroken word at 320px, with no sideways scroll', async () => {
    await page.viewport(320, 800);
    const url = `https://example.com/${'a'.repeat(50_000)}`;
    await render(
      <ThemeProvider theme="default">
        <CommentThread {...base} comments={[comment('url', null, url), comment('word', null, 'x'.repeat(400))]} />
      </ThemeProvider>,
    );
    for (const id of ['comment-url', 'comment-word']) {
      const article = document.getElementById(id)!;
      expect(article.scrollWidth).toBeLessThanOrEqual(article.clientWidth);
    }
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    // The URL is a link (written out, http) and shows clamped, not 50,000 characters tall.
    expect(document.querySelector('#comment-url a[href^="https://example.com/"]')).not.toBeNull();
  });

  it('stops indenting past the first level in a narrow column, and shows whom each deeper reply answers', async () => {
    const chain = [comment('a', null), comment('b', 'a'), comment('c', 'b'), comment('d', 'c')];
    await render(
      <ThemeProvider theme="default">
        <div style={{ display: 'flex', gap: 16, alignItems: 'start' }}>
          <div style={{ width: 360 }} data-testid="narrow">
            <CommentThread {...base} comments={chain} />
          </div>
        </div>
      </ThemeProvider>,
    );
    const narrow = document.querySelector('[data-testid="narrow"]')!;
    const left = (id: string) => narrow.querySelector(`#comment-${id}`)!.getBoundingClientRect().left;
    // First-level replies indent; deeper ones line up with them.
    expect(left('b')).toBeGreaterThan(left('a'));
    expect(Math.abs(left('c') - left('b'))).toBeLessThanOrEqual(1);
    expect(Math.abs(left('d') - left('b'))).toBeLessThanOrEqual(1);
    // …and say whom they answer, visibly.
    const note = narrow.querySelector('#comment-c h3 span:last-child') as HTMLElement;
    expect(note.textContent).toMatch(/Reader b/);
    expect(note.getBoundingClientRect().width).toBeGreaterThan(10);
  });

  it('indents every level in a wide column, where the "replying to" line is for screen readers only', async () => {
    const chain = [comment('a', null), comment('b', 'a'), comment('c', 'b')];
    await page.viewport(1024, 800);
    await render(
      <ThemeProvider theme="default">
        <div style={{ width: 720 }}>
          <CommentThread {...base} comments={chain} />
        </div>
      </ThemeProvider>,
    );
    const left = (id: string) => document.getElementById(`comment-${id}`)!.getBoundingClientRect().left;
    expect(left('b')).toBeGreaterThan(left('a'));
    expect(left('c')).toBeGreaterThan(left('b'));
    const note = document.querySelector('#comment-c h3 span:last-child') as HTMLElement;
    expect(note.textContent).toMatch(/Reader b/);
    expect(note.getBoundingClientRect().width).toBeLessThanOrEqual(1);
  });

  it('says which comment each action acts on: the fifteen "Reply" buttons are each described by their comment’s author, number and time', async () => {
    await render(
      <ThemeProvider theme="default">
        <CommentThread
          {...base}
          comments={missedInterviewDiscussion}
          postAuthorId={POST_AUTHOR_ID}
          onReply={vi.fn()}
          onLike={vi.fn()}
          onReport={vi.fn()}
        />
      </ThemeProvider>,
    );
    // A screen reader's list of buttons, or Tab from one comment to the next, gives the button alone.
    const replies = page.getByRole('button', { name: 'Reply', exact: true });
    expect(replies.all()).toHaveLength(15);
    await expect.element(replies.first()).toHaveAccessibleDescription('Priya Natarajan #1 4 days ago');
    await expect.element(replies.nth(2)).toHaveAccessibleDescription('Alex Marlow Author #3 4 days ago');
    const second = page.getByRole('article', { name: /^Don #2/ });
    for (const name of [/^Like/, 'Copy link', 'Report']) {
      await expect.element(second.getByRole('button', { name })).toHaveAccessibleDescription('Don #2 4 days ago');
    }
    await expect.element(page.getByRole('button', { name: 'Show more' })).toHaveAccessibleDescription(/^Hal Brennan #6 /);
  });

  it('names a liked comment’s Like button "Like, 12 likes" in Chromium’s accessibility tree, with no space before the comma (braille shows it)', async () => {
    await render(
      <ThemeProvider theme="default">
        <CommentThread {...base} comments={[{ ...comment('a', null), likes: 12 }]} onLike={vi.fn()} />
      </ThemeProvider>,
    );
    const nodes = await accessibilityNodes();
    const names = nodes.filter((node: any) => node.role?.value === 'button').map((node: any) => node.name?.value);
    expect(names).toContain('Like, 12 likes');
    // What the eye reads is the same button.
    expect(page.getByRole('button', { name: /^Like/ }).element()).toHaveTextContent(/^Like · 12 likes/);
  });

  it('draws the theme’s focus ring on the report dialog’s reasons, as on its buttons, not the browser’s', async () => {
    await render(
      <ThemeProvider theme="default">
        <CommentThread {...base} comments={missedInterviewDiscussion.slice(0, 2)} onReport={vi.fn()} />
      </ThemeProvider>,
    );
    const report = page.getByRole('button', { name: 'Report' }).first();
    (report.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    const reason = page.getByRole('radio', { name: 'Spam or advertising' });
    await expect.element(reason).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    await expect.element(page.getByRole('radio', { name: 'Harassment or hate' })).toHaveFocus();
    // (Read while each has focus: a computed style is live.)
    const ring = () => ((style) => [style.outlineStyle, style.outlineColor, style.outlineWidth])(getComputedStyle(document.activeElement!));
    const radio = ring();
    await userEvent.keyboard('{Tab}');
    await expect.element(page.getByRole('button', { name: 'Send report' })).toHaveFocus();
    const button = ring();
    expect(button[0]).toBe('solid');
    expect(radio).toEqual(button);
    await userEvent.keyboard('{Escape}');
  });

  it('says whose comment each permalink is: the "4 days ago" links are described by their comment’s author and number', async () => {
    await render(
      <ThemeProvider theme="default">
        <CommentThread {...base} comments={missedInterviewDiscussion} postAuthorId={POST_AUTHOR_ID} />
      </ThemeProvider>,
    );
    // In a screen reader's list of links, the first four read "4 days ago" alike.
    const permalinks = page.getByRole('link', { name: '4 days ago', exact: true });
    expect(permalinks.all().length).toBeGreaterThan(3);
    // …and by the absolute date, which the tooltip gives a mouse only.
    await expect.element(permalinks.first()).toHaveAccessibleDescription('Priya Natarajan #1 4 days ago November 20, 2026 at 3:10 PM');
    await expect.element(permalinks.nth(1)).toHaveAccessibleDescription(/^Don #2 4 days ago November 20, 2026 at \d/);
  });

  it('shows a keyboard user the absolute date of the permalink in focus, as the tooltip shows a mouse', async () => {
    await render(
      <ThemeProvider theme="default">
        <CommentThread {...base} comments={missedInterviewDiscussion} postAuthorId={POST_AUTHOR_ID} />
      </ThemeProvider>,
    );
    const link = document.querySelector('#comment-c1 a[href="#comment-c1"]') as HTMLAnchorElement;
    const shown = () => getComputedStyle(link.querySelector('time')!, '::after').content;
    expect(shown()).toBe('none');
    for (let tabs = 0; tabs < 20 && document.activeElement !== link; tabs++) await userEvent.keyboard('{Tab}');
    expect(shown()).toContain('November 20, 2026 at 3:10 PM');
    // A visual aid only: the name stays "4 days ago" (the date is in the description).
    await expect.element(link).toHaveFocus();
    // (Chromium's own accessibility tree: testing-library's name computation does not know `/ ""`.)
    const nodes = await accessibilityNodes();
    const focused = nodes.find((node: any) => node.role?.value === 'link' && node.properties?.some((p: any) => p.name === 'focused' && p.value.value));
    expect([focused?.name?.value, focused?.description?.value]).toEqual(['4 days ago', 'Priya Natarajan #1 4 days ago November 20, 2026 at 3:10 PM']);
    // An edited comment's says when the edit was made, too.
    const edited = document.querySelector('#comment-c9 a[href="#comment-c9"]') as HTMLAnchorElement;
    for (let tabs = 0; tabs < 80 && document.activeElement !== edited; tabs++) await userEvent.keyboard('{Tab}');
    expect(getComputedStyle(edited.querySelector('time')!, '::after').content).toMatch(/ \(edited [^)]*2026 at [^)]*\)"/);
  });

  it('inside a host’s modal, Escape in a reply box cancels the reply, not the modal; the next Escape closes the modal', async () => {
    const onOpenChange = vi.fn();
    await render(
      <ThemeProvider theme="default">
        <DialogRoot open onOpenChange={onOpenChange}>
          <DialogContent>
            <DialogTitle>Comments</DialogTitle>
            <CommentThread {...base} comments={[comment('a', null)]} onReply={vi.fn()} />
          </DialogContent>
        </DialogRoot>
      </ThemeProvider>,
    );
    await page.getByRole('button', { name: 'Reply', exact: true }).click();
    const box = page.getByRole('textbox', { name: /^Your reply/ });
    await expect.element(box).toHaveFocus();
    await userEvent.keyboard('Draft{Escape}');
    await expect.element(box).not.toBeInTheDocument();
    expect(onOpenChange).not.toHaveBeenCalled();
    await expect.element(page.getByRole('button', { name: 'Reply', exact: true })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(onOpenChange).toHaveBeenCalledWith(false);
  });

  it('shows a Latin name inside Arabic text as written, its period after the "K", in the "replying to" note and the reply box’s label', async () => {
    const named = (id: string, parentId: string | null, name: string) => ({ ...comment(id, parentId), author: { name, id: `u-${id}` } });
    const chain = [named('a', null, 'سارة'), named('b', 'a', 'Dana K.'), named('c', 'b', 'ريم'), named('d', 'c', 'جود')];
    await render(
      <ThemeProvider theme="default" dir="rtl">
        <div style={{ width: 360 }}>
          <CommentThread {...base} locale="ar" comments={chain} onReply={vi.fn()} messages={ar.CommentThread} />
        </div>
      </ThemeProvider>,
    );
    /** Whether "Dana K." reads left to right in `element`: the period is to the right of the "D". */
    const readsAsWritten = (element: Element) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf('Dana K.');
        if (at < 0) continue;
        const x = (offset: number) => {
          const range = document.createRange();
          range.setStart(node!, at + offset);
          range.setEnd(node!, at + offset + 1);
          return range.getBoundingClientRect().left;
        };
        return x(6) > x(0);
      }
      throw new Error(`no "Dana K." in ${element.outerHTML}`);
    };
    // Deep in a narrow column, the reply to Dana says whom it answers, visibly.
    const note = document.querySelector('#comment-c h3 span:last-child')!;
    expect(note.getBoundingClientRect().width).toBeGreaterThan(10);
    expect(readsAsWritten(note)).toBe(true);
    await page.getByRole('article', { name: /^Dana K\./ }).getByRole('button', { name: 'ردّ', exact: true }).click();
    await expect.element(page.getByRole('textbox', { name: /Dana K\./ })).toHaveFocus();
    expect(readsAsWritten((document.activeElement as HTMLTextAreaElement).labels![0]!)).toBe(true);
  });

  it('keeps a mention and a link whole in text of the other direction: the number written after one shows after it', async () => {
    const said = (id: string, name: string, body: string) => ({ ...comment(id, null, body), author: { name, id: `u-${id}` } });
    await render(
      <ThemeProvider theme="default">
        <div dir="rtl" lang="ar">
          <CommentThread {...base} locale="ar" layout="flat" comments={[said('dana', 'Dana K.', 'مرحباً'), said('ar', 'ليلى', '@Dana K. 3 مرات كتبت. انظر https://example.com/a 5 مرات.')]} />
        </div>
        <CommentThread {...base} layout="flat" comments={[said('noa', 'נועה לוי', 'Hi'), said('en', 'Sam', '@נועה לוי 7 times I wrote back.')]} />
      </ThemeProvider>,
    );
    /** The box of the first `digit` in `article`'s body text. */
    const digitBox = (article: string, digit: string) => {
      const body = document.getElementById(`comment-${article}-body`)!;
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(digit);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 1);
        return range.getBoundingClientRect();
      }
      throw new Error(`no ${digit} in ${body.outerHTML}`);
    };
    const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
    // Right to left, "after" is further left: the 3 left of the whole "@Dana K.", the 5 left of the whole URL.
    expect(digitBox('ar', '3').right).toBeLessThanOrEqual(box('#comment-ar [data-mention]').left);
    expect(digitBox('ar', '5').right).toBeLessThanOrEqual(box('#comment-ar-body a').left);
    // Left to right, a Hebrew name keeps its "@" and the 7 stays to its right.
    expect(digitBox('en', '7').left).toBeGreaterThanOrEqual(box('#comment-en [data-mention]').right);
  });

  it('takes a reply from the keyboard alone: Tab to Reply, Enter, type, Ctrl+Enter', async () => {
    const onReply = vi.fn(async () => {});
    await render(
      <ThemeProvider theme="default">
        <CommentThread {...base} comments={[comment('a', null)]} onReply={onReply} />
      </ThemeProvider>,
    );
    const reply = page.getByRole('button', { name: 'Reply', exact: true });
    for (let i = 0; i < 20 && document.activeElement !== reply.element(); i++) await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(reply.element());
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByRole('textbox', { name: 'Your reply to Reader a' })).toHaveFocus();
    await userEvent.keyboard('Thank you, this helped.');
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    await vi.waitFor(() => expect(onReply).toHaveBeenCalledWith('a', 'Thank you, this helped.'));
    await expectNoAxeViolations();
  });

  it('returns focus to the Reply button when a reply is cancelled with Escape or sent, and to the comment when an edit closes, not to the page', async () => {
    const onReply = vi.fn(async () => {});
    const mine = { ...comment('b', null), author: { name: 'Me', id: 'me' }, permissions: { canEdit: true } };
    await render(
      <ThemeProvider theme="default">
        <CommentThread {...base} comments={[comment('a', null), mine]} viewerId="me" onReply={onReply} onEdit={async () => {}} />
      </ThemeProvider>,
    );
    const reply = page.getByRole('button', { name: 'Reply', exact: true }).first();
    await reply.click();
    await userEvent.keyboard('Half a thought');
    await userEvent.keyboard('{Escape}');
    await expect.element(reply).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByRole('textbox', { name: 'Your reply to Reader a' })).toHaveFocus();
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    await vi.waitFor(() => expect(onReply).toHaveBeenCalledWith('a', 'Half a thought'));
    await expect.element(reply).toHaveFocus();
    await page.getByRole('button', { name: 'Edit' }).click();
    await expect.element(page.getByRole('textbox', { name: 'Edit your comment' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await expect.element(page.getByRole('article', { name: /^Me/ })).toHaveFocus();
  });

  it('leaves Escape and Ctrl+Enter to an input method while it composes: the edit stays open, nothing half-composed is sent', async () => {
    const onReply = vi.fn(async () => {});
    const mine = { ...comment('b', null), author: { name: 'Me', id: 'me' }, permissions: { canEdit: true } };
    await render(
      <ThemeProvider theme="default">
        <CommentThread {...base} comments={[mine]} viewerId="me" onReply={onReply} onEdit={async () => {}} />
      </ThemeProvider>,
    );
    // A real composition in Chromium's input method layer, as a Japanese keyboard makes one.
    const compose = (text: string) => cdp().send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
    const key = async (key: string, modifiers = 0) => {
      const code = { Escape: 27, Enter: 13 }[key];
      await cdp().send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key, code: key, windowsVirtualKeyCode: code, modifiers });
      await cdp().send('Input.dispatchKeyEvent', { type: 'keyUp', key, code: key, windowsVirtualKeyCode: code, modifiers });
    };
    await page.getByRole('button', { name: 'Edit' }).click();
    const edit = page.getByRole('textbox', { name: 'Edit your comment' });
    await expect.element(edit).toHaveFocus();
    await compose('めんせつ');
    await key('Escape');
    await cdp().send('Input.insertText', { text: '面接' });
    await expect.element(edit).toHaveValue(expect.stringContaining('面接'));
    await page.getByRole('textbox', { name: 'Add a comment' }).click();
    await compose('ありがとう');
    await key('Enter', 2);
    await cdp().send('Input.insertText', { text: 'ありがとう' });
    expect(onReply).not.toHaveBeenCalled();
    await expect.element(page.getByRole('textbox', { name: 'Add a comment' })).toHaveValue('ありがとう');
  });

  it('prints the comments without the controls: no sort menu, no empty comment box, no buttons', async () => {
    await render(
      <ThemeProvider theme="default">
        <CommentThread
          {...base}
          comments={[comment('a', null), comment('b', 'a', 'x'.repeat(1300)), comment('c', null)]}
          onReply={async () => {}}
          onLike={async () => {}}
        />
      </ThemeProvider>,
    );
    expect(document.querySelector('select')!.checkVisibility()).toBe(true);
    await commands.emulateMedia('print');
    try {
      for (const control of document.querySelectorAll('select, textarea, button')) {
        expect(control.checkVisibility(), control.outerHTML.slice(0, 80)).toBe(false);
      }
      for (const id of ['comment-a', 'comment-b', 'comment-c']) expect(document.getElementById(id)!.checkVisibility()).toBe(true);
      expect(document.querySelector('#comment-b')).toHaveTextContent('Reader b');
    } finally {
      await commands.emulateMedia('screen');
    }
  });

  it('prints a long comment whole, not cut off at "Show more", and clamps it again after printing', async () => {
    const long = Array.from({ length: 40 }, (_, n) => `Sentence ${n + 1} of a long answer about notice periods.`).join(' ') + ' The last words.';
    await render(
      <ThemeProvider theme="default">
        <CommentThread {...base} comments={[comment('long', null, long)]} />
      </ThemeProvider>,
    );
    const body = document.getElementById('comment-long-body')!;
    const cutOff = () => !body.textContent!.includes('The last words.') || body.scrollHeight > body.clientHeight + 1;
    expect(cutOff()).toBe(true);
    // Seen by a listener that runs after the thread's, as the browser starts laying the page out for paper.
    let printed: boolean | undefined;
    const onBeforePrint = () => (printed = !cutOff());
    window.addEventListener('beforeprint', onBeforePrint);
    try {
      expect(await commands.printPage()).toBeGreaterThan(0);
    } finally {
      window.removeEventListener('beforeprint', onBeforePrint);
    }
    expect(printed).toBe(true);
    await vi.waitFor(() => expect(cutOff()).toBe(true));
    expect(page.getByRole('button', { name: 'Show more' }).element()).toHaveAttribute('aria-expanded', 'false');
  });

  it('opens its dialogs in the thread’s direction and language when the host sets them on an element around it, not on <html>', async () => {
    await render(
      <div dir="rtl" lang="ar">
        <CommentThread {...base} locale="ar" messages={ar.CommentThread} comments={[comment('a', null)]} onReport={vi.fn()} />
      </div>,
    );
    await userEvent.click(page.getByRole('button', { name: ar.CommentThread.report as string }));
    const dialog = page.getByRole('dialog').element() as HTMLElement;
    expect(getComputedStyle(dialog).direction).toBe('rtl');
    expect(dialog.closest<HTMLElement>('[lang]')?.lang).toBe('ar');
    expect(dialog.closest('[dir="rtl"] [lang="ar"]'), 'inside the page’s own wrapper').toBeNull();
    await userEvent.keyboard('{Escape}');
  });

  describe('scrolling to a linked comment in a page whose CSS scrolls smoothly', () => {
    afterEach(async () => {
      document.documentElement.style.scrollBehavior = '';
      window.scrollTo({ top: 0, behavior: 'instant' });
      await commands.emulateReducedMotion(false);
    });

    /** Reveals the 41st of 60 comments; returns how far it is from the viewport's middle a frame later. */
    async function revealLast() {
      document.documentElement.style.scrollBehavior = 'smooth';
      const comments = Array.from({ length: 60 }, (_, n) => comment(`s${n}`, null));
      await render(
        <ThemeProvider theme="default">
          <CommentThread {...base} comments={comments} pageSize={60} highlightedId="s40" />
        </ThemeProvider>,
      );
      const target = document.getElementById('comment-s40')!;
      await vi.waitFor(() => expect(target).toHaveFocus());
      await new Promise(requestAnimationFrame);
      const box = target.getBoundingClientRect();
      return Math.abs(box.top + box.height / 2 - window.innerHeight / 2);
    }

    it('jumps straight there for a reader who prefers reduced motion', async () => {
      await commands.emulateReducedMotion(true);
      expect(await revealLast()).toBeLessThan(2);
    });

    it('keeps the host’s smooth scroll for everyone else', async () => {
      expect(await revealLast()).toBeGreaterThan(50);
    });
  });

  it('draws a photo avatar as large as an initials avatar, without the dashed ring of a comment with no one to show', async () => {
    await commands.serveImage('https://avatars.example.com/ana.png');
    await render(
      <ThemeProvider theme="default">
        <CommentThread
          {...base}
          comments={[{ ...comment('pic', null), author: { name: 'Ana Ruiz', avatarUrl: 'https://avatars.example.com/ana.png' } }, comment('initials', null)]}
        />
      </ThemeProvider>,
    );
    const photo = document.querySelector<HTMLImageElement>('#comment-pic img')!;
    await vi.waitFor(() => expect(photo.complete && photo.naturalWidth > 0).toBe(true));
    const initials = document.querySelector('#comment-initials span[aria-hidden="true"]')!;
    expect(initials).toHaveTextContent('RI');
    expect(getComputedStyle(photo).borderTopStyle).toBe('none');
    const size = (element: Element) => [element.getBoundingClientRect().width, element.getBoundingClientRect().height];
    expect(size(photo)).toEqual(size(initials));
  });

  describe('in forced-colours mode (Windows High Contrast), where colours are the system’s', () => {
    afterEach(() => commands.emulateMedia('screen', 'none'));

    /** A frame forced colours paint: a solid outline or border of some width, whatever its colour. */
    const framed = (element: Element) => {
      const style = getComputedStyle(element);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      const border = style.borderTopStyle !== 'none' && parseFloat(style.borderTopWidth) > 0;
      return outline || border;
    };

    it('shows which Like is pressed by a frame, not by colour and weight alone', async () => {
      // Job board's medium and bold (600 and 800) are one bold face in most fallback fonts,
      // so a pressed Like differed from the other actions by colour alone, which forced colours replace.
      await render(
        <ThemeProvider theme="jobboard">
          <CommentThread
            {...base}
            comments={[{ ...comment('liked', null), likes: 3, likedByViewer: true }, { ...comment('other', null), likes: 2 }]}
            onLike={() => {}}
          />
        </ThemeProvider>,
      );
      await commands.emulateMedia('screen', 'active');
      expect(matchMedia('(forced-colors: active)').matches).toBe(true);
      const like = (id: string) => page.getByRole('article', { name: new RegExp(`Reader ${id}`) }).getByRole('button', { name: /^Like/ });
      await expect.element(like('liked')).toHaveAttribute('aria-pressed', 'true');
      await expect.element(like('other')).toHaveAttribute('aria-pressed', 'false');
      expect(framed(like('liked').element())).toBe(true);
      expect(framed(like('other').element())).toBe(false);
    });
  });

  it('outlines the empty place of a deleted comment’s face, but not a photo: an <img> has no children either', async () => {
    await render(
      <ThemeProvider theme="default">
        <CommentThread
          {...base}
          comments={[
            { ...comment('pic', null), author: { name: 'Ana Ruiz', avatarUrl: 'https://img.example/ana.png' } },
            { ...comment('gone', null), status: 'deleted' },
            comment('answer', 'gone'),
          ]}
        />
      </ThemeProvider>,
    );
    const photo = document.querySelector('#comment-pic img')!;
    const empty = document.querySelector('#comment-gone > :first-child')!;
    expect(empty.textContent).toBe('');
    expect(getComputedStyle(empty).borderTopStyle).toBe('dashed');
    expect(getComputedStyle(photo).borderTopStyle).toBe('none');
  });

  it('shows the initials for an avatar that failed before hydration, when React was not yet listening', async () => {
    // Nothing listens on port 9 here: the image fails at once, before hydrateRoot.
    const thread = (
      <CommentThread {...base} comments={[{ ...comment('pic', null), author: { name: 'Ana Ruiz', avatarUrl: 'http://127.0.0.1:9/ana.png' } }]} />
    );
    const container = document.body.appendChild(document.createElement('div'));
    container.innerHTML = renderToString(thread);
    const img = container.querySelector('img')!;
    await vi.waitFor(() => expect(img.complete && img.naturalWidth === 0).toBe(true));
    const errors: unknown[] = [];
    const root = hydrateRoot(container, thread, { onRecoverableError: (error) => errors.push(error) });
    await vi.waitFor(() => expect(container.querySelector('#comment-pic img')).toBeNull());
    expect(container.querySelector('#comment-pic')).toHaveTextContent(/^AR/);
    expect(errors).toEqual([]);
    root.unmount();
    container.remove();
  });
});
