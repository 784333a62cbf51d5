/**
 * The post page: a Server Component. It reads the comments from SQLite on every
 * request and renders the whole post, the JSON-LD included, on the server. The
 * parts that need callbacks (replying, signing up) are small client components
 * in ./post-client.tsx that get plain data from here: functions cannot cross
 * from the server to the browser.
 */
import { AdviceArticle, type AdvicePost } from 'careerkit';
import { ArticleJsonLd } from 'careerkit/seo';
import { vars } from 'careerkit/theme';
import { POST_AUTHOR_ID, missedInterviewPost, publishedCount, weeklyLetter } from '@hiring-desk/shared/content';
import { store } from '../lib/store';
import { Discussion, SignupNudge, SignupOffer } from './post-client';

// Render on every request: the comments change.
export const dynamic = 'force-dynamic';

// The same on the server and in the browser, so hydration finds the same text.
const locale = 'en-US';
const timeZone = 'America/New_York';

const formOutcomes: Record<string, string> = {
  subscribed: 'You’re subscribed to Hiring Desk Weekly. Thank you!',
  pending: 'Check your inbox: we sent a link to confirm your address.',
  'already-subscribed': 'You’re already subscribed. Nothing more to do.',
  invalid: 'That address didn’t work. Check it and try again.',
};

export default async function PostPage({ searchParams }: { searchParams: Promise<{ newsletter?: string | string[] }> }) {
  const comments = (await store()).comments();
  // The moment "3 days ago" counts from, fixed for this render and handed to the browser.
  const now = new Date().toISOString();
  // The article only needs the count; the comments themselves go to the JSON-LD (rendered
  // here, on the server: careerkit/seo is not a client module) and to the thread, not a third time.
  const { comments: _seeded, ...article } = missedInterviewPost;
  const post: AdvicePost = { ...article, commentCount: publishedCount(comments) };
  // What the signup form said when it was posted before JavaScript ran (see /api/newsletter).
  const formOutcome = formOutcomes[String((await searchParams).newsletter)];

  return (
    <>
      <header className="site-header">
        <a className="site-name" href="/">
          The Hiring Desk
        </a>
        <p className="site-tagline" style={{ color: vars.color.textMuted }}>
          Career advice, one reader’s letter at a time
        </p>
      </header>
      <main className="site-main">
        <ArticleJsonLd post={{ ...post, comments }} />
        <AdviceArticle
          post={post}
          locale={locale}
          timeZone={timeZone}
          signupNudge={<SignupNudge formOutcome={formOutcome} />}
          comments={<Discussion comments={comments} now={now} locale={locale} timeZone={timeZone} postAuthorId={POST_AUTHOR_ID} />}
        />
      </main>
      <footer className="site-footer">
        <p>{weeklyLetter.dialog.description}</p>
        <SignupOffer />
      </footer>
    </>
  );
}
