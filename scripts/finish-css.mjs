/**
 * tsup leaves one CSS file per entry, each with vanilla-extract's source
 * comments. Hosts get exactly one: `dist/styles.css`, minified, comment-free.
 * The components entry's CSS already holds the theme CSS, so it is the source.
 */
import { readFile, rm, writeFile, readdir } from 'node:fs/promises';
import { transform } from 'esbuild';

const raw = await readFile('dist/index.css', 'utf8');
// vanilla-extract cannot put @keyframes in a layer; keyframes cascade by layer
// too, so move them into ours and keep the promise that every rule is layered.
const source = raw.replace(/^@keyframes [\w-]+ \{[\s\S]*?\n\}\n/gm, (block) => `@layer careerkit {\n${block}}\n`);
const { code } = await transform(source, { loader: 'css', minify: true, legalComments: 'none', target: ['chrome111', 'firefox113', 'safari16.4'] });
if (code.includes('/*')) throw new Error('styles.css still contains a comment');
await writeFile('dist/styles.css', code);
for (const file of await readdir('dist')) {
  if (file.endsWith('.css') && file !== 'styles.css') await rm(`dist/${file}`);
}
console.log(`dist/styles.css ${(code.length / 1024).toFixed(1)} KB`);
