import * as React from 'react';
import { visuallyHidden } from '../../styles/shared.css';

export interface VisuallyHiddenProps extends React.HTMLAttributes<HTMLSpanElement> {
  /** Render a `div` when the hidden content is block-level. Default: `span`. */
  as?: 'span' | 'div' | undefined;
}

/** Text for screen readers only: the tone of a callout, the label of an icon button. */
export const VisuallyHidden = /* @__PURE__ */ React.forwardRef<HTMLElement, VisuallyHiddenProps>(function VisuallyHidden(
  { as = 'span', className, ...rest },
  ref,
) {
  return React.createElement(as, {
    ref,
    ...rest,
    className: className ? `${visuallyHidden} ${className}` : visuallyHidden,
  });
});
