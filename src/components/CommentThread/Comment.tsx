/**
 * One comment: `<li><article id="comment-{id}">` with its own heading (the name
 * in `<bdi>`, badges as words), a `<time>` that is also its permalink, the body,
 * its actions, and its replies' list. Everything it knows comes from the view
 * entry and the thread context; every change goes back through the context.
 */
import * as React from 'react';
import { safeHref, safeImageSrc } from '../../internal/url';
import { visuallyHidden } from '../../styles/shared.css';
import { Avatar, initialsAvatar } from './Avatar';
import { CommentBody } from './CommentBody';
import { Composer } from './Composer';
import { tokenizeBody } from './model/body';
import type { CommentNode } from './model/tree';
import type { ViewComment, ViewEntry, ViewMore } from './model/view';
import type { ThreadContextValue } from './context';
import { ThreadContext } from './context';
import * as styles from './CommentThread.css';

/** Bodies longer than this are clamped, and only this much is rendered until "Show more". */
export const CLAMP_LENGTH = 1200;

export function commentDomId(id: string): string {
  return `comment-${id}`;
}

/*
 * Only CommentItem and (for images) Avatar are components. The other
 * parts of a comment are plain functions called while it renders: a component
 * costs React a frame of its own per comment, and on the server that adds up
 * to more than the markup.
 */

/** A list's entries: comments and "Show N more" buttons. */
export function entryItems(entries: ViewEntry[], t: ThreadContextValue) {
  return entries.map((entry) =>
    entry.kind === 'comment' ? <CommentItem key={entry.node.comment.id} entry={entry} /> : moreItem(entry, t),
  );
}

/** Every action button's type and class. */
const action = { type: 'button', className: styles.action } as const;

function moreItem(entry: ViewMore, t: ThreadContextValue) {
  const { text } = t;
  const parentId = entry.parent?.comment.id ?? null;
  const busy = t.loading === (parentId ?? '');
  const page = parentId ? t.replyPageSize : t.pageSize;
  const count = Math.min(page, entry.local > 0 ? entry.local : entry.remote);
  const label = count
    ? t.plural(count, parentId ? text.moreReplies : text.moreComments)
    : parentId
      ? text.moreRepliesUncounted
      : text.moreCommentsUncounted;
  return (
    <li key={`more-${parentId ?? ''}`}>
      <button
        {...action}
        data-action={parentId ? 'more-replies' : 'more-comments'}
        aria-disabled={busy || undefined}
        aria-busy={busy || undefined}
        onClick={() => {
          if (!busy) t.showMore(entry);
        }}
      >
        {label}
      </button>
    </li>
  );
}

/** "Replying to <Name>", linking to the comment answered. */
function replyContext(target: CommentNode | 'missing', t: ThreadContextValue) {
  return (
    <p className={styles.context}>
      {target === 'missing'
        ? t.text.replyToMissing
        : t.text.replyingTo(
            <a href={`#${commentDomId(target.comment.id)}`}>
              <bdi>{t.nameOf(target.comment)}</bdi>
            </a>,
          )}
    </p>
  );
}

