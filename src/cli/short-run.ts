// A single conversion is over in a fraction of a second. V8's optimizing compiler (TurboFan) then
// costs more than it gives: its compile jobs take the second core from the thread pool's deflating
// and from the garbage collector, and the code they make arrives when the run is nearly done.
// Without it (interpreter and baseline code only) the 100 KB report converts ~20 ms faster and the
// 1.2 MB bench document ~35 ms faster; the seed is unchanged (150 and 30 interleaved pairs).
// A batch keeps TurboFan: its workers convert document after document, and V8's flags are the
// whole process's.

/**
 * Turns TurboFan off for the rest of this process, on Node 20 (whose V8 allows flags to change
 * after start-up); elsewhere, or if anything is not as expected, nothing changes.
 */
export function optimizeNothingMore(env: Record<string, string | undefined>): void {
  // The build writes the code cache from a conversion: a cache made under other flags is rejected
  // at the next start (V8 checks the flags a cache was made with). Scripts compiled before this
  // call, as the bundle is, keep their cache.
  if (env.DOC2DECK_CODE_CACHE === 'write' || !process.versions.node.startsWith('20.')) return;
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
