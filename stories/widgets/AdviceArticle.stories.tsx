import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import {
  AdviceArticle,
  AdviceArticleRoot,
  ArticleComments,
  ArticleHeader,
  ArticleNudge,
  ArticlePromo,
  ArticleTextBlock,
  ArticleToc,
  Button,
  Callout,
  DiscussionPrompt,
  HowToSayIt,
  QuestionSection,
  ReplySection,
  estimateReadingMinutes,
  type ReplyBlock,
} from '../../src';
import { arabicArticleMessages, arabicPost } from '../content/arabicPost';
import { minimalPost, missedInterviewPost as post } from '../content/post';

/** Stand-ins for the slots; the real widgets come with their own issues. */
const nudge = (
  <Callout tone="tip" title="The newsletter prints more than the blog">
    <p>Every Thursday: one reader’s problem, the full reply, and the script.</p>
    <Button tone="secondary" size="sm">
      Get the weekly letter
    </Button>
  </Callout>
);
const thread = <p>The reader discussion appears here.</p>;

const meta = {
  title: 'Widgets/AdviceArticle',
  component: AdviceArticle,
  // No `locale`: the toolbar's Locale sets it (preview.tsx), so the dates follow it.
  args: { post, signupNudge: nudge, comments: thread, timeZone: 'America/New_York' },
  // The docs page is AdviceArticle.mdx.
  tags: ['!autodocs'],
} satisfies Meta<typeof AdviceArticle>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The whole post: banner, question, reply with its script, promo, nudge, prompt, comments. */
export const FullPost: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('article')).toBeVisible();
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent('I missed the final interview');
    await expect(canvas.getByRole('region', { name: 'Alex Marlow’s Reply' })).toBeVisible();
    await expect(canvas.getByRole('navigation', { name: 'In this post' })).toBeVisible();
    await expect(canvas.getByRole('heading', { name: '15 Comments' })).toBeVisible();
  },
};

export const Newsprint: Story = { globals: { theme: 'newsprint' } };
export const Jobboard: Story = { globals: { theme: 'jobboard' } };
export const Dark: Story = { globals: { scheme: 'dark' } };

/** A question and a reply, nothing else: no table of contents, no empty sections. */
export const Minimal: Story = { args: { post: minimalPost, signupNudge: undefined, comments: undefined } };

/** Right to left, with every built-in string translated. */
export const RightToLeft: Story = {
  args: { post: arabicPost, locale: 'ar-EG', messages: arabicArticleMessages, signupNudge: undefined, comments: <p>…</p> },
  decorators: [(Story) => <div dir="rtl" lang="ar"><Story /></div>],
  globals: { dir: 'rtl' },
};

/** One block of the post's reply, by type and position, for the composed story. */
function replyBlock<T extends ReplyBlock['type']>(type: T, nth = 0) {
  return post.reply.blocks.filter((block) => block.type === type)[nth] as Extract<ReplyBlock, { type: T }>;
}
const { type: _script, ...script } = replyBlock('script');
const { type: _promo, ...promo } = replyBlock('promo');

/**
 * FullPost's post composed by hand from the flat parts: the same content, the
 * same markup (a unit test compares the two stories' HTML).
 */
export const ComposedFromParts: Story = {
  render: () => (
    <AdviceArticleRoot timeZone="America/New_York" locale="en-US">
      <ArticleHeader {...post} readingMinutes={estimateReadingMinutes(post)} />
      <ArticleToc
        columnist={post.author!.name}
        sections={[{ id: 'question' }, { id: 'reply' }, { id: 'how-to-say-it' }, { id: 'discussion', label: post.discussion!.heading }, { id: 'comments' }]}
      />
      <QuestionSection {...post.question} />
      <ReplySection columnist={post.author!.name}>
        <ArticleTextBlock text={replyBlock('text', 0).text} />
        <HowToSayIt {...script} id="how-to-say-it" titleLevel={3} />
        <ArticleTextBlock text={replyBlock('text', 1).text} />
        <ArticlePromo {...promo} />
        <ArticleNudge>{nudge}</ArticleNudge>
      </ReplySection>
      <DiscussionPrompt {...post.discussion!} />
      <ArticleComments count={post.commentCount!}>{thread}</ArticleComments>
    </AdviceArticleRoot>
  ),
};
