// @vitest-environment node
/**
 * The code a host copies from the docs compiles against the API it documents.
 *
 * Every ```ts / ```tsx fence in README.md and stories/**\/*.mdx, and every
 * `<Source language="ts|tsx" code={`…`} />` in the MDX, is typechecked with the
 * repo's compiler options (tsconfig.json: strict, jsx react-jsx…), `careerkit`
 * and every subpath in package.json "exports" resolving to the source. One
 * program holds all samples, as virtual files.
 *
 * Samples are excerpts, so these are made up for, and nothing else:
 * 1. Free names. A name that resolves to nothing (what TS2304/TS2552 would
 *    report) and that careerkit does not export (`post`, `api`, `session`…) is
 *    a host value: it is declared `any`, as a value and as a type. A callback
 *    passed to such a host function (`setPosted((list) => …)`) then has no
 *    contextual type, so its TS7006 "implicitly has an 'any' type" is ignored.
 * 2. Missing imports in an excerpt with no import at all: careerkit's exports
 *    (`<CommentThread>`, `AdvicePost`) are imported from the entry that exports
 *    them, so their props are checked, never `any`. A sample that shows imports
 *    must show all the careerkit ones it uses. A free name one slip away from an
 *    export (`CommentThred`) is reported as a misspelling.
 * 3. `…` placeholders: `[…]` becomes `[]`, and a lone `…` among a tag's
 *    attributes (`<X a={1} … />`) is dropped. `…` as JSX text (`>…</X>`) is
 *    text and compiles as is.
 * 4. Adjacent JSX at the top (`<A />` then `<B />`), which only parses inside a
 *    parent, is wrapped in a fragment (only when the sample does not parse as is).
 * Every other diagnostic fails, naming the doc file and line.
 *
 * A sample that is not meant to compile (deliberately partial) carries
 * `<!-- not-checked: reason -->` (Markdown) or `{/* not-checked: reason *\/}`
 * (MDX) on the line before its fence or `<Source`. Keep these few.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { sourceAliases } from '../../build/source-aliases.mjs';

const root = join(__dirname, '../..');

/**
 * Each public entry (package.json "exports") and the source it is built from;
 * `null` for the stylesheet, a side-effect import with no bindings.
 */
const entrySources: Record<string, string | null> = {
  careerkit: 'src/index.ts',
  'careerkit/theme': 'src/theme.ts',
  'careerkit/seo': 'src/seo/index.ts',
  'careerkit/locales/es': 'src/locales/es.tsx',
  'careerkit/locales/ar': 'src/locales/ar.tsx',
  'careerkit/styles.css': null,
  'careerkit/package.json': 'package.json',
};
/** Virtual files live here (never written), so `react` resolves from the repo. */
const virtualDir = join(root, '.docs-samples');
const cssModule = join(virtualDir, 'careerkit-styles.css.d.ts');

// ---------------------------------------------------------------- extraction

interface Sample {
  file: string; // relative to the repo root
  line: number; // line of the sample's first code line in that file
  lang: 'ts' | 'tsx';
  code: string;
  skip?: string; // the not-checked reason
}

const optOut = /^(?:<!--\s*not-checked:(.*?)-->|\{\/\*\s*not-checked:(.*?)\*\/\})$/;

/** The reason given on the nearest non-blank line above `lineIndex`, if any. */
function optOutReason(lines: string[], lineIndex: number): string | undefined {
  for (let i = lineIndex - 1; i >= 0; i--) {
    const text = lines[i]!.trim();
    if (text === '') continue;
    const match = optOut.exec(text);
    return match ? (match[1] ?? match[2] ?? '').trim() : undefined;
  }
  return undefined;
}

