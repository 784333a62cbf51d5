/**
 * Server-render a case with `renderToString`, put the HTML in the DOM, hydrate it
 * with `hydrateRoot` under StrictMode, and collect everything React complained
 * about. Used by the in-repo test (React 19) and by the packed-tarball run
 * (React 18), so both check the same thing.
 */
import * as React from 'react';
import { renderToString } from 'react-dom/server';
import { hydrateRoot } from 'react-dom/client';
import type { SsrCase } from './cases';

export interface SsrResult {
  name: string;
  html: string;
  hydratedHtml: string;
  problems: string[];
  containsText: boolean;
}

type Act = (callback: () => void | Promise<void>) => Promise<void>;

export async function renderAndHydrate(ssrCase: SsrCase, act: Act): Promise<SsrResult> {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  const problems: string[] = [];
  const originalError = console.error;
  const originalWarn = console.warn;
  console.error = (...args: unknown[]) => problems.push(`console.error: ${args.map(String).join(' ')}`);
  console.warn = (...args: unknown[]) => problems.push(`console.warn: ${args.map(String).join(' ')}`);
  try {
    const html = renderToString(<React.StrictMode>{ssrCase.element()}</React.StrictMode>);
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.appendChild(container);
    let root: ReturnType<typeof hydrateRoot> | undefined;
    await act(async () => {
      root = hydrateRoot(container, <React.StrictMode>{ssrCase.element()}</React.StrictMode>, {
        onRecoverableError: (error: unknown) => problems.push(`recoverable: ${String(error)}`),
      });
    });
    const hydratedHtml = container.innerHTML;
    await act(async () => root?.unmount());
    container.remove();
    return {
      name: ssrCase.name,
      html,
      hydratedHtml,
      problems,
      containsText: html.includes(ssrCase.text.replace(/’/g, '’')),
    };
  } finally {
    console.error = originalError;
    console.warn = originalWarn;
  }
}
