// A conversion by the bin is over in a fraction of a second, or a batch of a few hundred documents
// in seconds. V8's optimizing compiler (TurboFan) then costs more than it gives: its compile jobs take
// cores from the thread pool's deflating, from the collector and from the other batch workers, and the
// code they make arrives when most of the work is done. Without it (interpreter and baseline code
// only), on a 2-core machine: the 100 KB report converts ~17 ms faster (150 interleaved pairs), the
// 1.2 MB bench document ~35 ms, the seed the same. A batch gains less the longer its workers run:
// 100 documents ~3.0 → ~2.5 s, 400 ~9.1 → ~8.6 s, 800 about even, 1,200 ~21.7 → ~22.8 s (slower).
// V8's flags are the whole process's: batch workers started after this run without it too.
import type { Io } from './io.js';

/** A batch of up to this many documents per worker runs faster without TurboFan (see above). */
const SHORT_BATCH_PER_WORKER = 300;

/** Whether a batch is short enough to go without TurboFan, given the cores its workers get. */
export function isShortBatch(documents: number, cores: number): boolean {
  return documents <= SHORT_BATCH_PER_WORKER * Math.max(1, cores);
}

/**
 * Turns TurboFan off for the rest of this process when the command has the process to itself, on
 * Node 20 (whose V8 allows flags to change after start-up); elsewhere, or if anything is not as
 * expected, nothing changes.
 */
export function optimizeNothingMore(io: Pick<Io, 'env' | 'ownProcess'>): void {
  if (!io.ownProcess) return;
  // The build writes the code cache from a conversion: a cache made under other flags is rejected
  // at the next start (V8 checks the flags a cache was made with). Scripts compiled before this
  // call, as the bundle is, keep their cache.
  if (io.env.DOC2DECK_CODE_CACHE === 'write' || !process.versions.node.startsWith('20.')) return;
  // node:v8's setFlagsFromString is this binding's, but requiring node:v8 loads Node's whole stream
  // machinery (~4 ms). process.binding('v8') is Node 20's allowlisted legacy access, whose
  // deprecation warning would otherwise reach the user's terminal.
  const quiet = process.noDeprecation;
  try {
    process.noDeprecation = true;
    const legacy = process as unknown as { binding?: (name: string) => { setFlagsFromString?: unknown } };
    const setFlags = legacy.binding?.('v8').setFlagsFromString;
    if (typeof setFlags === 'function') setFlags('--no-turbofan');
  } catch {
    // Not as expected: keep V8 as it is.
  } finally {
    process.noDeprecation = quiet;
  }
}
