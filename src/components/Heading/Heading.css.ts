import { vars } from '../../theme/contract.css';
import { ckStyle } from '../../styles/layer.css';

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

// One export per size (not a styleVariants map) so a part that needs one size
// does not bundle the others' class names.
export const sm = ckStyle({ fontSize: vars.fontSize.md }, 'Heading_sm');
export const md = ckStyle({ fontSize: vars.fontSize.lg }, 'Heading_md');
export const lg = ckStyle({ fontSize: vars.fontSize.xl }, 'Heading_lg');
export const xl = ckStyle({ fontSize: vars.fontSize.xxl }, 'Heading_xl');
