/**
 * The packed tarball under React 18: every SSR case renders with renderToString
 * and hydrates under StrictMode without a warning, through both the ESM and the
 * CommonJS entry; and a strict TypeScript page typechecks against its types with
 * React 18's. React 19 runs the same cases in tests/ssr against the source.
 */
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { hostEnv, packOnce, repoRoot, run, tmpDir } from './pack';

const dir = join(tmpDir, 'react18');

beforeAll(async () => {
  const tarball = await packOnce();
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await writeFile(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'careerkit-react18-host', private: true, type: 'module' }, null, 2),
  );
  await run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      'react@^18.3.0',
      'react-dom@^18.3.0',
      '@types/react@^18.3.0',
      '@types/react-dom@^18.3.0',
      'jsdom@29.0.1',
      tarball,
    ],
    { cwd: dir },
  );
  await build({
    entryPoints: [join(repoRoot, 'tests/ssr/run-packed.tsx')],
    outfile: join(dir, 'run.mjs'),
    bundle: true,
    format: 'esm',
    platform: 'node',
    jsx: 'automatic',
    external: ['react', 'react-dom', 'react/*', 'react-dom/*', 'careerkit', 'careerkit/*', 'jsdom'],
    logLevel: 'silent',
  });
  await copyFile(join(repoRoot, 'tests/ssr/setup-dom.mjs'), join(dir, 'setup-dom.mjs'));
});

describe('given the packed tarball in a React 18 app', () => {
  it('renders every case on the server and hydrates it without a warning', async () => {
    const env = hostEnv({ NODE_ENV: 'development' });
    const server = await run('node', ['run.mjs', 'server'], { cwd: dir, env });
    expect(JSON.parse(server.stdout).hasDom).toBe(false);
    await writeFile(join(dir, 'server.json'), server.stdout);
    const { stdout } = await run('node', ['--import', './setup-dom.mjs', 'run.mjs', 'hydrate', 'server.json'], {
      cwd: dir,
      env,
    });
    const report = JSON.parse(stdout) as {
      react: string;
      hasDom: boolean;
      results: { name: string; problems: string[]; containsText: boolean }[];
    };
    expect(report.react).toMatch(/^18\./);
    expect(report.hasDom).toBe(true);
    expect(report.results.length).toBeGreaterThanOrEqual(12);
    for (const result of report.results) {
      expect({ name: result.name, problems: result.problems, containsText: result.containsText }).toEqual({
        name: result.name,
        problems: [],
        containsText: true,
      });
    }
  });

  it('typechecks a strict TypeScript page that uses every component, with React 18’s types and exactOptionalPropertyTypes', async () => {
    await copyFile(join(repoRoot, 'tests/package/strict-host.tsx'), join(dir, 'strict-host.tsx'));
    await writeFile(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          lib: ['ES2022', 'DOM', 'DOM.Iterable'],
          module: 'ESNext',
          moduleResolution: 'Bundler',
          jsx: 'react-jsx',
          strict: true,
          exactOptionalPropertyTypes: true,
          noUncheckedIndexedAccess: true,
          skipLibCheck: false,
          noEmit: true,
          types: [],
        },
        files: ['strict-host.tsx'],
      }),
    );
    const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');
    const result = await run('node', [tsc, '-p', dir], { cwd: dir }).then(
      ({ stdout }) => stdout,
      (error: Error) => error.message,
    );
    expect(result.trim()).toBe('');
  });

  it('loads through require() as well as import', async () => {
    const script = `
      const React = require('react');
      const { renderToString } = require('react-dom/server');
      const { Button, ThemeProvider } = require('careerkit');
      const { createBrandTheme, vars } = require('careerkit/theme');
      const brand = createBrandTheme({ color: { brand: '#1f5c3a' } });
      const html = renderToString(React.createElement(ThemeProvider, { theme: brand },
        React.createElement(Button, null, 'Copy script')));
      process.stdout.write(JSON.stringify({ html, brand: vars.color.brand }));
    `;
    const { stdout } = await run('node', ['-e', script], { cwd: dir });
    const { html, brand } = JSON.parse(stdout) as { html: string; brand: string };
    expect(html).toContain('Copy script');
    expect(html).toContain('class="ck-Button"');
    expect(html).toContain('--ck-light-color-brand:#1f5c3a');
    expect(brand).toBe('var(--ck-color-brand)');
  });
});
