/*
 * The advice-column post as flat, composable parts. `AdviceArticle` renders
 * exactly these from one data object, so a host that writes pages by hand and a
 * host with a CMS get the same markup. Parts share the locale, time zone, heading
 * level and strings through `AdviceArticleRoot`.
 */
import * as React from 'react';
import { copyText } from '../../internal/clipboard';
import { isoDate } from '../../internal/date';
import { safeHref } from '../../internal/url';
import { shown, warnOnce } from '../../internal/dev';
import { cmsCount, cmsNumber } from '../../internal/number';
import { cmsProps, renderable } from '../../internal/node';
import { dateTimeFormat, numberFormat, plural, type PluralForms } from '../../internal/intl';
import { useMessages } from '../../internal/messages';
import { SectionHeadingLevel } from '../../internal/section';
import { visuallyHidden } from '../../styles/shared.css';
import { Announcer } from '../Announcer';
import { howToSayItMessages } from '../HowToSayIt';
import { splitParagraphs } from '../HowToSayIt/scriptText';
import * as styles from './AdviceArticle.css';
import type { AdvicePost, ArticleNewsletter, ArticlePromoData, ArticleText } from './types';

export const articleMessages = {
  /** Functions, so a translation can put the value where its grammar wants it. */
  by: (author: React.ReactNode): React.ReactNode => <>By {author}</>,
  published: (date: React.ReactNode): React.ReactNode => <>Published {date}</>,
  updated: (date: React.ReactNode): React.ReactNode => <>Updated {date}</>,
  /** `count` for plural rules, `formatted` in the locale's digits. */
  readingTime: (_count: number, formatted: string) => `${formatted} min read`,
  /** "In the November 20, 2026 Weekly Letter, a reader who …" */
  banner: (date: React.ReactNode, newsletter: React.ReactNode, summary: React.ReactNode): React.ReactNode => (
    <>
      In the {date} {newsletter}
      {summary ? ', ' : ''}
      {summary}
    </>
  ),
  contents: 'In this post',
  question: 'The Question',
  reply: (columnist: string) => `${columnist}’s Reply`,
  replyUnsigned: 'The Reply',
  promo: 'Promotion',
  joinDiscussion: 'Join the discussion',
  comments: { one: '{count} Comment', other: '{count} Comments' } as PluralForms,
  commentsLink: 'Comments',
  copyLink: (section: string) => `Link to “${section}”`,
  linkCopied: 'Link copied.',
};
export type ArticleMessages = typeof articleMessages;

export const articleHeadlineLevels = [1, 2] as const;
export type ArticleHeadlineLevel = (typeof articleHeadlineLevels)[number];

interface ArticleContextValue {
  locale?: string | undefined;
  /** Before each section anchor (see AdviceArticleRootProps.idPrefix). */
  prefix: string;
  timeZone: string;
  level: ArticleHeadlineLevel;
  text: ArticleMessages;
  copied: () => void;
}

const ArticleContext = /* @__PURE__ */ React.createContext<ArticleContextValue>({
  prefix: '',
  timeZone: 'UTC',
  level: 1,
  text: articleMessages,
  copied: () => {},
});

export interface AdviceArticleRootProps extends React.HTMLAttributes<HTMLElement> {
  /** BCP 47 locale for dates, numbers and plurals. Default: a `MessagesProvider`'s, else English (`en`), never the runtime's (which differs between server and browser). */
  locale?: string | undefined;
  /** Dates render in this zone on the server and in the browser alike. Default: `UTC`. */
  timeZone?: string | undefined;
  /** `1` when the post is the page, `2` inside a page that has its own h1. Default: 1. */
  headlineLevel?: ArticleHeadlineLevel | undefined;
  /** Strings of your own over the defaults (or a `MessagesProvider`'s): byline, dates, headings, copy-link labels. */
  messages?: Partial<ArticleMessages> | undefined;
  /**
   * Put before every section anchor, for a page that shows more than one post (a
   * home page of full posts, the next post loading below): `post-42-` makes
   * `#post-42-question`, `#post-42-comments` and so on, so each post's contents and
   * links reach its own sections. Letters, digits, `-` and `_` only (anything else is
   * left out, with a development warning). Default: none (`#question`).
   */
  idPrefix?: string | undefined;
}

