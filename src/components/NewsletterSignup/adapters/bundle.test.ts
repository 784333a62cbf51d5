// @vitest-environment node
/**
 * A host pays only for the adapter it imports: bundling one adapter from the
 * folder's index (as a host's bundler would, tree-shaking on) leaves the other
 * adapters' code out, and importing the index alone keeps nothing.
 */
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const index = new URL('./index.ts', import.meta.url).pathname;

async function bundle(entry: string): Promise<string> {
  const result = await build({
    stdin: { contents: entry, resolveDir: new URL('.', import.meta.url).pathname, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

const adapters = ['fetchAdapter', 'mailchimpAdapter', 'ghostAdapter', 'formPostAdapter'] as const;
/** A string from each provider's request code. */
const wire = { mailchimpAdapter: 'subscribe/post-json', ghostAdapter: 'send-magic-link', formPostAdapter: 'first_name' } as const;

describe('the adapters folder', () => {
  it.each(adapters)('bundles %s without the other adapters', async (name) => {
    const code = await bundle(`import { ${name} } from ${JSON.stringify(index)}; globalThis.adapter = ${name};`);
    expect(code).toContain(`function ${name}(`);
    for (const other of adapters.filter((a) => a !== name)) {
      expect(code).not.toContain(`function ${other}(`);
      if (other !== 'fetchAdapter') expect(code).not.toContain(wire[other]);
    }
  });

  it('leaves nothing behind when imported for its side effects alone', async () => {
    const code = await bundle(`import ${JSON.stringify(index)};`);
    expect(code.trim()).toBe('');
  });
});
