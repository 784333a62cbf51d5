// @vitest-environment node
/**
 * The Storybook docs pages (stories/**\/*.mdx) show what their source says.
 *
 * Storybook compiles MDX without GitHub's Markdown extensions (no remark-gfm
 * here), so a pipe table (`| Adapter | Talks to |` over `| --- | --- |`) is
 * no table on the page: it reads as one paragraph strewn with pipes. Tables in
 * the MDX are written as JSX (`<table>`), which Storybook styles like its own.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');

function mdxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? mdxFiles(join(dir, entry.name)) : entry.name.endsWith('.mdx') ? [join(dir, entry.name)] : [],
  );
}

/** `file:line` of each pipe table's header row, outside fenced code. */
function pipeTables(file: string, text: string): string[] {
  const lines = text.split('\n');
  const found: string[] = [];
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const marker = /^\s*(```+|~~~+)/.exec(line)?.[1];
    if (marker && (fence === undefined || marker.startsWith(fence))) {
      fence = fence === undefined ? marker : undefined;
      continue;
    }
    if (fence !== undefined) continue;
    const delimiter = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)+\|?\s*$/;
    if (line.includes('|') && delimiter.test(lines[i + 1] ?? '')) found.push(`${file}:${i + 1}`);
  }
  return found;
}

const files = mdxFiles(join(root, 'stories')).sort();

describe('the MDX docs pages', () => {
  it('are found', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  it('write tables as JSX: Storybook renders a Markdown pipe table as a paragraph of pipes', () => {
    const tables = files.flatMap((path) => pipeTables(relative(root, path), readFileSync(path, 'utf8')));
    expect(tables).toEqual([]);
  });
});
