/*
 * careerkit's styled dialog: Radix Dialog's behaviour (focus trap, Escape, scroll
 * lock, the rest of the page hidden from screen readers with `aria-hidden`,
 * focus returned to the trigger) with careerkit's look, as flat named parts in
 * the shadcn manner. `DialogContent` bundles the portal, overlay and a labelled
 * close button, and carries the enclosing theme into the portal.
 */
import * as React from 'react';
import * as DialogPrimitive from '@radix-ui/react-dialog';
import { composing } from '../../internal/keys';
import { useMessages } from '../../internal/messages';
import { oneOf } from '../../internal/values';
import { useThemeScope } from '../ThemeProvider';
import { root as themeRoot } from '../ThemeProvider/ThemeProvider.css';
import * as styles from './Dialog.css';

export const dialogSizes = ['sm', 'md', 'lg'] as const;
export type DialogSize = (typeof dialogSizes)[number];

export const dialogMessages = { close: 'Close' };
export type DialogMessages = typeof dialogMessages;

/** The dialog's state: `open` / `defaultOpen` / `onOpenChange` (Radix `Dialog.Root`). */
export const DialogRoot = DialogPrimitive.Root;
export type DialogRootProps = DialogPrimitive.DialogProps;

/** The button that opens the dialog; `asChild` to use your own. */
export const DialogTrigger = DialogPrimitive.Trigger;
export type DialogTriggerProps = DialogPrimitive.DialogTriggerProps;

/** A button that closes the dialog; `asChild` to use your own. */
export const DialogClose = DialogPrimitive.Close;
export type DialogCloseProps = DialogPrimitive.DialogCloseProps;

/**
 * Radix's content props, plus careerkit's. The Escape that ends an input
 * method's composition (a name typed in Japanese) does not close the dialog;
 * `onEscapeKeyDown` gets every other Escape, and can still `preventDefault()` it.
 */
export interface DialogContentProps extends DialogPrimitive.DialogContentProps {
  /** Maximum width. Default: `md`. */
  size?: DialogSize | undefined;
  /** Where the portal mounts. Default: `document.body`. */
  container?: HTMLElement | null | undefined;
  /** Hide the built-in close button (then provide a `DialogClose` yourself). */
  hideCloseButton?: boolean | undefined;
  /** The close button's accessible name (`close`). */
  messages?: Partial<DialogMessages> | undefined;
}

/**
 * The dialog itself, with its portal, overlay and a labelled close button; it
 * carries the enclosing `ThemeProvider`'s theme into the portal. Give it a
 * `DialogTitle`.
 */
export const DialogContent = /* @__PURE__ */ React.forwardRef<HTMLDivElement, DialogContentProps>(function DialogContent(
  { size, container, hideCloseButton = false, messages, className, children, onEscapeKeyDown, ...rest },
  ref,
) {
  const [text] = useMessages('Dialog', dialogMessages, messages);
  const scope = useThemeScope();
  useStableGutter();
  return (
    <DialogPrimitive.Portal container={container}>
      <div {...scope?.attributes} dir={scope?.dir} lang={scope?.lang} style={scope?.style} className={scope ? themeRoot : undefined}>
        <DialogPrimitive.Overlay className={styles.overlay} />
        <DialogPrimitive.Content
          ref={ref}
          {...rest}
          // The input method's Escape is not a close: closing would drop what was typed.
          onEscapeKeyDown={(event) => (composing(event) ? event.preventDefault() : onEscapeKeyDown?.(event))}
          data-size={oneOf('DialogContent', 'size', size, dialogSizes, 'md')}
          className={className ? `${styles.content} ${className}` : styles.content}
        >
          {children}
          {hideCloseButton ? null : (
            <DialogPrimitive.Close className={styles.close} aria-label={text.close}>
              {/* In rem, as the button is: both grow when the reader sets a larger text size. */}
              <svg aria-hidden="true" focusable="false" width="1.25rem" height="1.25rem" viewBox="0 0 20 20">
                <path d="M5 5l10 10M15 5L5 15" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
              </svg>
            </DialogPrimitive.Close>
          )}
        </DialogPrimitive.Content>
      </div>
    </DialogPrimitive.Portal>
  );
});

/** How many careerkit dialogs are open on a page that reserves the scrollbar gutter. */
let stableGutterDialogs = 0;
// Radix's way: a layout effect in the browser (the mark is there before the locked page
// paints), nothing on the server, where React 18 would warn about a layout effect.
const useBrowserLayoutEffect = typeof document === 'undefined' ? React.useEffect : React.useLayoutEffect;

/** Marks the page while a dialog is open if it reserves the scrollbar gutter (see `stableGutterAttribute`). */
function useStableGutter(): void {
  useBrowserLayoutEffect(() => {
    const root = document.documentElement;
    if (!getComputedStyle(root).scrollbarGutter?.startsWith('stable')) return;
    stableGutterDialogs++;
    root.setAttribute(styles.stableGutterAttribute, '');
    return () => {
      if (--stableGutterDialogs === 0) root.removeAttribute(styles.stableGutterAttribute);
    };
  }, []);
}

/** The dialog's title, which names it for screen readers. Required in every dialog. */
export const DialogTitle = /* @__PURE__ */ React.forwardRef<HTMLHeadingElement, DialogPrimitive.DialogTitleProps>(
  function DialogTitle({ className, ...rest }, ref) {
    return <DialogPrimitive.Title ref={ref} {...rest} className={className ? `${styles.title} ${className}` : styles.title} />;
  },
);
export type DialogTitleProps = DialogPrimitive.DialogTitleProps;

/** A sentence under the title, read with it when the dialog opens. */
export const DialogDescription = /* @__PURE__ */ React.forwardRef<HTMLParagraphElement, DialogPrimitive.DialogDescriptionProps>(
  function DialogDescription({ className, ...rest }, ref) {
    return (
      <DialogPrimitive.Description
        ref={ref}
        {...rest}
        className={className ? `${styles.description} ${className}` : styles.description}
      />
    );
  },
);
export type DialogDescriptionProps = DialogPrimitive.DialogDescriptionProps;
