/**
 * One comment: `<li><article id="comment-{id}">` with its own heading (the name
 * in `<bdi>`, badges as words), a `<time>` that is also its permalink, the body,
 * its actions, and its replies' list; and the comment forms. Everything it
 * knows comes from the view entry and the thread; every change goes back
 * through the thread.
 */
import * as React from 'react';
import { warnOnce } from '../../internal/dev';
import { composing } from '../../internal/keys';
import { cmsCount } from '../../internal/number';
import { safeHref, safeImageSrc } from '../../internal/url';
import { renderable } from '../../internal/node';
import { wellFormed } from '../../internal/text';
import { visuallyHidden } from '../../styles/shared.css';
import { buttonLook } from '../Button/buttonLook';
import { Avatar, initialsAvatar } from './Avatar';
import { CommentBody } from './CommentBody';
import { displayName } from './model/names';
import { tokenizeBody } from './model/body';
import type { ViewComment, ViewEntry, ViewMore } from './model/view';
import type { FormKey, Thread } from './thread';
import * as styles from './CommentThread.css';

/** Bodies longer than this are clamped, and only this much is rendered until "Show more". */
export const CLAMP_LENGTH = 1200;

/** A like or reply count from the host's data, by AdviceArticle's rule for its comment count (`cmsCount`), else 0. */
export const toCount = (value: unknown): number => cmsCount(value) ?? 0;

/**
 * What a host function (`renderBody`, a sort's `compare`, `onDataIssue`)
 * returns, or when it throws (anything: hosts throw strings and undefined too),
 * what `fallback` does, as if it had not been given, with a development
 * warning: one host bug must not take the thread, or a server render of the
 * page, down with it.
 */
export function attempt<T>(name: string, run: () => T, fallback: () => T): T {
  try {
    return run();
  } catch (error) {
    if (process.env.NODE_ENV !== 'production') {
      warnOnce(`CommentThread: ${name} threw${error instanceof Error ? ` (${error.message})` : ''}; carrying on as if it were not given.`);
    }
    return fallback();
  }
}

/** `comment-{id}`, its white space and `%` percent-encoded: ARIA reads `aria-labelledby="comment-a b-h"` as two ids, a link ends at a space, and the hash is decoded when read, so `a%41` would name `aA`. */
export function commentDomId(id: string): string {
  // (Half an emoji, which encodeURIComponent refuses, is U+FFFD, as the page's UTF-8 makes it.)
  return `comment-${wellFormed(id).replace(/[\s%]/g, encodeURIComponent)}`;
}

/*
 * Only Avatar (for images: it has state) is a component. A comment and its
 * parts are plain functions called while the thread renders: a component costs
 * React a frame of its own per comment, and on the server that adds up to
 * more than the markup. (Nothing is lost: the thread's state is one object,
 * so every change re-renders the thread's comments anyway.)
 */

/** A list's entries: comments and "Show N more" buttons. */
export function entryItems(entries: ViewEntry[], t: Thread): React.ReactNode[] {
  return entries.map((entry) => (entry.kind === 'comment' ? commentItem(entry, t) : moreItem(entry, t)));
}

/** An action button (`label` and what a click does, then any attributes). */
function action(
  label: React.ReactNode,
  onClick: (event: React.MouseEvent<HTMLButtonElement>) => void,
  attributes?: React.ButtonHTMLAttributes<HTMLButtonElement> & { [data: `data-${string}`]: string },
) {
  return (
    <button type="button" className={styles.action} {...attributes} onClick={onClick}>
      {label}
    </button>
  );
}

