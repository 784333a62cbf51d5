/**
 * The report and delete dialogs, on the foundation's Radix dialog parts. Opened
 * from a button rather than a `DialogTrigger`, so focus is returned by hand:
 * Radix would otherwise send it to `<body>`.
 *
 * Not lazy-loaded: a `React.lazy` import made tsup emit a chunk shared with the
 * main entry, and a host bundling with esbuild then pulled Radix into every
 * widget's bundle. The size budget counts the thread without the dialog.
 */
import * as React from 'react';
import { DialogClose, DialogContent, DialogDescription, DialogRoot, DialogTitle } from '../Dialog';
import { buttonLook } from '../Button/buttonLook';
import { ThreadContext, type DialogState } from './context';
import * as styles from './CommentThread.css';

export interface CommentDialogProps {
  dialog: DialogState;
  onClose: () => void;
  returnFocus: () => void;
}

export function CommentDialog({ dialog, onClose, returnFocus }: CommentDialogProps) {
  const { text, props, announce } = React.useContext(ThreadContext);
  const { onReport, onDelete } = props;
  const reasons = Object.entries(text.reportReasons);
  const [reason, setReason] = React.useState(reasons[0]?.[0] ?? 'other');
  const [state, setState] = React.useState<'idle' | 'busy' | 'failed'>('idle');
  const report = dialog.kind === 'report';
  const confirm = async () => {
    if (state === 'busy') return;
    setState('busy');
    try {
      await (report ? onReport?.(dialog.id, reason) : onDelete?.(dialog.id));
    } catch {
      setState('failed');
      return;
    }
    announce(report ? text.reported : text.deletedDone);
    onClose();
  };
  return (
    <DialogRoot defaultOpen onOpenChange={(open) => (open ? undefined : onClose())}>
      <DialogContent
        size="sm"
        onCloseAutoFocus={(event) => {
          event.preventDefault();
          returnFocus();
        }}
      >
        <DialogTitle>{report ? text.reportTitle : text.deleteTitle}</DialogTitle>
        <DialogDescription>{report ? text.reportDescription : text.deleteDescription}</DialogDescription>
        <form
          className={styles.composer}
          onSubmit={(event) => {
            event.preventDefault();
            void confirm();
          }}
        >
          {report ? (
            <fieldset className={styles.reasons}>
              <legend className={styles.reasonsLegend}>{text.reportTitle}</legend>
              {reasons.map(([key, label]) => (
                <label key={key}>
                  <input type="radio" name="reason" value={key} checked={reason === key} onChange={() => setReason(key)} />{' '}
                  {label}
                </label>
              ))}
            </fieldset>
          ) : null}
          {state === 'failed' ? (
            <p className={styles.error} role="alert">
              {text.actionFailed}
            </p>
          ) : null}
          <div className={styles.actions}>
            <button type="submit" {...buttonLook(report ? 'primary' : 'critical', 'sm', state === 'busy')}>
              {report ? text.reportSubmit : text.deleteConfirm}
            </button>
            <DialogClose type="button" {...buttonLook('ghost', 'sm')}>
              {text.cancel}
            </DialogClose>
          </div>
        </form>
      </DialogContent>
    </DialogRoot>
  );
}
