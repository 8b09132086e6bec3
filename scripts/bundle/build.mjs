// Bundles the CLI for `npx doc2deck` (run by `npm run build`, so by `npm install` too):
//   dist/bin/doc2deck.cjs          the bin: a small launcher (launch.cjs)
//   dist/bin/doc2deck.bundle.cjs   the CLI but yargs in one CommonJS script, and its V8 code cache
//   dist/bin/yargs.bundle.cjs      yargs, loaded by the launcher only for command lines that need it, and its cache
//   dist/bin/worker.mjs            a batch's worker thread, as an ES module
// Everything sits two folders below the package root, as src/theme/load.ts expects, so that
// `../../templates/` still points at the themes. mammoth (Word files) stays outside the bundle and
// is loaded from node_modules only when a .docx is read (src/input/docx.ts imports it dynamically),
// and so is zod, only when a theme has to be checked (src/theme/load.ts).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, copyFile, mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { isDeepStrictEqual } from 'node:util';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * pptxgenjs builds its archive with JSZip, which the library's renderDeck reads straight back to
 * repair and deflate. The bin gives pptxgenjs src/zip/stored-jszip.ts instead: it hands renderDeck the
 * parts as pptxgenjs writes them and returns the finished deck, with no archive in between. Nothing
 * else in the bin may import jszip (a .docx is checked with src/zip/zip.ts; mammoth, outside the
 * bundle, has its own), so the build fails if something does.
 */
const storedJszip = {
  name: 'stored-jszip',
  setup(b) {
    b.onResolve({ filter: /^jszip$/ }, (args) => {
      // An organisation's template is opened and the deck grafted into it with jszip itself (src/template).
      if (/[\\/]src[\\/]template[\\/]/.test(args.importer)) return undefined;
      if (!/[\\/]pptxgenjs[\\/]/.test(args.importer)) return { errors: [{ text: `jszip imported by ${args.importer}: only pptxgenjs may (and gets src/zip/stored-jszip.ts)` }] };
      return { path: path.join(root, 'src/zip/stored-jszip.ts') };
    });
  },
};

/**
 * string-width (used by yargs and cliui to lay out --help) builds an Intl.Segmenter and a
 * \p{RGI_Emoji} regular expression when it is imported: about 40 ms of every run, though only help
 * text needs it. Each import gets a stand-in that loads the real module on its first call.
 */
const lazyStringWidth = {
  name: 'lazy-string-width',
  setup(b) {
    b.onResolve({ filter: /^string-width$/ }, async (args) => {
      if (args.pluginData?.real) return undefined;
      const real = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: { real: true } });
      if (real.errors.length > 0 || /\.c?js$/.test(real.path) === false && !real.path.endsWith('.mjs')) return undefined;
      return { path: real.path, namespace: 'lazy-string-width' };
    });
    b.onLoad({ filter: /.*/, namespace: 'lazy-string-width' }, (args) => ({
      // CommonJS, so that both `import stringWidth from` (yargs, cliui) and `require()` (cli-progress) get the function.
      contents: `let real; module.exports = function stringWidth(text, options) { real ??= require(${JSON.stringify(args.path)}); return (real.default ?? real)(text, options); }; module.exports.default = module.exports;`,
      resolveDir: path.dirname(args.path),
      loader: 'js',
    }));
  },
};

/**
 * pptxgenjs imports node:fs and node:https for every slide it writes (for pictures from files or the
 * web; we have none). In the CommonJS bundle each of those imports became a require() plus a copy
 * of the module's exports, and node:https (with TLS and crypto) was loaded on every run. Here fs is
 * wrapped once, and https is loaded only if pptxgenjs ever calls https.get.
 */