function moreItem(entry: ViewMore, t: Thread) {
  const { text } = t;
  // (Ids are never empty: the tree leaves such comments out.)
  const parentId = entry.parent?.comment.id ?? '';
  const busy = t.loading.includes(parentId);
  const count = Math.min(parentId ? t.replyPageSize : t.pageSize, entry.local > 0 ? entry.local : entry.remote);
  const label = count
    ? t.plural(count, parentId ? text.moreReplies : text.moreComments)
    : parentId
      ? text.moreRepliesUncounted
      : text.moreCommentsUncounted;
  return (
    // (`+`: comments' keys are `-` and their ids, so no id can make this key twice.)
    <li key={`+${parentId}`}>
      {action(label, () => busy || t.showMore(entry), {
        'data-action': parentId ? 'more-replies' : 'more-comments',
        'aria-disabled': busy || undefined,
        'aria-busy': busy || undefined,
      })}
    </li>
  );
}

/**
 * A name for a sentence built as text (the "replying to" note, the reply box's
 * label), where `<bdi>` cannot go: isolated (FSI…PDI) when it starts with
 * something other than a letter or ends with punctuation, else in an Arabic
 * sentence "Dana K." would show its period before the "D".
 */
const isolate = (name: string) => (/^\p{L}(.*[\p{L}\p{M}\p{N}])?$/su.test(name) ? name : `\u2068${name}\u2069`);

