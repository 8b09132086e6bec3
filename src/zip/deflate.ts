// Raw deflate for zip entries. A deck is hundreds of parts of a few KB, and zlib.deflateRawSync builds
// a whole stream object (Transform, zlib state, output chunks) for each: on a 100 KB report's 176
// packed parts that set-up is ~9 ms, a third of the packing. One native zlib handle, reset between
// parts, does the same compression without it, driven as lib/zlib.js drives it (processChunkSync).
// The handle comes from the binding on Node 20 (src/zip/zlib.ts), else from under a DeflateRaw
// stream; should neither be as expected, each part goes through zlib.deflateRawSync. The bytes are
// the same deflate stream whichever way (tested).
import { nodeZlib, zlibBinding, type ZlibHandle } from './zlib.js';

/** Level 3: within 5% of level 6 in size on decks, at a quarter of the time. */
const LEVEL = 3;

export type DeflateWay = 'binding' | 'stream-handle' | 'one-call';

interface Engine {
  way: Exclude<DeflateWay, 'one-call'>;
  handle: ZlibHandle;
  /** [output space left, input left] after each writeSync. */
  state: Uint32Array;
  finish: number;
  out: Buffer;
  /** Keeps alive whatever owns the handle (the DeflateRaw stream, when it came from one). */
  owner?: unknown;
  /** What zlib reported, if it failed (the stream's own handle reports to the stream instead). */
  failure: { message?: string };
}

let engine: Engine | null | undefined;

function openEngine(way: DeflateWay | undefined): Engine | null {
  const out = Buffer.allocUnsafe(64 * 1024);
  const state = new Uint32Array(2);
  const binding = way === undefined || way === 'binding' ? zlibBinding() : null;
  const failure: Engine['failure'] = {};
  if (binding) {
    const handle = binding.openDeflateRaw(LEVEL, state, (message) => (failure.message = message));
    return { way: 'binding', handle, state, finish: binding.finish, out, failure };
  }
  if (way === 'one-call') return null;
  const zlib = nodeZlib();
  const stream = new zlib.DeflateRaw({ level: LEVEL });
  const inner = stream as unknown as { _handle?: Partial<ZlibHandle>; _writeState?: unknown };
  const handle = inner._handle;
  if (typeof handle?.writeSync !== 'function' || typeof handle.reset !== 'function') return null;
  if (!(inner._writeState instanceof Uint32Array) || inner._writeState.length !== 2) return null;
  return { way: 'stream-handle', handle: handle as ZlibHandle, state: inner._writeState, finish: zlib.constants.Z_FINISH, out, owner: stream, failure };
}

/** `data` deflated (raw, no zlib header), as a zip entry stores it. */
export function deflateRaw(data: Uint8Array): Buffer {
  if (engine === undefined) engine = openEngine(undefined);
  return engine ? deflateWith(engine, data) : deflateRawOnce(data);
}

/** Which way parts are deflated here; `prefer` (tests) sets it, for what the machine allows. */
export function deflateWay(prefer?: DeflateWay): DeflateWay {
  if (prefer !== undefined) engine = openEngine(prefer);
  else if (engine === undefined) engine = openEngine(undefined);
  return engine?.way ?? 'one-call';
}

function deflateWith(e: Engine, data: Uint8Array): Buffer {
  e.handle.reset();
  let inOff = 0;
  let inLen = data.length;
  let outOff = 0;
  for (;;) {
    e.handle.writeSync(e.finish, data, inOff, inLen, e.out, outOff, e.out.length - outOff);
    // zlib fails only on a bug (bad memory or settings): not a problem of the input.
    if (e.failure.message !== undefined) throw new Error(`zlib: ${e.failure.message}`);
    const [outLeft, inLeft] = e.state as unknown as [number, number];
    inOff += inLen - inLeft;
    inLen = inLeft;
    outOff = e.out.length - outLeft;
    // With Z_FINISH zlib stops short of filling the output only once the stream is complete.
    if (outLeft !== 0) break;
    const bigger = Buffer.allocUnsafe(e.out.length * 2);
    e.out.copy(bigger, 0, 0, outOff);
    e.out = bigger;
  }
  return Buffer.from(e.out.subarray(0, outOff));
}

/**
 * One part through zlib.deflateRawSync. Its window is fitted to the part: setting up and clearing the
 * default 32 KB window with its 256 KB of tables costs more than compressing a few KB.
 */
export function deflateRawOnce(data: Uint8Array): Buffer {
  const windowBits = Math.max(9, Math.min(15, Math.ceil(Math.log2(data.length + 1))));
  return nodeZlib().deflateRawSync(data, { level: LEVEL, windowBits, memLevel: Math.max(1, Math.min(8, windowBits - 6)) });
}
