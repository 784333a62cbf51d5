/**
 * Server-render a case with `renderToString`, put the HTML in the DOM, hydrate it
 * with `hydrateRoot` under StrictMode, and collect everything React complained
 * about. Used by the in-repo test (React 19) and by the packed-tarball run
 * (React 18), so both check the same thing. The two halves are separate so the
 * packed run can render in a process with no DOM at all, as a real server does.
 */
import * as React from 'react';
import { renderToString } from 'react-dom/server';
import { hydrateRoot } from 'react-dom/client';
import type { SsrCase } from './cases';

export interface SsrResult {
  name: string;
  html: string;
  problems: string[];
  containsText: boolean;
}

type Act = (callback: () => void | Promise<void>) => Promise<void>;

function capture<T>(problems: string[], work: () => Promise<T>): Promise<T> {
  const originalError = console.error;
  const originalWarn = console.warn;
  console.error = (...args: unknown[]) => problems.push(`console.error: ${args.map(String).join(' ')}`);
  console.warn = (...args: unknown[]) => problems.push(`console.warn: ${args.map(String).join(' ')}`);
  return work().finally(() => {
    console.error = originalError;
    console.warn = originalWarn;
  });
}

export async function renderCase(ssrCase: SsrCase): Promise<SsrResult> {
  const problems: string[] = [];
  const html = await capture(problems, async () =>
    renderToString(<React.StrictMode>{ssrCase.element()}</React.StrictMode>),
  );
  return { name: ssrCase.name, html, problems, containsText: html.includes(ssrCase.text) };
}

export async function hydrateCase(ssrCase: SsrCase, rendered: SsrResult, act: Act): Promise<SsrResult> {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  const problems = [...rendered.problems];
  await capture(problems, async () => {
    const container = document.createElement('div');
    container.innerHTML = rendered.html;
    document.body.appendChild(container);
    let root: ReturnType<typeof hydrateRoot> | undefined;
    await act(async () => {
      root = hydrateRoot(container, <React.StrictMode>{ssrCase.element()}</React.StrictMode>, {
        onRecoverableError: (error: unknown) => problems.push(`recoverable: ${String(error)}`),
      });
    });
    await act(async () => root?.unmount());
    container.remove();
  });
  return { ...rendered, problems };
}

export async function renderAndHydrate(ssrCase: SsrCase, act: Act): Promise<SsrResult> {
  return hydrateCase(ssrCase, await renderCase(ssrCase), act);
}
