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
  // The shipped translations, one self-contained file each (one build per locale, so
  // no shared type chunk either): a host pays only for the locale it imports. Their
  // values hold functions (`by: (author) => <>Por {author}</>`), which a Server
  // Component cannot pass to a Client Component as props. With "use client", a
  // Server Component that imports `es` holds a client reference instead, which it
  // can hand to `MessagesProvider` as is (but cannot read into or spread).
  ...['es', 'ar'].map((locale) => ({
    ...shared,
    entry: { [`locales/${locale}`]: `src/locales/${locale}.tsx` },
    banner: { js: '"use client";' },
    clean: false,
    // Arabic and Spanish as written, not as \u escapes three times their size.
    esbuildOptions(options: { charset?: string }) {
      options.charset = 'utf8';
    },
  })),
  {
    ...shared,
    // Server-safe entries: no directive, so Server Components render them on the server.
    entry: { theme: 'src/theme.ts', seo: 'src/seo/index.ts' },
    // Self-contained files: no shared chunk for two entries that share one helper.
    splitting: false,
    clean: false,
  },
]);
