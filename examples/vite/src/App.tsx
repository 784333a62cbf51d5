/**
 * The post, rendered in the browser: the article from the bundled content, the
 * discussion from this site's API (server.ts), and the signup forms posting to
 * it through careerkit's fetchAdapter.
 */
import { useCallback, useEffect, useState } from 'react';
import {
  AdviceArticle,
  Button,
  CommentThread,
  NewsletterSignup,
  SignupDialog,
  ThemeProvider,
  type AdvicePost,
  type CommentData,
} from 'careerkit';
import { ArticleJsonLd } from 'careerkit/seo';
import { COMMENT_MAX_LENGTH, DEMO_READER, loadComments, newsletterAdapter, postComment, rememberSignup } from '@hiring-desk/shared/browser';
import { POST_AUTHOR_ID, missedInterviewPost, weeklyLetter } from '@hiring-desk/shared/content';

const locale = 'en-US';
const timeZone = 'America/New_York';

type Discussion =
  | { state: 'loading' }
  | { state: 'failed' }
  | { state: 'ready'; comments: CommentData[]; now: string; hasMore: boolean; total: number; cursor?: string };

/** The last thread a page holds: the next page starts after it. */
const lastThread = (comments: CommentData[]) => comments.findLast((comment) => !comment.parentId)?.id;

/** Threads per page: the first page comes with the post, the rest through "Show more comments". */
const PAGE = 10;

function useDiscussion() {
  const [discussion, setDiscussion] = useState<Discussion>({ state: 'loading' });
  const load = useCallback(() => {
    setDiscussion({ state: 'loading' });
    loadComments({ limit: PAGE }).then(
      (page) => setDiscussion({ state: 'ready', ...page, cursor: lastThread(page.comments) }),
      () => setDiscussion({ state: 'failed' }),
    );
  }, []);
  useEffect(load, [load]);

  /** CommentThread's onLoadMore: the next page of threads, resolved once they are in the list. */
  const loadMore = useCallback(async () => {
    if (discussion.state !== 'ready') return;
    const page = await loadComments({ limit: PAGE, after: discussion.cursor });
    setDiscussion((d) => {
      if (d.state !== 'ready') return d;
      // A comment the reader posted meanwhile may come again with its page.
      const known = new Set(d.comments.map((comment) => comment.id));
      const comments = [...d.comments, ...page.comments.filter((comment) => !known.has(comment.id))];
      return { ...d, comments, hasMore: page.hasMore, total: page.total, cursor: lastThread(page.comments) ?? d.cursor };
    });
  }, [discussion]);

  /** CommentThread's onReply: resolves once the stored comment is in the list, rejects if the server refused. */
  const reply = useCallback(async (parentId: string | null, text: string) => {
    const comment = await postComment(parentId, text);
    setDiscussion((d) => (d.state === 'ready' ? { ...d, comments: [...d.comments, comment], total: d.total + 1 } : d));
  }, []);

  return { discussion, load, loadMore, reply };
}

export function App() {
  const { discussion, load, loadMore, reply } = useDiscussion();

  // careerkit/seo leaves out comments that are not published.
  const post: AdvicePost =
    discussion.state === 'ready'
      ? { ...missedInterviewPost, commentCount: discussion.total, comments: discussion.comments }
      : { ...missedInterviewPost, comments: [] };

  const thread =
    discussion.state === 'ready' ? (
      <CommentThread
        comments={discussion.comments}
        now={discussion.now}
        locale={locale}
        timeZone={timeZone}
        // The readers answer each other with "@Name"; replies posted here nest under their comment.
        layout="flat"
        postAuthorId={POST_AUTHOR_ID}
        viewerId={DEMO_READER.id}
        maxLength={COMMENT_MAX_LENGTH}
        totalCount={discussion.total}
        hasMore={discussion.hasMore}
        onLoadMore={loadMore}
        onReply={reply}
      />
    ) : discussion.state === 'failed' ? (
      <p role="alert">
        The discussion could not be loaded.{' '}
        <Button tone="secondary" size="sm" onClick={load}>
          Try again
        </Button>
      </p>
    ) : (
      <p role="status">Loading the discussion…</p>
    );

  return (
    <ThemeProvider theme="newsprint" scheme="system">
      <div className="site">
        <header className="site-header">
          <a className="site-name" href="/">
            The Hiring Desk
          </a>
          <p className="site-tagline">Career advice, one reader’s letter at a time</p>
        </header>
        <main className="site-main">
          {/* Client-rendered, so only crawlers that run JavaScript see it; the Next example renders it on the server. */}
          {discussion.state === 'ready' ? <ArticleJsonLd post={post} /> : null}
          <AdviceArticle
            post={post}
            locale={locale}
            timeZone={timeZone}
            signupNudge={
              <NewsletterSignup
                id="newsletter"
                variant="nudge"
                titleLevel="p"
                title={weeklyLetter.nudge.title}
                description={weeklyLetter.nudge.description}
                adapter={newsletterAdapter}
                consent={weeklyLetter.consent}
                persistKey="hiring-desk-email"
                locale={locale}
                onOutcome={rememberSignup}
              />
            }
            comments={thread}
          />
        </main>
        <footer className="site-footer">
          <p>{weeklyLetter.dialog.description}</p>
          <SignupDialog
            title={weeklyLetter.dialog.title}
            description={weeklyLetter.dialog.description}
            // At the end of the article too, with careerkit's restraint (never after the reader signed up: rememberSignup).
            triggers={{ button: weeklyLetter.button, endOf: '#discussion' }}
            adapter={newsletterAdapter}
            consent={weeklyLetter.consent}
            locale={locale}
            onOutcome={rememberSignup}
          />
        </footer>
      </div>
    </ThemeProvider>
  );
}
