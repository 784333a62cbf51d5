/**
 * Button's look and states as attributes for a plain `<button>`: what `Button`
 * renders, for widgets whose buttons need neither `asChild` (which brings
 * `Slot`) nor checks of a host's tone and size. Their handlers ignore a busy
 * click themselves, as `Button` does.
 */
import * as styles from './Button.css';
import type { ButtonSize, ButtonTone } from './Button';

export function buttonLook(tone: ButtonTone, size: ButtonSize, busy = false, state = 'idle') {
  return {
    className: styles.root,
    'data-tone': tone,
    'data-size': size,
    // `busy` wins over the widget's own state ("copied"…), as in `Button`.
    'data-state': busy ? 'busy' : state,
    'aria-disabled': busy || undefined,
    'aria-busy': busy || undefined,
  };
}
