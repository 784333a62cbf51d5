/**
 * One case per component, rendered on the server and hydrated in a DOM. Imports
 * `careerkit` like a host: in the repo that resolves to src/ (React 19); the
 * package test bundles this file against the packed tarball and React 18.
 */
import * as React from 'react';
import {
  AdviceArticle,
  Announcer,
  CommentThread,
  NewsletterSignup,
  fetchAdapter,
  Button,
  Callout,
  HowToSayIt,
  DialogContent,
  DialogDescription,
  DialogRoot,
  DialogTitle,
  DialogTrigger,
  Heading,
  MessagesProvider,
  TextField,
  ThemeProvider,
  VisuallyHidden,
} from 'careerkit';
import { createBrandTheme } from 'careerkit/theme';
import { ArticleJsonLd } from 'careerkit/seo';
import { missedInterviewPost } from '../../stories/content/post';
import { STORY_NOW, VIEWER_ID, arabicDiscussion, missedInterviewDiscussion, nestedDiscussion } from '../../stories/content/discussion';
// The catalogs from source: plain data with no component code, so the packed run
// renders them with the tarball's components as well.
import { ar } from '../../src/locales/ar';
import { es } from '../../src/locales/es';

export interface SsrCase {
  name: string;
  /** Text the server HTML must contain. */
  text: string;
  element: () => React.ReactElement;
}

const brand = createBrandTheme({ base: 'newsprint', color: { brand: '#1f5c3a', onBrand: '#ffffff' } });