function commentItem(entry: ViewComment, t: Thread) {
  const { text, props, ui } = t;
  const { node, expanded, context } = entry;
  const c = node.comment;
  const id = c.id;
  const domId = commentDomId(id);
  const status = c.status ?? 'published';
  const repliesId = `${domId}-replies`;
  // "Hide 3 replies" / "Show 3 replies", for a comment with replies.
  const toggle = node.children.length
    ? action(
        t.plural(node.descendantCount || node.children.length, expanded ? text.hideReplies : text.showReplies),
        () => t.set(`x${id}`, !expanded),
        {
          'data-action': 'toggle-replies',
          'aria-expanded': expanded,
          // Only a list that exists can be controlled (the flattened replies at the cap have none).
          'aria-controls': expanded && entry.replies ? repliesId : undefined,
        },
      )
    : null;
  const replies = entry.replies?.length ? (
    <ol id={repliesId} className={`${styles.list} ${styles.replies}`}>
      {entryItems(entry.replies, t)}
    </ol>
  ) : null;

  if (node.tombstone) {
    const gone = text[status === 'removed' ? 'removed' : 'deleted'];
    return (
      <li key={'-' + id}>
        <article id={domId} className={styles.comment} tabIndex={-1} data-status={status} aria-label={gone}>
          <span className={styles.avatar} aria-hidden="true" />
          <p className={styles.tombstone}>{gone}</p>
          {toggle ? <div className={styles.actions}>{toggle}</div> : null}
        </article>
        {replies}
      </li>
    );
  }

  // Cleaned as every name in the thread is, and kept to compare with the raw one below.
  const cleanName = displayName(c.author, '');
  const name = cleanName || text.anonymous;
  const { postAuthorId, postAuthorName, viewerId } = props;
  const author = c.author;
  // By id where both have one; else by name (flat imports carry no ids).
  const isPostAuthor =
    !!author &&
    (postAuthorId != null && author.id != null ? author.id === postAuthorId : !!postAuthorName && name === postAuthorName);
  const own = !!viewerId && author?.id === viewerId;
  const published = status === 'published';
  const permissions = c.permissions ?? {};
  const profile = safeHref(author?.url);
  const Heading = `h${Math.min(6, t.headingLevel + 1)}` as 'h3';
  const avatar = safeImageSrc(author?.avatarUrl);
  const when = t.time(c.createdAt);
  // Problems in the comment's own fields, reported once it is shown (see Thread.issue).
  const rawName = author?.name;
  if (!author || typeof author != 'object') t.issue('missing-author', id, 'shown as "Anonymous"');
  // (No name at all, '' included, is normal: readers may post without one.)
  else if (rawName != null && (typeof rawName != 'string' || cleanName !== rawName.replace(/\s+/g, ' ').trim()))
    t.issue('invalid-name', id, 'cleaned for display');
  if (author?.url && !profile) t.issue('unsafe-url', id, 'profile not linked');
  if (author?.avatarUrl && !avatar) t.issue('unsafe-url', id, 'avatar not loaded');
  if (when?.future) t.issue('future-date', id, 'shown as "just now"');
  const edited = c.editedAt ? t.time(c.editedAt) : null;
  // Its date where the time shows "4 days ago", and the edit's: the tooltip and the permalink's description.
  const dates = [when?.relative && when.absolute, edited && `(${text.edited} ${edited.absolute})`].filter(Boolean).join(' ') || undefined;
  // (The tree gives every comment a string body.)
  const clampable = c.body.length > CLAMP_LENGTH;
  const open = !!ui.get(`o${id}`);
  const clamped = clampable && !open && !t.printing;
  const bodyId = `${domId}-body`;
  // An edit is open while its draft exists (see UiState).
  const editKey: FormKey = `e${id}`;
  const editing = ui.has(`d${editKey}`);
  const liked = ui.get(`l${id}`) ?? !!c.likedByViewer;
  // (Not below 0: a host may say the reader liked a comment it counts no likes for.)
  const likeCount = Math.max(0, toCount(c.likes) + +liked - +!!c.likedByViewer);
  const likes = likeCount ? t.plural(likeCount, text.likes) : '';
  // (`Number.isFinite` is false for anything but a finite number: no coercion.)
  // In the locale's digits, as every other count in the thread ("#١" in Arabic).
  const number = Number.isFinite(c.number) ? t.plural(Math.floor(c.number!), { other: '{count}' }) : '';
  const canReply = props.onReply && permissions.canReply !== false && published;
  // (Only where a reply may go: a box reopened from a kept draft may name a comment that takes none now.)
  const replying = canReply && t.replyingTo === id;
  // Each action is described by its comment's name, number and time: in a list of buttons, fifteen "Reply"s are one.
  const act: typeof action = (label, onClick, attributes) => action(label, onClick, { 'aria-describedby': `${domId}-h`, ...attributes });
  // Called, not rendered: it has no hooks (see above).
  const plainBody = () => CommentBody({ body: t.bodyOf(c, clamped) });

  return (
    <li key={'-' + id}>
      <article
        id={domId}
        className={styles.comment}
        tabIndex={-1}
        aria-labelledby={`${domId}-h`}
        data-status={status}
        data-highlighted={t.highlighted === id || undefined}
      >
        {avatar ? <Avatar name={name} src={avatar} /> : initialsAvatar(name)}
        <div className={styles.meta} id={`${domId}-h`}>
          <Heading>
            {profile ? (
              <a href={profile} rel="ugc nofollow noopener noreferrer">
                <bdi>{name}</bdi>
              </a>
            ) : (
              <bdi>{name}</bdi>
            )}
            {isPostAuthor ? <span className={styles.badge}>{text.postAuthor}</span> : null}
            {/* One role may come as a string; anything but text is skipped; each once (its text is its key). */}
            {[...new Set([author?.roles].flat())].slice(0, 3).map((role) =>
              typeof role === 'string' && role ? (
                <span key={role} className={styles.badge}>
                  {/* Own names only: a role called `__proto__` or `constructor` is text, not Object's. */}
                  {/* (Cut at 30 units, an emoji may lose its second half.) */}
                  {Object.hasOwn(text.roles, role) ? text.roles[role] : wellFormed(role.slice(0, 30))}
                </span>
              ) : null,
            )}
            {entry.level >= 2 && !context && !node.parent!.tombstone ? (
              // Deep in the nesting, whom it answers (its parent: it is nested) is
              // said (and shown, where a narrow container stops indenting); a
              // first-level reply's list says it already, and flat or capped
              // replies show their context below. Not under a placeholder: a
              // deleted or removed comment's author is named nowhere.
              <span className={styles.replyNote}>
                {text.replyTo(isolate(displayName(node.parent!.comment.author, text.anonymous)))}
              </span>
            ) : null}
          </Heading>
          {number ? <span>{text.number(number)}</span> : null}
          {/* Described like the actions (out of context, every permalink is "4 days ago"), and by
              the absolute date and the edit's (hidden: read when the link is reached). The same
              text is the tooltip, which CSS also shows beside the link while it has keyboard focus. */}
          <a href={`#${domId}`} aria-describedby={`${domId}-h ${domId}-t`}>
            <time dateTime={when?.iso} title={dates}>
              {when && (when.relative || when.absolute)}
            </time>
          </a>
          {dates ? (
            <span id={`${domId}-t`} hidden>
              {dates}
            </span>
          ) : null}
          {edited ? <span title={edited.absolute}>({text.edited})</span> : null}
        </div>
        {context ? (
          // "Replying to <Name>", linking to the comment answered.
          <p className={styles.context}>
            {context === 'missing'
              ? text.replyToMissing
              : text.replyingTo(
                  <a href={`#${commentDomId(context.comment.id)}`}>
                    {/* A placeholder's author is not named (see the heading). */}
                    <bdi>{displayName(context.tombstone ? null : context.comment.author, text.anonymous)}</bdi>
                  </a>,
                )}
          </p>
        ) : null}
        {status === 'pending' ? <p className={styles.note}>{text.awaitingModeration}</p> : null}
        {editing ? (
          commentForm(t, editKey, text.editLabel, () => {
            t.set(`d${editKey}`, undefined);
            t.set(`s${editKey}`, undefined);
          })
        ) : (
          <div className={styles.body} id={bodyId} data-clamped={clamped}>
            {/* What it returns must render too: a rich-text object would throw in React, past this guard. */}
            {attempt('renderBody', () => renderable((props.renderBody ?? plainBody)(c)) ?? plainBody(), plainBody)}
          </div>
        )}
        <div className={styles.actions}>
          {clampable && !editing
            ? act(open ? text.showLess : text.showMore, () => t.set(`o${id}`, !open), {
                'aria-expanded': open,
                'aria-controls': bodyId,
              })
            : null}
          {canReply
            ? act(text.reply, () => (replying ? t.setReplyingTo(null) : openForm(t, `r${id}`, () => t.setReplyingTo(id))), {
                'data-action': 'reply',
                'aria-expanded': replying,
              })
            : null}
          {props.onLike && permissions.canLike !== false && !own && published ? (
            act(
              likes ? (
                // The whole name in the hidden part: "Like" outside it, Chromium named the
                // button "Like , 12 likes" (a space before the hidden text), as braille shows it.
                <>
                  <span aria-hidden="true">
                    {text.like} · {likes}
                  </span>
                  <span className={visuallyHidden}>{`${text.like}, ${likes}`}</span>
                </>
              ) : (
                text.like
              ),
              () => t.toggleLike(id, !liked),
              { 'aria-pressed': liked },
            )
          ) : !props.onLike && likes ? (
            <span className={styles.meta}>{likes}</span>
          ) : null}
          {act(text.copyLink, () => t.copyLink(id))}
          {props.onReport && !own && permissions.canReport !== false
            ? act(text.report, (event) => t.openDialog('report', id, event.currentTarget))
            : null}
          {props.onEdit && own && permissions.canEdit && !editing ? act(text.edit, () => openForm(t, editKey, () => t.set(`d${editKey}`, c.body))) : null}
          {props.onDelete && own && permissions.canDelete
            ? act(text.delete, (event) => t.openDialog('delete', id, event.currentTarget))
            : null}
          {toggle}
        </div>
        {replying ? commentForm(t, `r${id}`, text.yourReply(isolate(name)), () => t.setReplyingTo(null)) : null}
      </article>
      {replies}
    </li>
  );
}

