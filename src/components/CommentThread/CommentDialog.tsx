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
import { commentDomId } from './Comment';
import type { DialogState, Thread } from './thread';
import * as styles from './CommentThread.css';

export interface CommentDialogProps {
  t: Thread;
  dialog: DialogState;
  onClose: () => void;
}

export function CommentDialog({ t, dialog, onClose }: CommentDialogProps) {
  const { text, props } = t;
  const [state, setState] = React.useState<'idle' | 'busy' | 'failed'>('idle');
  const report = dialog.kind === 'report';
  // Found while the opener is in the page (see onCloseAutoFocus): the comments
  // around it (the next, the one before, the one it answers), then the thread.
  const [near] = React.useState(() => {
    const item = dialog.opener.closest('li');
    return [item?.nextElementSibling, item?.previousElementSibling, item?.parentElement?.closest('li')]
      .map((li) => li?.querySelector<HTMLElement>('article'))
      .concat(dialog.opener.closest<HTMLElement>(`.${styles.root}`));
  });
  // The thread's direction and language, read once, which the portal (on <body>) does not inherit
  // where the host sets them on an element around the thread, not on <html>.
  const [place] = React.useState(() => near[3] && { dir: getComputedStyle(near[3]).direction, lang: near[3].closest<HTMLElement>('[lang]')?.lang });
  // A deleted comment may leave with its Delete button: then its placeholder (it had
  // replies), else a comment beside it, so the reader keeps their place (and is not
  // sent back to the start of the page).
  const refocus = () => {
    const to = [dialog.opener, document.getElementById(commentDomId(dialog.id)), ...near].find((el) => el?.isConnected);
    if (to) {
      if (to == near[3]) to.tabIndex = -1;
      to.focus();
    }
  };
  return (
    // Open from the start, and with no trigger Radix only ever changes it to closed.
    <DialogRoot defaultOpen onOpenChange={onClose}>
      <DialogContent
        size="sm"
        {...place}
        onCloseAutoFocus={(event) => {
          event.preventDefault();
          refocus();
        }}
      >
        <DialogTitle>{report ? text.reportTitle : text.deleteTitle}</DialogTitle>
        <DialogDescription>{report ? text.reportDescription : text.deleteDescription}</DialogDescription>
        <form
          className={styles.composer}
          onSubmit={async (event) => {
            event.preventDefault();
            if (state === 'busy') return;
            const form = event.currentTarget;
            // The radios are the form's own state: the checked one is read on submit.
            const reason = new FormData(form).get('reason') ?? 'other';
            setState('busy');
            try {
              await (report ? props.onReport?.(dialog.id, reason as string) : props.onDelete?.(dialog.id));
            } catch {
              // Closed by the reader while it was sent: said in the thread instead.
              if (form.isConnected) setState('failed');
              else t.announce(text.actionFailed);
              return;
            }
            t.announce(report ? text.reported : text.deletedDone);
            // A host that drops the comment only after its promise resolved (a refetch)
            // takes the focused Delete button with it, later: focus would fall to the page.
            // Until the reader clicks or taps somewhere meanwhile: then they have moved on.
            if (!report && dialog.opener.isConnected) {
              const done = () => void (t.afterDelete.current = undefined);
              t.afterDelete.current = () => {
                if (dialog.opener.isConnected) return;
                done();
                if (document.activeElement == document.body) refocus();
              };
              window.addEventListener('pointerdown', done, { capture: true, once: true });
            }
            onClose();
          }}
        >
          {report ? (
            <fieldset className={styles.reasons}>
              <legend className={styles.reasonsLegend}>{text.reportReason}</legend>
              {Object.entries(text.reportReasons).map(([key, label]) => (
                <label key={key}>
                  <input type="radio" name="reason" value={key} required /> {label}
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
