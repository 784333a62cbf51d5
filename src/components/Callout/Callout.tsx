import * as React from 'react';
import { useMessages } from '../../internal/messages';
import { renderable } from '../../internal/node';
import { oneOf } from '../../internal/values';
import { CalloutFrame } from './CalloutFrame';

export const calloutTones = ['note', 'tip', 'important', 'warning', 'caution', 'script'] as const;
export type CalloutTone = (typeof calloutTones)[number];

/** Title levels a callout may take: it sits inside an article section. */
export const calloutTitleLevels = [2, 3, 4, 'p'] as const;
export type CalloutTitleLevel = (typeof calloutTitleLevels)[number];

export const calloutMessages = {
  note: 'Note',
  tip: 'Tip',
  important: 'Important',
  warning: 'Warning',
  caution: 'Caution',
  script: 'Script',
};
export type CalloutMessages = typeof calloutMessages;

export interface CalloutProps extends Omit<React.HTMLAttributes<HTMLDivElement>, 'title'> {
  /** Default: `note`. An unknown tone falls back to `note` with a development warning. */
  tone?: CalloutTone | undefined;
  /** The callout's title; it names the note for screen readers. */
  title?: React.ReactNode | undefined;
  /** Heading level of the title, or `p` for none. Default: 3. */
  titleLevel?: CalloutTitleLevel | undefined;
  /** Show the tone's icon. Default: true. */
  icon?: boolean | undefined;
  /** The tone's name, said to screen readers before the title. */
  messages?: Partial<CalloutMessages> | undefined;
}

/**
 * A boxed aside in an article: a note, a tip, a warning, or the script a
 * columnist hands the reader. `role="note"` (supporting content, not an alert and
 * not a landmark), named by its title; the tone is said in words as well as
 * shown in colour and icon.
 */
export const Callout = /* @__PURE__ */ React.forwardRef<HTMLDivElement, CalloutProps>(function Callout(
  { tone, titleLevel, messages, title, children, ...rest },
  ref,
) {
  const resolvedTone = oneOf('Callout', 'tone', tone, calloutTones, 'note');
  return (
    <CalloutFrame
      ref={ref}
      {...rest}
      // A CMS's rich-text object would throw; `true` would be an empty heading. Neither is a title.
      title={renderable(title)}
      // Often a CMS's text: the same checks as the title (and it may hold half an emoji).
      children={renderable(children)}
      tone={resolvedTone}
      toneName={useMessages('Callout', calloutMessages, messages)[0][resolvedTone]}
      level={oneOf('Callout', 'titleLevel', titleLevel, calloutTitleLevels, 3)}
    />
  );
});
