#!/usr/bin/env node
/**
 * `prepublishOnly`: after the build, checks the package npm would publish.
 *
 * - the tarball holds only what a host needs: the built files the exports map
 *   points at, the old-resolver stubs (`theme/package.json`…), the manifest,
 *   README, CHANGELOG and LICENSE; no sources, tests, stories or maps;
 * - every export target is in it;
 * - the client entries start with "use client" and the server-safe ones do not;
 * - the CSS carries no source comments;
 * - publint (strict) has nothing to say;
 * - the version has a CHANGELOG section.
 *
 * Exits 1 with one line per problem. `checkPackage()` is also used by the tests.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Export targets, flattened: `{ ".": { import: { default: "./dist/index.js" } } }` → `["./dist/index.js"]`. */
function targets(value) {
  if (typeof value === 'string') return [value];
  return Object.values(value ?? {}).flatMap(targets);
}

export async function checkPackage({ cwd = root } = {}) {
  const problems = [];
  const manifest = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8'));
  const [pack] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
  );
  const files = new Set(pack.files.map((file) => file.path));

  const entries = Object.entries(manifest.exports ?? {});
  const subpaths = entries.map(([key]) => key).filter((key) => key !== '.' && !key.includes('.css') && key !== './package.json');
  const expected = new Set(['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE']);
  for (const [, value] of entries) for (const target of targets(value)) expected.add(target.replace(/^\.\//, ''));
  // Old resolvers (node10, TypeScript's "node" resolution) read `careerkit/theme/package.json`.
  for (const key of subpaths) expected.add(`${key.slice(2)}/package.json`);

  for (const file of files) if (!expected.has(file)) problems.push(`unexpected file in the tarball: ${file}`);
  for (const file of expected) if (!files.has(file)) problems.push(`missing from the tarball: ${file}`);

  for (const [key, value] of entries) {
    for (const target of targets(value).filter((t) => /\.(c|m)?js$/.test(t))) {
      const path = join(cwd, target);
      if (!existsSync(path)) continue;
      const code = readFileSync(path, 'utf8');
      // The theme and seo entries must stay server-safe; everything else renders React on the client.
      const serverSafe = key === './theme' || key === './seo';
      const hasDirective = code.startsWith('"use client";');
      if (serverSafe && code.includes('use client')) problems.push(`${target} must not carry "use client" (Server Components read it)`);
      if (!serverSafe && !hasDirective) problems.push(`${target} must start with "use client"`);
    }
  }

  const css = join(cwd, 'dist', 'styles.css');
  if (existsSync(css) && readFileSync(css, 'utf8').includes('/*')) problems.push('dist/styles.css carries source comments');

  const changelog = readFileSync(join(cwd, 'CHANGELOG.md'), 'utf8');
  if (!changelog.includes(`## [${manifest.version}]`)) problems.push(`CHANGELOG.md has no "## [${manifest.version}]" section`);

  const { publint } = await import('publint');
  const { messages } = await publint({ pkgDir: cwd, strict: true });
  for (const message of messages) problems.push(`publint ${message.type}: ${message.code} ${JSON.stringify(message.args)}`);

  return { problems, files: [...files].sort(), size: pack.size, unpackedSize: pack.unpackedSize };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { problems, files, size } = await checkPackage();
  if (problems.length) {
    console.error(`careerkit: the package is not ready to publish:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    process.exit(1);
  }
  console.log(`careerkit: the package is ready: ${files.length} files, ${(size / 1024).toFixed(1)} KB packed.`);
}
