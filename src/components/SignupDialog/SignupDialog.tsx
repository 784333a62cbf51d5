import * as React from 'react';
import { renderable } from '../../internal/node';
import { useMessages } from '../../internal/messages';
import { buttonLook } from '../Button/buttonLook';
import { DialogClose, DialogContent, DialogDescription, DialogRoot, DialogTitle, DialogTrigger, type DialogSize } from '../Dialog';
import { isJoined, type SubscribeOutcome, type SubscribeRequest } from '../NewsletterSignup/adapters/types';
import { NewsletterSignup, type NewsletterSignupProps } from '../NewsletterSignup/NewsletterSignup';
import { countPageView, markOffered, readOfferState, resolveDismissDays, shouldOffer, updateRecord } from './restraint';
import { offersItself, useAutomaticTriggers, type SignupTriggers } from './triggers';
import * as styles from './SignupDialog.css';

export const signupDialogMessages = {
  title: 'Get the weekly newsletter',
  /** The label of `triggers.button` when it is `true`. */
  trigger: 'Get the newsletter',
  dontShowAgain: 'Don’t show this again',
  close: 'Close',
};
export type SignupDialogMessages = typeof signupDialogMessages;

export interface SignupDialogProps extends Omit<NewsletterSignupProps, 'title' | 'titleLevel' | 'description' | 'messages'> {
  /** What opens the dialog. The button always works; the others are automatic and restrained. */
  triggers?: SignupTriggers | undefined;
  /** Controlled open state. */
  open?: boolean | undefined;
  /** Open on mount, uncontrolled. */
  defaultOpen?: boolean | undefined;
  /** The dialog opened or closed (by the reader, a trigger, or you). */
  onOpenChange?: ((open: boolean) => void) | undefined;
  /** The dialog's title. Default: the `title` message. */
  title?: React.ReactNode | undefined;
  /** A sentence under the title: what the newsletter is and how often it comes. */
  description?: React.ReactNode | undefined;
  /** Days without automatic offers after the reader closes the dialog unsubscribed. Default: 30. */
  dismissDays?: number | undefined;
  /** Names the stored record (`ck-signup:<storageId>`); dialogs sharing it share restraint. Default: `newsletter`. */
  storageId?: string | undefined;
  /** `false` lets automatic triggers ignore every restraint rule (first page view, signed up, "Don't show this again", dismissals, the session limit, blocked storage): for demos only. They still wait for a reader who is not typing or in another dialog. Default: true. */
  restraint?: boolean | undefined;
  /** Maximum width. Default: `md`. */
  size?: DialogSize | undefined;
  /** The dialog's own strings: title, trigger label, "Don't show this again", close. */
  messages?: Partial<SignupDialogMessages> | undefined;
  /** The form's own strings (see NewsletterSignup). */
  formMessages?: NewsletterSignupProps['messages'] | undefined;
}

/** A SignupDialog's automatic offer is on its way into the page (React has not rendered it yet). */
let opening = false;

/**
 * The newsletter form in a modal, on the foundation's Dialog parts. It opens
 * from a button or, if the host opts in, by itself (end of article, scroll
 * depth, engaged time, exit intent), with restraint: never on a first page
 * view, never after signing up, once per session. Focus goes back where the
 * reader was, also after an automatic open (Radix alone would send it to
 * `<body>`), and the typed address survives closing and reopening.
 */
