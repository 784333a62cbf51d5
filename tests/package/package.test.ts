/**
 * The package as a host receives it: the tarball's contents, the exports map as
 * every resolver sees it (publint, arethetypeswrong), the "use client" boundary,
 * and the one CSS file.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { publint } from 'publint';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { packOnce, repoRoot, run } from './pack';

let tarball: string;
const dist = (file: string) => readFile(join(repoRoot, 'dist', file), 'utf8');

beforeAll(async () => {
  tarball = await packOnce();
});

describe('the packed tarball', () => {
  it('holds only what a host needs', async () => {
    const { stdout } = await run('tar', ['-tzf', tarball], { cwd: repoRoot });
    const files = stdout.trim().split('\n').sort();
    expect(files).toEqual(
      [
        'package/CHANGELOG.md',
        'package/LICENSE',
        'package/README.md',
        'package/dist/index.cjs',
        'package/dist/index.d.cts',
        'package/dist/index.d.ts',
        'package/dist/index.js',
        'package/dist/styles.css',
        'package/dist/theme.cjs',
        'package/dist/theme.d.cts',
        'package/dist/theme.d.ts',
        'package/dist/theme.js',
        'package/dist/seo.cjs',
        'package/dist/seo.d.cts',
        'package/dist/seo.d.ts',
        'package/dist/seo.js',
        'package/dist/locales/es.cjs',
        'package/dist/locales/es.d.cts',
        'package/dist/locales/es.d.ts',
        'package/dist/locales/es.js',
        'package/dist/locales/ar.cjs',
        'package/dist/locales/ar.d.cts',
        'package/dist/locales/ar.d.ts',
        'package/dist/locales/ar.js',
        'package/package.json',
        'package/theme/package.json',
        'package/seo/package.json',
        'package/locales/es/package.json',
        'package/locales/ar/package.json',
      ].sort(),
    );
  });

  it('passes publint in strict mode with no message at all', async () => {
    const bytes = await readFile(tarball);
    const { messages } = await publint({
      pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer },
      strict: true,
    });
    expect(messages).toEqual([]);
  });

  it('resolves with correct types under node10, node16 CJS and ESM, and bundlers (arethetypeswrong)', async () => {
    // styles.css is a CSS entry point: there are no types to check there.
    const { stdout } = await run(
      'npx',
      ['--no-install', 'attw', tarball, '--format', 'json', '--exclude-entrypoints', 'styles.css'],
      { cwd: repoRoot, env: process.env },
    );
    const report = JSON.parse(stdout.slice(stdout.indexOf('{'))) as { analysis: { problems: unknown[] } };
    expect(report.analysis.problems).toEqual([]);
  });
});

describe('the published types, as a host’s editor shows them', () => {
  const entries = ['index.d.ts', 'theme.d.ts', 'seo.d.ts'];
  let program: ts.Program;
  let checker: ts.TypeChecker;
  /** Every export of the entry, with the statement that declares it. */
  const exportsOf = (entry: string) => {
    const file = program.getSourceFile(join(repoRoot, 'dist', entry))!;
    return checker.getExportsOfModule(checker.getSymbolAtLocation(file)!).map((exported) => {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const statements = (symbol.declarations ?? []).map((declaration) =>
        ts.isVariableDeclaration(declaration) ? declaration.parent.parent : declaration,
      );
      return { name: exported.getName(), symbol, statements };
    });
  };

  beforeAll(() => {
    program = ts.createProgram(
      entries.map((entry) => join(repoRoot, 'dist', entry)),
      { strict: true, jsx: ts.JsxEmit.ReactJSX, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, noEmit: true },
    );
    checker = program.getTypeChecker();
  });

  it('describes every component in its tooltip', () => {
    const undocumented = exportsOf('index.d.ts')
      .filter(({ name, symbol }) => /^[A-Z]/.test(name) && symbol.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Variable))
      .filter(({ symbol }) => ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim() === '')
      .map(({ name }) => name);
    expect(undocumented).toEqual([]);
  });

  it('describes every prop a host sets, and every field of a post (children and className aside)', () => {
    const undocumented: string[] = [];
    for (const { name, symbol } of exportsOf('index.d.ts')) {
      if (!/Props$|^AdvicePost$/.test(name)) continue;
      for (const property of checker.getDeclaredTypeOfSymbol(symbol).getProperties()) {
        const own = property.declarations?.some((declaration) => declaration.getSourceFile().fileName.startsWith(join(repoRoot, 'dist')));
        if (!own || ['children', 'className'].includes(property.getName())) continue;
        if (ts.displayPartsToString(property.getDocumentationComment(checker)).trim() === '') undocumented.push(`${name}.${property.getName()}`);
      }
    }
    expect(undocumented).toEqual([]);
  });

  it('gives no export a file’s opening comment as its description (a comment set apart by a blank line)', () => {
    const borrowed: string[] = [];
    for (const entry of entries) {
      for (const { name, statements } of exportsOf(entry)) {
        for (const statement of statements) {
          const text = statement.getSourceFile().text;
          for (const range of ts.getLeadingCommentRanges(text, statement.pos) ?? []) {
            const between = text.slice(range.end, statement.getStart());
            if (text.startsWith('/**', range.pos) && /\n[ \t]*\n/.test(between)) borrowed.push(`${entry} ${name}: ${text.slice(range.pos, range.pos + 80).split('\n')[1]?.trim()}`);
          }
        }
      }
    }
    expect(borrowed).toEqual([]);
  });
});

