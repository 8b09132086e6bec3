// Raw deflate for zip entries, here or on libuv's thread pool.
// Each part gets a zlib handle of its own, its window fitted to the part: setting up the default
// 32 KB window with its 256 KB of tables costs more than compressing a part of a few KB. Never one
// handle reset between parts: Node's zlib (Chromium's) can then match against what the window still
// holds from the part before, so a part's bytes would depend on which parts came before it and on
// which thread deflated it. Fresh handles give the same bytes for the same part, here or on the pool.
// On Node 20 the handles come from the binding (src/zip/zlib.ts); elsewhere each part goes through
// zlib.deflateRawSync with the same settings, which gives the same bytes (tested), and nothing goes
// to the pool.
import { nodeZlib, zlibBinding, type AsyncZlibHandle, type ZlibBinding } from './zlib.js';

/** Level 3: within 5% of level 6 in size on decks, at a quarter of the time. */
const LEVEL = 3;

export type DeflateWay = 'binding' | 'one-call';

let chosen: DeflateWay | undefined;

function binding(): ZlibBinding | null {
  chosen ??= zlibBinding() ? 'binding' : 'one-call';
  return chosen === 'binding' ? zlibBinding() : null;
}

/** Which way parts are deflated here; `prefer` (tests) sets it, for what the machine allows. */
export function deflateWay(prefer?: DeflateWay): DeflateWay {
  chosen = prefer === 'one-call' || !zlibBinding() ? 'one-call' : 'binding';
  return chosen;
}

interface Settings {
  windowBits: number;
  memLevel: number;
}

/** The smallest window that holds the whole part (2^9 to 2^15), and tables to match. */
function fitted(length: number): Settings {
  const windowBits = Math.max(9, Math.min(15, Math.ceil(Math.log2(length + 1))));
  return { windowBits, memLevel: Math.max(1, Math.min(8, windowBits - 6)) };
}

/** What zlib allocates for these settings: window and its chain (2 × 2 × 2^w), hash head and pending buffer (2^(m+8) and 2^(m+8)). */
function stateBytes(s: Settings): number {
  return 4 * 2 ** s.windowBits + 2 * 2 ** (s.memLevel + 8);
}

/** zlib's deflateBound for any settings, plus room: Z_FINISH then completes in one call. */
function outputBound(length: number): number {
  return length + (length >> 3) + (length >> 8) + (length >> 9) + 64;
}

/** Output space reused from part to part; each result is copied out of it. */
let scratch = Buffer.allocUnsafe(64 * 1024);

/** `data` deflated (raw, no zlib header), as a zip entry stores it. */
export function deflateRaw(data: Uint8Array): Buffer {
  const b = binding();
  const settings = fitted(data.length);
  if (!b) return nodeZlib().deflateRawSync(data, { level: LEVEL, ...settings });
  const state = new Uint32Array(2);
  const failure: { message?: string } = {};
  const handle = b.openDeflateRaw(LEVEL, settings.windowBits, settings.memLevel, state, (message) => (failure.message = message));
  try {
    let out = scratch;
    let inOff = 0;
    let inLen = data.length;
    let outOff = 0;
    for (;;) {
      handle.writeSync(b.finish, data, inOff, inLen, out, outOff, out.length - outOff);
      // zlib fails only on a bug (bad memory or settings): not a problem of the input.
      if (failure.message !== undefined) throw new Error(`zlib: ${failure.message}`);
      const [outLeft, inLeft] = state as unknown as [number, number];
      inOff += inLen - inLeft;
      inLen = inLeft;
      outOff = out.length - outLeft;
      // With Z_FINISH zlib stops short of filling the output only once the stream is complete.
      if (outLeft !== 0) break;
      const bigger = Buffer.allocUnsafe(out.length * 2);
      out.copy(bigger, 0, 0, outOff);
      out = scratch = bigger;
    }
    return Buffer.from(out.subarray(0, outOff));
  } finally {
    handle.close();
  }
}

/**
 * How much zlib state may wait on the pool at once. Handles are closed when their callback runs,
 * which is after pptxgenjs has written the last part; a large deck deflates its later parts here.
 */
const POOL_STATE_LIMIT = 32 * 1024 * 1024;
let poolState = 0;
/** Handles at work on the pool: kept reachable until their callback has run. */
const atWork = new Set<AsyncZlibHandle>();

/** Output space for the pool's writes, carved from slabs: one allocation per MB rather than per part. */
let slab = Buffer.allocUnsafe(0);
let slabUsed = 0;
const SLAB = 1024 * 1024;

/** A region no other write uses (each result is copied out once written). */
function outputSpace(size: number): Buffer {
  if (size > SLAB) return Buffer.allocUnsafe(size);
  if (slabUsed + size > slab.length) {
    slab = Buffer.allocUnsafe(SLAB);
    slabUsed = 0;
  }
  slabUsed += size;
  return slab.subarray(slabUsed - size, slabUsed);
}

/**
 * `data` deflated on libuv's thread pool, the same bytes as deflateRaw; undefined when it cannot go
 * there (not on Node 20's binding, or the pool has enough waiting), and then the caller deflates it here.
 */
export function deflateRawOnPool(data: Uint8Array): Promise<Buffer> | undefined {
  const b = binding();
  const settings = fitted(data.length);
  const cost = stateBytes(settings);
  if (!b || poolState + cost > POOL_STATE_LIMIT) return undefined;
  poolState += cost;
  return new Promise<Buffer>((resolve, reject) => {
    const state = new Uint32Array(2);
    const out = outputSpace(outputBound(data.length));
    const done = (): void => {
      poolState -= cost;
      atWork.delete(handle);
      handle.close();
    };
    const handle = b.openDeflateRawAsync(
      LEVEL,
      settings.windowBits,
      settings.memLevel,
      state,
      () => {
        done();
        const [outLeft, inLeft] = state as unknown as [number, number];
        // outputBound leaves room, so one call completes the stream; should it not, deflate here.
        if (outLeft === 0 || inLeft !== 0) resolve(deflateRaw(data));
        // A copy the size of the result: the output buffer is as large as the part.
        else resolve(Buffer.from(out.subarray(0, out.length - outLeft)));
      },
      (message) => {
        done();
        reject(new Error(`zlib: ${message}`));
      },
    );
    atWork.add(handle);
    handle.write(b.finish, data, 0, data.length, out, 0, out.length);
  });
}
