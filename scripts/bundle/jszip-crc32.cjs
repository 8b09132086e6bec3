// Replaces jszip/lib/crc32.js in the bundled bin: jszip computes the CRC of every file in JavaScript,
// twice per deck (pptxgenjs writes a package, our repair step writes it again). zlib.crc32 is native
// (Node 20.15 and later); on an older Node the original is used. Results are identical, as signed
// 32-bit integers like the original's.
'use strict';
var zlib = require('node:zlib');
var jsCrc32 = require('jszip/lib/crc32.js?javascript');

module.exports =
  typeof zlib.crc32 === 'function'
    ? function crc32(input, crc) {
        if (typeof input === 'undefined' || !input.length) return 0;
        var data = typeof input === 'string' ? Buffer.from(input, 'latin1') : input instanceof Uint8Array ? input : Uint8Array.from(input);
        return zlib.crc32(data, (crc | 0) >>> 0) | 0;
      }
    : jsCrc32;