export const ssrCases: SsrCase[] = [
  {
    name: 'ThemeProvider with a brand theme',
    text: 'Alex’s Reply',
    element: () => (
      <ThemeProvider theme={brand} scheme="system" dir="rtl">
        <Heading level={2}>Alex’s Reply</Heading>
      </ThemeProvider>
    ),
  },
  { name: 'Heading', text: 'How To Say It', element: () => <Heading level={3}>How To Say It</Heading> },
  {
    name: 'Button',
    text: 'Copy script',
    element: () => (
      <Button tone="secondary" busy>
        Copy script
      </Button>
    ),
  },
  {
    name: 'TextField with hint and error',
    text: 'Email address',
    element: () => (
      <TextField
        label="Email address"
        type="email"
        hint="One letter a week."
        error="Enter an email address in the correct format, like name@example.com"
        defaultValue="reader@"
      />
    ),
  },
  { name: 'Announcer', text: 'Subscribed', element: () => <Announcer message="Subscribed." /> },
  { name: 'VisuallyHidden', text: 'Tip:', element: () => <VisuallyHidden>Tip:</VisuallyHidden> },
  {
    name: 'Dialog, closed',
    text: 'Get the weekly letter',
    element: () => (
      <DialogRoot>
        <DialogTrigger asChild>
          <Button>Get the weekly letter</Button>
        </DialogTrigger>
        <DialogContent>
          <DialogTitle>Get the weekly letter</DialogTitle>
          <DialogDescription>Every Thursday.</DialogDescription>
        </DialogContent>
      </DialogRoot>
    ),
  },
  {
    name: 'Dialog, open from the start',
    text: 'Get the weekly letter',
    element: () => (
      <ThemeProvider theme="jobboard" scheme="dark">
        <DialogRoot defaultOpen>
          <DialogTrigger asChild>
            <Button>Get the weekly letter</Button>
          </DialogTrigger>
          <DialogContent>
            <DialogTitle>Subscribe</DialogTitle>
            <DialogDescription>Every Thursday.</DialogDescription>
          </DialogContent>
        </DialogRoot>
      </ThemeProvider>
    ),
  },
  {
    name: 'Callout, nested',
    text: 'Send it the same day',
    element: () => (
      <Callout tone="tip" title="Send it the same day" titleLevel={4}>
        <Callout tone="warning">Not at 2 a.m.</Callout>
      </Callout>
    ),
  },
  {
    name: 'HowToSayIt, fillable, long, with email',
    text: 'I missed our interview',
    element: () => (
      <HowToSayIt
        script={`Dear [Name],\n\n${'I missed our interview, and I am sorry. '.repeat(60)}\n\nThanks,\n[Your name]`}
        fillable
        defaultValues={{ Name: 'Ms. Okafor' }}
        medium="email"
        email={{ subject: 'Sorry' }}
      />
    ),
  },
  {
    name: 'HowToSayIt, children, right to left',
    text: 'أعتذر',
    element: () => (
      <div dir="rtl" lang="ar">
        <HowToSayIt title="كيف تقولها">
          <p>أعتذر عن تفويت المكالمة.</p>
        </HowToSayIt>
      </div>
    ),
  },
  {
    name: 'AdviceArticle with its JSON-LD',
    text: 'I missed the final interview',
    element: () => (
      <>
        <ArticleJsonLd post={missedInterviewPost} />
        <AdviceArticle post={missedInterviewPost} timeZone="America/New_York" signupNudge={<p>Sign up</p>} comments={<p>Thread</p>} />
      </>
    ),
  },
  {
    name: 'CommentThread, flat numbered discussion with actions',
    text: '15 Comments',
    element: () => (
      <CommentThread
        comments={missedInterviewDiscussion}
        now={STORY_NOW}
        timeZone="America/New_York"
        postAuthorId="alex-marlow"
        onReply={async () => {}}
        onLike={() => {}}
        onReport={() => {}}
      />
    ),
  },
  {
    name: 'CommentThread, nested, every status, seen by its author',
    text: 'This comment was deleted.',
    element: () => (
      <CommentThread comments={nestedDiscussion} now={STORY_NOW} viewerId={VIEWER_ID} replyDepth={9} onEdit={async () => {}} onDelete={async () => {}} />
    ),
  },
  {
    name: 'CommentThread, Arabic, right to left',
    text: 'أ',
    element: () => (
      <div dir="rtl" lang="ar-EG">
        <CommentThread comments={arabicDiscussion} now={STORY_NOW} locale="ar-EG" timeZone="Africa/Cairo" />
      </div>
    ),
  },
  {
    name: 'NewsletterSignup, card with first name, choices and consent per channel',
    text: 'Get the Weekly Letter',
    element: () => (
      <NewsletterSignup
        variant="card"
        title="Get the Weekly Letter"
        action="/subscribe"
        adapter={fetchAdapter({ url: 'https://careers.example/api/newsletter' })}
        askFirstName
        choices={{ legend: 'How often?', type: 'radio', options: [{ value: 'weekly', label: 'Every week' }] }}
        consent={{ version: 'v1', channels: [{ id: 'newsletter', label: 'The Weekly Letter' }] }}
        persistKey="ssr-test-email"
      />
    ),
  },
  {
    name: 'MessagesProvider, Spanish: a script, a form and a thread with no locale props of their own',
    text: 'Copiar el guion',
    element: () => (
      <MessagesProvider messages={es} locale="es">
        <HowToSayIt script={'Hola, [nombre]:\n\nGracias por tu tiempo.'} medium="email" fillable email={{}} />
        <NewsletterSignup action="/subscribe" askFirstName consent={{ version: 'v1', privacyUrl: '/privacidad' }} />
        <CommentThread comments={missedInterviewDiscussion} now={STORY_NOW} timeZone="America/New_York" totalCount={1500} />
      </MessagesProvider>
    ),
  },
  {
    name: 'MessagesProvider, Arabic right to left, nested with one string of the host’s own',
    text: 'تعليق',
    element: () => (
      <ThemeProvider dir="rtl">
        <MessagesProvider messages={ar} locale="ar">
          <MessagesProvider messages={{ HowToSayIt: { title: 'كيف تكتبها' } }}>
            <HowToSayIt script="شكراً على وقتك." medium="letter" />
          </MessagesProvider>
          <CommentThread comments={arabicDiscussion} now={STORY_NOW} timeZone="Africa/Cairo" />
        </MessagesProvider>
      </ThemeProvider>
    ),
  },
];
