import * as React from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { Button, CommentThread, DialogContent, DialogRoot, DialogTitle, DialogTrigger, type CommentData, type CommentThreadProps } from '../../src';
import { ar } from '../../src/locales/ar';
import {
  POST_AUTHOR_ID,
  STORY_NOW,
  VIEWER_ID,
  arabicDiscussion,
  everyStatusDiscussion,
  generateThread,
  missedInterviewDiscussion,
  nestedDiscussion,
} from '../content/discussion';

/**
 * A host in miniature: keeps the comments in state and answers each callback
 * after a short, fake network delay, the way a real back end would. Comments
 * whose text contains "fail" are refused, to show the retry path.
 */
function LiveThread(props: CommentThreadProps) {
  const [comments, setComments] = React.useState<readonly CommentData[]>(props.comments);
  // New comments from outside (the Controls panel, like a host's refetch) replace the story's own.
  const [given, setGiven] = React.useState(props.comments);
  if (given !== props.comments) {
    setGiven(props.comments);
    setComments(props.comments);
  }
  const later = <T,>(value: () => T) => new Promise<T>((resolve) => setTimeout(() => resolve(value()), 400));
  return (
    <CommentThread
      {...props}
      comments={comments}
      onReply={async (parentId, text) => {
        props.onReply?.(parentId, text);
        await later(() => undefined);
        if (/fail/i.test(text)) throw new Error('Refused by the story back end');
        setComments((list) => {
          // A flat, numbered source (no parent ids) stores a reply as the next
          // comment, answering with "@Name", as such blogs do; a nested one keeps the parent.
          const flat = !list.some((c) => c.parentId);
          const parent = list.find((c) => c.id === parentId);
          const numbers = list.map((c) => c.number ?? 0);
          return [
            ...list,
            {
              id: `new-${list.length + 1}`,
              ...(flat
                ? { number: Math.max(0, ...numbers) + 1, body: parent?.author?.name ? `@${parent.author.name} ${text}` : text }
                : { parentId, body: text }),
              author: { name: 'Sam Okafor', id: VIEWER_ID },
              createdAt: STORY_NOW,
              permissions: { canEdit: true, canDelete: true },
            },
          ];
        });
      }}
      onEdit={async (id, text) => {
        props.onEdit?.(id, text);
        await later(() => undefined);
        setComments((list) => list.map((c) => (c.id === id ? { ...c, body: text, editedAt: STORY_NOW } : c)));
      }}
      onDelete={async (id) => {
        props.onDelete?.(id);
        await later(() => undefined);
        setComments((list) => list.map((c) => (c.id === id ? { ...c, status: 'deleted', body: '' } : c)));
      }}
    />
  );
}

// "Show code" prints the element a story renders: name the widget a host
// writes, not this stand-in for its back end (minified to `y` in the static build).
LiveThread.displayName = 'CommentThread';

const meta = {
  title: 'Widgets/CommentThread',
  component: CommentThread,
  render: (args) => <LiveThread {...args} />,
  args: {
    comments: missedInterviewDiscussion,
    now: STORY_NOW,
    timeZone: 'America/New_York',
    postAuthorId: POST_AUTHOR_ID,
    viewerId: VIEWER_ID,
    onReply: fn(),
    onLike: fn(),
    onReport: fn(),
    onDataIssue: fn(),
  },
  decorators: [
    (Story) => (
      // The canvas pads the story already.
      <div style={{ maxWidth: '42rem' }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof CommentThread>;
export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The discussion under the missed-interview post: a flat, numbered source where
 * readers answer with "@Name". Each reply shows whom it answers, linked; the
 * columnist's comments carry the Author badge; the 900-word story is clamped.
 */
export const Discussion: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 2, name: '15 Comments' })).toBeVisible();
    await expect(canvasElement.querySelectorAll('article')).toHaveLength(15);
    await expect(canvas.getAllByText('Author').length).toBeGreaterThanOrEqual(3);
  },
};

/** Nested replies with every status a reader can meet, seen by the author of two of them. */
export const Nested: Story = {
  args: { comments: nestedDiscussion, onEdit: fn(), onDelete: fn() },
};

/**
 * Every status: published, the viewer's own pending comment (awaiting
 * moderation), an edited one, a deleted and a removed comment kept as
 * placeholders because readers answered them.
 */
export const EveryStatus: Story = {
  args: { comments: everyStatusDiscussion, replyDepth: 6 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('This comment was deleted.')).toBeVisible();
    await expect(canvas.getByText('This comment was removed by a moderator.')).toBeVisible();
    await expect(canvas.getAllByText('Awaiting moderation: only you can see this comment.')[0]).toBeVisible();
    await expect(canvas.getAllByText('(edited)').length).toBeGreaterThan(0);
  },
};

/** Replies five deep: below the cap (here 2) they continue at the same level, each saying whom it answers. */
export const DepthCap: Story = {
  args: { comments: nestedDiscussion, maxDepth: 2, replyDepth: 6 },
};

