/**
 * `prepublishOnly` runs scripts/check-package.mjs after the build: the package
 * it would publish must pass it, and a package with a stray file must not.
 */
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { checkPackage } from '../../scripts/check-package.mjs';
import { packOnce, repoRoot, tmpDir } from './pack';

type Check = (options?: { cwd?: string }) => Promise<{ problems: string[]; files: string[] }>;

beforeAll(async () => {
  await packOnce(); // builds dist/
});

describe('prepublishOnly’s package check', () => {
  it('passes the package as built, version and CHANGELOG included', async () => {
    const { problems, files } = await (checkPackage as Check)();
    expect(problems).toEqual([]);
    expect(files).toContain('dist/index.js');
    expect(files.filter((file) => /^src\/|^stories\/|^tests\/|\.map$/.test(file))).toEqual([]);
  });

  it('refuses a package that would ship a file a host does not need', async () => {
    const copy = join(tmpDir, 'check-package');
    await rm(copy, { recursive: true, force: true });
    await mkdir(copy, { recursive: true });
    for (const entry of ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'dist', 'theme', 'seo', 'locales']) {
      await cp(join(repoRoot, entry), join(copy, entry), { recursive: true });
    }
    await writeFile(join(copy, 'dist', 'debug.log'), 'left over\n');
    const { problems } = await (checkPackage as Check)({ cwd: copy });
    expect(problems).toEqual(['unexpected file in the tarball: dist/debug.log']);
  });
});
