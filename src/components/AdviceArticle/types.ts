/*
 * The advice-column post as data: what a CMS hands `AdviceArticle` and
 * `adviceArticleJsonLd`. Text fields take plain text (paragraphs split on blank
 * lines) or React nodes; never HTML strings.
 */
import type * as React from 'react';
import type { HowToSayItProps } from '../HowToSayIt';

/** Plain text (blank lines separate paragraphs) or your own nodes. */
export type ArticleText = string | React.ReactNode;

export interface ArticlePerson {
  name: string;
  /** Absolute http(s) URL of the person's page; anything else is ignored. */
  url?: string | undefined;
}

export interface ArticleOrganization {
  name: string;
  url?: string | undefined;
  /** Absolute http(s) URL of the logo image. */
  logoUrl?: string | undefined;
}

export interface ArticleNewsletter {
  /** "The Weekly Letter". */
  name: string;
  /** Archive URL; the name links to it when given. */
  url?: string | undefined;
  /** ISO date of the issue the post first ran in. */
  issueDate?: string | undefined;
  /** One line: "a reader who missed a final interview asks whether to write". */
  summary?: ArticleText | undefined;
}

export interface ArticlePromoData {
  /** "Get the book", "Free PDF". */
  title?: string | undefined;
  body: ArticleText;
  href: string;
  linkText: string;
}

/** One block of the columnist's reply, in order. */
export type ReplyBlock =
  | { type: 'text'; text: ArticleText }
  | ({ type: 'script' } & Omit<HowToSayItProps, 'children'>)
  | ({ type: 'promo' } & ArticlePromoData)
  /** Where the host's signup nudge (the `signupNudge` prop) goes. */
  | { type: 'signup' };

/** A comment for the structured data (the list itself is CommentThread's). */
export interface ArticleCommentData {
  id: string;
  parentId?: string | null | undefined;
  author?: { name?: string | null; url?: string | null } | null | undefined;
  body: string;
  createdAt: string;
  /** CommentThread's status: only `published` comments (or ones without a status) go into JSON-LD. */
  status?: string | null | undefined;
}

export interface AdvicePost {
  /** Canonical absolute URL of the post. */
  url?: string | undefined;
  /** The column: the kicker above the headline, and the series in JSON-LD. */
  column?: { name: string; url?: string } | undefined;
  /** The post's title, the page's h1 (or h2: `headlineLevel`). */
  headline: string;
  /** A line under the headline. */
  dek?: ArticleText | undefined;
  /** The columnist. */
  author?: ArticlePerson | undefined;
  /** The site, for JSON-LD (the author's fallback). */
  publisher?: ArticleOrganization | undefined;
  /** ISO 8601: a calendar date, or a date-time with `Z` or an offset (`+02:00` or `+0200`). */
  publishedAt: string;
  /** ISO 8601, read as `publishedAt` is; shown as "Updated …". */
  updatedAt?: string | undefined;
  /** Minutes (above 0, up to a day), or text of such a number ("12", as CMSs send it); estimated from the text when not given. Anything else shows no reading time. */
  readingMinutes?: number | string | undefined;
  /** Absolute URL of the lead image, for JSON-LD. */
  imageUrl?: string | undefined;
  /** The issue the post first ran in, for the banner above the header. */
  newsletter?: ArticleNewsletter | undefined;
  /** The reader's letter (`body`), its pseudonym (`signature`) and a heading of your own (default "The Question"). */
  question: { heading?: string; body: ArticleText; signature?: string };
  /** The columnist's reply as blocks in order: text, a script, a promo, and where the signup nudge goes. */
  reply: { heading?: string; blocks: ReplyBlock[] };
  /** The question to readers before the comments, and the questions under it. */
  discussion?: { heading: string; intro?: ArticleText; questions?: string[] } | undefined;
  /** How many comments the thread holds, for the heading and JSON-LD: a whole number from 0 (or text of one, "15"); anything else is left out. */
  commentCount?: number | string | undefined;
  /** Comments to include in JSON-LD as nested `Comment` objects. */
  comments?: ArticleCommentData[] | undefined;
}
