#!/usr/bin/env node
import { hideBin } from 'yargs/helpers';
import { main } from './cli.js';
import { processIo } from './cli/io.js';

// No top-level await: the bundled bin is a CommonJS script (scripts/bundle/build.mjs), which cannot have one.
const io = processIo();
void main(hideBin(process.argv), io).then((code) => {
  // Exit as soon as the output is out rather than when the event loop runs dry: Node would then
  // tear the whole heap down and wait for the collector's threads, ~5% of converting a report.
  io.drained(() => process.exit(code));
});
