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
import { DEMO_READER, loadComments, newsletterAdapter, postComment, rememberSignup, useJoined } from '@hiring-desk/shared/browser';
import { POST_AUTHOR_ID, missedInterviewPost, weeklyLetter } from '@hiring-desk/shared/content';

const locale = 'en-US';
const timeZone = 'America/New_York';

type Discussion = { state: 'loading' } | { state: 'failed' } | { state: 'ready'; comments: CommentData[]; now: string };

function useDiscussion() {
  const [discussion, setDiscussion] = useState<Discussion>({ state: 'loading' });
  const load = useCallback(() => {
    setDiscussion({ state: 'loading' });
    loadComments().then(
      ({ comments, now }) => setDiscussion({ state: 'ready', comments, now }),
      () => setDiscussion({ state: 'failed' }),
    );
  }, []);
  useEffect(load, [load]);

  /** CommentThread's onReply: resolves once the stored comment is in the list, rejects if the server refused. */
  const reply = useCallback(async (parentId: string | null, text: string) => {
    const comment = await postComment(parentId, text);
    setDiscussion((d) => (d.state === 'ready' ? { ...d, comments: [...d.comments, comment] } : d));
  }, []);

  return { discussion, load, reply };
}

export function App() {
  const { discussion, load, reply } = useDiscussion();
  const joined = useJoined();

  const published = discussion.state === 'ready' ? discussion.comments.filter((c) => (c.status ?? 'published') === 'published') : [];
  const post: AdvicePost =
    discussion.state === 'ready'
      ? {
          ...missedInterviewPost,
          commentCount: published.length,
          comments: published.map(({ id, parentId, author, body, createdAt }) => ({ id, parentId, author: { name: author?.name, url: author?.url }, body, createdAt })),
        }
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
            // At the end of the article too, with careerkit's restraint, unless the reader signed up in the nudge.
            triggers={joined ? { button: weeklyLetter.button } : { button: weeklyLetter.button, endOf: '#discussion' }}
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
