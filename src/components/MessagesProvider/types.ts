/*
 * The catalog of every built-in string, by component: what `MessagesProvider`
 * takes (any subset) and what a shipped locale is (all of it, enforced by type).
 */
import type { PluralForms } from '../../internal/intl';
import type { ArticleMessages } from '../AdviceArticle/parts';
import type { CalloutMessages } from '../Callout/Callout';
import type { CommentThreadMessages } from '../CommentThread/messages';
import type { DialogMessages } from '../Dialog/Dialog';
import type { HowToSayItMessages } from '../HowToSayIt/HowToSayIt';
import type { NewsletterSignupMessages } from '../NewsletterSignup/messages';
import type { SignupDialogMessages } from '../SignupDialog/SignupDialog';
import type { TextFieldMessages } from '../TextField/TextField';

/** Each component's full set of strings, named as in the catalog. */
export interface CareerkitMessageTypes {
  Callout: CalloutMessages;
  HowToSayIt: HowToSayItMessages;
  AdviceArticle: ArticleMessages;
  CommentThread: CommentThreadMessages;
  NewsletterSignup: NewsletterSignupMessages;
  SignupDialog: SignupDialogMessages;
  Dialog: DialogMessages;
  TextField: TextFieldMessages;
}

export type CareerkitComponentName = keyof CareerkitMessageTypes;

/** Any strings of any components: the rest stay as they are (English, or an outer provider's). */
export type CareerkitMessages = { [K in CareerkitComponentName]?: Partial<CareerkitMessageTypes[K]> };

/**
 * Every key of one component. A plural object must give exactly the categories
 * `P` (a record of named keys, like `roles`, stays open).
 */
export type CompleteMessages<T, P extends Intl.LDMLPluralRule> = {
  [K in keyof T]-?: T[K] extends PluralForms ? (string extends keyof T[K] ? T[K] : Record<P | 'other', string>) : T[K];
};

/**
 * A whole locale: every component, every key, and every plural category the
 * language has (`new Intl.PluralRules(locale).resolvedOptions().pluralCategories`),
 * so a missing string is a type error rather than English in the middle of a page.
 */
export type CompleteCareerkitMessages<P extends Intl.LDMLPluralRule = 'one' | 'other'> = {
  [K in CareerkitComponentName]-?: CompleteMessages<CareerkitMessageTypes[K], P>;
};