function fencedSamples(file: string, text: string): Sample[] {
  const lines = text.split('\n');
  const samples: Sample[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(```+|~~~+)\s*([\w-]*)/.exec(lines[i]!);
    if (!open) continue;
    const fence = open[2]!;
    const lang = open[3]!;
    let end = i + 1;
    while (end < lines.length && !lines[end]!.trim().startsWith(fence)) end++;
    if (lang === 'ts' || lang === 'tsx' || lang === 'typescript') {
      samples.push({
        file,
        line: i + 2,
        lang: lang === 'tsx' ? 'tsx' : 'ts',
        code: lines.slice(i + 1, end).join('\n'),
        skip: optOutReason(lines, i),
      });
    }
    i = end;
  }
  return samples;
}

/** Every `<Source>` in the MDX, in any language, and whether its code spans lines. */
const sourceBlocks: { where: string; multiLine: boolean }[] = [];

/**
 * `<Source language="tsx" code={`…`} />`: the attributes are read in order (a
 * string, or an expression in braces), and the template literal is unescaped
 * by TypeScript's own scanner, so `\\n` and `\``  mean what Storybook shows.
 */
function sourceBlockSamples(file: string, text: string): Sample[] {
  const lines = text.split('\n');
  const samples: Sample[] = [];
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.JSX, text);
  for (const tag of text.matchAll(/<Source\b/g)) {
    const where = `${file}:${lineOf(tag.index)}`;
    const attributes = new Map<string, { start: number; end: number }>();
    let at = tag.index + tag[0].length;
    for (;;) {
      const next = /\s*(?:(\/?>)|([\w-]+)=)/y;
      next.lastIndex = at;
      const match = next.exec(text);
      if (!match) throw new Error(`${where}: cannot read this <Source> tag`);
      if (match[1]) break;
      scanner.resetTokenState(next.lastIndex);
      const open = scanner.scan();
      const start = scanner.getTokenStart();
      if (open === ts.SyntaxKind.OpenBraceToken) {
        // Up to the matching brace, template literals and strings included.
        for (let depth = 1; depth > 0; ) {
          const token = scanner.scan();
          if (token === ts.SyntaxKind.EndOfFileToken) throw new Error(`${where}: unclosed {`);
          if (token === ts.SyntaxKind.TemplateHead) throw new Error(`${where}: a template literal with \${…} in it; this test cannot read it`);
          if (token === ts.SyntaxKind.OpenBraceToken) depth++;
          if (token === ts.SyntaxKind.CloseBraceToken) depth--;
        }
      } else if (open !== ts.SyntaxKind.StringLiteral) {
        throw new Error(`${where}: cannot read the ${match[2]} attribute`);
      }
      at = scanner.getTokenEnd();
      attributes.set(match[2]!, { start, end: at });
    }
    const value = (name: string) => {
      const range = attributes.get(name);
      return range && text.slice(range.start, range.end);
    };
    const lang = value('language')?.slice(1, -1);
    const code = attributes.get('code');
    sourceBlocks.push({ where, multiLine: value('code')?.includes('\n') ?? false });
    if (lang !== 'ts' && lang !== 'tsx' && lang !== 'typescript') continue;
    scanner.resetTokenState((code?.start ?? 0) + 1);
    if (!code || !value('code')!.startsWith('{') || scanner.scan() !== ts.SyntaxKind.NoSubstitutionTemplateLiteral) {
      throw new Error(`${where}: a ${lang} <Source> whose code is not one plain template literal; this test cannot read it`);
    }
    samples.push({
      file,
      line: lineOf(scanner.getTokenStart()),
      lang: lang === 'tsx' ? 'tsx' : 'ts',
      code: scanner.getTokenValue(),
      skip: optOutReason(lines, lineOf(tag.index) - 1),
    });
  }
  return samples;
}

function mdxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? mdxFiles(join(dir, entry.name))
      : entry.name.endsWith('.mdx')
        ? [join(dir, entry.name)]
        : [],
  );
}

function extract(): Sample[] {
  const readme = fencedSamples('README.md', readFileSync(join(root, 'README.md'), 'utf8'));
  const mdx = mdxFiles(join(root, 'stories'))
    .sort()
    .flatMap((path) => {
      const file = relative(root, path);
      const text = readFileSync(path, 'utf8');
      return [...fencedSamples(file, text), ...sourceBlockSamples(file, text)].sort((a, b) => a.line - b.line);
    });
  return [...readme, ...mdx];
}

// ------------------------------------------------------------ fragment forms

/** Line-preserving rewrites of the placeholder forms listed at the top. */
function placeholders(code: string): string {
  return code
    .replace(/\[\s*…\s*\]/g, '[]') // questions={[…]}
    .replace(/\s+…(?=\s*\/?>)/g, ''); // <X a={1} … />
}

