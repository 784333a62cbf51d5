/** Small style pieces more than one component needs. */
import { vars } from '../theme/contract.css';
import { ckStyle } from './layer.css';
// The built-in themes ship with the first component that is styled at all.
import '../theme/themes.css';

export const focusRing = {
  outline: `${vars.borderWidth.focus} solid ${vars.color.focusRing}`,
  outlineOffset: vars.borderWidth.focus,
} as const;

/**
 * Hidden from sight, not from screen readers (the classic clip pattern). No
 * -1px margin, as the pattern usually has: in a right-to-left block it pushed
 * the pixel past the block's right edge, and on a left-to-right page that
 * edge can be the page's, which then scrolled sideways by one pixel.
 */
export const visuallyHidden = ckStyle(
  {
    position: 'absolute',
    width: '1px',
    height: '1px',
    padding: 0,
    margin: 0,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
    border: 0,
  },
  'VisuallyHidden',
);
