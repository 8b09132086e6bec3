// The one seam the CLI tests fake: an Io that records what the CLI writes.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Io } from '../../src/cli.js';

export type RecordingIo = Io & { out: string; err: string };

export function fakeIo(overrides: Partial<Io> & { stdin?: string } = {}): RecordingIo {
  const { stdin = '', ...rest } = overrides;
  const io: RecordingIo = {
    out: '',
    err: '',
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
    readStdin: async () => new TextEncoder().encode(stdin),
    env: {},
    ...rest,
  };
  return io;
}

export function tmpDir(prefix = 'doc2deck-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}