describe('the components entry', () => {
  it('starts with "use client" in both formats', async () => {
    expect((await dist('index.js')).startsWith('"use client";')).toBe(true);
    expect((await dist('index.cjs')).startsWith('"use client";')).toBe(true);
  });

  it('leaves React and Radix to the host’s dependency tree', async () => {
    const code = await dist('index.js');
    expect(code).toMatch(/from ["']react["']/);
    expect(code).toMatch(/from ["']@radix-ui\/react-dialog["']/);
    expect(code).not.toMatch(/function useCallbackRef|createContextScope\(/);
  });

  it('imports each package once, so a host bundler makes one React binding, not one per source file', async () => {
    const sources = [...(await dist('index.js')).matchAll(/^import .* from ["']([^"']+)["'];$/gm)].map((match) => match[1]);
    expect(sources.sort()).toEqual(['@radix-ui/react-dialog', 'react', 'react/jsx-runtime']);
  });

  it('leaves development warnings to the host’s NODE_ENV, so production bundles drop them', async () => {
    const code = await dist('index.js');
    expect(code).toContain('process.env.NODE_ENV !== "production"');
    expect(code).not.toMatch(/if \(true\)|"development" !== "production"/);
  });
});

describe('the theme entry', () => {
  it('has no "use client" and no React, so Server Components and build scripts can read it', async () => {
    for (const file of ['theme.js', 'theme.cjs']) {
      const code = await dist(file);
      expect(code).not.toContain('use client');
      expect(code).not.toMatch(/require\("react|from "react/);
    }
  });
});

describe('the seo entry', () => {
  it('has no "use client" and none of the components, so a Server Component emits JSON-LD with no client code', async () => {
    for (const file of ['seo.js', 'seo.cjs']) {
      const code = await dist(file);
      expect(code).not.toContain('use client');
      expect(code).not.toMatch(/HowToSayIt|useState|ck-/);
      expect(code).toContain('application/ld+json');
    }
  });
});

describe.each(['es', 'ar'])('the %s locale entry', (locale) => {
  it('starts with "use client" in both formats, so a Server Component hands it to MessagesProvider as a reference', async () => {
    for (const file of [`locales/${locale}.js`, `locales/${locale}.cjs`]) {
      expect((await dist(file)).startsWith('"use client";'), file).toBe(true);
    }
  });

  it('holds only its strings: no component code, and nothing imported but the JSX runtime', async () => {
    const esm = await dist(`locales/${locale}.js`);
    expect([...esm.matchAll(/^import .* from "([^"]+)";$/gm)].map((match) => match[1])).toEqual(['react/jsx-runtime']);
    expect([...(await dist(`locales/${locale}.cjs`)).matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1])).toEqual([
      'react/jsx-runtime',
    ]);
    expect(esm).not.toMatch(/useState|useContext|forwardRef|ck-[A-Z]/);
    expect(esm).toMatch(new RegExp(`export \\{\\s*${locale}\\s*\\}`));
  });

  it('keeps its text as written (UTF-8), not as \\u escapes', async () => {
    const esm = await dist(`locales/${locale}.js`);
    expect(esm).not.toMatch(/\\u[0-9a-f]{4}/i);
    expect(esm).toContain(locale === 'es' ? 'Cómo decirlo' : 'كيف تقولها');
  });
});

describe('styles.css', () => {
  let css: string;
  beforeAll(async () => {
    css = await dist('styles.css');
  });

  it('is minified and carries no source comments', () => {
    expect(css).not.toContain('/*');
    expect(css).not.toContain('\n\n');
  });

  it('puts every rule inside @layer careerkit, so any unlayered host CSS wins', () => {
    // Walk the top level: only `@layer careerkit;` statements and `@layer careerkit{…}` blocks.
    let depth = 0;
    let topLevel = '';
    for (const char of css) {
      if (char === '{') {
        if (depth === 0) {
          expect(topLevel.trim()).toBe('@layer careerkit');
          topLevel = '';
        }
        depth++;
      } else if (char === '}') {
        depth--;
      } else if (depth === 0) {
        if (char === ';') {
          expect(topLevel.trim()).toBe('@layer careerkit');
          topLevel = '';
        } else topLevel += char;
      }
    }
    expect(depth).toBe(0);
    expect(topLevel.trim()).toBe('');
  });

  it('uses readable, stable class names with the ck- prefix and no hashes', () => {
    const classes = new Set(css.match(/\.ck-[A-Za-z0-9_-]+/g));
    expect(classes).toContain('.ck-Button');
    expect(classes).toContain('.ck-Dialog-content');
    expect(classes).toContain('.ck-TextField-input');
    for (const name of classes) {
      // Component parts (`ck-Dialog-content`) or the documented host classes (`ck-scheme-dark`).
      expect(name).toMatch(/^\.ck-([A-Z][A-Za-z]+(-[a-z][A-Za-z]*)?(_[a-z]+)?|(theme|scheme)-[a-z]+)$/);
    }
    expect(css).not.toMatch(/\.[a-z0-9]+_[a-z0-9]{6,}/);
  });

  it('documents its theme in stable --ck- variables, light, dark and system', () => {
    expect(css).toContain('--ck-color-brand:');
    expect(css).toContain('--ck-font-body:');
    expect(css).toContain('--ck-space-md:');
    expect(css).toContain('[data-ck-scheme=dark]');
    expect(css).toContain('prefers-color-scheme:dark');
    expect(css).toContain('[data-ck-theme=newsprint]');
    expect(css).toContain('[data-ck-theme=jobboard]');
  });
});