/**
 * Opens a comment's form (`open` renders it) and focuses it once it is in the
 * DOM (React commits a click's update before the next task). Not autoFocus: a
 * form also mounts again when the reader opens its subthread again, and
 * focus must then stay on that toggle.
 */
function openForm(t: Thread, key: FormKey, open: () => void) {
  open();
  setTimeout(() => document.getElementById(`${t.id}-${key}`)?.focus());
}

/**
 * Before a comment's form closes (cancelled, sent, saved): focus in it would
 * fall to the start of the page, so it goes to the comment's Reply button (a
 * reply) or the comment itself (an edit). The new-comment form never closes.
 */
export function refocus(t: Thread, key: FormKey) {
  const article = document.getElementById(`${t.id}-${key}`)?.closest('article');
  if (article?.contains(document.activeElement)) {
    ((key[0] == 'r' && article.querySelector<HTMLElement>('[data-action=reply]')) || article).focus();
  }
}

/**
 * A comment form, keyed as `UiState` says: `r` for a new comment, `r` + the
 * parent's id for a reply, `e` + the comment's id for an edit. A real `<form>`
 * with a labelled textarea; Ctrl/⌘+Enter sends, Escape cancels (`onCancel`;
 * the new-comment form has none), except inside an IME composition. The draft and the sending state live in the
 * thread, so a draft survives its subthread closing, and a failure keeps the
 * text with a retry. While a comment or reply is sent, the reader's own
 * comment shows below it, marked as sending.
 */
