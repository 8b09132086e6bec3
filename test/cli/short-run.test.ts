import { describe, expect, it } from 'vitest';
import { isShortBatch } from '../../src/cli/short-run.js';

describe('isShortBatch', () => {
  it('goes without TurboFan up to 300 documents per worker, one worker per core', () => {
    expect(isShortBatch(100, 2)).toBe(true);
    expect(isShortBatch(600, 2)).toBe(true);
    expect(isShortBatch(601, 2)).toBe(false);
    expect(isShortBatch(2400, 8)).toBe(true);
    expect(isShortBatch(2401, 8)).toBe(false);
  });

  it('counts a machine that reports no cores as one', () => {
    expect(isShortBatch(300, 0)).toBe(true);
    expect(isShortBatch(301, 0)).toBe(false);
  });
});
