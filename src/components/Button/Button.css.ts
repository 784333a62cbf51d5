import { vars } from '../../theme/contract.css';
import { ckStyle } from '../../styles/layer.css';
import { focusRing } from '../../styles/shared.css';

/**
 * Tones and sizes are `data-*` attributes rather than classes, so a host can
 * target `[data-tone="primary"]` from plain CSS, and busy state is
 * `data-state="busy"` like every other careerkit state.
 */
export const root = ckStyle(
  {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    gap: vars.space.xs,
    minBlockSize: vars.size.control,
    paddingBlock: vars.space.xs,
    paddingInline: vars.space.md,
    border: `${vars.borderWidth.thin} solid transparent`,
    borderRadius: vars.radius.md,
    fontFamily: vars.font.body,
    fontSize: vars.fontSize.md,
    fontWeight: vars.fontWeight.medium,
    lineHeight: vars.lineHeight.tight,
    textDecoration: 'none',
    textAlign: 'center',
    cursor: 'pointer',
    transition: `background-color ${vars.motion.durationFast} ${vars.motion.easing}, border-color ${vars.motion.durationFast} ${vars.motion.easing}`,
    selectors: {
      '&:focus-visible': focusRing,
      '&[data-tone="primary"]': { backgroundColor: vars.color.brand, color: vars.color.onBrand },
      '&[data-tone="primary"]:hover': { backgroundColor: vars.color.onBrandSoft },
      '&[data-tone="secondary"]': {
        backgroundColor: vars.color.surface,
        color: vars.color.text,
        borderColor: vars.color.borderStrong,
      },
      '&[data-tone="secondary"]:hover': { backgroundColor: vars.color.surfaceMuted },
      '&[data-tone="ghost"]': { backgroundColor: 'transparent', color: vars.color.link },
      '&[data-tone="ghost"]:hover': { backgroundColor: vars.color.surfaceMuted },
      '&[data-tone="critical"]': { backgroundColor: vars.color.critical, color: vars.color.textInverse },
      '&[data-size="sm"]': {
        minBlockSize: vars.size.controlSmall,
        paddingBlock: vars.space.xxs,
        paddingInline: vars.space.sm,
        fontSize: vars.fontSize.sm,
      },
      '&[data-state="busy"], &[aria-disabled="true"], &:disabled': { cursor: 'not-allowed', opacity: 0.7 },
    },
    '@media': {
      '(forced-colors: active)': { border: `${vars.borderWidth.thin} solid ButtonText` },
      '(prefers-reduced-motion: reduce)': { transition: 'none' },
    },
  },
  'Button',
);