/** Wraps the JSX from the first line that starts with `<` to the end in `<>…</>`. */
function wrapAdjacentJsx(code: string): string | undefined {
  const lines = code.split('\n');
  const first = lines.findIndex((line) => line.startsWith('<'));
  if (first < 0) return undefined;
  lines[first] = `<>${lines[first]}`;
  lines[lines.length - 1] = `${lines[lines.length - 1]!.replace(/;\s*$/, '')}</>;`;
  return lines.join('\n');
}

function parses(code: string, lang: 'ts' | 'tsx'): boolean {
  const file = ts.createSourceFile(`x.${lang}`, code, ts.ScriptTarget.Latest, false, lang === 'tsx' ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  return (file as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics.length === 0;
}

function body(sample: Sample): string {
  const code = placeholders(sample.code);
  if (parses(code, sample.lang)) return code;
  const wrapped = wrapAdjacentJsx(code);
  return wrapped !== undefined && parses(wrapped, sample.lang) ? wrapped : code;
}

// --------------------------------------------------------------- compilation

function compilerOptions(): ts.CompilerOptions {
  const config = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  // No ambient types: a sample is browser code, not a test (vitest/globals) or
  // a Node script. The source's own `process.env.NODE_ENV` sits in function
  // bodies, which are not checked here (tsc checks them), so Node's 2 MB of
  // types, half this test's time, are not needed.
  return { ...options, types: [], noEmit: true };
}

function extensionOf(path: string): ts.Extension {
  if (path.endsWith('.d.ts')) return ts.Extension.Dts;
  if (path.endsWith('.json')) return ts.Extension.Json;
  return path.endsWith('.tsx') ? ts.Extension.Tsx : ts.Extension.Ts;
}

function createHost(options: ts.CompilerOptions) {
  const host = ts.createCompilerHost(options);
  const virtual = new Map<string, string>([[cssModule, 'export {};\n']]);
  const cache = new Map<string, ts.SourceFile>();
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (name) => virtual.has(name) || fileExists.call(host, name);
  host.readFile = (name) => virtual.get(name) ?? readFile.call(host, name);
  host.getSourceFile = (name, language, onError, shouldCreate) => {
    const text = virtual.get(name);
    if (text !== undefined) return ts.createSourceFile(name, text, language, true);
    let file = cache.get(name);
    if (!file) {
      file = getSourceFile.call(host, name, language, onError, shouldCreate);
      if (file) cache.set(name, file);
    }
    return file;
  };
  const moduleCache = ts.createModuleResolutionCache(root, (name) => name, options);
  host.resolveModuleNameLiterals = (literals, containingFile, redirect, opts) =>
    literals.map(({ text }) => {
      if (text in entrySources) {
        const source = entrySources[text];
        const resolvedFileName = source ? join(root, source) : cssModule;
        return { resolvedModule: { resolvedFileName, extension: extensionOf(resolvedFileName) } };
      }
      return ts.resolveModuleName(text, containingFile, opts, host, moduleCache, redirect);
    });
  return { host, virtual };
}

interface Prepared {
  sample: Sample;
  path: string;
  prefix: string[]; // lines added above the sample
  code: string;
  free: Set<string>; // the names declared `any`
}

/**
 * A callback passed to a host function the sample does not declare
 * (`setPosted((list) => …)`) has no contextual type, since the function is
 * `any`: its parameters are implicitly `any` only because of that declaration.
 */
function isArgumentOfFree(source: ts.SourceFile, position: number, free: Set<string>): boolean {
  const find = (node: ts.Node): ts.Node | undefined =>
    position >= node.getStart(source) && position < node.getEnd() ? (ts.forEachChild(node, find) ?? node) : undefined;
  let node = find(source);
  while (node && !ts.isArrowFunction(node) && !ts.isFunctionExpression(node)) node = node.parent;
  const call = node?.parent;
  if (!node || !call || !ts.isCallExpression(call) || !call.arguments.includes(node as ts.Expression)) return false;
  let callee: ts.Expression = call.expression;
  while (ts.isPropertyAccessExpression(callee) || ts.isCallExpression(callee)) callee = callee.expression;
  return ts.isIdentifier(callee) && free.has(callee.text);
}

const samples = extract();
const checked = samples.filter((sample) => !sample.skip);
let failures: Map<Sample, string[]>;

function compile(host: ts.CompilerHost, options: ts.CompilerOptions, files: Prepared[], old?: ts.Program) {
  return ts.createProgram({ rootNames: files.map((file) => file.path), options, host, oldProgram: old });
}

function lineInDoc(prepared: Prepared, diagnostic: ts.Diagnostic): number {
  const { line } = diagnostic.file!.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
  return prepared.sample.line + line - prepared.prefix.length;
}

/** A slip of the keyboard: case aside, one edit in a short name, two in a long one. */
function looksLike(name: string, exported: string): boolean {
  const a = name.toLowerCase();
  const b = exported.toLowerCase();
  const limit = a.length < 8 ? 1 : 2;
  if (Math.abs(a.length - b.length) > limit) return false;
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length]! <= limit;
}

/** Identifiers that name something in scope: not a property, key, attribute, declaration or HTML tag. */
function isReference(id: ts.Identifier): boolean {
  const parent = id.parent;
  if ((ts.isPropertyAccessExpression(parent) || ts.isQualifiedName(parent)) && id !== (ts.isQualifiedName(parent) ? parent.left : parent.expression)) return false;
  if (ts.isShorthandPropertyAssignment(parent) || (ts.isExportSpecifier(parent) && !parent.propertyName)) return true;
  if (ts.isJsxAttribute(parent) || ts.isJsxNamespacedName(parent) || ts.isMetaProperty(parent)) return false;
  if ((ts.isBindingElement(parent) || ts.isImportSpecifier(parent) || ts.isExportSpecifier(parent)) && parent.propertyName === id) return false;
  if (ts.isLabeledStatement(parent) || ts.isBreakOrContinueStatement(parent)) return false;
  if ((ts.isJsxOpeningLikeElement(parent) || ts.isJsxClosingElement(parent)) && /^[a-z]/.test(id.text)) return false;
  // The name a declaration, key or member introduces.
  return (parent as { name?: ts.Node }).name !== id;
}

/** The references in a sample that resolve to nothing, in order of first use. */
function unresolved(source: ts.SourceFile, checker: ts.TypeChecker): { name: string; position: number }[] {
  const found: { name: string; position: number }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && isReference(node) && !found.some((f) => f.name === node.text)) {
      if (!checker.resolveName(node.text, node, ts.SymbolFlags.Value | ts.SymbolFlags.Type | ts.SymbolFlags.Namespace, false)) {
        found.push({ name: node.text, position: node.getStart(source) });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const freeName = (diagnostic: ts.Diagnostic) =>
  (diagnostic.code === 2304 || diagnostic.code === 2552) && diagnostic.file && diagnostic.start !== undefined
    ? diagnostic.file.text.slice(diagnostic.start, diagnostic.start + diagnostic.length!)
    : undefined;

function run(): Map<Sample, string[]> {
  const options = compilerOptions();
  const { host, virtual } = createHost(options);
  const files: Prepared[] = checked.map((sample, index) => ({
    sample,
    path: join(virtualDir, `${index}-${sample.file.replace(/[\\/.]/g, '_')}-${sample.line}.${sample.lang}`),
    prefix: [],
    code: body(sample),
    free: new Set(),
  }));
  const write = () => {
    for (const file of files) virtual.set(file.path, [...file.prefix, file.code, 'export {};'].join('\n'));
  };

  // Pass 1: which names are free, and which of them careerkit exports.
  write();
  const first = compile(host, options, files);
  const checker = first.getTypeChecker();
  const exportedBy = new Map<string, string>();
  for (const entry of Object.keys(entrySources)) {
    const source = entrySources[entry];
    if (!source?.match(/\.tsx?$/)) continue;
    const symbol = checker.getSymbolAtLocation(first.getSourceFile(join(root, source))!);
    if (!symbol) continue;
    for (const name of checker.getExportsOfModule(symbol).map((s) => s.name)) {
      if (!exportedBy.has(name)) exportedBy.set(name, entry);
    }
  }
  const problems = new Map<Sample, string[]>();
  for (const file of files) {
    const source = first.getSourceFile(file.path)!;
    const hasImports = source.statements.some(ts.isImportDeclaration);
    const imports = new Map<string, string[]>();
    const misspelt: string[] = [];
    for (const { name, position } of unresolved(source, checker)) {
      const entry = exportedBy.get(name);
      const near = entry ? undefined : [...exportedBy.keys()].find((exported) => looksLike(name, exported));
      if (near) {
        const line = file.sample.line + source.getLineAndCharacterOfPosition(position).line;
        misspelt.push(`${file.sample.file}:${line} (sample at line ${file.sample.line}): '${name}' is not a careerkit export; did you mean '${near}'?`);
      }
      // A sample that shows its imports must show them all (pass 2 reports the name).
      if (entry && hasImports) continue;
      if (entry) imports.set(entry, [...(imports.get(entry) ?? []), name]);
      else file.free.add(name);
    }
    if (misspelt.length > 0) problems.set(file.sample, misspelt);
    file.prefix = [
      ...[...imports].map(([entry, list]) => `import { ${list.join(', ')} } from '${entry}';`),
      ...[...file.free].map((name) => `declare const ${name}: any; type ${name} = any;`),
    ];
  }

  // Pass 2: everything else is a failure.
  write();
  const second = compile(host, options, files, first);
  for (const file of files) {
    const source = second.getSourceFile(file.path)!;
    const diagnostics = [...second.getSyntacticDiagnostics(source), ...second.getSemanticDiagnostics(source)];
    const messages = diagnostics
      .filter((diagnostic) => !(diagnostic.code === 7006 && isArgumentOfFree(source, diagnostic.start!, file.free)))
      .map((diagnostic) => {
        const entry = exportedBy.get(freeName(diagnostic) ?? '');
        const hint = entry ? ` Add it to the sample's import from '${entry}'.` : '';
        const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
        return `${file.sample.file}:${lineInDoc(file, diagnostic)} (sample at line ${file.sample.line}): TS${diagnostic.code}: ${message}${hint}`;
      });
    if (messages.length > 0) problems.set(file.sample, [...(problems.get(file.sample) ?? []), ...messages]);
  }
  // Diagnostics outside the samples (a broken source file) fail too.
  const global = [...second.getOptionsDiagnostics(), ...second.getGlobalDiagnostics()].map((d) =>
    ts.flattenDiagnosticMessageText(d.messageText, '\n'),
  );
  if (global.length > 0) throw new Error(global.join('\n'));
  return problems;
}

beforeAll(() => {
  failures = run();
}, 60_000);

describe('docs code samples', () => {
  it('are found in README.md and in the MDX under stories/', () => {
    expect(samples.filter((s) => s.file === 'README.md').length).toBeGreaterThanOrEqual(10);
    expect(samples.filter((s) => s.file.endsWith('.mdx')).length).toBeGreaterThanOrEqual(20);
  });

  it('in MDX keep their indentation: code that spans lines is a fenced block, not a <Source code={…}>', () => {
    // MDX takes up to two leading spaces off every line of a JSX attribute
    // that spans lines, so such a <Source> shows (and copies) its code with
    // the nesting gone. A fenced block reaches the page as written.
    expect(sourceBlocks.filter((block) => block.multiLine).map((block) => block.where)).toEqual([]);
  });

  it('opt out only with a reason, and rarely', () => {
    const skipped = samples.filter((s) => s.skip !== undefined);
    for (const sample of skipped) expect(sample.skip, `${sample.file}:${sample.line}`).not.toBe('');
    expect(skipped.length).toBeLessThanOrEqual(3);
  });

  it('resolve every public entry to its source', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
    expect(Object.keys(entrySources).sort()).toEqual(
      Object.keys(pkg.exports)
        .map((subpath) => join('careerkit', subpath))
        .sort(),
    );
    for (const { find, replacement } of sourceAliases) {
      const entry = Object.keys(entrySources).find((name) => find.test(name))!;
      expect(join(root, entrySources[entry]!), entry).toBe(replacement);
    }
  });

  it.each(checked.map((sample) => [`${sample.file}:${sample.line}`, sample] as const))('%s compiles', (_, sample) => {
    const problems = failures.get(sample);
    if (problems) throw new Error(`\n${problems.join('\n')}`);
  });
});