/** The `<article>` and the settings every part reads. */
export function AdviceArticleRoot({
  locale: localeProp,
  timeZone = 'UTC',
  headlineLevel = 1,
  messages,
  idPrefix,
  className,
  children,
  ...rest
}: AdviceArticleRootProps) {
  const [text, locale] = useMessages('AdviceArticle', articleMessages, messages, localeProp);
  const [copies, setCopies] = React.useState(0);
  return (
    <ArticleContext.Provider
      value={{ prefix: anchorPrefix(idPrefix), locale, timeZone, level: headlineLevel === 2 ? 2 : 1, text, copied: () => setCopies((c) => c + 1) }}
    >
      <article {...rest} className={`${styles.root} ${className ?? ''}`}>
        {children}
        <Announcer message={copies ? text.linkCopied : ''} announceKey={copies} />
      </article>
    </ArticleContext.Provider>
  );
}

/**
 * The prefix as given when it is a plain token: anything else could not be written
 * after `#` in a link as it stands in an id (a space, `%`, `#`), so it is left out.
 */
export function anchorPrefix(prefix: unknown): string {
  if (typeof prefix == 'string' && /^[\w-]*$/.test(prefix)) return prefix;
  if (process.env.NODE_ENV !== 'production' && prefix != null) warnOnce(`AdviceArticle: idPrefix ${shown(prefix)} is not letters, digits, - and _ only; the anchors have no prefix.`);
  return '';
}

/**
 * True for text that would render nothing: empty or blank strings, null, booleans;
 * and an object React cannot render (a CMS's rich-text document), with a warning.
 */
export function isBlank(value: ArticleText): boolean {
  return typeof value === 'string' ? splitParagraphs(value).length === 0 : renderable(value) == null;
}

/** Plain text as paragraphs (split on blank lines), or the host's own nodes (none for a rich-text object React cannot render). */
export function ArticleTextBlock({ text }: { text: ArticleText }): React.JSX.Element {
  // One element, not the node as is: a component typed to return any ReactNode cannot be a JSX tag under React 18's types.
  return <>{typeof text === 'string' ? splitParagraphs(text).map((paragraph, index) => <p key={index}>{paragraph}</p>) : renderable(text)}</>;
}

/** The date, or null (with a development warning) when the text is not one; the JSON-LD reads dates the same way. */
function validDate(value: unknown): Date | null {
  const date = isoDate(value);
  // Not `${value}`: an object with a `toString` key would throw.
  if (!date && value && process.env.NODE_ENV !== 'production') warnOnce(`AdviceArticle: ${shown(value)} is not a valid date; it is not shown.`);
  return date;
}

/**
 * A date in `<time datetime>`. An instant renders in the article's time zone; a
 * calendar date (`2026-11-20`) renders as that day everywhere. Invalid input
 * renders nothing and warns.
 */
export function ArticleDate({ value }: { value?: string | undefined }) {
  const { locale, timeZone } = React.useContext(ArticleContext);
  const date = validDate(value);
  // Ten characters after the check (a date is text): a calendar date, the same day in every zone.
  const calendar = date && value!.trim().length === 10;
  return date ? (
    <time dateTime={calendar ? value!.trim() : date.toISOString()}>
      {dateTimeFormat(locale, { dateStyle: 'long', timeZone: calendar ? 'UTC' : timeZone }).format(date)}
    </time>
  ) : null;
}

