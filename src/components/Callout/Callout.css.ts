import { createVar } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.css';
import { ckGlobalStyle, ckStyle } from '../../styles/layer.css';
import { themeLinks } from '../../styles/links.css';

/** Component-level variables: one accent and one background per tone. */
const accent = createVar('Callout-accent');
const background = createVar('Callout-background');

export const root = ckStyle(
  {
    vars: { [accent]: vars.color.info, [background]: vars.color.infoSoft },
    boxSizing: 'border-box',
    marginBlock: vars.space.lg,
    padding: vars.space.md,
    paddingInlineStart: `calc(${vars.space.md} + ${vars.borderWidth.thick})`,
    borderInlineStart: `${vars.borderWidth.thick} solid ${accent}`,
    borderRadius: vars.radius.md,
    backgroundColor: background,
    color: vars.color.text,
    // The theme's type, as every widget: a callout outside an article (in a host's
    // own prose) otherwise takes the page's font and size, not the publisher's tokens.
    fontFamily: vars.font.body,
    fontSize: vars.fontSize.md,
    overflowWrap: 'anywhere',
    selectors: {
      '&[data-tone="tip"]': { vars: { [accent]: vars.color.positive, [background]: vars.color.positiveSoft } },
      '&[data-tone="important"]': { vars: { [accent]: vars.color.brand, [background]: vars.color.brandSoft } },
      '&[data-tone="warning"]': { vars: { [accent]: vars.color.caution, [background]: vars.color.cautionSoft } },
      '&[data-tone="caution"]': { vars: { [accent]: vars.color.critical, [background]: vars.color.criticalSoft } },
      '&[data-tone="script"]': { vars: { [accent]: vars.color.brand, [background]: vars.color.surfaceAccent } },
      // A callout inside a callout: no extra outer space, a plain surface to tell them apart.
      '& &': { marginBlock: vars.space.sm, vars: { [background]: vars.color.surface } },
    },
    '@media': {
      // Windows High Contrast and friends drop backgrounds: keep a visible frame.
      '(forced-colors: active)': { border: `${vars.borderWidth.thin} solid CanvasText` },
      print: {
        backgroundColor: 'transparent',
        border: `${vars.borderWidth.thin} solid currentColor`,
        borderInlineStartWidth: vars.borderWidth.thick,
      },
    },
  },
  'Callout',
);

// A callout may sit in a host's own page, outside the article and the thread.
themeLinks(root);

export const header = ckStyle(
  {
    display: 'flex',
    alignItems: 'flex-start',
    gap: vars.space.xs,
    marginBlockEnd: vars.space.xs,
    '@media': { print: { breakAfter: 'avoid' } },
  },
  'Callout-header',
);

/**
 * The tone's icon is a glyph in a ring, drawn by CSS: no icon code in the
 * JavaScript bundle, crisp at any zoom, and plain text for forced-colours mode.
 * The `/ ""` alternative text keeps screen readers from reading the glyph where
 * supported; the span is `aria-hidden` everywhere else.
 */
export const icon = ckStyle(
  {
    flex: 'none',
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    boxSizing: 'border-box',
    inlineSize: '1.5em',
    blockSize: '1.5em',
    borderRadius: vars.radius.full,
    border: `${vars.borderWidth.focus} solid ${accent}`,
    color: accent,
    fontFamily: vars.font.body,
    fontSize: '0.8em',
    fontWeight: vars.fontWeight.bold,
    lineHeight: 1,
    selectors: {
      '&::before': { content: ['"i"', '"i" / ""'] },
      '[data-tone="tip"] > * > &::before': { content: ['"\\2713"', '"\\2713" / ""'] },
      '[data-tone="important"] > * > &::before': { content: ['"!"', '"!" / ""'] },
      '[data-tone="warning"] > * > &::before': { content: ['"!"', '"!" / ""'] },
      '[data-tone="caution"] > * > &::before': { content: ['"\\2715"', '"\\2715" / ""'] },
      '[data-tone="script"] > * > &::before': { content: ['"\\201C"', '"\\201C" / ""'] },
      // Square: the theme's small radius, capped so a rounded theme's ring does not read as round.
      '[data-tone="warning"] > * > &': { borderRadius: `min(${vars.radius.sm}, 0.2em)` },
      '[data-tone="caution"] > * > &': { borderRadius: `min(${vars.radius.sm}, 0.2em)` },
    },
    '@media': { '(forced-colors: active)': { color: 'CanvasText', borderColor: 'CanvasText' } },
  },
  'Callout-icon',
);

export const body = ckStyle({ lineHeight: vars.lineHeight.relaxed }, 'Callout-body');
ckGlobalStyle(`${body} > :first-child`, { marginBlockStart: 0 });
ckGlobalStyle(`${body} > :last-child`, { marginBlockEnd: 0 });
