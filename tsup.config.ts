import { defineConfig } from 'tsup';
import { vanillaExtractPlugin } from '@vanilla-extract/esbuild-plugin';
import { identifiers } from './build/identifiers.mjs';

const shared = {
  format: ['esm', 'cjs'] as ('esm' | 'cjs')[],
  dts: true,
  sourcemap: false,
  minify: false,
  // Rollup tree-shaking strips "use client"; esbuild already drops dead code.
  treeshake: false,
  target: 'es2020',
  platform: 'browser' as const,
  external: ['react', 'react-dom', 'react/jsx-runtime', /^@radix-ui\//],
  esbuildPlugins: [vanillaExtractPlugin({ identifiers })],
  // esbuild would bake in NODE_ENV for a browser build; leave it for the host's bundler,
  // so development warnings vanish from the host's production bundle, not from ours.
  define: { 'process.env.NODE_ENV': 'process.env.NODE_ENV' },
};

export default defineConfig([
  {
    ...shared,
    entry: { index: 'src/index.ts' },
    clean: true,
    // esbuild drops module directives; the components entry must keep one.
    banner: { js: '"use client";' },
  },
  {
    ...shared,
    // Server-safe entries: no directive, so Server Components render them on the server.
    entry: { theme: 'src/theme.ts', seo: 'src/seo/index.ts' },
    // Self-contained files: no shared chunk for two entries that share one helper.
    splitting: false,
    clean: false,
  },
]);
