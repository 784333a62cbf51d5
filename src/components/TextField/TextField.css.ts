import { vars } from '../../theme/contract.css';
import { ckStyle } from '../../styles/layer.css';
import { focusRing } from '../../styles/shared.css';

export const root = ckStyle(
  { display: 'flex', flexDirection: 'column', gap: vars.space.xxs, minInlineSize: 0 },
  'TextField',
);

export const label = ckStyle(
  { fontWeight: vars.fontWeight.medium, color: vars.color.text, fontSize: vars.fontSize.md },
  'TextField-label',
);

export const optional = ckStyle(
  { fontWeight: vars.fontWeight.regular, color: vars.color.textMuted },
  'TextField-optional',
);

export const hint = ckStyle({ color: vars.color.textMuted, fontSize: vars.fontSize.sm }, 'TextField-hint');

export const error = ckStyle(
  { margin: 0, color: vars.color.critical, fontSize: vars.fontSize.sm, fontWeight: vars.fontWeight.medium },
  'TextField-error',
);

export const input = ckStyle(
  {
    boxSizing: 'border-box',
    inlineSize: '100%',
    minBlockSize: vars.size.control,
    paddingBlock: vars.space.xs,
    paddingInline: vars.space.sm,
    border: `${vars.borderWidth.thin} solid ${vars.color.borderStrong}`,
    borderRadius: vars.radius.sm,
    backgroundColor: vars.color.surface,
    color: vars.color.text,
    fontFamily: vars.font.body,
    fontSize: vars.fontSize.md,
    selectors: {
      '&:focus-visible': focusRing,
      '&[aria-invalid="true"]': { borderColor: vars.color.critical, borderWidth: vars.borderWidth.thick },
      '&::placeholder': { color: vars.color.textMuted, opacity: 1 },
    },
  },
  'TextField-input',
);
