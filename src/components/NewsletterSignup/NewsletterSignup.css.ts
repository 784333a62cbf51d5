import { vars } from '../../theme/contract.css';
import { ckGlobalStyle, ckStyle } from '../../styles/layer.css';
import { focusRing } from '../../styles/shared.css';
import { themeLinks } from '../../styles/links.css';
import { stackLabels } from '../../styles/labels.css';

/**
 * Three looks from one markup, chosen by `data-variant`: `inline` flows with
 * the page, `card` is a boxed block, `nudge` is one compact line inside an
 * article. The email field and button share a row when there is room
 * (container query on the form), and stack in a narrow column.
 */
export const root = ckStyle(
  {
    containerType: 'inline-size',
    boxSizing: 'border-box',
    marginBlock: vars.space.lg,
    color: vars.color.text,
    fontFamily: vars.font.body,
    fontSize: vars.fontSize.md,
    overflowWrap: 'anywhere',
    selectors: {
      '&[data-variant="card"]': {
        padding: vars.space.lg,
        border: `${vars.borderWidth.thin} solid ${vars.color.border}`,
        borderRadius: vars.radius.lg,
        backgroundColor: vars.color.surfaceMuted,
        boxShadow: vars.shadow.sm,
      },
      '&[data-variant="nudge"]': {
        marginBlock: vars.space.md,
        paddingBlock: vars.space.sm,
        borderBlock: `${vars.borderWidth.thin} solid ${vars.color.border}`,
        fontSize: vars.fontSize.sm,
      },
    },
    '@media': { print: { display: 'none' } },
  },
  'NewsletterSignup',
);

export const title = ckStyle({ marginBlock: `0 ${vars.space.xs}` }, 'NewsletterSignup-title');

export const description = ckStyle(
  { marginBlockEnd: vars.space.sm, color: vars.color.textMuted },
  'NewsletterSignup-description',
);

export const form = ckStyle({ display: 'grid', gap: vars.space.sm }, 'NewsletterSignup-form');

export const fields = ckStyle(
  {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: vars.space.sm,
    '@container': { '(max-width: 28em)': { flexDirection: 'column', alignItems: 'stretch' } },
  },
  'NewsletterSignup-fields',
);

export const emailField = ckStyle(
  {
    // Room for about 30 characters before the button wraps under it.
    flex: '1 1 18em',
    maxInlineSize: '32em',
    // Stacked, the 18em basis would be a height: a tall empty gap under the field.
    '@container': { '(max-width: 28em)': { flex: 'none', maxInlineSize: 'none' } },
  },
  'NewsletterSignup-emailField',
);

// (Its own width also under the choices, where it is an item of the form's grid.)
export const submit = ckStyle({ flex: 'none', justifySelf: 'start' }, 'NewsletterSignup-submit');
// "Subscribing…" must not widen the button and squeeze the field beside it.
// (`button` too, to outrank Button's own `display` whatever the CSS order.)
stackLabels(`${submit}:is(button)`);

export const hint = ckStyle(
  { margin: 0, color: vars.color.textMuted, fontSize: vars.fontSize.sm },
  'NewsletterSignup-hint',
);

/** The suggested address, as a link-looking button: it fills the field. */
export const suggestion = ckStyle(
  {
    padding: 0,
    border: 0,
    background: 'none',
    color: vars.color.link,
    font: 'inherit',
    textDecoration: 'underline',
    cursor: 'pointer',
    selectors: { '&:hover': { color: vars.color.linkHover }, '&:focus-visible': focusRing },
  },
  'NewsletterSignup-suggestion',
);

export const choices = ckStyle(
  {
    display: 'flex',
    flexWrap: 'wrap',
    gap: `${vars.space.xxs} ${vars.space.md}`,
    margin: 0,
    padding: 0,
    border: 0,
    minInlineSize: 0,
  },
  'NewsletterSignup-choices',
);

export const choice = ckStyle(
  { display: 'inline-flex', alignItems: 'baseline', gap: vars.space.xs },
  'NewsletterSignup-choice',
);

/** A message after a failed or held-back submit; the address stays in the field above it. */
export const notice = ckStyle(
  {
    margin: 0,
    padding: vars.space.sm,
    borderInlineStart: `${vars.borderWidth.thick} solid ${vars.color.info}`,
    borderRadius: vars.radius.sm,
    backgroundColor: vars.color.infoSoft,
    selectors: {
      '&[data-tone="critical"]': { borderColor: vars.color.critical, backgroundColor: vars.color.criticalSoft },
    },
  },
  'NewsletterSignup-notice',
);

/**
 * The result takes focus (see the component). Its ring is drawn inside its own
 * padding: room between ring and text, and nothing outside the widget's box
 * for a host's `overflow: hidden` column, or the nudge's rules, to cut or cross.
 */
export const result = ckStyle(
  {
    display: 'grid',
    gap: vars.space.xs,
    justifyItems: 'start',
    padding: vars.space.xs,
    borderRadius: vars.radius.sm,
    selectors: { '&:focus-visible': { ...focusRing, outlineOffset: `calc(-1 * ${vars.borderWidth.focus})` } },
  },
  'NewsletterSignup-result',
);

export const resultTitle = ckStyle(
  // The widget's title size, not larger: the result sits under that title.
  { fontWeight: vars.fontWeight.bold, fontSize: vars.fontSize.md },
  'NewsletterSignup-resultTitle',
);


ckGlobalStyle(`${description} > p, ${result} > p`, { margin: 0 });
ckGlobalStyle(`${choices} > legend`, { padding: 0, marginBlockEnd: vars.space.xxs });
// Links and choices in the theme's colours, not the browser's blue.
themeLinks(root);
// No browser margin (5px before the box, 3px after, on the physical sides): the
// boxes line up with the legend above them, the same in left-to-right and right-to-left.
ckGlobalStyle(`${root} input:is([type="checkbox"], [type="radio"])`, { flex: 'none', margin: 0, accentColor: vars.color.brand });
// The theme's focus ring on the boxes and links too (the field and buttons have theirs), not the browser's.
ckGlobalStyle(`${root} :is(input, a):focus-visible`, focusRing);
