/**
 * What every comment reads from its thread: settings, strings, and the thread's
 * state and actions. One context instead of props through every level, since
 * replies nest.
 */
import * as React from 'react';
import type { CommentData } from './model/types';
import type { PluralForms } from '../../internal/intl';
import type { TokenizedBody } from './model/body';
import type { TimeTexts } from './model/time';
import type { ViewMore } from './model/view';
import type { CommentThreadProps } from './CommentThread';
import type { CommentThreadMessages } from './messages';

export type SendState = 'sending' | 'failed';
export interface EditState {
  id: string;
  text: string;
  busy?: boolean;
  failed?: boolean;
}
export interface DialogState {
  kind: 'report' | 'delete';
  id: string;
}

export interface ThreadContextValue {
  text: CommentThreadMessages;
  /** Plural forms in the thread's locale (formatters looked up once per render). */
  plural: (count: number, forms: PluralForms) => string;
  /** A date's `<time>` texts in the thread's locale, zone and `now`. */
  time: (value: unknown) => TimeTexts | null;
  headingLevel: number;
  /** The composer's character limit. */
  maxLength: number;
  /** Display names, cleaned once per comment. */
  nameOf: (comment: CommentData) => string;
  /** Tokenized bodies, once per comment (and clamp state). */
  bodyOf: (comment: CommentData, clamped: boolean) => TokenizedBody;
  pageSize: number;
  replyPageSize: number;
  /**
   * The thread's props as the host passed them: the ids, `renderBody`, and the
   * callbacks (an action shows when the host wired it up and the comment's
   * permissions allow it).
   */
  props: CommentThreadProps;
  announce: (message: string) => void;
  /** What is loading: '' for top-level comments, else the parent's id. */
  loading: string | null;
  highlighted: string | null;
  /** Clamped bodies the reader opened. */
  openBodies: ReadonlyMap<string, boolean>;
  likedOverride: ReadonlyMap<string, boolean>;
  replyingTo: string | null;
  drafts: ReadonlyMap<string, string>;
  /** Keyed by parent id, '' for a new top-level comment. */
  sending: ReadonlyMap<string, SendState>;
  editing: EditState | null;
  showMore: (entry: ViewMore) => void;
  /** Opens or closes a comment's replies. */
  setExpanded: (id: string, expanded: boolean) => void;
  /** Opens or clamps a long body. */
  setOpenBody: (id: string, open: boolean) => void;
  toggleLike: (id: string, liked: boolean) => void;
  /** Opens the reply form under a comment (one at a time), or closes it. */
  setReplyingTo: (id: string | null) => void;
  setDraft: (key: string, text: string) => void;
  send: (parentId: string | null) => void;
  setEditing: (state: EditState | null) => void;
  saveEdit: (id: string) => void;
  copyLink: (id: string) => void;
  openDialog: (dialog: DialogState) => void;
}

// No default value: every reader of the context renders inside CommentThread's
// provider (the parts are not exported), so a default would be dead weight.
export const ThreadContext = /* @__PURE__ */ React.createContext<ThreadContextValue>(null as never);