export interface ArticleSectionProps {
  /** The stable anchor: `question`, `reply`, `discussion`, `comments` (after the root's `idPrefix`). */
  id: string;
  /** The section's heading; it names the region. */
  heading: string;
  className?: string | undefined;
  children?: React.ReactNode | undefined;
}

/**
 * A section named by its heading, with a link to its anchor that also copies
 * itself. Where the clipboard is refused the link still does what links do:
 * the address bar now holds the section's URL, ready to copy.
 */
export function ArticleSection({ id: anchor, heading, className = '', children }: ArticleSectionProps) {
  const { text, copied, level, prefix } = React.useContext(ArticleContext);
  const id = prefix + anchor;
  // The anchor is the stable `id`; the label link is unique, so two posts on a page stay apart.
  const headingId = `${React.useId()}-heading`;
  const Heading = `h${level + 1}` as 'h2';
  // Focusable, so a link to it (the contents, "Join the discussion") moves focus there, not only the view.
  return (
    <section id={id} tabIndex={-1} aria-labelledby={headingId} className={`${styles.section} ${className}`}>
      <div className={styles.sectionHead}>
        <Heading id={headingId}>{heading}</Heading>
        <a
          href={`#${id}`}
          className={styles.copyLink}
          onClick={async (event) => {
            if ((await copyText(event.currentTarget.href, null)) === 'copied') copied();
          }}
        >
          <span aria-hidden="true">#</span>
          <span className={visuallyHidden}>{text.copyLink(heading)}</span>
        </a>
      </div>
      {children}
    </section>
  );
}

export interface NewsletterBannerProps extends ArticleNewsletter {}

/** "In the November 20, 2026 Weekly Letter, a reader who …"; nothing without a name (blank, or a CMS's rich-text object). */
export function NewsletterBanner({ name, url, issueDate, summary }: NewsletterBannerProps) {
  const { text } = React.useContext(ArticleContext);
  name = renderable(name)!;
  if (!name) return null;
  const href = safeHref(url);
  const newsletter = href ? <a href={href}>{name}</a> : name;
  return (
    <p className={styles.banner}>
      {text.banner(issueDate ? <ArticleDate value={issueDate} /> : null, newsletter, isBlank(summary) ? null : renderable(summary))}
    </p>
  );
}

/** The header's props are the post's own fields, so `<ArticleHeader {...post} />` works. */
export type ArticleHeaderProps = Pick<
  AdvicePost,
  'column' | 'headline' | 'dek' | 'author' | 'publishedAt' | 'updatedAt' | 'readingMinutes' | 'newsletter'
> & { publishedAt?: string };

/** The post's header: newsletter banner, column, headline, dek, byline, dates and reading time. */
export function ArticleHeader({
  column,
  headline,
  dek,
  author,
  publishedAt,
  updatedAt,
  readingMinutes,
  newsletter,
}: ArticleHeaderProps) {
  const { text, locale, level } = React.useContext(ArticleContext);
  const Headline = `h${level}` as 'h1';
  // (Names a CMS sent as rich-text objects are left out, not rendered into a crash.)
  const kicker = renderable(column?.name);
  const name = renderable(author?.name);
  const columnUrl = safeHref(column?.url);
  // No author: the column signs the post. No author page: the byline links to the column.
  const byline = name || kicker;
  const bylineUrl = (name && safeHref(author!.url)) || columnUrl;
  // Whole minutes, at least one. Infinity, NaN, "five", zero or less, or over a day is no reading time.
  const n = cmsNumber(readingMinutes);
  const minutes = n > 0 && n <= 1440 ? Math.round(n) || 1 : 0;
  if (process.env.NODE_ENV !== 'production' && !minutes && readingMinutes != null) warnOnce('AdviceArticle: readingMinutes is not a number of minutes above 0 and up to 1440; no reading time is shown.');
  return (
    <header className={styles.header}>
      {newsletter ? <NewsletterBanner {...cmsProps(newsletter)} /> : null}
      {kicker ? <p className={styles.kicker}>{columnUrl ? <a href={columnUrl}>{kicker}</a> : kicker}</p> : null}
      {/* No empty heading for a headline that is blank, or a rich-text object. */}
      {isBlank(headline) ? null : <Headline>{renderable(headline)}</Headline>}
      {isBlank(dek) ? null : (
        <div className={styles.dek}>
          <ArticleTextBlock text={dek} />
        </div>
      )}
      <ul className={styles.meta}>
        {byline ? (
          <li>
            {text.by(bylineUrl ? <a href={bylineUrl} rel={name ? 'author' : undefined}>{byline}</a> : byline)}
          </li>
        ) : null}
        {validDate(publishedAt) ? (
          <li>
            {text.published(<ArticleDate value={publishedAt} />)}
          </li>
        ) : null}
        {validDate(updatedAt) ? (
          <li>
            {text.updated(<ArticleDate value={updatedAt} />)}
          </li>
        ) : null}
        {minutes ? <li>{text.readingTime(minutes, numberFormat(locale).format(minutes))}</li> : null}
      </ul>
    </header>
  );
}

