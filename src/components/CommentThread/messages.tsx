import type * as React from 'react';

import type { PluralForms as Plural } from '../../internal/intl';

/**
 * CommentThread's built-in strings. Counts are plural objects (`Intl.PluralRules`
 * categories, `{count}` in the locale's digits); values that vary are functions,
 * so a translation can put them where its grammar wants them.
 */
export const commentThreadMessages = {
  heading: { one: '{count} Comment', other: '{count} Comments' } as Plural,
  empty: 'No comments yet. Start the discussion.',
  anonymous: 'Anonymous',
  /** Badge for the post's author, as text (never colour alone). */
  postAuthor: 'Author',
  /** Badges for `author.roles`; unknown roles show as written. */
  roles: { staff: 'Staff', moderator: 'Moderator' } as Record<string, string>,
  /** Said after the name in a reply's heading. */
  replyTo: (name: string) => `, replying to ${name}`,
  /** The visible reply-context chip: `name` is a link to the comment answered. */
  replyingTo: (name: React.ReactNode): React.ReactNode => <>Replying to {name}</>,
  replyToMissing: 'Replying to a comment that is not shown',
  number: (n: string) => `#${n}`,
  justNow: 'just now',
  you: 'You',
  edited: 'edited',
  awaitingModeration: 'Awaiting moderation: only you can see this comment.',
  deleted: 'This comment was deleted.',
  removed: 'This comment was removed by a moderator.',
  showReplies: { one: 'Show {count} reply', other: 'Show {count} replies' } as Plural,
  hideReplies: { one: 'Hide {count} reply', other: 'Hide {count} replies' } as Plural,
  moreReplies: { one: 'Show {count} more reply', other: 'Show {count} more replies' } as Plural,
  moreRepliesUncounted: 'Show more replies',
  moreComments: { one: 'Show {count} more comment', other: 'Show {count} more comments' } as Plural,
  moreCommentsUncounted: 'Show more comments',
  repliesLoaded: { one: '{count} more reply loaded.', other: '{count} more replies loaded.' } as Plural,
  commentsLoaded: { one: '{count} more comment loaded.', other: '{count} more comments loaded.' } as Plural,
  loadFailed: 'Could not load more comments. Try again.',
  showMore: 'Show more',
  showLess: 'Show less',
  reply: 'Reply',
  cancel: 'Cancel',
  newComment: 'Add a comment',
  yourReply: (name: string) => `Your reply to ${name}`,
  postComment: 'Post comment',
  postReply: 'Post reply',
  sending: 'Sending…',
  sent: 'Your comment was posted.',
  /** Said at a comment box the reader tried to send holding only spaces. */
  writeFirst: 'Write your comment first.',
  sendFailed: 'Your comment was not posted. Your text is still here: try again.',
  retry: 'Try again',
  like: 'Like',
  likes: { one: '{count} like', other: '{count} likes' } as Plural,
  likeFailed: 'Your like was not saved.',
  copyLink: 'Copy link',
  linkCopied: 'Link copied.',
  linkInAddressBar: 'Copying was blocked. The link is in the address bar.',
  report: 'Report',
  edit: 'Edit',
  save: 'Save',
  editLabel: 'Edit your comment',
  delete: 'Delete',
  sortLabel: 'Sort by',
  sorts: { oldest: 'Oldest', newest: 'Newest', replies: 'Most replies' } as Record<string, string>,
  reportTitle: 'Report this comment',
  reportDescription: 'Tell the moderators what is wrong. The author is not told who reported it.',
  /** The report dialog's list of reasons. */
  reportReason: 'Why are you reporting it?',
  reportReasons: {
    spam: 'Spam or advertising',
    abuse: 'Harassment or hate',
    personal: 'Shares someone’s personal information',
    offTopic: 'Off topic',
  } as Record<string, string>,
  reportSubmit: 'Send report',
  reported: 'Thanks. A moderator will look at this comment.',
  deleteTitle: 'Delete your comment?',
  deleteDescription: 'It is removed for everyone. Replies to it stay.',
  deleteConfirm: 'Delete comment',
  deletedDone: 'Your comment was deleted.',
  actionFailed: 'That did not work. Try again.',
};
export type CommentThreadMessages = typeof commentThreadMessages;
