/**
 * One whole advice post, as a publisher's page prints it: the site's header,
 * the article with its How To Say It script, promo and signup nudge, the
 * discussion prompt, the reader discussion, a signup dialog and the post's
 * JSON-LD with its comments. Every widget comes from careerkit; the "back end"
 * is this file's state, answering after a short delay as a real one would.
 */
import * as React from 'react';
import {
  AdviceArticle,
  CommentThread,
  MessagesProvider,
  NewsletterSignup,
  SignupDialog,
  type AdvicePost,
  type CareerkitMessages,
  type CommentData,
  type SubscribeAdapter,
} from '../../src';
import { ArticleJsonLd } from '../../src/seo';
import { publishedCount } from '../content/discussion';

export interface FullPostProps {
  post: AdvicePost;
  discussion: readonly CommentData[];
  /** The columnist's id in the discussion (Author badge). */
  postAuthorId: string;
  /** The signed-in reader. */
  viewer: { id: string; name: string };
  /** The site's name, in its header. */
  site: string;
  /** What the dialog and the nudge say, in the page's language. */
  signup: { title: string; description: string; nudgeTitle: string; headerButton: string };
  now: string;
  locale: string;
  timeZone: string;
  /** Every built-in string, e.g. a shipped locale (`careerkit/locales/es`). Default: English. */
  messages?: CareerkitMessages;
}

/** Every address gets a confirmation link, except one that is already on the list. */
const storyAdapter: SubscribeAdapter = {
  subscribe: (request) =>
    new Promise((resolve) =>
      setTimeout(
        () => resolve({ kind: request.email.startsWith('already@') ? 'already-subscribed' : 'pending-confirmation' }),
        300,
      ),
    ),
};

const consent = { version: 'weekly-letter-2026-11', privacyUrl: 'https://advice.example.com/privacy' };

export function FullPost({ post, discussion, postAuthorId, viewer, site, signup, now, locale, timeZone, messages }: FullPostProps) {
  const [comments, setComments] = React.useState<readonly CommentData[]>(discussion);
  const articleEnd = React.useRef<HTMLDivElement>(null);
  // careerkit/seo leaves out comments that are not published; the heading counts the published ones.
  const withComments: AdvicePost = { ...post, commentCount: publishedCount(comments), comments: [...comments] };

  return (
    <MessagesProvider messages={messages} locale={locale}>
      <header className="sb-page-header">
        <p className="sb-page-site">{site}</p>
        <SignupDialog
          title={signup.title}
          description={signup.description}
          consent={consent}
          adapter={storyAdapter}
          locale={locale}
          storageId="full-post"
          triggers={{ button: signup.headerButton, endOf: articleEnd }}
        />
      </header>
      <main>
        <ArticleJsonLd post={withComments} />
        <AdviceArticle
          post={withComments}
          locale={locale}
          timeZone={timeZone}
          signupNudge={
            <NewsletterSignup
              variant="nudge"
              title={signup.nudgeTitle}
              titleLevel="p"
              consent={consent}
              adapter={storyAdapter}
              locale={locale}
            />
          }
          comments={
            <CommentThread
              comments={comments}
              now={now}
              locale={locale}
              timeZone={timeZone}
              postAuthorId={postAuthorId}
              viewerId={viewer.id}
              onReply={(parentId, text) =>
                new Promise((resolve) =>
                  setTimeout(() => {
                    setComments((list) => [
                      ...list,
                      {
                        id: `reply-${list.length + 1}`,
                        parentId,
                        author: { name: viewer.name, id: viewer.id },
                        body: text,
                        createdAt: now,
                        status: 'published',
                      },
                    ]);
                    resolve(undefined);
                  }, 300),
                )
              }
            />
          }
        />
        <div ref={articleEnd} />
      </main>
    </MessagesProvider>
  );
}
