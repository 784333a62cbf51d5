import { vars } from '../../theme/contract.css';
import { ckGlobalStyle, ckStyle } from '../../styles/layer.css';
import { focusRing } from '../../styles/shared.css';
import { themeLinks } from '../../styles/links.css';

export const root = ckStyle(
  {
    boxSizing: 'border-box',
    maxInlineSize: vars.size.readingWidth,
    marginInline: 'auto',
    color: vars.color.text,
    fontFamily: vars.font.body,
    fontSize: vars.fontSize.md,
    lineHeight: vars.lineHeight.relaxed,
    // Long unbroken words and URLs wrap instead of scrolling sideways at 320px.
    overflowWrap: 'anywhere',
  },
  'AdviceArticle',
);

// :where() keeps these at zero specificity, so the widgets inside the article
// (a button styled as a link, a script's paragraphs) keep their own look.
ckGlobalStyle(`:where(${root}) p`, { marginBlock: `0 ${vars.space.md}` });
themeLinks(root);
// [tabindex]: a section or the script, focused by a link to it.
ckGlobalStyle(`${root} a:focus-visible, ${root} button:focus-visible, ${root} [tabindex="-1"]:focus-visible`, focusRing);
ckGlobalStyle(`${root} :is(h1, h2, h3, h4)`, { breakAfter: 'avoid' });


export const banner = ckStyle(
  {
    margin: 0,
    marginBlockEnd: vars.space.lg,
    paddingBlock: vars.space.xs,
    paddingInline: vars.space.sm,
    borderInlineStart: `${vars.borderWidth.thick} solid ${vars.color.brand}`,
    backgroundColor: vars.color.surfaceMuted,
    color: vars.color.textMuted,
    fontSize: vars.fontSize.sm,
    fontStyle: 'italic',
  },
  'AdviceArticle-banner',
);

export const header = ckStyle({ marginBlockEnd: vars.space.xl }, 'AdviceArticle-header');

/** The article's own headings: the headline and the section headings. */
const heading = {
  margin: 0,
  fontFamily: vars.font.heading,
  fontWeight: vars.fontWeight.bold,
  lineHeight: vars.lineHeight.tight,
  textWrap: 'balance',
} as const;
ckGlobalStyle(`${header} > :is(h1, h2)`, {
  ...heading,
  fontSize: vars.fontSize.xxl,
  // A phone's column: one step down, so the headline is not five lines of display type.
  '@media': { '(max-width: 30em)': { fontSize: vars.fontSize.xl } },
});

export const kicker = ckStyle(
  {
    margin: 0,
    marginBlockEnd: vars.space.xs,
    color: vars.color.brand,
    fontSize: vars.fontSize.sm,
    fontWeight: vars.fontWeight.bold,
    letterSpacing: '0.06em',
    textTransform: 'uppercase',
  },
  'AdviceArticle-kicker',
);

export const dek = ckStyle(
  { marginBlockStart: vars.space.sm, color: vars.color.textMuted, fontSize: vars.fontSize.lg, lineHeight: vars.lineHeight.normal },
  'AdviceArticle-dek',
);

export const meta = ckStyle(
  {
    display: 'flex',
    flexWrap: 'wrap',
    gap: `${vars.space.xxs} ${vars.space.md}`,
    margin: 0,
    marginBlockStart: vars.space.md,
    padding: 0,
    listStyle: 'none',
    color: vars.color.textMuted,
    fontSize: vars.fontSize.sm,
  },
  'AdviceArticle-meta',
);

export const toc = ckStyle(
  {
    marginBlockEnd: vars.space.xl,
    padding: vars.space.md,
    border: `${vars.borderWidth.thin} solid ${vars.color.border}`,
    borderRadius: vars.radius.md,
    fontSize: vars.fontSize.sm,
    '@media': { print: { display: 'none' } },
  },
  'AdviceArticle-toc',
);
ckGlobalStyle(`${toc} ol`, { margin: 0, paddingInlineStart: vars.space.lg });

export const section = ckStyle(
  { marginBlockEnd: vars.space.xl, scrollMarginBlockStart: vars.space.lg },
  'AdviceArticle-section',
);

// The heading is inline, so the "#" link follows its last word when it wraps
// (a flex row would push the link to the far edge of a wrapped heading).
export const sectionHead = ckStyle(
  {
    ...heading,
    fontSize: vars.fontSize.xl,
    marginBlockEnd: vars.space.md,
    breakAfter: 'avoid',
    '@media': { '(max-width: 30em)': { fontSize: vars.fontSize.lg } },
  },
  'AdviceArticle-sectionHead',
);
ckGlobalStyle(`${sectionHead} > :is(h2, h3)`, { display: 'inline', margin: 0, font: 'inherit' });

export const copyLink = ckStyle(
  {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    verticalAlign: 'middle',
    marginInlineStart: vars.space.xs,
    minInlineSize: vars.size.controlSmall,
    minBlockSize: vars.size.controlSmall,
    borderRadius: vars.radius.sm,
    color: vars.color.textMuted,
    fontFamily: vars.font.body,
    fontSize: vars.fontSize.md,
    textDecoration: 'none',
    selectors: { '&:hover': { color: vars.color.link, backgroundColor: vars.color.surfaceMuted } },
    '@media': { print: { display: 'none' } },
  },
  'AdviceArticle-copyLink',
);

export const letter = ckStyle(
  {
    margin: 0,
    padding: vars.space.md,
    paddingInlineStart: vars.space.lg,
    borderInlineStart: `${vars.borderWidth.thick} solid ${vars.color.borderStrong}`,
    backgroundColor: vars.color.surfaceMuted,
    borderRadius: vars.radius.sm,
  },
  'AdviceArticle-letter',
);

ckGlobalStyle(`${letter} > blockquote`, { margin: 0 });

export const signature = ckStyle(
  { marginBlockStart: vars.space.sm, color: vars.color.textMuted, fontStyle: 'italic' },
  'AdviceArticle-signature',
);

export const promo = ckStyle(
  {
    marginBlock: vars.space.lg,
    padding: vars.space.md,
    border: `${vars.borderWidth.thin} dashed ${vars.color.borderStrong}`,
    borderRadius: vars.radius.md,
  },
  'AdviceArticle-promo',
);

export const promoLabel = ckStyle(
  {
    color: vars.color.textMuted,
    fontSize: vars.fontSize.xs,
    fontWeight: vars.fontWeight.bold,
    letterSpacing: '0.08em',
    textTransform: 'uppercase',
  },
  'AdviceArticle-promoLabel',
);

// Boxes end on their padding, not on their last paragraph's margin.
ckGlobalStyle(`${letter} blockquote > :last-child, ${promo} > :last-child`, { marginBlockEnd: 0 });

/** Nudges and the discussion prompt are for the screen, not for paper. */
export const screenOnly = ckStyle({ '@media': { print: { display: 'none' } } }, 'AdviceArticle-screenOnly');

export const nudge = ckStyle({ marginBlock: vars.space.lg }, 'AdviceArticle-nudge');

// Printed links show where they go, as written: not in the capitals of an
// uppercase kicker (a path is case-sensitive).
ckGlobalStyle(`${root} a[href^="http"]::after`, {
  '@media': { print: { content: '" (" attr(href) ")"', fontSize: vars.fontSize.sm, color: vars.color.textMuted, textTransform: 'none' } },
});