const pptxNodeDeps = {
  name: 'pptx-node-deps',
  setup(b) {
    b.onResolve({ filter: /^node:(fs|https)$/ }, (args) =>
      args.kind === 'dynamic-import' && /[\\/]pptxgenjs[\\/]/.test(args.importer) ? { path: args.path, namespace: 'pptx-node-deps' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'pptx-node-deps' }, (args) => ({
      // fs.promises (it loads streams, readline and file watchers) is read only if pptxgenjs's own
      // writeFile runs, which doc2deck never calls.
      contents:
        args.path === 'node:fs'
          ? "const fs = require('node:fs'); export default fs; export const promises = new Proxy({}, { get: (_, key) => fs.promises[key] });"
          : "export default { get: (...args) => require('node:https').get(...args) };",
      loader: 'js',
    }));
  },
};

/**
 * Hot paths of pptxgenjs, rewritten in the bundle to do the same with less work. Each patch names
 * the exact text it replaces and fails the build if pptxgenjs no longer has it; the decks come out
 * byte for byte as before (checked on the seed and the corpus in every theme and ratio), and the
 * library build, which loads pptxgenjs unpatched, makes the same decks (tested).
 */
const PPTX_PATCHES = [
  {
    // Every text run gets the options of its shape through Object.entries(opts).filter().forEach():
    // three arrays and two closures per run, the largest allocator in writing a deck (a 100 KB
    // report has ~650 runs). The same assignment as a for-in loop over the same own keys, in order.
    why: 'run options',
    from: `Object.entries(opts).filter(([key]) => !(textObj.options.hyperlink && key === 'color')).forEach(([key, val]) => {
                // if (textObj.options.hyperlink && key === 'color') null
                // NOTE: This loop will pick up unecessary keys (\`x\`, etc.), but it doesnt hurt anything
                if (key !== 'bullet' && !textObj.options[key])
                    textObj.options[key] = val;
            });`,
    to: `for (const key in opts) { const val = opts[key]; if (textObj.options.hyperlink && key === 'color') continue;
                if (key !== 'bullet' && !textObj.options[key])
                    textObj.options[key] = val;
            }`,
  },
  {
    // A <a:pPr> is written before every run of a paragraph, though a paragraph may have one, first:
    // repair (dropDuplicateParagraphProperties) removed the others with a regex over every slide.
    // genXmlParagraphProperties only reads the run, so the first run's alone is written here.
    why: 'paragraph properties',
    from: `            paragraphPropXml = genXmlParagraphProperties(textObj, false);
            strSlideXml += paragraphPropXml.replace('<a:pPr></a:pPr>', ''); // IMPORTANT: Empty "pPr" blocks will generate needs-repair/corrupt msg`,
    to: `            if (idx === 0) {
                paragraphPropXml = genXmlParagraphProperties(textObj, false);
                strSlideXml += paragraphPropXml.replace('<a:pPr></a:pPr>', '');
            }`,
  },
];

const pptxPatches = {
  name: 'pptx-patches',
  setup(b) {
    b.onLoad({ filter: /pptxgenjs[\\/]dist[\\/]pptxgen\.es\.js$/ }, async (args) => {
      let text = await readFile(args.path, 'utf8');
      for (const { why, from, to } of PPTX_PATCHES) {
        const at = text.indexOf(from);
        if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`pptxgenjs changed: the ${why} code in ${args.path} is not as expected`);
        text = text.slice(0, at) + to + text.slice(at + from.length);
      }
      return { contents: text, loader: 'js' };
    });
  },
};

/**
 * yargs is its own script (yargs.bundle.cjs, with its own code cache), loaded through the launcher
 * only when src/cli.ts imports it, that is for a command line plainArgs leaves to yargs: the main
 * script's cache then holds nothing a plain conversion does not run.
 */
const yargsApart = {
  name: 'yargs-apart',
  setup(b) {
    b.onResolve({ filter: /^yargs$/ }, (args) =>
      args.kind === 'dynamic-import' && /[\\/]src[\\/]cli\.ts$/.test(args.importer) ? { path: 'yargs', namespace: 'yargs-apart' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'yargs-apart' }, () => ({ contents: "module.exports = __d2dLoad('yargs').default;", loader: 'js' }));
  },
};

