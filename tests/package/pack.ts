/**
 * Builds careerkit and packs it into `.tmp/` exactly as `npm publish` would, once
 * per process: every caller in the same process (several test files when Vitest
 * runs them without isolation, or several describes in one file) shares one
 * tarball. `.tmp/` is git-ignored.
 *
 * Build + pack hold a lock (`.tmp/pack.lock`) so that two test processes never
 * pack a half-rebuilt dist/, and each process gets its own tarball file
 * (`careerkit-<version>-pid<pid>.tgz`), so a later rebuild by another process
 * cannot change a tarball that a host is installing. Tarballs of processes that
 * are gone are deleted.
 *
 * Also the small process helpers the package tests share: `run` (a command with
 * its output kept for the error message and a hard time limit) and `hostEnv`
 * (the environment a host app's npm / build / server should see).
 */
import { spawn } from 'node:child_process';
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const tmpDir = join(repoRoot, '.tmp');

const cacheKey = Symbol.for('careerkit.tests.packOnce');
type PackCache = { [cacheKey]?: Promise<string> };

/** Absolute path of `.tmp/careerkit-<version>-pid<pid>.tgz`, built and packed on first call. */
export function packOnce(): Promise<string> {
  const cache = globalThis as PackCache;
  cache[cacheKey] ??= buildAndPack();
  return cache[cacheKey];
}

async function buildAndPack(): Promise<string> {
  const started = Date.now();
  await mkdir(tmpDir, { recursive: true });
  const tarball = await withLock(join(tmpDir, 'pack.lock'), async () => {
    await removeStaleTarballs();
    await run('npm', ['run', 'build'], { cwd: repoRoot });
    const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', tmpDir], { cwd: repoRoot });
    const packed = join(tmpDir, packedFilename(stdout) ?? (await expectedFilename()));
    const own = packed.replace(/\.tgz$/, `-pid${process.pid}.tgz`);
    await rename(packed, own);
    return own;
  });
  console.log(`[pack] ${tarball} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  return tarball;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function removeStaleTarballs(): Promise<void> {
  for (const file of await readdir(tmpDir)) {
    const pid = /-pid(\d+)\.tgz$/.exec(file)?.[1];
    if (pid && Number(pid) !== process.pid && !isAlive(Number(pid))) await rm(join(tmpDir, file), { force: true });
  }
}

/** A lock directory holding the owner's pid; taken over when the owner is gone. */
async function withLock<T>(lock: string, work: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + 9 * 60_000;
  for (;;) {
    try {
      await mkdir(lock);
      await writeFile(join(lock, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(await readFile(join(lock, 'pid'), 'utf8').catch(() => ''));
      const age = Date.now() - (await stat(lock).then((s) => s.mtimeMs, () => Date.now()));
      if ((owner > 0 && !isAlive(owner)) || (!owner && age > 30_000)) {
        await rm(lock, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${lock} (held by pid ${owner || 'unknown'})`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    return await work();
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}

/** `npm pack --json` prints `[{ filename, files, ... }]`. */
function packedFilename(stdout: string): string | undefined {
  const start = stdout.indexOf('[');
  if (start === -1) return undefined;
  try {
    const [info] = JSON.parse(stdout.slice(start)) as { filename?: string }[];
    return info?.filename;
  } catch {
    return undefined;
  }
}

async function expectedFilename(): Promise<string> {
  const { name, version } = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
  };
  return `${name.replace(/^@/, '').replace('/', '-')}-${version}.tgz`;
}

/**
 * The environment for a host's npm, bundler and server: the caller's, minus what
 * Vitest and `npm run` add (NODE_ENV=test would put Next and Vite in the wrong
 * mode; npm's lifecycle variables and the repo's node_modules/.bin on PATH would
 * point the host back at this repository), plus `extra`.
 */
export function hostEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined) continue;
    if (key === 'NODE_ENV' || key === 'TEST' || key.startsWith('VITEST')) continue;
    if (key === 'INIT_CWD' || key === 'npm_command' || key === 'npm_config_local_prefix') continue;
    if (key.startsWith('npm_package_') || key.startsWith('npm_lifecycle_')) continue;
    env[key] = value;
  }
  const repoBins = resolve(repoRoot, 'node_modules');
  env.PATH = (env.PATH ?? '')
    .split(delimiter)
    .filter((entry) => entry && !resolve(entry).startsWith(repoBins))
    .join(delimiter);
  return { ...env, ...extra };
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Kill the whole process group after this long. Default: 8 minutes. */
  timeoutMs?: number;
}

/** Runs a command in its own process group; rejects with its output on failure. */
export function run(command: string, args: string[], options: RunOptions): Promise<{ stdout: string; stderr: string }> {
  const { cwd, env = hostEnv(), timeoutMs = 8 * 60_000 } = options;
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      killGroup(child.pid, 'SIGKILL');
      reject(new Error(`${command} ${args.join(' ')} timed out after ${timeoutMs / 1000}s in ${cwd}\n${stdout}\n${stderr}`));
    }, timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolvePromise({ stdout, stderr });
      else
        reject(
          new Error(
            `${command} ${args.join(' ')} exited with ${code ?? signal} in ${cwd}\n--- stdout\n${stdout.slice(-8000)}\n--- stderr\n${stderr.slice(-8000)}`,
          ),
        );
    });
  });
}

/** Signals a process group started with `detached: true`; a gone group is fine. */
export function killGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}
