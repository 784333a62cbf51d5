/**
 * `careerkit`: the components entry. The build adds "use client" as its first
 * line (esbuild drops directives), so Server Components can render these parts.
 * Flat named exports only: a Server Component cannot dot into a client module.
 */

export * from './components/ThemeProvider';
export * from './components/VisuallyHidden';
export * from './components/Heading';
export * from './components/Button';
export * from './components/TextField';
export * from './components/Announcer';
export * from './components/Dialog';
export * from './components/Callout';
export * from './components/HowToSayIt';
export * from './components/AdviceArticle';
export * from './components/CommentThread';
export * from './components/NewsletterSignup';
export * from './components/SignupDialog';
export * from './components/MessagesProvider';

export { plural, localeDirection, type PluralForms } from './internal/intl';
export { resolveMessages, type MessageValue } from './internal/messages';
