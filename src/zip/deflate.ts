// Raw deflate for zip entries. A deck is hundreds of parts of a few KB, and zlib.deflateRawSync builds
// a whole stream object (Transform, zlib state, output chunks) for each: on a 100 KB report's 176
// packed parts that set-up is ~9 ms, a third of the packing. One zlib stream, reset between parts,
// does the same compression without it. It is driven the way node:zlib drives it internally
// (processChunkSync in lib/zlib.js, the same from Node 10 to 24); should that shape ever differ,
// each part goes through zlib.deflateRawSync instead, so the output is valid either way.
import zlib from 'node:zlib';

/** Level 3: within 5% of level 6 in size on decks, at a quarter of the time. */
const LEVEL = 3;

/** The native zlib handle under a DeflateRaw stream, as lib/zlib.js calls it. */
interface ZlibHandle {
  reset(): void;
  writeSync(flush: number, input: Uint8Array, inOff: number, inLen: number, out: Uint8Array, outOff: number, outLen: number): void;
}

interface Engine {
  /** Kept so that the stream (which owns the handle) lives as long as the engine. */
  stream: zlib.DeflateRaw;
  handle: ZlibHandle;
  /** [output space left, input left] after each writeSync. */
  state: Uint32Array;
  out: Buffer;
}

let engine: Engine | null | undefined;

function openEngine(): Engine | null {
  const stream = new zlib.DeflateRaw({ level: LEVEL });
  const inner = stream as unknown as { _handle?: Partial<ZlibHandle>; _writeState?: unknown };
  const handle = inner._handle;
  const state = inner._writeState;
  if (typeof handle?.writeSync !== 'function' || typeof handle.reset !== 'function') return null;
  if (!(state instanceof Uint32Array) || state.length !== 2) return null;
  return { stream, handle: handle as ZlibHandle, state, out: Buffer.allocUnsafe(64 * 1024) };
}

/** `data` deflated (raw, no zlib header), as a zip entry stores it. */
export function deflateRaw(data: Uint8Array): Buffer {
  if (engine === undefined) engine = openEngine();
  return engine ? deflateWith(engine, data) : deflateRawOnce(data);
}

/** Whether parts go through one reused stream (false: zlib.deflateRawSync per part). */
export function reusesOneStream(): boolean {
  if (engine === undefined) engine = openEngine();
  return engine !== null;
}

function deflateWith(e: Engine, data: Uint8Array): Buffer {
  e.handle.reset();
  let inOff = 0;
  let inLen = data.length;
  let outOff = 0;
  for (;;) {
    e.handle.writeSync(zlib.constants.Z_FINISH, data, inOff, inLen, e.out, outOff, e.out.length - outOff);
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
  return zlib.deflateRawSync(data, { level: LEVEL, windowBits, memLevel: Math.max(1, Math.min(8, windowBits - 6)) });
}
