export {
  NewsletterSignup,
  newsletterVariants,
  signupTitleLevels,
  signupStates,
  type NewsletterSignupProps,
  type NewsletterVariant,
  type SignupTitleLevel,
  type SignupState,
  type SignupConsent,
  type SignupChoices,
} from './NewsletterSignup';
export { newsletterSignupMessages, type NewsletterSignupMessages } from './messages';
export { normalizeEmail, emailProblem, suggestEmail, MAX_EMAIL_LENGTH, type EmailProblem } from './email';
export * from './adapters';
