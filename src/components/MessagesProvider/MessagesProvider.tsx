/**
 * Built-in strings and a locale for every widget inside: a shipped locale
 * (`careerkit/locales/es`, `careerkit/locales/ar`), the host's own catalog, or
 * a few strings over English. A widget's own `messages` and `locale` props still
 * win; a nested provider merges over the outer one, key by key.
 */
import * as React from 'react';
import { MessagesContext, type MessagesScope } from '../../internal/messages';
import type { CareerkitComponentName, CareerkitMessages } from './types';

export interface MessagesProviderProps {
  /** Strings by component (`{ CommentThread: { reply: 'Responder' } }`), or a whole locale. */
  messages?: CareerkitMessages;
  /** BCP 47 locale for dates, numbers and plurals in widgets without a `locale` prop of their own. */
  locale?: string;
  children?: React.ReactNode;
}

export function MessagesProvider({ messages, locale, children }: MessagesProviderProps) {
  const outer = React.useContext(MessagesContext);
  const scope = React.useMemo<MessagesScope>(() => {
    const merged: Record<string, Record<string, unknown>> = { ...outer?.messages };
    for (const component of Object.keys(messages ?? {}) as CareerkitComponentName[]) {
      const own = { ...merged[component] };
      // An undefined key leaves the outer provider's string in place.
      for (const [key, value] of Object.entries(messages![component] ?? {})) if (value !== undefined) own[key] = value;
      merged[component] = own;
    }
    return { messages: merged as CareerkitMessages, locale: locale || outer?.locale };
  }, [outer, messages, locale]);
  return <MessagesContext.Provider value={scope}>{children}</MessagesContext.Provider>;
}
