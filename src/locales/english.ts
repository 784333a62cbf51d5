/**
 * The English defaults as one catalog, the shape every shipped locale must
 * match. For the locale tests and stories only: the widgets keep their own
 * defaults, so a host that never uses a provider pays for nothing here.
 */
import { articleMessages } from '../components/AdviceArticle/parts';
import { calloutMessages } from '../components/Callout/Callout';
import { commentThreadMessages } from '../components/CommentThread/messages';
import { dialogMessages } from '../components/Dialog/Dialog';
import { howToSayItMessages } from '../components/HowToSayIt/HowToSayIt';
import type { CareerkitMessageTypes } from '../components/MessagesProvider/types';
import { newsletterSignupMessages } from '../components/NewsletterSignup/messages';
import { signupDialogMessages } from '../components/SignupDialog/SignupDialog';
import { textFieldMessages } from '../components/TextField/TextField';

export const englishCatalog: CareerkitMessageTypes = {
  Callout: calloutMessages,
  HowToSayIt: howToSayItMessages,
  AdviceArticle: articleMessages,
  CommentThread: commentThreadMessages,
  NewsletterSignup: newsletterSignupMessages,
  SignupDialog: signupDialogMessages,
  Dialog: dialogMessages,
  TextField: textFieldMessages,
};