/**
 * yargs finds its messages (we ask for zh_CN) and the package root relative to its own file in
 * node_modules. In the bin that file is dist/bin/yargs.bundle.cjs: point both at where they now are.
 * Without this, help and usage errors come out in English, and every run searches the folders
 * above the working directory for a package.json and builds an AssertionError when there is none.
 * The terminal width is read when help needs it rather than when yargs loads.
 */
const yargsInBundle = {
  name: 'yargs-in-bundle',
  setup(b) {
    b.onLoad({ filter: /yargs[\\/]lib[\\/]platform-shims[\\/]esm\.mjs$/ }, async (args) => {
      let text = await readFile(args.path, 'utf8');
      for (const [from, to] of [
        ["__dirname.substring(0, __dirname.lastIndexOf('node_modules'))", "resolve(__dirname, '../../../')"],
        ["resolve(__dirname, '../../../locales')", "resolve(__dirname, '../yargs-locales')"],
        // Read when help is laid out, not when yargs loads: process.stdout on a pipe loads node:net.
        ["stdColumns: typeof process.stdout.columns !== 'undefined' ? process.stdout.columns : null", "get stdColumns() { return typeof process.stdout.columns !== 'undefined' ? process.stdout.columns : null; }"],
      ]) {
        if (!text.includes(from)) throw new Error(`yargs changed: cannot find ${from} in ${args.path}`);
        text = text.replace(from, to);
      }
      return { contents: text, loader: 'js' };
    });
  },
};

/**
 * yargs imports strictEqual and notStrictEqual from node:assert for its own invariants. Loading
 * node:assert builds its error colours, which opens process.stderr, which for a pipe loads node:net:
 * a few ms of a run that writes its two lines with fs.writeSync. The bin gives yargs both functions
 * with the same checks (Object.is) and an AssertionError-named error.
 */
const yargsAssert = {
  name: 'yargs-assert',
  setup(b) {
    b.onResolve({ filter: /^assert$/ }, (args) => (/[\\/]yargs[\\/]/.test(args.importer) ? { path: 'assert', namespace: 'yargs-assert' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'yargs-assert' }, () => ({
      contents: `
        function fail(message, fallback) { const e = new Error(message ?? fallback); e.name = 'AssertionError'; throw e; }
        export function strictEqual(actual, expected, message) { if (!Object.is(actual, expected)) fail(message, 'Expected values to be strictly equal: ' + String(actual) + ' !== ' + String(expected)); }
        export function notStrictEqual(actual, expected, message) { if (Object.is(actual, expected)) fail(message, 'Expected "actual" to be strictly unequal to: ' + String(expected)); }`,
      loader: 'js',
    }));
  },
};

// Built beside dist/bin and swapped in at the end: old chunks (other hashes) go, and a bin that is
// running meanwhile (a test, a batch) loses its files only for the moment of the swap.
const out = path.join(root, `dist/bin.${process.pid}.tmp`);
const final = path.join(root, 'dist/bin');
/**
 * Every built-in theme is validated here, once, with the compiled validator (tsc has run): a broken
 * theme fails the build. Their exact texts go into the bundles, and src/theme/load.ts takes a theme
 * file with one of those texts as valid without loading zod. Validation must return the data as it
 * was parsed, or taking the parsed JSON would not be the same thing.
 */
async function validatedThemeTexts() {
  const { validateTheme } = await import(path.join(root, 'dist/theme/validate.js'));
  const dir = path.join(root, 'templates');
  const texts = [];
  for (const name of (await readdir(dir)).filter((f) => f.endsWith('.json')).sort()) {
    const raw = await readFile(path.join(dir, name), 'utf8');
    const r = validateTheme(JSON.parse(raw), name);
    if (!r.ok) throw new Error(`built-in theme ${name} is invalid: ${r.problems.map((p) => p.message).join('; ')}`);
    if (!isDeepStrictEqual(r.value, JSON.parse(raw))) throw new Error(`validating ${name} changed its data`);
    texts.push(raw);
  }
  return texts;
}
const validatedThemes = JSON.stringify(await validatedThemeTexts());

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  minify: process.env.DOC2DECK_BUNDLE_DEBUG !== '1',
  legalComments: 'linked',
  // Loaded from node_modules when needed: mammoth for a .docx, zod for a theme the build did not
  // validate (bundled, zod's namespaces were set up on every start even when it never ran).
  external: ['mammoth', 'zod'],
  plugins: [storedJszip, yargsInBundle, yargsAssert, lazyStringWidth, pptxNodeDeps, pptxPatches],
  logLevel: 'warning',
  define: { __D2D_VALIDATED_THEMES__: validatedThemes },
};

