/**
 * A host's page as strict TypeScript writes it, typechecked against the packed
 * types by react18.test.ts: React 18's types, `strict`, `exactOptionalPropertyTypes`
 * and no `skipLibCheck`. Every exported component is used as a JSX tag, and the
 * host forwards its own optional values (`string | undefined`) where careerkit's
 * own components do the same, and where the docs show it (`viewerId={session?.userId}`).
 */
import {
  AdviceArticle,
  AdviceArticleRoot,
  Announcer,
  ArticleComments,
  ArticleDate,
  ArticleHeader,
  ArticleNudge,
  ArticlePromo,
  ArticleSection,
  ArticleTextBlock,
  ArticleToc,
  Button,
  Callout,
  CommentThread,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogRoot,
  DialogTitle,
  DialogTrigger,
  DiscussionPrompt,
  Heading,
  HowToSayIt,
  MessagesProvider,
  NewsletterBanner,
  NewsletterSignup,
  QuestionSection,
  ReplySection,
  SignupDialog,
  TextField,
  ThemeProvider,
  VisuallyHidden,
  fetchAdapter,
  plural,
  resolveMessages,
  type AdvicePost,
  type MessageValue,
  type PluralForms,
  type CommentData,
  type DialogSize,
  type NewsletterSignupMessages,
  type SubscribeAdapter,
} from 'careerkit';
import { es } from 'careerkit/locales/es';
import { ArticleJsonLd } from 'careerkit/seo';
import { createBrandTheme } from 'careerkit/theme';

const post: AdvicePost = {
  headline: 'I missed the final interview. Is it too late to save the job?',
  author: { name: 'Alex Marlow' },
  publishedAt: '2026-11-20T14:00:00Z',
  question: { body: 'I overslept.\n\nShould I write again?' },
  reply: { blocks: [{ type: 'text', text: 'Write today.' }, { type: 'script', script: 'Dear [Name],' }, { type: 'signup' }] },
};
const comments: CommentData[] = [{ id: 'c1', author: { name: 'Dana' }, body: 'I wrote, and got a second chance.', createdAt: '2026-11-20T15:00:00Z' }];
// The types of the exported helpers' parameters are exported too.
const replies: PluralForms = { one: '{count} reply', other: '{count} replies' };
const replyCount: string = plural('en', 2, replies);
const greeting: Record<string, MessageValue> = { hello: 'Hello' };
void [replyCount, greeting, resolveMessages];
const session: { userId: string } | null = null as { userId: string } | null;
const subscribe = fetchAdapter({ url: '/api/newsletter' });
const consent = { version: 'weekly-letter-2026-11', privacyUrl: '/privacy' };
const brand = createBrandTheme({ base: 'newsprint', color: { brand: '#1f5c3a', onBrand: '#ffffff' } });

/** A host's own adapter, passing on what its provider may or may not have said. */
export const listAdapter: SubscribeAdapter = {
  async subscribe(request, signal) {
    const reply = await fetch('/api/list', { method: 'POST', body: JSON.stringify(request), signal: signal ?? null });
    const said = reply.headers.get('x-message') ?? undefined;
    const retry = reply.headers.get('retry-after');
    if (reply.status === 429) return { kind: 'rate-limited', retryAfter: retry ? Number(retry) : undefined, message: said };
    return reply.ok ? { kind: 'subscribed', message: said } : { kind: 'unknown', reason: 'status', status: reply.status || undefined };
  },
};

/** Wrappers that forward their own optional props. */
export function SiteSignup({ messages }: { messages?: Partial<NewsletterSignupMessages> }) {
  return <NewsletterSignup adapter={subscribe} consent={consent} messages={messages} />;
}
export function SiteDialog({ size }: { size?: DialogSize }) {
  return (
    <DialogRoot>
      <DialogTrigger asChild>
        <Button>Open</Button>
      </DialogTrigger>
      <DialogContent size={size}>
        <DialogTitle>Title</DialogTitle>
        <DialogDescription>Description</DialogDescription>
        <DialogClose asChild>
          <Button tone="secondary">Close</Button>
        </DialogClose>
      </DialogContent>
    </DialogRoot>
  );
}

/**
 * What a host has for a prop is often "maybe": a CMS field left empty, a route
 * parameter, a setting not chosen. Under exactOptionalPropertyTypes it passes
 * straight on, `undefined` included, to every widget's props.
 */
interface SiteSettings {
  locale?: string | undefined;
  timeZone?: string | undefined;
  sort?: string | undefined;
  title?: string | undefined;
  headingLevel?: 2 | 3 | undefined;
  onOpenChange?: ((open: boolean) => void) | undefined;
  onReply?: ((parentId: string | null, text: string) => Promise<unknown>) | undefined;
}
export function Settled({ settings }: { settings: SiteSettings }) {
  const { locale, timeZone, sort, title, headingLevel, onOpenChange, onReply } = settings;
  return (
    <>
      <CommentThread comments={comments} locale={locale} timeZone={timeZone} sort={sort} defaultSort="newest" headingLevel={headingLevel} onReply={onReply} />
      <HowToSayIt script="Dear [Name]," title={title} />
      <Callout title={title}>Text.</Callout>
      <NewsletterSignup adapter={subscribe} consent={consent} title={title} locale={locale} />
      <SignupDialog adapter={subscribe} consent={consent} title={title} onOpenChange={onOpenChange} locale={locale} />
      <AdviceArticle post={post} locale={locale} timeZone={timeZone} />
      <ArticleJsonLd post={post} />
    </>
  );
}

export function Page() {
  return (
    <ThemeProvider theme={brand} scheme="system">
      <MessagesProvider messages={es} locale="es">
        <ArticleJsonLd post={post} />
        <AdviceArticle
          post={post}
          timeZone="America/New_York"
          signupNudge={<NewsletterSignup variant="nudge" adapter={subscribe} consent={consent} />}
          comments={<CommentThread comments={comments} now="2026-11-22T12:00:00Z" viewerId={session?.userId} />}
        />
        {/* The same post composed by hand, from the post's own optional fields. */}
        <AdviceArticleRoot timeZone="America/New_York">
          <NewsletterBanner name="Hiring Desk Weekly" issueDate="2026-11-19" />
          <ArticleHeader {...post} />
          <ArticleDate value={post.updatedAt} />
          <ArticleToc columnist={post.author?.name} sections={[{ id: 'question', label: post.question.heading }, { id: 'reply' }]} />
          <QuestionSection body={post.question.body} />
          <ReplySection columnist={post.author?.name} heading={post.reply.heading}>
            <ArticleTextBlock text="Write today." />
            <HowToSayIt script="Dear [Name]," fillable />
            <ArticlePromo title="The Comeback Letter" body="A guide." href="/guide" linkText="Get the guide" />
            <ArticleNudge>
              <SiteSignup />
            </ArticleNudge>
          </ReplySection>
          <ArticleSection id="extra" heading="More">
            <Callout tone="tip" title="Send it the same day">
              <p>Within a day reads as care.</p>
            </Callout>
          </ArticleSection>
          <DiscussionPrompt heading="Have you ever recovered from a no-show?" linkToComments={false} />
          <ArticleComments count={post.commentCount} />
        </AdviceArticleRoot>
        <SignupDialog adapter={listAdapter} consent={consent} triggers={{ button: true }} />
        <SiteDialog />
        <Heading level={2}>Heading</Heading>
        <TextField label="Name" />
        <Announcer message="Saved." />
        <VisuallyHidden>Hidden</VisuallyHidden>
      </MessagesProvider>
    </ThemeProvider>
  );
}
