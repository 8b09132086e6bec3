#!/usr/bin/env node
// The bin: runs doc2deck.bundle.cjs, all of doc2deck in one CommonJS script, with the V8 code cache
// the build made from a conversion of the seed (doc2deck.bundle.cjs.cache). With the cache V8 neither
// parses nor compiles what that conversion ran, which is most of a run's start-up. Node 20 has no
// code cache for modules (module.enableCompileCache came in Node 22), hence a script and node:vm.
// A missing or rejected cache (another Node version, other V8 flags) only means compiling as usual.
'use strict';
const { isAscii } = require('node:buffer');
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const vm = require('node:vm');

const file = path.join(__dirname, 'doc2deck.bundle.cjs');
const cacheFile = `${file}.cache`;
const bytes = readFileSync(file);
// The build writes the script in ASCII (see build.mjs), which Latin-1 decodes as it is and faster than UTF-8.
const source = isAscii(bytes) ? bytes.latin1Slice(0, bytes.length) : bytes.toString('utf8');
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  // No cache: compile.
}
// The bundle refers to import.meta.url as __d2dUrl (themes and yargs' messages are found beside it).
const wrapper = `(function (exports, require, module, __filename, __dirname, __d2dUrl) {${source}\n})`;
const script = new vm.Script(wrapper, { filename: file, cachedData });
if (process.env.DOC2DECK_CODE_CACHE === 'report') {
  process.stderr.write(`code cache: ${cachedData === undefined ? 'missing' : script.cachedDataRejected ? 'rejected' : 'used'}\n`);
}
const module_ = { exports: {} };
script.runInThisContext()(module_.exports, createRequire(file), module_, file, path.dirname(file), pathToFileURL(file).href);

// The build runs a conversion with DOC2DECK_CODE_CACHE=write: the cache then holds every function it
// compiled. On 'exit', which process.exit() also emits (the bin ends with it).
if (process.env.DOC2DECK_CODE_CACHE === 'write') {
  process.once('exit', () => {
    writeFileSync(`${cacheFile}.tmp`, script.createCachedData());
    renameSync(`${cacheFile}.tmp`, cacheFile);
  });
}
