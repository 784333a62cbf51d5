'use client';

/**
 * The post's interactive parts, wired to this site's API (app/api/*): the
 * discussion, the nudge inside the reply, and the signup dialog after the
 * article. They get plain data from the Server Component and supply the
 * callbacks themselves.
 */
import { startTransition, useMemo, useState } from 'react';
import { useRouter } from 'next/navigation';
import { CommentThread, NewsletterSignup, SignupDialog, type CommentData } from 'careerkit';
import { COMMENT_MAX_LENGTH, DEMO_READER, newsletterAdapter, postComment, rememberSignup } from '@hiring-desk/shared/browser';
import { weeklyLetter } from '@hiring-desk/shared/content';

export interface DiscussionProps {
  comments: CommentData[];
  now: string;
  locale: string;
  timeZone: string;
  postAuthorId: string;
}

export function Discussion({ comments: fromServer, now, locale, timeZone, postAuthorId }: DiscussionProps) {
  const router = useRouter();
  // Comments this reader posted that the server's last render did not have yet.
  const [posted, setPosted] = useState<CommentData[]>([]);
  const comments = useMemo(() => {
    const known = new Set(fromServer.map((comment) => comment.id));
    return [...fromServer, ...posted.filter((comment) => !known.has(comment.id))];
  }, [fromServer, posted]);

  return (
    <CommentThread
      comments={comments}
      now={now}
      locale={locale}
      timeZone={timeZone}
      // The readers answer each other with "@Name"; replies posted here nest under their comment.
      layout="flat"
      postAuthorId={postAuthorId}
      viewerId={DEMO_READER.id}
      maxLength={COMMENT_MAX_LENGTH}
      onReply={async (parentId, text) => {
        // Rejects when the server refuses: the thread keeps the text and offers "Try again".
        const comment = await postComment(parentId, text);
        setPosted((list) => [...list, comment]);
        // Render the page again on the server: the comment count and the JSON-LD follow.
        startTransition(() => router.refresh());
      }}
    />
  );
}

export function SignupNudge({ formOutcome }: { formOutcome?: string }) {
  return (
    <>
      {formOutcome ? <p role="status">{formOutcome}</p> : null}
      <NewsletterSignup
        id="newsletter"
        variant="nudge"
        titleLevel="p"
        title={weeklyLetter.nudge.title}
        description={weeklyLetter.nudge.description}
        adapter={newsletterAdapter}
        // Before JavaScript runs, the form posts here and the page says how it went.
        action="/api/newsletter"
        consent={weeklyLetter.consent}
        persistKey="hiring-desk-email"
        locale="en-US"
        onOutcome={rememberSignup}
      />
    </>
  );
}

export function SignupOffer() {
  // Offer the dialog by itself at the end of the article, with careerkit's
  // restraint: never on a first visit, once per session, never after the reader
  // signed up (rememberSignup tells every dialog when the nudge signs them up).
  return (
    <SignupDialog
      title={weeklyLetter.dialog.title}
      description={weeklyLetter.dialog.description}
      triggers={{ button: weeklyLetter.button, endOf: '#discussion' }}
      adapter={newsletterAdapter}
      consent={weeklyLetter.consent}
      locale="en-US"
      onOutcome={rememberSignup}
    />
  );
}
