import { vars } from '../../theme/contract.css';
import { ckGlobalStyle, ckStyle } from '../../styles/layer.css';
import { focusRing } from '../../styles/shared.css';
import { themeLinks } from '../../styles/links.css';

export const root = ckStyle(
  {
    boxSizing: 'border-box',
    containerType: 'inline-size',
    color: vars.color.text,
    fontFamily: vars.font.body,
    fontSize: vars.fontSize.md,
    lineHeight: vars.lineHeight.normal,
    // Long unbroken words and URLs wrap instead of scrolling sideways.
    overflowWrap: 'anywhere',
  },
  'CommentThread',
);
ckGlobalStyle(`${root} :is(a, button, textarea, select, [tabindex="-1"]):focus-visible`, focusRing);
themeLinks(root);

export const head = ckStyle(
  {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    justifyContent: 'space-between',
    gap: vars.space.sm,
    marginBlockEnd: vars.space.md,
  },
  'CommentThread-head',
);
ckGlobalStyle(`${head} > :is(h2, h3, h4, h5, h6)`, {
  margin: 0,
  fontFamily: vars.font.heading,
  fontSize: vars.fontSize.xl,
  lineHeight: vars.lineHeight.tight,
});

// The controls are for the screen: paper gets the comments, not a sort menu,
// an empty comment box or buttons no one can press.
const screenOnly = { '@media': { print: { display: 'none' } } } as const;

export const sort = ckStyle(
  { display: 'flex', alignItems: 'center', gap: vars.space.xs, fontSize: vars.fontSize.sm, ...screenOnly },
  'CommentThread-sort',
);
ckGlobalStyle(`${sort} select`, {
  // The height of the thread's other small controls (its action buttons, Post comment).
  minBlockSize: vars.size.controlSmall,
  font: 'inherit',
  color: vars.color.text,
  backgroundColor: vars.color.surface,
  border: `${vars.borderWidth.thin} solid ${vars.color.borderStrong}`,
  borderRadius: vars.radius.sm,
  paddingBlock: vars.space.xxs,
  paddingInline: vars.space.xs,
});

/** Every list of comments: top level and replies. */
export const list = ckStyle(
  { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: vars.space.md },
  'CommentThread-list',
);

/** A list of replies, indented under its comment with a thread line. */
export const replies = ckStyle(
  {
    marginBlockStart: vars.space.md,
    paddingInlineStart: vars.space.md,
    borderInlineStart: `${vars.borderWidth.thick} solid ${vars.color.border}`,
    '@container': {
      // On a narrow column only the first level indents; deeper replies show their context chip instead.
      '(max-width: 26em)': { paddingInlineStart: vars.space.xs },
    },
  },
  'CommentThread-replies',
);
// Second-level lists and deeper stop indenting on narrow containers.
ckGlobalStyle(`${replies} ${replies}`, {
  '@container': { '(max-width: 26em)': { paddingInlineStart: 0, borderInlineStartWidth: 0 } },
});

export const comment = ckStyle(
  {
    display: 'grid',
    gridTemplateColumns: `${vars.size.controlSmall} minmax(0, 1fr)`,
    columnGap: vars.space.sm,
    rowGap: vars.space.xs,
    paddingBlock: vars.space.xs,
    paddingInline: vars.space.xs,
    borderRadius: vars.radius.md,
    scrollMarginBlock: vars.space.xl,
    selectors: {
      '&[data-highlighted="true"]': {
        backgroundColor: vars.color.brandSoft,
        color: vars.color.onBrandSoft,
        outline: `${vars.borderWidth.thin} solid ${vars.color.brand}`,
      },
      '&[data-state="sending"]': { opacity: 0.7 },
    },
  },
  'CommentThread-comment',
);
ckGlobalStyle(`${comment} > :not(:first-child)`, { gridColumn: '2' });

export const avatar = ckStyle(
  {
    gridRow: 'span 2',
    inlineSize: vars.size.controlSmall,
    blockSize: vars.size.controlSmall,
    borderRadius: vars.radius.full,
    overflow: 'hidden',
    display: 'grid',
    placeItems: 'center',
    backgroundColor: vars.color.surfaceAccent,
    color: vars.color.text,
    fontSize: vars.fontSize.xs,
    fontWeight: vars.fontWeight.bold,
    objectFit: 'cover',
    userSelect: 'none',
  },
  'CommentThread-avatar',
);
// No one to show (a deleted or removed comment, a nameless author): an outline, not a blank face.
// Only the initials' span: an <img> is always :empty, and a photo must not wear the dashed ring.
ckGlobalStyle(`span${avatar}:empty`, { background: 'none', border: `${vars.borderWidth.thin} dashed ${vars.color.border}` });

export const meta = ckStyle(
  {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    columnGap: vars.space.xs,
    fontSize: vars.fontSize.sm,
    color: vars.color.textMuted,
  },
  'CommentThread-meta',
);
ckGlobalStyle(`${meta} > :is(h3, h4, h5, h6)`, {
  margin: 0,
  fontSize: vars.fontSize.md,
  fontWeight: vars.fontWeight.bold,
  color: vars.color.text,
});
ckGlobalStyle(`:where(${meta}) a`, { color: 'inherit' });
// The absolute date a mouse gets from the tooltip, for the keyboard: shown
// while the permalink has focus, with empty alternative text (`/ ""`), so the
// link's name stays "4 days ago" (screen readers get the date as its description).
ckGlobalStyle(`:where(${meta}) a:focus-visible time[title]::after`, { content: '" · " attr(title) / ""' });

