/**
 * A live region that exists from the first render (screen readers ignore regions
 * that appear together with their text) and announces each new message. Pass the
 * same text again with a new `announceKey` to repeat it.
 */
import * as React from 'react';
import { visuallyHidden } from '../../styles/shared.css';

export interface AnnouncerProps {
  /** What to say; empty says nothing. */
  message?: string;
  /** `polite` waits for a pause; `assertive` interrupts. Default: `polite`. */
  politeness?: 'polite' | 'assertive';
  /** Change to announce an unchanged message again. */
  announceKey?: string | number;
  /** Keep the message visible instead of screen-reader only. */
  visible?: boolean;
  className?: string;
}

export function Announcer({ message = '', politeness = 'polite', announceKey, visible = false, className }: AnnouncerProps) {
  // Alternating a trailing no-break space makes a repeated message a DOM change.
  const [flip, setFlip] = React.useState(false);
  const first = React.useRef(true);
  React.useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    setFlip((f) => !f);
  }, [announceKey]);
  const classes = [visible ? undefined : visuallyHidden, className].filter(Boolean).join(' ') || undefined;
  return (
    <div
      role={politeness === 'assertive' ? 'alert' : 'status'}
      aria-live={politeness}
      aria-atomic="true"
      className={classes}
    >
      {message ? `${message}${flip ? '\u00a0' : ''}` : ''}
    </div>
  );
}
