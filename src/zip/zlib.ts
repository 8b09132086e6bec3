// How the zip code reaches zlib. Requiring node:zlib loads Node's whole stream machinery (21 modules,
// ~4 ms of converting the seed) for Transform classes a deck never uses; packing a deck needs only
// native deflate handles and crc32. So node:zlib is required only when something else is needed
// (inflating a .docx, or a fallback), and on Node 20 packing uses the native binding under node:zlib
// directly, as lib/zlib.js does.
import { createRequire } from 'node:module';

type NodeZlib = typeof import('node:zlib');

let loaded: NodeZlib | undefined;

/** node:zlib, required on first use. */
export function nodeZlib(): NodeZlib {
  return (loaded ??= createRequire(import.meta.url)('node:zlib') as NodeZlib);
}

/** The native zlib handle as lib/zlib.js drives it (Node 10 to 24). */
export interface ZlibHandle {
  writeSync(flush: number, input: Uint8Array, inOff: number, inLen: number, out: Uint8Array, outOff: number, outLen: number): void;
  close(): void;
}

/** A handle whose work runs on libuv's thread pool; its callback runs on this thread afterwards. */
export interface AsyncZlibHandle extends ZlibHandle {
  write(flush: number, input: Uint8Array, inOff: number, inLen: number, out: Uint8Array, outOff: number, outLen: number): void;
}

/** What packing uses from the binding: raw deflate handles, crc32, and the flush constant. */
export interface ZlibBinding {
  /** A raw deflate handle whose writeSync reports [output left, input left] in `state`; zlib errors go to `onError`. */
  openDeflateRaw(level: number, windowBits: number, memLevel: number, state: Uint32Array, onError: (message: string) => void): ZlibHandle;
  /** The same, for write(): `onDone` once the pool has run it ([output left, input left] in `state`), or `onError`. */
  openDeflateRawAsync(level: number, windowBits: number, memLevel: number, state: Uint32Array, onDone: () => void, onError: (message: string) => void): AsyncZlibHandle;
  /** Node 20.15 on. */
  crc32: ((data: Uint8Array, start: number) => number) | undefined;
  finish: number;
}

interface RawBinding {
  Zlib: new (mode: number) => AsyncZlibHandle & {
    init(windowBits: number, level: number, memLevel: number, strategy: number, state: Uint32Array, callback: () => void, dictionary: undefined): void;
    onerror: (message: string, errno: number) => void;
  };
  crc32?: (data: Uint8Array, start: number) => number;
}

let binding: ZlibBinding | null | undefined;

/**
 * The binding on Node 20, the version this code is written and tested against (its init takes
 * exactly these seven arguments, and Node aborts on any other count); null elsewhere, or if anything
 * is not as expected, and then node:zlib's public API serves.
 */
export function zlibBinding(): ZlibBinding | null {
  if (binding !== undefined) return binding;
  binding = null;
  if (!process.versions.node.startsWith('20.')) return binding;
  try {
    const legacy = process as unknown as { binding?: (name: string) => unknown };
    const raw = legacy.binding?.('zlib') as Partial<RawBinding> | undefined;
    const constants = (legacy.binding?.('constants') as { zlib?: Record<string, number> } | undefined)?.zlib;
    const { Zlib, crc32 } = raw ?? {};
    const mode = constants?.DEFLATERAW;
    const finish = constants?.Z_FINISH;
    const strategy = constants?.Z_DEFAULT_STRATEGY;
    if (typeof Zlib !== 'function' || mode === undefined || finish === undefined || strategy === undefined) return binding;
    const open = (level: number, windowBits: number, memLevel: number, state: Uint32Array, onDone: () => void, onError: (message: string) => void) => {
      const handle = new Zlib(mode);
      handle.onerror = onError;
      handle.init(windowBits, level, memLevel, strategy, state, onDone, undefined);
      return handle;
    };
    binding = {
      openDeflateRaw: (level, windowBits, memLevel, state, onError) => open(level, windowBits, memLevel, state, () => undefined, onError),
      openDeflateRawAsync: open,
      crc32: typeof crc32 === 'function' ? crc32 : undefined,
      finish,
    };
  } catch {
    binding = null;
  }
  return binding;
}
