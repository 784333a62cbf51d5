import * as React from 'react';
import { Slot } from '../../internal/Slot';
import { oneOf } from '../../internal/values';
import { buttonLook } from './buttonLook';

export const buttonTones = ['primary', 'secondary', 'ghost', 'critical'] as const;
export type ButtonTone = (typeof buttonTones)[number];

export const buttonSizes = ['sm', 'md'] as const;
export type ButtonSize = (typeof buttonSizes)[number];

export interface ButtonProps extends React.ButtonHTMLAttributes<HTMLButtonElement> {
  /** Default: `primary`. */
  tone?: ButtonTone | undefined;
  /** Default: `md`. */
  size?: ButtonSize | undefined;
  /** Work in progress: announced as disabled, clicks ignored, focus kept. */
  busy?: boolean | undefined;
  /** Render the host's own element (a link, a router link) with button styles. */
  asChild?: boolean | undefined;
}

/**
 * The one button every widget uses. `busy` keeps the button focusable and in the
 * tab order (`aria-disabled`, not `disabled`) and swallows clicks, which is how
 * forms avoid double submits without losing focus.
 */
export const Button = /* @__PURE__ */ React.forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  { tone, size, busy = false, asChild = false, className, type, onClick, children, ...rest },
  ref,
) {
  const Component = asChild ? Slot : 'button';
  const look = buttonLook(
    oneOf('Button', 'tone', tone, buttonTones, 'primary'),
    oneOf('Button', 'size', size, buttonSizes, 'md'),
    busy,
    (rest as { 'data-state'?: string })['data-state'],
  );
  return (
    <Component
      ref={ref}
      type={asChild ? undefined : (type ?? 'button')}
      {...rest}
      {...look}
      className={className ? `${look.className} ${className}` : look.className}
      aria-disabled={busy || rest['aria-disabled'] || undefined}
      onClick={(event: React.MouseEvent<HTMLButtonElement>) => {
        if (busy) {
          event.preventDefault();
          return;
        }
        onClick?.(event);
      }}
    >
      {children}
    </Component>
  );
});
