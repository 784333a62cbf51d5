/**
 * What every part of a comment reads from its thread: settings, strings, the
 * reader's state and the actions. The parts are plain functions called while
 * the thread renders (see Comment.tsx), so this is an argument, not a React
 * context: no provider, and no context read per comment.
 */
import type { CommentData, CommentDataIssue } from './model/types';
import type { PluralForms } from '../../internal/intl';
import type { TokenizedBody } from './model/body';
import type { TimeTexts } from './model/time';
import type { ViewMore } from './model/view';
import type { CommentThreadProps } from './CommentThread';
import type { CommentThreadMessages } from './messages';

/**
 * The reader's state of each comment, in one map keyed by one of these letters
 * and the comment's id, so one hook and one setter serve them all:
 * - `x`: replies open (true) or closed (false); absent, the default by depth;
 * - `n`: replies shown, once the reader opened or paged them;
 * - `o`: a clamped body the reader opened;
 * - `l`: the reader's like, until the host's data says so;
 * - `d` and `s` + a form's key: its draft, and `sending` or `failed` while or
 *   after the host's promise runs. Form keys: `r` + the parent's id for a
 *   reply (`r` alone: a new comment), `e` + the comment's id for an edit
 *   (its draft existing is what opens the editor).
 */
export type UiState = UiMap;

/** What each key letter holds (see `UiState`). */
export interface UiValues {
  x: boolean;
  n: number;
  o: boolean;
  l: boolean;
  d: string;
  s: 'sending' | 'failed' | 'empty';
}
/** A key of `UiState`: its letter, then the comment's id or the form's key. */
export type UiKey<K extends keyof UiValues = keyof UiValues> = `${K}${string}`;

/**
 * A `Map` underneath, typed by key letter: `ui.get(\`n${id}\`)` is a number.
 * (Keys must be template literals for TypeScript to read their letter.)
 */
export interface UiMap {
  get<K extends keyof UiValues>(key: UiKey<K>): UiValues[K] | undefined;
  has(key: UiKey): boolean;
}
/** The copy `UiState` changes are made in. */
export interface UiDraft extends UiMap {
  set<K extends keyof UiValues>(key: UiKey<K>, value: UiValues[K]): unknown;
  delete(key: UiKey): boolean;
}
/** A form's key: `r` + the parent's id (none for a new comment), or `e` + the edited comment's id. */
export type FormKey = `${'r' | 'e'}${string}`;

export interface DialogState {
  kind: 'report' | 'delete';
  id: string;
  /** The button that opened it, to return focus to. */
  opener: HTMLElement;
}

export interface Thread {
  text: CommentThreadMessages;
  /** The thread's props as the host passed them: ids, `renderBody`, callbacks (an action shows when its callback is there and the comment's permissions allow it). */
  props: CommentThreadProps;
  /** Plural forms in the thread's locale (formatters looked up once per render). */
  plural: (count: number, forms: PluralForms) => string;
  /** A date's `<time>` texts in the thread's locale, zone and `now`. */
  time: (value: unknown) => TimeTexts | null;
  headingLevel: number;
  /** Prefix for the thread's own element ids (React's useId). */
  id: string;
  /** The composer's character limit. */
  maxLength: number;
  /** Records a problem in a shown comment's own fields, reported after the render commits (once per thread). */
  issue: (kind: CommentDataIssue['kind'], id: string, message: string) => void;
  /** Tokenized bodies, once per comment (and clamp state). */
  bodyOf: (comment: CommentData, clamped: boolean) => TokenizedBody;
  pageSize: number;
  replyPageSize: number;
  /** What is loading: '' for top-level comments, else the parents' ids (each loader runs once at a time). */
  loading: string[];
  highlighted: string | null;
  /** Between `beforeprint` and `afterprint`: clamped bodies print whole (paper has no "Show more"). */
  printing: boolean;
  /** The comment whose reply form is open (one at a time). */
  replyingTo: string | null;
  ui: UiState;
  /** Sets one key of `ui`; `undefined` deletes it. */
  set: <K extends keyof UiValues>(key: UiKey<K>, value: UiValues[K] | undefined) => void;
  announce: (message: string) => void;
  showMore: (entry: ViewMore) => void;
  toggleLike: (id: string, liked: boolean) => void;
  setReplyingTo: (id: string | null) => void;
  /** Sends the form `key`'s draft (see `UiState`). */
  submit: (key: FormKey) => void;
  copyLink: (id: string) => void;
  /** Set by a delete that succeeded; run after the comments next change (see CommentDialog). */
  afterDelete: { current?: () => void };
  /** `opener`: the button clicked, where focus returns (Safari does not focus a clicked button). */
  openDialog: (kind: DialogState['kind'], id: string, opener: HTMLElement) => void;
}
