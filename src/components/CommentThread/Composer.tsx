/**
 * The comment form: a labelled textarea whose text is owned by the thread (so a
 * draft survives collapsing its subthread), Ctrl/⌘+Enter to send, Escape to
 * cancel. The form is a real `<form>`; sending keeps the text until the host's
 * promise resolves, and a failure keeps it with a retry.
 */
import * as React from 'react';
import { buttonLook } from '../Button/buttonLook';
import { ThreadContext } from './context';
import * as styles from './CommentThread.css';

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
        <button type="submit" {...buttonLook('primary', 'sm', sending)}>
          {sending ? text.sending : error ? text.retry : submitLabel}
        </button>
        {onCancel ? (
          <button type="button" {...buttonLook('ghost', 'sm')} onClick={onCancel}>
            {text.cancel}
          </button>
        ) : null}
      </div>
    </form>
  );
}
