// Builds the dashboard into dist/: one bundled, minified, content-hashed JS
// file (uPlot and our code) and CSS, plus index.html pointing at them.
// No CDN: everything the page loads is served by `dyad serve` from dist/.
import * as esbuild from 'esbuild';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, 'dist');
await rm(dist, { recursive: true, force: true });
await mkdir(join(dist, 'assets'), { recursive: true });

const result = await esbuild.build({
  entryPoints: [join(here, 'src/main.ts')],
  bundle: true,
  minify: true,
  sourcemap: false,
  format: 'esm',
  target: ['es2020'],
  outdir: join(dist, 'assets'),
  entryNames: '[name]-[hash]',
  assetNames: '[name]-[hash]',
  metafile: true,
  legalComments: 'linked',
  logLevel: 'warning',
});

let js = '', css = '';
for (const out of Object.keys(result.metafile.outputs)) {
  if (out.endsWith('.js')) js = basename(out);
  if (out.endsWith('.css')) css = basename(out);
}
if (!js || !css) throw new Error('build: expected one .js and one .css output');

const html = (await readFile(join(here, 'index.html'), 'utf8'))
  .replace('%CSS%', `/assets/${css}`)
  .replace('%JS%', `/assets/${js}`);
await writeFile(join(dist, 'index.html'), html);
console.log(`dist/index.html, dist/assets/${js}, dist/assets/${css}`);
