import { createVar } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.css';
import { ckStyle } from '../../styles/layer.css';
import { focusRing } from '../../styles/shared.css';
import { stackLabels } from '../../styles/labels.css';

/** How many lines a collapsed script shows; set inline from the `collapseAfterLines` prop. */
export const visibleLines = createVar('HowToSayIt-lines');

export const medium = ckStyle(
  {
    margin: 0,
    marginBlockEnd: vars.space.xs,
    color: vars.color.textMuted,
    fontSize: vars.fontSize.sm,
    fontWeight: vars.fontWeight.medium,
    textTransform: 'uppercase',
    letterSpacing: '0.06em',
  },
  'HowToSayIt-medium',
);

export const leadIn = ckStyle({ marginBlockEnd: vars.space.sm }, 'HowToSayIt-leadIn');

export const script = ckStyle(
  {
    position: 'relative',
    margin: 0,
    paddingInlineStart: vars.space.lg,
    fontFamily: vars.font.script,
    fontSize: vars.fontSize.md,
    lineHeight: vars.lineHeight.relaxed,
    color: vars.color.text,
    selectors: {
      // A large opening quotation mark, drawn, so it is never copied, and with empty
      // alternative text (`/ ""`), so it is never read: generated text is in the accessibility tree.
      '&::before': {
        content: '"\\201C" / ""',
        position: 'absolute',
        insetInlineStart: 0,
        insetBlockStart: `calc(-1 * ${vars.space.xxs})`,
        fontFamily: vars.font.heading,
        fontSize: vars.fontSize.xxl,
        lineHeight: 1,
        color: vars.color.brand,
      },
      // A typewriter script font has no joining Arabic or Hebrew: use the body font there.
      '&:is(:lang(ar), :lang(fa), :lang(ur), :lang(he), :lang(yi))': { fontFamily: vars.font.body },
      '&[data-collapsed="true"]': {
        maxBlockSize: `calc(${visibleLines} * 1lh)`,
        overflow: 'hidden',
        maskImage: 'linear-gradient(to bottom, black 60%, transparent)',
      },
    },
    '@media': {
      // Print always shows the whole script.
      print: {
        selectors: { '&[data-collapsed="true"]': { maxBlockSize: 'none', overflow: 'visible', maskImage: 'none' } },
      },
    },
  },
  'HowToSayIt-script',
);

export const paragraph = ckStyle(
  {
    margin: 0,
    // Single line breaks inside a paragraph (a letter's sign-off) show as breaks.
    whiteSpace: 'pre-line',
    selectors: { '& + &': { marginBlockStart: vars.space.sm } },
    '@media': { print: { orphans: 3, widows: 3 } },
  },
  'HowToSayIt-paragraph',
);

export const placeholder = ckStyle(
  {
    paddingInline: '0.15em',
    borderRadius: vars.radius.sm,
    backgroundColor: vars.color.cautionSoft,
    color: vars.color.text,
    // A stripe under each blank: amber while it waits, green once filled. (An
    // inset shadow of `-var(…)` was invalid CSS: browsers dropped it, so no stripe.)
    borderBlockEnd: `${vars.borderWidth.focus} solid ${vars.color.caution}`,
    selectors: {
      '&[data-filled="true"]': { backgroundColor: vars.color.positiveSoft, borderColor: vars.color.positive },
    },
    '@media': {
      '(forced-colors: active)': { backgroundColor: 'Mark', color: 'MarkText' },
      print: { backgroundColor: 'transparent', border: 0, textDecoration: 'underline dotted' },
    },
  },
  'HowToSayIt-placeholder',
);

export const toggle = ckStyle(
  {
    marginBlockStart: vars.space.xs,
    padding: 0,
    border: 0,
    background: 'none',
    color: vars.color.link,
    font: 'inherit',
    fontWeight: vars.fontWeight.medium,
    textDecoration: 'underline',
    cursor: 'pointer',
    selectors: { '&:focus-visible': focusRing, '&:hover': { color: vars.color.linkHover } },
    '@media': { print: { display: 'none' } },
  },
  'HowToSayIt-toggle',
);

export const fields = ckStyle(
  {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 14em), 1fr))',
    gap: vars.space.sm,
    margin: 0,
    marginBlockStart: vars.space.md,
    padding: vars.space.sm,
    border: `${vars.borderWidth.thin} solid ${vars.color.border}`,
    borderRadius: vars.radius.md,
    backgroundColor: vars.color.surface,
    '@media': { print: { display: 'none' } },
  },
  'HowToSayIt-fields',
);

export const legend = ckStyle(
  { paddingInline: vars.space.xxs, fontWeight: vars.fontWeight.bold, fontSize: vars.fontSize.sm },
  'HowToSayIt-legend',
);

export const actions = ckStyle(
  {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: vars.space.sm,
    marginBlockStart: vars.space.md,
    '@media': { print: { display: 'none' } },
  },
  'HowToSayIt-actions',
);
// The copy button: "Copied" must not move the email link beside it.
stackLabels(`${actions} > button`);

export const emailLink = ckStyle(
  {
    color: vars.color.link,
    fontWeight: vars.fontWeight.medium,
    selectors: { '&:hover': { color: vars.color.linkHover }, '&:focus-visible': focusRing },
  },
  'HowToSayIt-emailLink',
);

export const status = ckStyle(
  { flexBasis: '100%', margin: 0, color: vars.color.textMuted, fontSize: vars.fontSize.sm },
  'HowToSayIt-status',
);