export function CommentItem({ entry }: { entry: ViewComment }) {
  const t = React.useContext(ThreadContext);
  const { text } = t;
  const { node } = entry;
  const c = node.comment;
  const id = c.id;
  const domId = commentDomId(id);
  const name = t.nameOf(c);
  const parent = node.parent;
  // Reply context: the entry's (flattened, flat-list or orphan), else the nesting parent.
  const answered = entry.context ?? parent ?? undefined;
  const answeredName = answered && answered !== 'missing' ? t.nameOf(answered.comment) : '';
  const { postAuthorId, postAuthorName, viewerId } = t.props;
  const author = c.author;
  const isPostAuthor =
    !!author &&
    ((postAuthorId != null && author.id === postAuthorId) ||
      (postAuthorId == null && !!postAuthorName && name === postAuthorName));
  const own = !!viewerId && author?.id === viewerId;
  const status = c.status ?? 'published';
  const permissions = c.permissions ?? {};
  const repliesId = `${domId}-replies`;

  if (node.tombstone) {
    const gone = text[status === 'removed' ? 'removed' : 'deleted'];
    return (
      <li>
        <article id={domId} className={styles.comment} tabIndex={-1} data-status={status} aria-label={gone}>
          <span className={styles.avatar} aria-hidden="true" />
          <p className={styles.tombstone}>{gone}</p>
          {toggle(entry, repliesId, t)}
        </article>
        {replies(entry, repliesId, t)}
      </li>
    );
  }

  const profile = safeHref(author?.url);
  const Heading = `h${Math.min(6, t.headingLevel + 1)}` as 'h3';
  const heading = (
    <Heading>
      {profile ? (
        <a href={profile} rel="ugc nofollow noopener noreferrer">
          <bdi>{name}</bdi>
        </a>
      ) : (
        <bdi>{name}</bdi>
      )}
      {isPostAuthor ? <span className={styles.badge}>{text.postAuthor}</span> : null}
      {(author?.roles ?? []).slice(0, 3).map((role) =>
        typeof role === 'string' && role ? (
          <span key={role} className={styles.badge}>
            {text.roles[role] ?? role.slice(0, 30)}
          </span>
        ) : null,
      )}
      {answeredName && !entry.context && entry.level >= 2 ? (
        // Deep in the nesting, whom it answers is said (and shown, where a narrow
        // container stops indenting); a first-level reply's list says it already,
        // and flat or capped replies show their context below.
        <span className={styles.replyNote}>{text.replyTo(answeredName)}</span>
      ) : null}
    </Heading>
  );

  const avatar = safeImageSrc(author?.avatarUrl);
  const when = t.time(c.createdAt);
  const edited = c.editedAt ? t.time(c.editedAt) : null;
  // (The tree gives every comment a string body.)
  const clampable = c.body.length > CLAMP_LENGTH;
  const open = !!t.openBodies.get(id);
  const editing = t.editing?.id === id;
  const liked = t.likedOverride.get(id) ?? !!c.likedByViewer;
  const likeCount = Math.max(0, Math.floor(Number(c.likes) || 0)) + (liked ? 1 : 0) - (c.likedByViewer ? 1 : 0);
  const likes = likeCount ? t.plural(likeCount, text.likes) : '';
  // (`Number.isFinite` is false for anything but a finite number: no coercion.)
  // In the locale's digits, as every other count in the thread ("#١" in Arabic).
  const number = Number.isFinite(c.number) ? t.plural(Math.floor(c.number!), { other: '{count}' }) : '';
  const { onLike, renderBody } = t.props;
  const canReply = t.props.onReply && permissions.canReply !== false && status === 'published';

  return (
    <li>
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
          {heading}
          {number ? <span>{text.number(number)}</span> : null}
          <a href={`#${domId}`}>
            <time dateTime={when?.iso} title={when?.relative ? when.absolute : undefined}>
              {when && (when.relative || when.absolute)}
            </time>
          </a>
          {edited ? <span title={edited.absolute}>({text.edited})</span> : null}
        </div>
        {entry.context ? replyContext(entry.context, t) : null}
        {status === 'pending' ? <p className={styles.note}>{text.awaitingModeration}</p> : null}
        {editing ? (
          <Composer
            id={`${domId}-edit`}
            label={text.editLabel}
            value={t.editing!.text}
            onChange={(text) => t.setEditing({ id, text })}
            onSubmit={() => t.saveEdit(id)}
            onCancel={() => t.setEditing(null)}
            submitLabel={text.save}
            sending={t.editing!.busy === true}
            error={t.editing!.failed ? text.actionFailed : undefined}
            autoFocus
          />
        ) : (
          <div className={styles.body} id={`${domId}-body`} data-clamped={clampable && !open}>
            {renderBody ? (
              renderBody(c)
            ) : (
              // Called, not rendered: it has no hooks (see above).
              CommentBody({ body: t.bodyOf(c, clampable && !open), mentionClassName: styles.mention })
            )}
          </div>
        )}
        <div className={styles.actions}>
          {clampable && !editing ? (
            <button
              {...action}
              aria-expanded={open}
              aria-controls={`${domId}-body`}
              onClick={() => t.setOpenBody(id, !open)}
            >
              {open ? text.showLess : text.showMore}
            </button>
          ) : null}
          {canReply ? (
            <button
              {...action}
              data-action="reply"
              aria-expanded={t.replyingTo === id}
              onClick={() => t.setReplyingTo(t.replyingTo === id ? null : id)}
            >
              {text.reply}
            </button>
          ) : null}
          {onLike && permissions.canLike !== false && !own && status === 'published' ? (
            <button
              {...action}
              aria-pressed={liked}
              onClick={() => t.toggleLike(id, !liked)}
            >
              {text.like}
              {likes ? (
                <>
                  {' '}
                  <span aria-hidden="true">· {likes}</span>
                  <span className={visuallyHidden}>{`, ${likes}`}</span>
                </>
              ) : null}
            </button>
          ) : !onLike && likes ? (
            <span className={styles.meta}>{likes}</span>
          ) : null}
          <button {...action} onClick={() => t.copyLink(id)}>
            {text.copyLink}
          </button>
          {t.props.onReport && !own && permissions.canReport !== false ? (
            <button {...action} onClick={() => t.openDialog({ kind: 'report', id })}>
              {text.report}
            </button>
          ) : null}
          {t.props.onEdit && own && permissions.canEdit && !editing ? (
            <button {...action} onClick={() => t.setEditing({ id, text: c.body })}>
              {text.edit}
            </button>
          ) : null}
          {t.props.onDelete && own && permissions.canDelete ? (
            <button {...action} onClick={() => t.openDialog({ kind: 'delete', id })}>
              {text.delete}
            </button>
          ) : null}
          {toggle(entry, repliesId, t)}
        </div>
        {t.replyingTo === id ? replyForm(t, id, `${domId}-reply`, text.yourReply(name), () => t.setReplyingTo(null)) : null}
      </article>
      {replies(entry, repliesId, t)}
    </li>
  );
}

