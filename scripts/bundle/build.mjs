// Bundles the CLI into dist/bin/doc2deck.mjs (and the batch worker into dist/bin/worker.mjs), so that
// a run loads a few files instead of hundreds of modules. It sits two folders below the package root, as src/theme/load.ts expects, so that
// `../../templates/` still points at the themes. Word (.docx) reading (mammoth) is imported
// dynamically in src/input/docx.ts and becomes its own chunk, loaded only for a .docx input.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { copyFile, mkdir, readFile, rename, rm } from 'node:fs/promises';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = fileURLToPath(new URL('../../', import.meta.url));

/** zod bundles every language's error messages; the themes' checks use only its English defaults. */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(b) {
    b.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
      args.importer.includes(`${path.sep}zod${path.sep}`) ? { path: path.join(args.resolveDir, args.path), namespace: 'zod-locales' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: "export { default as en } from './en.js';",
      resolveDir: path.dirname(args.path),
    }));
  },
};

/**
 * jszip's deflate (pako) and CRC are JavaScript; the bin swaps in two small modules over node:zlib
 * (see jszip-flate.cjs, jszip-crc32.cjs). The library build (dist/index.js) keeps jszip as it is.
 */
const nativeJszip = {
  name: 'native-jszip',
  setup(b) {
    const replaced = { flate: path.join(here, 'jszip-flate.cjs'), crc32: path.join(here, 'jszip-crc32.cjs') };
    b.onResolve({ filter: /^\.\.?\/(flate|crc32)$/ }, (args) => {
      if (!/[\\/]jszip[\\/]lib[\\/]/.test(args.importer)) return undefined;
      return { path: replaced[path.basename(args.path)] };
    });
    // The CRC module falls back to the original on a Node without zlib.crc32.
    b.onResolve({ filter: /^jszip\/lib\/crc32\.js\?javascript$/ }, () => ({ path: path.join(root, 'node_modules/jszip/lib/crc32.js') }));
  },
};

/**
 * yargs finds its messages (we ask for zh_CN) and the package root relative to its own file in
 * node_modules. In the bundle that file is dist/bin/doc2deck.mjs: point both at where they now are.
 * Without this, help and usage errors come out in English, and every run searches the folders
 * above the working directory for a package.json and builds an AssertionError when there is none.
 */
const yargsInBundle = {
  name: 'yargs-in-bundle',
  setup(b) {
    b.onLoad({ filter: /yargs[\\/]lib[\\/]platform-shims[\\/]esm\.mjs$/ }, async (args) => {
      let text = await readFile(args.path, 'utf8');
      for (const [from, to] of [
        ["__dirname.substring(0, __dirname.lastIndexOf('node_modules'))", "resolve(__dirname, '../../../')"],
        ["resolve(__dirname, '../../../locales')", "resolve(__dirname, '../yargs-locales')"],
      ]) {
        if (!text.includes(from)) throw new Error(`yargs changed: cannot find ${from} in ${args.path}`);
        text = text.replace(from, to);
      }
      return { contents: text, loader: 'js' };
    });
  },
};

// Built beside dist/bin and swapped in at the end: old chunks (other hashes) go, and a bin that is
// running meanwhile (a test, a batch) loses its files only for the moment of the swap.
const out = path.join(root, `dist/bin.${process.pid}.tmp`);
const final = path.join(root, 'dist/bin');
await build({
  // The batch's worker threads run worker.mjs; src/batch/pool.ts looks for it beside itself.
  entryPoints: { doc2deck: path.join(root, 'src/bin.ts'), worker: path.join(root, 'src/batch/worker.ts') },
  outdir: out,
  outExtension: { '.js': '.mjs' },
  // Chunks stay beside the entry: code that finds files relative to itself (themes, yargs' messages)
  // must sit at the same depth whichever file it lands in.
  chunkNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: process.env.DOC2DECK_BUNDLE_DEBUG !== '1',
  legalComments: 'linked',
  // CommonJS dependencies (yargs, jszip, mammoth) call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __d2dRequire } from 'node:module'; const require = __d2dRequire(import.meta.url);" },
  plugins: [zodEnglishOnly, nativeJszip, yargsInBundle],
  logLevel: 'warning',
});

// yargs reads its messages from JSON files at run time: the ones we use (.locale('zh_CN'), and English, its fallback).
const locales = path.join(out, 'yargs-locales');
await mkdir(locales, { recursive: true });
for (const name of ['zh_CN.json', 'en.json']) await copyFile(path.join(root, 'node_modules/yargs/locales', name), path.join(locales, name));

await rm(final, { recursive: true, force: true });
await rename(out, final);
