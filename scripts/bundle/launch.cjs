#!/usr/bin/env node
// The bin: runs doc2deck.bundle.cjs, all of doc2deck but yargs in one CommonJS script, with the V8
// code cache the build made from a conversion of the seed (doc2deck.bundle.cjs.cache). With the cache
// V8 neither parses nor compiles what that conversion ran, which is most of a run's start-up. Node 20
// has no code cache for modules (module.enableCompileCache came in Node 22), hence scripts and node:vm.
// yargs is a second script with its own cache (yargs.bundle.cjs), loaded only for a command line
// that needs it: a plain `doc2deck 讲话.txt -o 会议.pptx` does not deserialize it on every start.
// A missing or rejected cache (another Node version, other V8 flags) only means compiling as usual.
'use strict';
const { isAscii } = require('node:buffer');
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const vm = require('node:vm');

const loaded = new Map();

/** Runs `<name>.bundle.cjs` (once) and returns its exports; the bundles reach each other through this. */
function load(name) {
  const known = loaded.get(name);
  if (known) return known.exports;
  const file = path.join(__dirname, `${name}.bundle.cjs`);
  const cacheFile = `${file}.cache`;
  const bytes = readFileSync(file);
  // The build writes the scripts in ASCII (see build.mjs), which Latin-1 decodes as it is and faster than UTF-8.
  const source = isAscii(bytes) ? bytes.latin1Slice(0, bytes.length) : bytes.toString('utf8');
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // No cache: compile.
  }
  // The bundles refer to import.meta.url as __d2dUrl (themes and yargs' messages are found beside them).
  const wrapper = `(function (exports, require, module, __filename, __dirname, __d2dUrl, __d2dLoad) {${source}\n})`;
  const script = new vm.Script(wrapper, { filename: file, cachedData });
  if (process.env.DOC2DECK_CODE_CACHE === 'report') {
    process.stderr.write(`code cache: ${cachedData === undefined ? 'missing' : script.cachedDataRejected ? 'rejected' : 'used'} (${name})\n`);
  }
  const module_ = { exports: {} };
  loaded.set(name, { script, cacheFile, exports: module_.exports });
  script.runInThisContext()(module_.exports, createRequire(file), module_, file, path.dirname(file), pathToFileURL(file).href, load);
  loaded.get(name).exports = module_.exports;
  return module_.exports;
}

// The build runs a conversion with DOC2DECK_CODE_CACHE=write: each cache then holds every function
// its script compiled. On 'exit', which process.exit() also emits (the bin ends with it).
if (process.env.DOC2DECK_CODE_CACHE === 'write') {
  process.once('exit', () => {
    for (const { script, cacheFile } of loaded.values()) {
      writeFileSync(`${cacheFile}.tmp`, script.createCachedData());
      renameSync(`${cacheFile}.tmp`, cacheFile);
    }
  });
}

load('doc2deck');
