import { keyframes } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.css';
import { ckGlobalStyle, ckStyle } from '../../styles/layer.css';
import { focusRing } from '../../styles/shared.css';

const fadeIn = keyframes({ from: { opacity: 0 }, to: { opacity: 1 } }, 'Dialog-fadeIn');
const riseIn = keyframes(
  { from: { opacity: 0, transform: `translate(-50%, calc(-50% + ${vars.space.xs}))` }, to: { opacity: 1 } },
  'Dialog-riseIn',
);

export const overlay = ckStyle(
  {
    position: 'fixed',
    inset: 0,
    backgroundColor: vars.color.overlay,
    zIndex: vars.zIndex.overlay,
    animation: `${fadeIn} ${vars.motion.durationSlow} ${vars.motion.easing}`,
    '@media': { '(prefers-reduced-motion: reduce)': { animation: 'none' } },
  },
  'Dialog-overlay',
);

export const content = ckStyle(
  {
    position: 'fixed',
    // Physical on purpose: centring is symmetric, so rtl needs no mirrored shift.
    top: '50%',
    left: '50%',
    transform: 'translate(-50%, -50%)',
    zIndex: vars.zIndex.dialog,
    boxSizing: 'border-box',
    inlineSize: `calc(100vw - 2 * ${vars.space.md})`,
    maxBlockSize: `calc(100dvh - 2 * ${vars.space.md})`,
    overflow: 'auto',
    padding: vars.space.lg,
    paddingBlockStart: vars.space.xl,
    backgroundColor: vars.color.surface,
    color: vars.color.text,
    border: `${vars.borderWidth.thin} solid ${vars.color.border}`,
    borderRadius: vars.radius.lg,
    boxShadow: vars.shadow.lg,
    fontFamily: vars.font.body,
    fontSize: vars.fontSize.md,
    lineHeight: vars.lineHeight.normal,
    // A long word (a German title) wraps instead of running under the close button and scrolling sideways at 320px.
    overflowWrap: 'anywhere',
    animation: `${riseIn} ${vars.motion.durationSlow} ${vars.motion.easing}`,
    selectors: {
      '&:focus-visible': focusRing,
      '&[data-size="sm"]': { maxInlineSize: vars.size.dialogSmall },
      '&[data-size="md"]': { maxInlineSize: vars.size.dialogMedium },
      '&[data-size="lg"]': { maxInlineSize: vars.size.dialogLarge },
    },
    '@media': { '(prefers-reduced-motion: reduce)': { animation: 'none' } },
  },
  'Dialog-content',
);

export const close = ckStyle(
  {
    position: 'absolute',
    insetBlockStart: vars.space.xs,
    insetInlineEnd: vars.space.xs,
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    inlineSize: vars.size.control,
    blockSize: vars.size.control,
    padding: 0,
    border: 0,
    borderRadius: vars.radius.full,
    background: 'transparent',
    color: vars.color.textMuted,
    cursor: 'pointer',
    selectors: {
      '&:hover': { backgroundColor: vars.color.surfaceMuted, color: vars.color.text },
      '&:focus-visible': focusRing,
    },
  },
  'Dialog-close',
);

export const title = ckStyle(
  {
    margin: 0,
    marginBlockEnd: vars.space.xs,
    paddingInlineEnd: vars.size.control,
    fontFamily: vars.font.heading,
    fontSize: vars.fontSize.xl,
    fontWeight: vars.fontWeight.bold,
    lineHeight: vars.lineHeight.tight,
  },
  'Dialog-title',
);

export const description = ckStyle(
  { margin: 0, marginBlockEnd: vars.space.md, color: vars.color.textMuted },
  'Dialog-description',
);

/**
 * Radix locks the page's scroll with react-remove-scroll-bar, which makes up for
 * the scrollbar it hides with a margin on <body> as wide as the scrollbar. A page
 * that reserves the scrollbar's gutter (`scrollbar-gutter: stable`) keeps that
 * room, so the margin would push the page sideways. DialogContent marks such a
 * page while it is open, and this takes the margin back. A layered !important
 * beats the library's unlayered one.
 */
export const stableGutterAttribute = 'data-ck-stable-gutter';
ckGlobalStyle(`[${stableGutterAttribute}] body[data-scroll-locked]`, { marginRight: '0 !important' });