export function commentForm(t: Thread, key: FormKey, label: string, onCancel?: () => void) {
  const { text } = t;
  const state = t.ui.get(`s${key}`);
  const sending = state === 'sending';
  const draft = t.ui.get(`d${key}`) ?? '';
  const edit = key[0] === 'e';
  const failed = state === 'failed';
  const error = failed ? (edit ? text.actionFailed : text.sendFailed) : state == 'empty' ? text.writeFirst : '';
  const id = `${t.id}-${key}`;
  const errorId = `${id}-error`;
  // An edit being saved stays until the host answers, which closes it: cancelled, it opened
  // again from the old text, and that answer closed it with what the reader typed since.
  // (A reply box closes: its draft and sending state live on in the thread.)
  const held = sending && edit;
  const cancel =
    onCancel &&
    (() => {
      if (held) return;
      refocus(t, key);
      onCancel();
    });
  return (
    <>
      <form
        className={styles.composer}
        aria-busy={sending || undefined}
        onSubmit={(event) => {
          event.preventDefault();
          t.submit(key);
        }}
      >
        <label htmlFor={id}>{label}</label>
        <textarea
          id={id}
          value={draft}
          required
          // While it sends: what is sent is what clears (and what the preview shows).
          readOnly={sending}
          maxLength={t.maxLength}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          aria-keyshortcuts={cancel && 'Escape'}
          onChange={(event) => t.set(`d${key}`, event.target.value)}
          onKeyDown={(event) => {
            if (composing(event.nativeEvent)) return;
            if (event.key === 'Escape' && cancel) {
              event.preventDefault();
              cancel();
            } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              event.currentTarget.form?.requestSubmit();
            }
          }}
        />
        {error ? (
          <p id={errorId} className={styles.error}>
            {error}
          </p>
        ) : null}
        <div className={styles.actions}>
          <button type="submit" {...buttonLook('primary', 'sm', sending)}>
            {sending ? text.sending : failed ? text.retry : edit ? text.save : key === 'r' ? text.postComment : text.postReply}
          </button>
          {cancel ? (
            <button type="button" {...buttonLook('ghost', 'sm')} aria-disabled={held || undefined} onClick={cancel}>
              {text.cancel}
            </button>
          ) : null}
        </div>
      </form>
      {sending && !edit ? (
        <div className={styles.comment} data-state="sending" aria-busy="true">
          {initialsAvatar(text.you)}
          <p className={styles.meta}>
            <strong>{text.you}</strong> {text.sending}
          </p>
          <div className={styles.body}>{CommentBody({ body: tokenizeBody(draft) })}</div>
        </div>
      ) : null}
    </>
  );
}
