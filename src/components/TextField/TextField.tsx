import * as React from 'react';
import { useMessages } from '../../internal/messages';
import { VisuallyHidden } from '../VisuallyHidden';
import * as styles from './TextField.css';

export const textFieldMessages = {
  errorPrefix: 'Error:',
  optional: '(optional)',
};
export type TextFieldMessages = typeof textFieldMessages;

export interface TextFieldProps extends Omit<React.InputHTMLAttributes<HTMLInputElement>, 'size'> {
  /** The visible label, a real `<label>`. */
  label: React.ReactNode;
  /** Help shown under the label, read after it. */
  hint?: React.ReactNode | undefined;
  /** An error message; marks the field invalid while present. */
  error?: React.ReactNode | undefined;
  /** Show "(optional)" after the label of a field that is not required. */
  showOptional?: boolean | undefined;
  /** The hidden "Error:" prefix and the "(optional)" mark. */
  messages?: Partial<TextFieldMessages> | undefined;
  /** Class for the wrapper; `className` goes on the input. */
  wrapperClassName?: string | undefined;
}

/**
 * A labelled input with hint and error wired for screen readers: the label is a
 * real `<label>`, hint and error are joined into `aria-describedby`, and an error
 * sets `aria-invalid`. The error is prefixed with a hidden "Error:" so it is not
 * conveyed by colour alone.
 */
export const TextField = /* @__PURE__ */ React.forwardRef<HTMLInputElement, TextFieldProps>(function TextField(
  { label, hint, error, showOptional, messages, id, className, wrapperClassName, ...rest },
  ref,
) {
  const [text] = useMessages('TextField', textFieldMessages, messages);
  const generated = React.useId();
  const inputId = id || `ck-field-${generated}`;
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = error ? `${inputId}-error` : undefined;
  const describedBy = [rest['aria-describedby'], hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={wrapperClassName ? `${styles.root} ${wrapperClassName}` : styles.root}>
      <label className={styles.label} htmlFor={inputId}>
        {label}
        {showOptional && !rest.required ? (
          <>
            {' '}
            <span className={styles.optional}>{text.optional}</span>
          </>
        ) : null}
      </label>
      {hint ? (
        <div id={hintId} className={styles.hint}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <div id={errorId} className={styles.error}>
          <VisuallyHidden>{text.errorPrefix}</VisuallyHidden> {error}
        </div>
      ) : null}
      <input
        ref={ref}
        {...rest}
        id={inputId}
        className={className ? `${styles.input} ${className}` : styles.input}
        aria-describedby={describedBy}
        aria-invalid={error ? true : rest['aria-invalid']}
      />
    </div>
  );
});
