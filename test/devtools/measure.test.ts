import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureSideBySide, median } from '../../src/devtools/measure.js';

describe('measureSideBySide', () => {
  it('alternates which command runs first, and keeps each command its own samples', () => {
    const log = path.join(mkdtempSync(path.join(tmpdir(), 'd2d-measure-')), 'order.txt');
    const cmd = (tag: string) => ({ file: process.execPath, args: ['-e', `require('node:fs').appendFileSync(${JSON.stringify(log)}, '${tag}')`] });
    const [a, b] = measureSideBySide([cmd('a'), cmd('b')], 3, 1);
    // The warm-up round, then three measured rounds, each started by the next command.
    expect(readFileSync(log, 'utf8')).toBe('abbaabba');
    expect(a!.runs).toHaveLength(3);
    expect(b!.runs).toHaveLength(3);
    expect(a!.ms).toBe(median(a!.runs));
  });

  it('takes the middle of an odd count and the mean of the middle two of an even one', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
