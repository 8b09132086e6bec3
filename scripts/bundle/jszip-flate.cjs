// Replaces jszip/lib/flate.js in the bundled bin. jszip deflates through pako, a JavaScript port of
// zlib, after copying every file byte by byte into a fresh Uint8Array; on a cold start that is most of
// the time a deck takes. Node's own zlib does the same work natively. A worker collects a file's
// chunks and (de)compresses them in one call when the file ends: decks are a few MB at most.
'use strict';
var zlib = require('node:zlib');
var GenericWorker = require('jszip/lib/stream/GenericWorker');
var utils = require('jszip/lib/utils');

exports.magic = '\x08\x00';

function NativeFlateWorker(action, options) {
  GenericWorker.call(this, 'FlateWorker/' + action);
  this._action = action;
  this._level = options.level || -1;
  this._chunks = [];
  this.meta = {};
}

utils.inherits(NativeFlateWorker, GenericWorker);

NativeFlateWorker.prototype.processChunk = function (chunk) {
  this.meta = chunk.meta;
  var data = chunk.data;
  this._chunks.push(data instanceof Uint8Array ? data : utils.transformTo('uint8array', data));
};

NativeFlateWorker.prototype.flush = function () {
  GenericWorker.prototype.flush.call(this);
  var input = this._chunks.length === 1 ? this._chunks[0] : Buffer.concat(this._chunks);
  this._chunks = [];
  var out = this._action === 'Deflate' ? zlib.deflateRawSync(input, { level: this._level }) : zlib.inflateRawSync(input);
  // A plain Uint8Array view, as pako gave: jszip treats a Buffer as another data type.
  this.push({ data: new Uint8Array(out.buffer, out.byteOffset, out.byteLength), meta: this.meta });
};

NativeFlateWorker.prototype.cleanUp = function () {
  GenericWorker.prototype.cleanUp.call(this);
  this._chunks = [];
};

exports.compressWorker = function (compressionOptions) {
  return new NativeFlateWorker('Deflate', compressionOptions);
};
exports.uncompressWorker = function () {
  return new NativeFlateWorker('Inflate', {});
};