/** "Hide 3 replies" / "Show 3 replies", for a comment with replies. */
function toggle(entry: ViewComment, repliesId: string, t: ThreadContextValue) {
  const { node } = entry;
  if (!node.children.length) return null;
  const count = node.descendantCount || node.children.length;
  return (
    <button
      {...action}
      data-action="toggle-replies"
      aria-expanded={entry.expanded}
      // Only a list that exists can be controlled (the flattened replies at the cap have none).
      aria-controls={entry.expanded && entry.replies ? repliesId : undefined}
      onClick={() => t.setExpanded(node.comment.id, !entry.expanded)}
    >
      {t.plural(count, entry.expanded ? t.text.hideReplies : t.text.showReplies)}
    </button>
  );
}

function replies(entry: ViewComment, id: string, t: ThreadContextValue) {
  return entry.replies?.length ? (
    <ol id={id} className={`${styles.list} ${styles.replies}`}>
      {entryItems(entry.replies, t)}
    </ol>
  ) : null;
}

/**
 * The form for a new comment (`key` '') or a reply (`key` the parent's id),
 * and the reader's comment while `onReply` runs. Draft and state live in the
 * thread, so they survive the form closing.
 */
export function replyForm(t: ThreadContextValue, key: string, id: string, label: string, onCancel?: () => void) {
  const state = t.sending.get(key);
  const draft = t.drafts.get(key) ?? '';
  return (
    <>
      <Composer
        id={id}
        label={label}
        value={draft}
        onChange={(text) => t.setDraft(key, text)}
        onSubmit={() => t.send(key || null)}
        onCancel={onCancel}
        submitLabel={key ? t.text.postReply : t.text.postComment}
        sending={state === 'sending'}
        error={state === 'failed' ? t.text.sendFailed : undefined}
        // A reply's form opens on request; the new-comment form is always there.
        autoFocus={!!key}
      />
      {state === 'sending' ? sendingPreview(draft, t) : null}
    </>
  );
}

/** The reader's own comment while `onReply` runs. */
function sendingPreview(draft: string, t: ThreadContextValue) {
  return (
    <div className={styles.comment} data-state="sending" aria-busy="true">
      {initialsAvatar(t.text.you)}
      <p className={styles.meta}>
        <strong>{t.text.you}</strong> {t.text.sending}
      </p>
      <div className={styles.body}>{CommentBody({ body: tokenizeBody(draft), mentionClassName: styles.mention })}</div>
    </div>
  );
}