export function SignupDialog({
  triggers,
  open: openProp,
  defaultOpen = false,
  onOpenChange,
  title,
  description,
  dismissDays,
  storageId = 'newsletter',
  restraint = true,
  size,
  messages,
  formMessages,
  defaultEmail = '',
  onEmailChange,
  onOutcome,
  className,
  ...form
}: SignupDialogProps) {
  const [text] = useMessages('SignupDialog', signupDialogMessages, messages);
  const days = resolveDismissDays(dismissDays);
  const [ownOpen, setOwnOpen] = React.useState(defaultOpen);
  const open = openProp ?? ownOpen;
  const [email, setEmail] = React.useState(defaultEmail);
  const [joinedNow, setJoinedNow] = React.useState(false);
  // Where the reader was when the dialog opened: focus goes back there on close.
  const opener = React.useRef<Element | null>(null);
  const button = triggers?.button;
  const automatic = offersItself(triggers ?? undefined);

  const setOpen = (next: boolean) => {
    if (!next && !joinedNow) updateRecord(storageId, { dismissedAt: Date.now() });
    if (openProp === undefined) setOwnOpen(next);
    onOpenChange?.(next);
  };

  React.useEffect(() => countPageView(storageId), [storageId]);

  useAutomaticTriggers(triggers, () => {
    if (open) return;
    // Another SignupDialog offered itself on this same scroll and is not in the
    // page yet, where the reader-is-busy check would see it: wait a round (once,
    // in case its host kept it closed).
    if (opening) {
      opening = false;
      return true;
    }
    if (restraint && shouldOffer(readOfferState(storageId), Date.now(), { dismissDays: days }) !== 'offer') return;
    markOffered(storageId);
    opening = true;
    setOpen(true);
  });

  // (A CMS's rich-text object is left out, here and in the title: React would throw.)
  const shownDescription = renderable(description);

  // Attached as the content mounts, before Radix moves focus into it.
  const rememberOpener = React.useCallback((node: HTMLDivElement | null) => {
    if (node) {
      opening = false;
      if (!opener.current) opener.current = document.activeElement;
    }
  }, []);

  return (
    <DialogRoot open={open} onOpenChange={setOpen}>
      {button ? (
        // Safari does not focus a clicked button, so the opener is the button itself.
        <DialogTrigger
          asChild
          onClick={(event) => {
            opener.current = event.currentTarget;
          }}
        >
          {React.isValidElement(button) ? (
            button
          ) : (
            <button type="button" {...buttonLook('primary', 'md')}>
              {/* The default label for `true` (and, with a warning, for a CMS's rich-text object: React would throw). */}
              {renderable(button) || text.trigger}
            </button>
          )}
        </DialogTrigger>
      ) : null}
      <DialogContent
        ref={rememberOpener}
        size={size}
        messages={{ close: text.close }}
        {...(shownDescription ? {} : { 'aria-describedby': undefined })}
        onCloseAutoFocus={(event) => {
          const back = opener.current as HTMLElement | null;
          opener.current = null;
          // Never Radix's fallback (the trigger, else <body>): no jump away from the reader's place.
          // If that element is gone, focus stays put rather than moving somewhere the reader never was.
          event.preventDefault();
          if (back && back !== document.body && back.isConnected) back.focus?.({ preventScroll: true });
        }}
      >
        <DialogTitle>{renderable(title) || text.title}</DialogTitle>
        {shownDescription ? <DialogDescription>{shownDescription}</DialogDescription> : null}
        <NewsletterSignup
          {...form}
          className={className ? `${styles.form} ${className}` : styles.form}
          titleLevel="none"
          messages={formMessages}
          defaultEmail={email}
          onEmailChange={(value) => {
            setEmail(value);
            onEmailChange?.(value);
          }}
          onOutcome={(outcome: SubscribeOutcome, request: SubscribeRequest) => {
            if (isJoined(outcome.kind)) {
              updateRecord(storageId, { subscribed: true });
              setJoinedNow(true);
            }
            onOutcome?.(outcome, request);
          }}
        />
        {automatic && restraint && !joinedNow ? (
          <div className={styles.footer}>
            <DialogClose asChild>
              <button
                type="button"
                {...buttonLook('ghost', 'sm')}
                onClick={() => updateRecord(storageId, { never: true })}
              >
                {text.dontShowAgain}
              </button>
            </DialogClose>
          </div>
        ) : null}
      </DialogContent>
    </DialogRoot>
  );
}
