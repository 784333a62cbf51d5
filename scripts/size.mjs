/**
 * What each widget costs a host: the bytes it adds to a host's browser bundle.
 * A host app already ships React, so each measurement bundles (esbuild, minified,
 * production) a host entry with React, its JSX runtime and react-dom/client,
 * once alone and once importing one export group from the built package, and
 * reports the difference in min and min+gzip bytes. Everything careerkit pulls in
 * (Radix included) is counted; React is not. Marking React external instead would
 * charge each widget for esbuild's repeated `import * as React` statements, which
 * no host bundle contains. `npm run size` prints the table; the size test
 * compares the same numbers with size-budgets.json.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Widget name → the exports a host would import to use it. */
export const widgets = {
  ThemeProvider: ['ThemeProvider'],
  Button: ['Button'],
  Heading: ['Heading'],
  TextField: ['TextField'],
  Announcer: ['Announcer'],
  VisuallyHidden: ['VisuallyHidden'],
  Callout: ['Callout'],
  HowToSayIt: ['HowToSayIt'],
  AdviceArticle: ['AdviceArticle'],
  // The budget is the thread without the dialog (Radix, counted in the
  // Dialog row); the next row is the thread as a host with report/delete pays.
  'CommentThread (without the dialog)': { names: ['CommentThread'], external: ['@radix-ui/react-dialog'] },
  'CommentThread (with report and delete dialogs)': ['CommentThread'],
  // Issue 6: the form as a host with its own endpoint ships it.
  'NewsletterSignup with fetchAdapter': ['NewsletterSignup', 'fetchAdapter'],
  mailchimpAdapter: ['mailchimpAdapter'],
  ghostAdapter: ['ghostAdapter'],
  formPostAdapter: ['formPostAdapter'],
  // Issue 6: what the dialog adds beyond Radix's dialog and the form inside it.
  'SignupDialog (beyond Radix and the form)': {
    names: ['SignupDialog'],
    external: ['@radix-ui/react-dialog'],
    minus: ['NewsletterSignup'],
  },
  Dialog: ['DialogRoot', 'DialogTrigger', 'DialogContent', 'DialogTitle', 'DialogDescription', 'DialogClose'],
  MessagesProvider: ['MessagesProvider'],
};

const hostEntry = `import * as React from 'react';
import * as JSX from 'react/jsx-runtime';
import * as ReactDOM from 'react-dom/client';
window.__host = [React, JSX, ReactDOM];
`;

async function bundle(contents, external = []) {
  const result = await build({
    stdin: { contents: hostEntry + contents, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    platform: 'browser',
    define: { 'process.env.NODE_ENV': '"production"' },
    external,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

let host;
/** Bytes `contents` adds to a host bundle that already holds React. */
async function bundleSize(contents, external) {
  host ??= await bundle('');
  const withWidget = await bundle(contents, external);
  return { min: withWidget.min - host.min, gzip: withWidget.gzip - host.gzip };
}

export async function measure() {
  const rows = [];
  for (const [name, spec] of Object.entries(widgets)) {
    const { names, external, minus } = Array.isArray(spec) ? { names: spec, external: [] } : spec;
    const entryOf = (list) => `import { ${list.join(', ')} } from './dist/index.js';\nwindow.__keep = [${list.join(', ')}];`;
    const size = await bundleSize(entryOf(names), external);
    // `minus`: charge only what the import adds beyond these (already counted in their own row).
    if (minus) {
      const base = await bundleSize(entryOf(minus), external);
      size.min -= base.min;
      size.gzip -= base.gzip;
    }
    rows.push({ kind: 'js', name, ...size });
  }
  rows.push({
    kind: 'js',
    name: 'seo entry (careerkit/seo)',
    ...(await bundleSize(`import * as seo from './dist/seo.js';\nwindow.__keep = seo;`)),
  });
  for (const locale of ['es', 'ar']) {
    rows.push({
      kind: 'js',
      name: `locale entry (careerkit/locales/${locale})`,
      ...(await bundleSize(`import { ${locale} } from './dist/locales/${locale}.js';\nwindow.__keep = ${locale};`)),
    });
  }
  rows.push({
    kind: 'js',
    name: 'theme entry (careerkit/theme)',
    ...(await bundleSize(`import * as theme from './dist/theme.js';\nwindow.__keep = theme;`)),
  });
  const css = await readFile(new URL('../dist/styles.css', import.meta.url));
  rows.push({ kind: 'css', name: 'styles.css', min: css.length, gzip: gzipSync(css, { level: 9 }).length });
  return rows;
}

export async function readBudgets() {
  return JSON.parse(await readFile(new URL('../size-budgets.json', import.meta.url), 'utf8'));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const budgets = await readBudgets();
  const rows = await measure();
  console.log('| widget | min | min+gzip | budget |\n| --- | ---: | ---: | ---: |');
  for (const row of rows) {
    const budget = budgets[row.kind][row.name];
    const flag = budget !== undefined && row.gzip > budget ? ' OVER' : '';
    console.log(`| ${row.name} | ${row.min} B | ${row.gzip} B | ${budget ?? '-'} B${flag} |`);
  }
}
