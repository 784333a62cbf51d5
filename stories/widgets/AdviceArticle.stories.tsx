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
} from '../../src';
import { arabicArticleMessages, arabicPost } from '../content/arabicPost';
import { minimalPost, missedInterviewPost as post } from '../content/post';
import { apologyScript } from '../content/scripts';

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
  args: { post, signupNudge: nudge, comments: thread, timeZone: 'America/New_York', locale: 'en-US' },
  parameters: { layout: 'padded' },
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

/** The same post composed by hand from the flat parts: the same markup as FullPost. */
export const ComposedFromParts: Story = {
  render: () => (
    <AdviceArticleRoot timeZone="America/New_York" locale="en-US">
      <ArticleHeader
        newsletter={post.newsletter}
        column={post.column}
        headline={post.headline}
        dek={post.dek}
        author={post.author}
        publishedAt={post.publishedAt}
        updatedAt={post.updatedAt}
        readingMinutes={3}
      />
      <ArticleToc
        columnist="Alex Marlow"
        sections={[{ id: 'question' }, { id: 'reply' }, { id: 'how-to-say-it' }, { id: 'discussion', label: post.discussion!.heading }, { id: 'comments' }]}
      />
      <QuestionSection body={post.question.body} signature={post.question.signature} />
      <ReplySection columnist="Alex Marlow">
        <ArticleTextBlock text="You didn't blow it by oversleeping. People oversleep." />
        <HowToSayIt id="how-to-say-it" titleLevel={3} script={apologyScript} medium="email" />
        <ArticlePromo title="The Comeback Letter" body="Twenty-two scripts for the moments a job search goes wrong." href="https://advice.example.com/guides/comeback-letter" linkText="Get the guide" />
        <ArticleNudge>{nudge}</ArticleNudge>
      </ReplySection>
      <DiscussionPrompt {...post.discussion!} />
      <ArticleComments count={15}>{thread}</ArticleComments>
    </AdviceArticleRoot>
  ),
};