export interface ArticleTocProps {
  /** Sections in order. The standard anchors get their headings as labels unless you give one. */
  sections: { id: string; label?: string | undefined }[];
  /** For the reply's default label. */
  columnist?: string | undefined;
}

/** The table of contents; `AdviceArticle` shows it when there are four or more sections. */
export function ArticleToc({ sections, columnist }: ArticleTocProps) {
  const { text, prefix } = React.useContext(ArticleContext);
  columnist = renderable(columnist);
  const defaults: Record<string, string> = {
    // No prototype: a section called `__proto__` or `toString` finds no label here.
    __proto__: null as never,
    question: text.question,
    reply: columnist ? text.reply(columnist) : text.replyUnsigned,
    'how-to-say-it': useMessages('HowToSayIt', howToSayItMessages)[0].title,
    comments: text.commentsLink,
  };
  return (
    <nav className={styles.toc} aria-label={text.contents}>
      <ol>
        {sections.map((section) => (
          <li key={section.id}>
            <a href={`#${prefix}${section.id}`}>{renderable(section.label) || defaults[section.id] || section.id}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

export interface QuestionSectionProps {
  /** The reader's letter: plain text (blank lines between paragraphs) or your own nodes. */
  body: ArticleText;
  /** The reader's pseudonym; unsigned letters leave it out. */
  signature?: string | undefined;
  /** Default: "The Question". */
  heading?: string | undefined;
}

/** The reader's letter, as a quotation. Renders nothing when the letter is empty. */
export function QuestionSection({ body, signature, heading }: QuestionSectionProps) {
  const { text } = React.useContext(ArticleContext);
  const signed = typeof signature == 'string' && renderable(signature.trim());
  if (isBlank(body)) return null;
  return (
    <ArticleSection id="question" heading={renderable(heading) || text.question}>
      <figure className={styles.letter}>
        <blockquote>
          <ArticleTextBlock text={body} />
        </blockquote>
        {signed ? <figcaption className={styles.signature}>— {signed}</figcaption> : null}
      </figure>
    </ArticleSection>
  );
}

export interface ReplySectionProps {
  /** The columnist's name: the heading reads "<Name>'s Reply". */
  columnist?: string | undefined;
  /** Your own heading instead of "<Name>'s Reply". */
  heading?: string | undefined;
  children?: React.ReactNode | undefined;
}

/** The columnist's reply, headed "<Name>'s Reply": put its text, script, promo and nudge inside. */
export function ReplySection({ columnist, heading, children }: ReplySectionProps) {
  const { text } = React.useContext(ArticleContext);
  columnist = renderable(columnist);
  return (
    <ArticleSection id="reply" heading={renderable(heading) || (columnist ? text.reply(columnist) : text.replyUnsigned)}>
      {children}
    </ArticleSection>
  );
}

/** A plug for the columnist's book or guide, labelled as a promotion. */
export function ArticlePromo({ title, body, href: rawHref, linkText }: ArticlePromoData) {
  const { text } = React.useContext(ArticleContext);
  const href = safeHref(rawHref);
  return (
    <div className={styles.promo}>
      <p className={styles.promoLabel}>{text.promo}</p>
      {renderable(title) ? <p><strong>{renderable(title)}</strong></p> : null}
      <ArticleTextBlock text={body} />
      {href ? (
        <p>
          {/* Its address, when the link text is missing or not text. */}
          <a href={href}>{renderable(linkText) || href}</a>
        </p>
      ) : null}
    </div>
  );
}

/** Where a signup nudge goes in the reply: any node, hidden in print. */
export function ArticleNudge({ children }: { children?: React.ReactNode }) {
  return children ? <div className={`${styles.nudge} ${styles.screenOnly}`}>{children}</div> : null;
}

export interface DiscussionPromptProps {
  /** A question to readers: "Have you ever had to apologise to a recruiter?" */
  heading: string;
  /** A line under the heading, before the questions. */
  intro?: ArticleText | undefined;
  /** Three to five questions to readers, shown as a list. */
  questions?: string[] | undefined;
  /**
   * Whether to end with the "Join the discussion" link to `#comments`. Default
   * `true`; pass `false` when the page has no `ArticleComments`, so the link
   * does not jump to nothing. `AdviceArticle` sets it from its comments section.
   */
  linkToComments?: boolean | undefined;
}

/**
 * The questions a prompt shows, or null when it renders nothing (no heading, or
 * neither an intro nor a question). `AdviceArticle`'s contents ask it too, so
 * they never link to a prompt that is not there.
 */
export function promptQuestions({ heading, intro, questions }: DiscussionPromptProps): string[] | null {
  // One question may come as a string, not a list; a heading that is not text shows no prompt.
  const asked = [questions].flat().filter((q) => typeof q === 'string' && q.trim()) as string[];
  return typeof heading == 'string' && heading.trim() && (asked.length || !isBlank(intro)) ? asked : null;
}

/** Questions to readers and a link to the comments. Hidden in print. */
export function DiscussionPrompt({ linkToComments = true, ...props }: DiscussionPromptProps) {
  const { text, prefix } = React.useContext(ArticleContext);
  const asked = promptQuestions(props);
  return asked ? (
    <ArticleSection id="discussion" heading={renderable(props.heading)!} className={styles.screenOnly}>
      <ArticleTextBlock text={props.intro} />
      {asked.length > 0 ? (
        <ul>
          {asked.map((question, index) => (
            <li key={index}>{renderable(question)}</li>
          ))}
        </ul>
      ) : null}
      {linkToComments ? (
        <p>
          <a href={`#${prefix}comments`}>{text.joinDiscussion}</a>
        </p>
      ) : null}
    </ArticleSection>
  ) : null;
}

export interface ArticleCommentsProps {
  /** How many comments there are, for the heading ("15 Comments"): a whole number from 0, or text of one ("15"); without one (or with a bad one) the heading is "Comments". */
  count?: number | string | undefined;
  /** The comment list and form: CommentThread, or the host's own. */
  children?: React.ReactNode | undefined;
}

/** The comments section, `#comments`, headed with the count ("15 Comments"): put the thread inside. */
export function ArticleComments({ count, children }: ArticleCommentsProps) {
  const { text, locale, level } = React.useContext(ArticleContext);
  const safe = cmsCount(count);
  return (
    <ArticleSection id="comments" heading={safe == null ? text.commentsLink : plural(locale, safe, text.comments)}>
      <SectionHeadingLevel.Provider value={level + 1}>{children}</SectionHeadingLevel.Provider>
    </ArticleSection>
  );
}
