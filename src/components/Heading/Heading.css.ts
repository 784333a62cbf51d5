import { styleVariants } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.css';
import { ckStyle, layered } from '../../styles/layer.css';
import type { HeadingSize } from './Heading';

export const root = ckStyle(
  {
    margin: 0,
    fontFamily: vars.font.heading,
    fontWeight: vars.fontWeight.bold,
    lineHeight: vars.lineHeight.tight,
    color: vars.color.text,
    overflowWrap: 'anywhere',
    textWrap: 'balance',
  },
  'Heading',
);

export const size = styleVariants(
  {
    sm: { fontSize: vars.fontSize.md },
    md: { fontSize: vars.fontSize.lg },
    lg: { fontSize: vars.fontSize.xl },
    xl: { fontSize: vars.fontSize.xxl },
  } satisfies Record<HeadingSize, object>,
  (rule) => layered(rule),
  'Heading',
);
