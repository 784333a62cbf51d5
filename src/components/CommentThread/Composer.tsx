/**
 * The comment form: a labelled textarea whose text is owned by the thread (so a
 * draft survives collapsing its subthread), Ctrl/⌘+Enter to send, Escape to
 * cancel. The form is a real `<form>`; sending keeps the text until the host's
 * promise resolves, and a failure keeps it with a retry.
 */
import * as React from 'react';
import type { ButtonTone } from '../Button';
import { root as buttonClass } from '../Button/Button.css';
import { ThreadContext } from './context';
import * as styles from './CommentThread.css';

/**
 * Button's look and busy state on a plain `<button>`. The `Button` component
 * brings careerkit's `Slot` (for `asChild`) into every bundle that uses it,
 * about 0.5 KB min+gzip a host would pay for nothing here: these forms need
 * no `asChild`, and their submit handlers already ignore a busy click (what
 * `Button` swallows).
 */
export const formButton = (tone: ButtonTone, busy?: boolean) => ({
  className: buttonClass,
  'data-tone': tone,
  'data-size': 'sm',
  'data-state': busy ? 'busy' : 'idle',
  'aria-disabled': busy || undefined,
  'aria-busy': busy || undefined,
});

export interface ComposerProps {
  label: React.ReactNode;
  value: string;
  onChange: (value: string) => void;
  onSubmit: () => void;
  /** Without it there is no Cancel (the top-level form). */
  onCancel?: () => void;
  submitLabel: string;
  sending: boolean;
  /** The failure message, with the submit button relabelled as a retry. */
  error?: string;
  autoFocus?: boolean;
  id: string;
}

export function Composer({
  label,
  value,
  onChange,
  onSubmit,
  onCancel,
  submitLabel,
  sending,
  error,
  autoFocus,
  id,
}: ComposerProps) {
  // Cancel, Sending… and Try again are the thread's own strings.
  const { text, maxLength } = React.useContext(ThreadContext);
  const errorId = `${id}-error`;
  return (
    <form
      className={styles.composer}
      aria-busy={sending || undefined}
      onSubmit={(event) => {
        event.preventDefault();
        if (!sending && value.trim()) onSubmit();
      }}
    >
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        // React focuses it when it mounts (a form opened by Reply or Edit).
        autoFocus={autoFocus}
        value={value}
        required
        maxLength={maxLength}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && onCancel) {
            event.preventDefault();
            onCancel();
          } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            event.currentTarget.form?.requestSubmit();
          }
        }}
      />
      {error ? (
        <p id={errorId} className={styles.error}>
          {error}
        </p>
      ) : null}
      <div className={styles.actions}>
        <button type="submit" {...formButton('primary', sending)}>
          {sending ? text.sending : error ? text.retry : submitLabel}
        </button>
        {onCancel ? (
          <button type="button" {...formButton('ghost')} onClick={onCancel}>
            {text.cancel}
          </button>
        ) : null}
      </div>
    </form>
  );
}
