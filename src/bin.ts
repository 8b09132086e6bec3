#!/usr/bin/env node
import { main } from './cli.js';
import { processIo } from './cli/io.js';

// A single conversion deflates on libuv's thread pool alongside the main thread (cli.ts): one pool
// thread, one core. libuv reads this when the pool first starts, which is not before then. More
// threads take turns with the main thread: two made the 100 KB report 17 ms slower on two cores.
process.env.UV_THREADPOOL_SIZE ??= '1';
// No top-level await: the bundled bin is a CommonJS script (scripts/bundle/build.mjs), which cannot have one.
const io = processIo();
// The arguments after `node doc2deck`: what yargs' hideBin gives outside Electron, without loading yargs.
void main(process.argv.slice(2), io).then((code) => {
  // Exit as soon as the output is out rather than when the event loop runs dry: Node would then
  // tear the whole heap down and wait for the collector's threads, ~5% of converting a report.
  io.drained(() => process.exit(code));
});
