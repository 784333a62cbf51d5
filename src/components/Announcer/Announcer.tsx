import { visuallyHidden } from '../../styles/shared.css';

export interface AnnouncerProps {
  /** What to say; empty says nothing. */
  message?: string | undefined;
  /** `polite` waits for a pause; `assertive` interrupts. Default: `polite`. */
  politeness?: 'polite' | 'assertive' | undefined;
  /** Increase to announce an unchanged message again. */
  announceKey?: number | undefined;
  /** Keep the message visible instead of screen-reader only. */
  visible?: boolean | undefined;
  /** Added to the live region (visible or not). */
  className?: string | undefined;
}

/**
 * A live region that exists from the first render (screen readers ignore regions
 * that appear together with their text) and announces each new message. To say
 * the same text again, change `announceKey`: its parity toggles a trailing
 * no-break space, which makes the repeat a DOM change without any state.
 */
export function Announcer({ message = '', politeness = 'polite', announceKey = 0, visible = false, className }: AnnouncerProps) {
  return (
    <div
      role={politeness === 'assertive' ? 'alert' : 'status'}
      aria-live={politeness}
      aria-atomic="true"
      className={`${visible ? '' : visuallyHidden} ${className ?? ''}`}
    >
      {message ? `${message}${announceKey % 2 ? '\u00a0' : ''}` : ''}
    </div>
  );
}
