/**
 * A reader comment as a host passes it: a flat array in any order. Everything in
 * it comes from strangers, so every field is optional or checked at run time.
 */

export const commentStatuses = ['published', 'pending', 'deleted', 'removed'] as const;
export type CommentStatus = (typeof commentStatuses)[number];

export interface CommentAuthor {
  /** Display name; may be missing or empty. */
  name?: string | null | undefined;
  /** The host's id for the person (matches `viewerId`, `postAuthorId`). */
  id?: string | null | undefined;
  /** Profile page; only http(s) URLs are ever linked. */
  url?: string | null | undefined;
  /** Avatar image; only absolute http(s) URLs are ever loaded. */
  avatarUrl?: string | null | undefined;
  /** Roles shown as text badges, e.g. `staff`, `moderator`. */
  roles?: string[] | null | undefined;
}

export interface CommentPermissions {
  canReply?: boolean | undefined;
  canEdit?: boolean | undefined;
  canDelete?: boolean | undefined;
  canReport?: boolean | undefined;
  canLike?: boolean | undefined;
}

export interface CommentData {
  id: string;
  /** The comment this one answers; absent for top-level (or flat) comments. */
  parentId?: string | null | undefined;
  author?: CommentAuthor | null | undefined;
  /** Plain text; never HTML. */
  body: string;
  /** ISO 8601. */
  createdAt: string;
  editedAt?: string | null | undefined;
  /** Default `published`. */
  status?: CommentStatus | undefined;
  /** The number the source shows ("1", "2", …) in flat, numbered lists. */
  number?: number | null | undefined;
  /** Replies the host has for this comment in all, passed or not (for "Show N more replies"). */
  replyCount?: number | null | undefined;
  likes?: number | null | undefined;
  likedByViewer?: boolean | null | undefined;
  permissions?: CommentPermissions | null | undefined;
}

/** Something wrong with the data, reported once through `onDataIssue` and a development warning. */
export interface CommentDataIssue {
  kind:
    | 'duplicate-id'
    | 'missing-id'
    | 'orphan'
    | 'cycle'
    | 'self-parent'
    | 'invalid-date'
    | 'unknown-status'
    | 'invalid-body'
    // Found when the comment is first shown (its own fields, cleaned for display):
    | 'missing-author'
    | 'invalid-name'
    | 'unsafe-url'
    | 'future-date';
  /** The comment the issue is about, when it has an id. */
  id?: string | undefined;
  message: string;
}