/** A narrow column: indentation stops after the first level and reply context appears instead. */
export const NarrowContainer: Story = {
  args: { comments: nestedDiscussion, replyDepth: 6 },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: '20rem' }}>
        <Story />
      </div>
    ),
  ],
};

/** 1,000 comments: the first 20 threads render, the rest a button away. */
export const ThousandComments: Story = {
  args: { comments: generateThread(1000, { seed: 7 }), layout: 'nested' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 2 })).toHaveTextContent(/^\d{3,}/);
    const more = canvas.getByRole('button', { name: /^Show 20 more comments$/ });
    await userEvent.click(more);
    await waitFor(() => expect(document.activeElement?.tagName).toBe('ARTICLE'));
  },
};

/** Reply with the keyboard: the composer opens under the comment; Ctrl+Enter posts. */
export const Reply: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const reply = canvas.getAllByRole('button', { name: 'Reply' })[1]!;
    await userEvent.click(reply);
    const box = await canvas.findByRole('textbox', { name: /^Your reply to/ });
    await userEvent.type(box, 'Agreed: the short note is the one that works.');
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(args.onReply).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(canvasElement.querySelectorAll('article')).toHaveLength(16));
  },
};

/** A refused reply keeps its text and offers a retry. */
export const ReplyFails: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: 'Add a comment' }), 'This one will fail to post.');
    await userEvent.click(canvas.getByRole('button', { name: 'Post comment' }));
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible());
    await expect(canvas.getByRole('textbox', { name: 'Add a comment' })).toHaveValue('This one will fail to post.');
  },
};

/** No comments yet. */
export const Empty: Story = { args: { comments: [] } };

/** Read only: no callbacks, so no reply, like or report buttons. */
export const ReadOnly: Story = {
  args: { onReply: undefined, onLike: undefined, onReport: undefined },
  render: (args) => <CommentThread {...args} />,
};

/** Arabic, right to left: names isolated with `<bdi>`, dates, counts and every label in Arabic (`careerkit/locales/ar`). */
export const RightToLeft: Story = {
  args: { comments: arabicDiscussion, locale: 'ar-EG', timeZone: 'Africa/Cairo', messages: ar.CommentThread },
  globals: { dir: 'rtl', locale: 'ar-EG' },
};

/** The Newsprint theme. */
export const Newsprint: Story = { args: { comments: nestedDiscussion, replyDepth: 6 }, globals: { theme: 'newsprint' } };
/** The Job board theme. */
export const Jobboard: Story = { args: { comments: nestedDiscussion, replyDepth: 6 }, globals: { theme: 'jobboard' } };
/** Dark mode. */
export const Dark: Story = { args: { comments: nestedDiscussion, replyDepth: 6 }, globals: { scheme: 'dark' } };

/** Like: a toggle button with `aria-pressed` and the count in words for screen readers. */
export const Like: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const like = canvas.getAllByRole('button', { name: /^Like/ })[0]!;
    await expect(like).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(like);
    await expect(like).toHaveAttribute('aria-pressed', 'true');
    await expect(args.onLike).toHaveBeenCalledTimes(1);
  },
};

/** Report: a titled dialog with reasons; focus returns to the Report button. */
export const Report: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const report = canvas.getAllByRole('button', { name: 'Report' })[0]!;
    await userEvent.click(report);
    const dialog = within(document.body).getByRole('dialog', { name: 'Report this comment' });
    await userEvent.click(within(dialog).getByRole('radio', { name: /Spam/ }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send report' }));
    await waitFor(() => expect(args.onReport).toHaveBeenCalledWith(expect.any(String), 'spam'));
    await waitFor(() => expect(report).toHaveFocus());
  },
};

/** Edit and Delete on the viewer's own comment; Delete asks first. */
export const EditAndDelete: Story = {
  args: { comments: nestedDiscussion, replyDepth: 6, onEdit: fn(), onDelete: fn() },
  play: async ({ canvasElement, args }) => {
    const own = within(canvasElement.querySelector('#comment-n3') as HTMLElement);
    await userEvent.click(own.getByRole('button', { name: 'Edit' }));
    const box = own.getByRole('textbox');
    await userEvent.type(box, ' (Update: it worked.)');
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(args.onEdit).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(own.getByText('(edited)')).toBeVisible());
    await userEvent.click(own.getByRole('button', { name: 'Delete' }));
    const dialog = within(document.body).getByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await expect(args.onDelete).not.toHaveBeenCalled();
  },
};

/** Copy link: the comment's address goes to the clipboard, or, where that is refused, to the address bar. */
export const CopyLink: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getAllByRole('button', { name: 'Copy link' })[2]!);
    await waitFor(() => expect(canvas.getByRole('status').textContent).toMatch(/copied|address bar/i));
  },
};

/**
 * In the host's own modal, as many news sites show comments on a phone. The
 * Escape that cancels a reply does only that; the next one closes the modal,
 * and focus goes back to the button that opened it. With `persistKey`, what
 * the reader was writing is there again when the modal reopens (and after a
 * reload): closing the modal unmounts the thread, and its drafts with it.
 */
