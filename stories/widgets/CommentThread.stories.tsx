import * as React from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { CommentThread, type CommentData, type CommentThreadProps } from '../../src';
import {
  POST_AUTHOR_ID,
  STORY_NOW,
  VIEWER_ID,
  arabicDiscussion,
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
  const later = <T,>(value: () => T) => new Promise<T>((resolve) => setTimeout(() => resolve(value()), 400));
  return (
    <CommentThread
      {...props}
      comments={comments}
      onReply={async (parentId, text) => {
        props.onReply?.(parentId, text);
        await later(() => undefined);
        if (/fail/i.test(text)) throw new Error('Refused by the story back end');
        setComments((list) => [
          ...list,
          {
            id: `new-${list.length + 1}`,
            parentId,
            author: { name: 'Sam Okafor', id: VIEWER_ID },
            body: text,
            createdAt: STORY_NOW,
            permissions: { canEdit: true, canDelete: true },
          },
        ]);
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
      <div style={{ maxWidth: '42rem', padding: '1rem' }}>
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

/** Arabic, right to left: names isolated with `<bdi>`, dates and counts in Arabic. */
export const RightToLeft: Story = {
  args: { comments: arabicDiscussion, locale: 'ar-EG', timeZone: 'Africa/Cairo' },
  globals: { dir: 'rtl', locale: 'ar-EG' },
};
