/**
 * Entry for the packed-tarball SSR run (tests/package/react18.test.ts), bundled
 * with esbuild against whatever `react`, `react-dom` and `careerkit` are
 * installed next to it. `node run.mjs server` renders every case with no DOM, as
 * a server does, and prints the HTML as JSON; `node --import ./setup-dom.mjs
 * run.mjs hydrate <file>` hydrates that HTML under jsdom and prints the report.
 */
import * as React from 'react';
import { readFileSync } from 'node:fs';
import { ssrCases } from './cases';
import { hydrateCase, renderCase, type SsrResult } from './harness';

const [mode, file] = process.argv.slice(2);
const act = (React as unknown as { act: (cb: () => void | Promise<void>) => Promise<void> }).act;
const results: SsrResult[] = [];
if (mode === 'server') {
  for (const ssrCase of ssrCases) results.push(await renderCase(ssrCase));
} else {
  const rendered = JSON.parse(readFileSync(file!, 'utf8')).results as SsrResult[];
  for (const [i, ssrCase] of ssrCases.entries()) results.push(await hydrateCase(ssrCase, rendered[i]!, act));
}
process.stdout.write(JSON.stringify({ react: React.version, hasDom: typeof document !== 'undefined', results }));
