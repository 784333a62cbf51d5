/**
 * `npm run setup` (in examples/): builds careerkit from this repository, packs it
 * the way `npm publish` would into .careerkit/careerkit.tgz, and installs the
 * examples' workspace with that tarball, so the examples use careerkit exactly
 * as a site installing it from npm would (no links into the repository, no
 * second copy of React). Run it again after changing careerkit.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..');
const packed = join(here, '.careerkit');

const run = (command, args, cwd, options = {}) => {
  console.log(`> ${command} ${args.join(' ')}  (in ${cwd})`);
  return execFileSync(command, args, { cwd, stdio: options.capture ? ['ignore', 'pipe', 'inherit'] : 'inherit', encoding: 'utf8' });
};

run('npm', ['run', 'build'], repo);
mkdirSync(packed, { recursive: true });
for (const file of readdirSync(packed)) if (file.endsWith('.tgz')) rmSync(join(packed, file));
const [info] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', packed], repo, { capture: true }));
renameSync(join(packed, info.filename), join(packed, 'careerkit.tgz'));

// A new tarball under the same name: forget the installed copy and the hash the
// lockfile holds for it, or npm would reinstall the old one from its cache.
rmSync(join(here, 'node_modules', 'careerkit'), { recursive: true, force: true });
const lockfile = join(here, 'package-lock.json');
if (existsSync(lockfile)) {
  const lock = JSON.parse(readFileSync(lockfile, 'utf8'));
  for (const key of Object.keys(lock.packages ?? {})) if (key.endsWith('node_modules/careerkit')) delete lock.packages[key];
  writeFileSync(lockfile, `${JSON.stringify(lock, null, 2)}\n`);
}
run('npm', ['install', '--no-audit', '--no-fund'], here);
console.log('\nReady: npm run next   (or npm run vite; see README.md)');
