/**
 * The callout's markup without its checks: Callout validates tone, level and
 * strings and renders this; HowToSayIt, whose tone and strings are fixed,
 * renders it directly and so does not carry Callout's validation in its bundle.
 */
import * as React from 'react';
import { visuallyHidden } from '../../styles/shared.css';
import { root as headingRoot, sm as headingSmall } from '../Heading/Heading.css';
import * as styles from './Callout.css';

export interface CalloutFrameProps extends Omit<React.HTMLAttributes<HTMLDivElement>, 'title'> {
  tone: string;
  /** The tone in words, said before the title (or the name when there is no title). */
  toneName: string;
  title?: React.ReactNode | undefined;
  level: 2 | 3 | 4 | 'p';
  icon?: boolean | undefined;
}

export const CalloutFrame = /* @__PURE__ */ React.forwardRef<HTMLDivElement, CalloutFrameProps>(function CalloutFrame(
  { tone, toneName, title, level, icon, className, children, ...rest },
  ref,
) {
  const titleId = `${React.useId()}-title`;
  // (No boolean: both callers pass the title through renderable().)
  const hasTitle = title != null && title !== '';
  return (
    <div
      ref={ref}
      role="note"
      {...rest}
      aria-labelledby={hasTitle ? titleId : undefined}
      aria-label={hasTitle ? undefined : toneName}
      data-tone={tone}
      className={`${styles.root} ${className ?? ''}`}
    >
      {hasTitle ? (
        <div className={styles.header}>
          {icon === false ? null : <span className={styles.icon} aria-hidden="true" />}
          {React.createElement(
            level === 'p' ? 'p' : `h${level}`,
            { id: titleId, className: `${headingRoot} ${headingSmall}` },
            <span className={visuallyHidden}>{`${toneName}:`}</span>,
            ' ',
            title,
          )}
        </div>
      ) : null}
      <div className={styles.body}>{children}</div>
    </div>
  );
});
