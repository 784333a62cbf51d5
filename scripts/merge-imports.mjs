/**
 * esbuild writes one `import * as ReactN from "react"` and one jsx-runtime import
 * per source module into the components entry (44 in all). A host bundler that
 * meets React as CommonJS (esbuild, Parcel) turns each into its own
 * `__toESM(require_react())` call that it cannot drop, which cost every widget
 * about 250 B min+gzip. Rollup, run over the finished ESM file with nothing else
 * to do (no tree-shaking: esbuild already dropped dead code), merges them into one
 * import per package. The directive goes back on as a banner: Rollup, like
 * esbuild, drops module directives when it bundles. The CommonJS file is left as
 * tsup wrote it: `require` hosts (tests, older servers) do not ship it to readers.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { rollup } from 'rollup';

const file = 'dist/index.js';
const directive = '"use client";';
const source = await readFile(file, 'utf8');
if (!source.startsWith(directive)) throw new Error(`${file} does not start with ${directive}`);

const bundle = await rollup({
  input: 'entry',
  treeshake: false,
  external: () => true,
  plugins: [
    {
      name: 'finished-entry',
      resolveId: (id) => (id === 'entry' ? id : null),
      load: (id) => (id === 'entry' ? source.slice(directive.length) : null),
    },
  ],
  onwarn(warning) {
    throw new Error(`merge-imports: ${warning.message}`);
  },
});
const { output } = await bundle.generate({ format: 'esm', banner: directive });
await bundle.close();
const code = output[0].code;

const imports = (text) => text.match(/^import .*$/gm) ?? [];
const before = imports(source).length;
const after = imports(code);
if (new Set(after.map((line) => line.match(/from '([^']+)'/)?.[1])).size !== after.length) {
  throw new Error(`merge-imports: a package is still imported twice:\n${after.join('\n')}`);
}
await writeFile(file, code);
console.log(`${file}: ${before} imports merged into ${after.length}`);
