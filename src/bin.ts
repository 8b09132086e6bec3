#!/usr/bin/env node
import { hideBin } from 'yargs/helpers';
import { main } from './cli.js';
import { processIo } from './cli/io.js';

// No top-level await: the bundled bin is a CommonJS script (scripts/bundle/build.mjs), which cannot have one.
void main(hideBin(process.argv), processIo()).then((code) => {
  process.exitCode = code;
});
