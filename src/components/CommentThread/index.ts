export {
  CommentThread,
  commentSorts,
  commentLayouts,
  type CommentThreadProps,
  type CommentSort,
  type CommentLayout,
  type CommentSortOption,
} from './CommentThread';
export { commentThreadMessages, type CommentThreadMessages } from './messages';
export {
  commentStatuses,
  type CommentData,
  type CommentAuthor,
  type CommentPermissions,
  type CommentStatus,
  type CommentDataIssue,
} from './model/types';
