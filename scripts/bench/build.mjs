/**
 * esbuild bundles for `npm run bench`, from the TypeScript sources (not dist/),
 * so the bench measures the working tree. Every bundle is React production
 * mode (NODE_ENV baked in as "production") and runs careerkit's vanilla-extract
 * styles through the same plugin and class-name rule as tsup.config.ts.
 *
 * - node bundles (ESM, platform node): every package stays external, so node
 *   loads React itself; bench.mjs sets process.env.NODE_ENV = 'production'
 *   before importing them, so that is React's production build too.
 * - the page bundle (IIFE, platform browser, minified): React included, plus
 *   the extracted CSS next to it (page.css), so layout cost is realistic.
 */
import { build } from 'esbuild';
import { vanillaExtractPlugin } from '@vanilla-extract/esbuild-plugin';
import { identifiers } from '../../build/identifiers.mjs';

const shared = {
  bundle: true,
  write: true,
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'silent',
  legalComments: 'none',
  plugins: [vanillaExtractPlugin({ identifiers })],
};

/**
 * A node ESM bundle of `entry` at `outfile` (.mjs). Target es2022, not node20:
 * for node20, esbuild 0.28 rewrites regex literals with `\p{…}` as
 * `new RegExp(…)` calls, which the shipped dist/ (es2020) does not contain.
 */
export async function bundleForNode(entry, outfile) {
  await build({ ...shared, entryPoints: [entry], outfile, platform: 'node', format: 'esm', target: 'es2022', packages: 'external' });
  return outfile;
}

/** A browser IIFE bundle of `entry` at `outfile` (.js), React included; CSS lands beside it. */
export async function bundleForBrowser(entry, outfile) {
  await build({ ...shared, entryPoints: [entry], outfile, platform: 'browser', format: 'iife', target: 'es2022', minify: true });
  return outfile;
}