export const InAModal: Story = {
  args: { persistKey: 'careerkit-story-in-a-modal' },
  render: (args) => (
    <DialogRoot>
      <DialogTrigger asChild>
        <Button tone="secondary">Read the 15 comments</Button>
      </DialogTrigger>
      <DialogContent size="lg">
        <DialogTitle>Reader discussion</DialogTitle>
        <LiveThread {...args} headingLevel={3} />
      </DialogContent>
    </DialogRoot>
  ),
  play: async ({ canvasElement, args }) => {
    // (The story runs once per theme and direction in the same tab.)
    sessionStorage.removeItem(args.persistKey!);
    const canvas = within(canvasElement);
    const page = within(canvasElement.ownerDocument.body);
    const open = canvas.getByRole('button', { name: 'Read the 15 comments' });
    await userEvent.click(open);
    const dialog = await page.findByRole('dialog', { name: 'Reader discussion' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Add a comment' }), 'Half a thought');
    await userEvent.click(within(dialog).getAllByRole('button', { name: 'Reply' })[0]!);
    await userEvent.type(await within(dialog).findByRole('textbox', { name: /^Your reply to/ }), 'Same here.');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(within(dialog).queryByRole('textbox', { name: /^Your reply to/ })).toBeNull());
    await expect(dialog).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(page.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(open).toHaveFocus());
    await userEvent.click(open);
    const again = await page.findByRole('dialog', { name: 'Reader discussion' });
    await waitFor(() => expect(within(again).getByRole('textbox', { name: 'Add a comment' })).toHaveValue('Half a thought'));
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(page.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(open).toHaveFocus());
  },
};

/**
 * Loading from the host: 45 threads of which the host passes 20, then 20 more
 * per "Show more comments" after a short delay; a comment whose replies the
 * host has not sent loads them on "Show N more replies".
 */
export const LoadFromHost: Story = {
  render: (args) => <PagedHost {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Show 20 more comments' }));
    await waitFor(() => expect(canvasElement.querySelectorAll('section > ol > li > article')).toHaveLength(40));
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('20 more comments loaded.'));
    await userEvent.click(canvas.getByRole('button', { name: 'Show 2 more replies' }));
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('2 more replies loaded.'));
  },
};

const pagedTopics = [
  'Is it fine to ask for the salary range before the first interview?',
  'How long should I wait before following up after a final round?',
  'My manager keeps scheduling one-to-ones over lunch. How do I ask to move them?',
  'Should I mention a layoff in my cover letter or leave it for the interview?',
  'I was offered a title change instead of a raise. Is it worth taking?',
];
const paged: CommentData[] = Array.from({ length: 45 }, (_, i) => ({
  id: `p${i + 1}`,
  author: { name: ['Lena Fischer', 'Omar Haddad', 'Grace Liu', 'Tomás Ortega', 'Ifeoma Nwosu'][i % 5]!, id: `reader-${i % 5}` },
  body: pagedTopics[i % pagedTopics.length]!,
  createdAt: new Date(Date.parse('2026-11-20T09:00:00Z') + i * 37 * 60_000).toISOString(),
  // The first thread says it has three replies; the host sends one until asked.
  replyCount: i === 0 ? 3 : undefined,
}));
const firstReplies: CommentData[] = [
  { id: 'p1r1', parentId: 'p1', author: { name: 'Grace Liu', id: 'reader-2' }, body: 'Ask in the first call. A recruiter who will not say is telling you something.', createdAt: '2026-11-20T10:05:00Z' },
];
const laterReplies: CommentData[] = [
  { id: 'p1r2', parentId: 'p1', author: { name: 'Omar Haddad', id: 'reader-1' }, body: 'In some states they have to tell you if you ask. Worth checking before the call.', createdAt: '2026-11-20T11:40:00Z' },
  { id: 'p1r3', parentId: 'p1', author: { name: 'Lena Fischer', id: 'reader-0' }, body: 'Thanks both. I asked, and the range was higher than I would have said.', createdAt: '2026-11-20T12:15:00Z' },
];

/** A host that pages comments in from its back end, 20 threads at a time, after a short delay. */
function PagedHost(props: CommentThreadProps) {
  const [shown, setShown] = React.useState(20);
  const [repliesLoaded, setRepliesLoaded] = React.useState(false);
  const later = () => new Promise((resolve) => setTimeout(resolve, 300));
  const comments = [...paged.slice(0, shown), ...firstReplies, ...(repliesLoaded ? laterReplies : [])];
  return (
    <CommentThread
      {...props}
      comments={comments}
      layout="nested"
      totalCount={paged.length + firstReplies.length + laterReplies.length}
      hasMore={shown < paged.length}
      onLoadMore={async () => {
        await later();
        setShown((n) => n + 20);
      }}
      onLoadMoreReplies={async () => {
        await later();
        setRepliesLoaded(true);
      }}
    />
  );
}
// Named for "Show code", as LiveThread is.
PagedHost.displayName = 'CommentThread';
