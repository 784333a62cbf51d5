/*
 * Widgets read the provider through `useMessages` (internal/messages.ts).
 *
 * No JSX and the context here, beside its provider: every `import … from 'react'`
 * in the flat package file costs each widget a few bytes in a host bundle, even
 * widgets with no strings, so this feature adds one such import, not three.
 */
import * as React from 'react';
import type { CareerkitComponentName, CareerkitMessages } from './types';

/** What a provider gives the widgets inside it, already merged over any outer provider. */
export interface MessagesScope {
  messages: CareerkitMessages;
  locale?: string | undefined;
}

const MessagesContext = /* @__PURE__ */ React.createContext<MessagesScope | null>(null);

/** The nearest provider's catalog and locale, or null outside every provider (English). */
export function useMessagesScope(): MessagesScope | null {
  return React.useContext(MessagesContext);
}

export interface MessagesProviderProps {
  /** Strings by component (`{ CommentThread: { reply: 'Responder' } }`), or a whole locale. */
  messages?: CareerkitMessages | undefined;
  /** BCP 47 locale for dates, numbers and plurals in widgets without a `locale` prop of their own. */
  locale?: string | undefined;
  children?: React.ReactNode | undefined;
}

/**
 * Built-in strings and a locale for every widget inside: a shipped locale
 * (`careerkit/locales/es`, `careerkit/locales/ar`), the host's own catalog, or
 * a few strings over English. A widget's own `messages` and `locale` props still
 * win; a nested provider merges over the outer one, key by key.
 */
export function MessagesProvider({ messages, locale, children }: MessagesProviderProps) {
  const outer = useMessagesScope();
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
  return React.createElement(MessagesContext.Provider, { value: scope }, children);
}
