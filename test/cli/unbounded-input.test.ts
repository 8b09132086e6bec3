// Input that never ends (a device, a pipe) is read only up to the 20 MB limit, then refused in Chinese.
import { spawnSync } from 'node:child_process';
import { openSync, closeSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInput } from '../../src/input/read.js';
import { ROOT } from '../helpers/samples.js';
import { tmpDir } from '../helpers/io.js';

const BIN = path.join(ROOT, 'dist/bin.js');

describe.runIf(process.platform !== 'win32')('input that never ends', () => {
  it('/dev/zero as a file is refused after the limit', async () => {
    const r = await readInput('/dev/zero', async () => new Uint8Array());
    expect(r.ok ? 'ok' : r.problems[0]!.message).toContain('超过 20 MB');
  });

  it('/dev/zero on standard input is refused by the bin, exit 1', () => {
    const zero = openSync('/dev/zero', 'r');
    try {
      const run = spawnSync(process.execPath, [BIN, '-', '-o', path.join(tmpDir(), 'a.pptx')], { stdio: [zero, 'pipe', 'pipe'], encoding: 'utf8', timeout: 30000 });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('标准输入');
    } finally {
      closeSync(zero);
    }
  });
});