/** Author, staff and moderator badges: words, not colours. */
export const badge = ckStyle(
  {
    display: 'inline-block',
    marginInlineStart: vars.space.xs,
    paddingInline: vars.space.xs,
    borderRadius: vars.radius.sm,
    border: `${vars.borderWidth.thin} solid ${vars.color.brand}`,
    backgroundColor: vars.color.brandSoft,
    color: vars.color.onBrandSoft,
    fontSize: vars.fontSize.xs,
    fontWeight: vars.fontWeight.medium,
    verticalAlign: 'middle',
  },
  'CommentThread-badge',
);

export const context = ckStyle(
  { margin: 0, fontSize: vars.fontSize.sm, color: vars.color.textMuted },
  'CommentThread-context',
);
/**
 * ", replying to Name" in a nested reply's heading: for screen readers only
 * while indentation shows the structure, visible where a narrow container stops
 * indenting (the depth cap, lowered by a container query).
 */
export const replyNote = ckStyle(
  {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
    fontWeight: vars.fontWeight.regular,
    color: vars.color.textMuted,
    '@container': {
      '(max-width: 26em)': { position: 'static', width: 'auto', height: 'auto', clipPath: 'none', whiteSpace: 'normal' },
    },
  },
  'CommentThread-replyNote',
);

export const body = ckStyle(
  {
    selectors: {
      // Eight whole lines and an ellipsis, across paragraphs: a height cut
      // would slice a line in half wherever paragraph gaps fall.
      '&[data-clamped="true"]': {
        display: '-webkit-box',
        WebkitBoxOrient: 'vertical',
        WebkitLineClamp: 8,
        overflow: 'hidden',
      },
    },
  },
  'CommentThread-body',
);
ckGlobalStyle(`${body} p`, { marginBlock: `0 ${vars.space.sm}` });
ckGlobalStyle(`${body} p:last-child`, { marginBlockEnd: 0 });

export const mention = ckStyle(
  { color: vars.color.link, fontWeight: vars.fontWeight.medium },
  'CommentThread-mention',
);

export const note = ckStyle(
  {
    margin: 0,
    padding: `${vars.space.xxs} ${vars.space.xs}`,
    borderInlineStart: `${vars.borderWidth.thick} solid ${vars.color.caution}`,
    backgroundColor: vars.color.cautionSoft,
    fontSize: vars.fontSize.sm,
  },
  'CommentThread-note',
);

export const tombstone = ckStyle(
  { margin: 0, fontStyle: 'italic', color: vars.color.textMuted },
  'CommentThread-tombstone',
);

export const actions = ckStyle(
  { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: vars.space.xs },
  'CommentThread-actions',
);
// Under a comment, the first action's text lines up with the body's (the buttons' padding hangs outside).
ckGlobalStyle(`${comment} > ${actions}`, { marginInlineStart: `calc(-1 * ${vars.space.xxs})` });

/** The small text buttons under a comment (Reply, Like, Show more…). */
export const action = ckStyle(
  {
    font: 'inherit',
    fontSize: vars.fontSize.sm,
    fontWeight: vars.fontWeight.medium,
    color: vars.color.link,
    background: 'none',
    border: 0,
    padding: vars.space.xxs,
    minBlockSize: vars.size.controlSmall,
    borderRadius: vars.radius.sm,
    cursor: 'pointer',
    textDecoration: 'underline',
    textUnderlineOffset: '0.15em',
    selectors: {
      // Pressed shows as a frame too: colour goes in forced-colours mode, and a
      // theme's medium and bold can be one face (job board's 600 and 800 in most fallback fonts).
      '&[aria-pressed="true"]': { color: vars.color.text, fontWeight: vars.fontWeight.bold, outline: `${vars.borderWidth.thin} solid` },
      '&[aria-disabled="true"]': { cursor: 'progress' },
    },
    ...screenOnly,
  },
  'CommentThread-action',
);

export const composer = ckStyle(
  {
    display: 'grid',
    gap: vars.space.xs,
    marginBlock: vars.space.sm,
    ...screenOnly,
  },
  'CommentThread-composer',
);
ckGlobalStyle(`${composer} label`, { fontWeight: vars.fontWeight.medium, fontSize: vars.fontSize.sm });
ckGlobalStyle(`${composer} textarea`, {
  boxSizing: 'border-box',
  inlineSize: '100%',
  minBlockSize: '5lh',
  font: 'inherit',
  color: vars.color.text,
  backgroundColor: vars.color.surface,
  border: `${vars.borderWidth.thin} solid ${vars.color.borderStrong}`,
  borderRadius: vars.radius.sm,
  padding: vars.space.xs,
  resize: 'vertical',
});

export const error = ckStyle(
  { margin: 0, color: vars.color.critical, fontSize: vars.fontSize.sm },
  'CommentThread-error',
);

export const empty = ckStyle({ margin: 0, color: vars.color.textMuted }, 'CommentThread-empty');

export const reasons = ckStyle(
  // The form's gap and this margin: the buttons stand apart from the list, as far
  // below it as the question is below the description.
  { display: 'grid', gap: vars.space.xs, margin: 0, marginBlockEnd: vars.space.xs, padding: 0, border: 0 },
  'CommentThread-reasons',
);
// Each reason: the radio beside its text, a long reason wrapping under its own
// text (not under the radio), the radio in line with the question above it and
// in the theme's colour rather than the browser's blue.
ckGlobalStyle(`${reasons} label`, { display: 'flex', alignItems: 'baseline', gap: vars.space.xs });
ckGlobalStyle(`${reasons} input`, { flex: 'none', margin: 0, accentColor: vars.color.brand });
// The dialog is portalled out of the thread's root: its radios need the ring the root gives its own controls.
ckGlobalStyle(`${reasons} input:focus-visible`, focusRing);
export const reasonsLegend = ckStyle(
  { padding: 0, marginBlockEnd: vars.space.xs, fontWeight: vars.fontWeight.medium },
  'CommentThread-reasonsLegend',
);