// The CLI as a script the launcher compiles with a code cache. import.meta.url becomes the URL of the
// script (the launcher passes it in); dynamic imports become require() calls, since a vm script has
// no module loader.
const asScript = { format: 'cjs', define: { ...common.define, 'import.meta.url': '__d2dUrl' }, supported: { 'dynamic-import': false } };
await build({
  ...common,
  ...asScript,
  entryPoints: [path.join(root, 'src/bin.ts')],
  outfile: path.join(out, 'doc2deck.bundle.cjs'),
  plugins: [...common.plugins, yargsApart],
});
await build({
  ...common,
  ...asScript,
  stdin: { contents: "export { default } from 'yargs';", resolveDir: root, sourcefile: 'yargs-entry.mjs', loader: 'js' },
  outfile: path.join(out, 'yargs.bundle.cjs'),
});
// The launcher wraps each script in a function: a #! line inside it would be a syntax error. esbuild
// escapes non-ASCII characters in strings but not in regular expressions (our Chinese patterns): \u
// escapes mean the same there, and an all-ASCII script is read as Latin-1, faster than UTF-8.
for (const name of ['doc2deck.bundle.cjs', 'yargs.bundle.cjs']) {
  const bundled = path.join(out, name);
  const script = (await readFile(bundled, 'utf8'))
    .replace(/^#!.*\n/, '')
    .replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  await writeFile(bundled, script);
}
await copyFile(path.join(here, 'launch.cjs'), path.join(out, 'doc2deck.cjs'));
await chmod(path.join(out, 'doc2deck.cjs'), 0o755);

// A batch's worker threads run worker.mjs; src/batch/pool.ts looks for it beside itself.
await build({
  ...common,
  entryPoints: [path.join(root, 'src/batch/worker.ts')],
  outfile: path.join(out, 'worker.mjs'),
  format: 'esm',
  // Bundled CommonJS code and the external mammoth and zod are reached with require(); give the ES module one.
  banner: { js: "import { createRequire as __d2dRequire } from 'node:module'; const require = __d2dRequire(import.meta.url);" },
});

// yargs reads its messages from JSON files at run time: the ones we use (.locale('zh_CN'), and English, its fallback).
const locales = path.join(out, 'yargs-locales');
await mkdir(locales, { recursive: true });
for (const name of ['zh_CN.json', 'en.json']) await copyFile(path.join(root, 'node_modules/yargs/locales', name), path.join(locales, name));

await rm(final, { recursive: true, force: true });
await rename(out, final);

// The code cache: convert the seed once with the launcher writing what V8 compiled. It is made in
// place, since the cache keeps the script's file name for stack traces. Without the seed
// (a package installed from a tarball has none) the bin just compiles on each start.
const seed = path.join(root, 'seeds/000_2f5a6255b26304ff.txt');
if (existsSync(seed)) {
  const env = { ...process.env, DOC2DECK_CODE_CACHE: 'write' };
  // V8 rejects a cache made under other flags; the bin normally runs with none.
  delete env.NODE_OPTIONS;
  // An option on the command line, so that yargs (loaded only for such command lines) runs and its
  // script gets a cache too: a run with --theme should not pay for compiling yargs on every start.
  const args = [seed, '-o', path.join(final, 'cache-run.pptx'), '--ratio', '16:9'];
  const r = spawnSync(process.execPath, [path.join(final, 'doc2deck.cjs'), ...args], { env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`making the code cache failed: ${r.stderr}`);
  await rm(path.join(final, 'cache-run.pptx'));
}

