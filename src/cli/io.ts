// The only seam between the CLI and the process: tests pass their own.
import { MAX_INPUT_BYTES } from '../input/read.js';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<Uint8Array>;
  env: Record<string, string | undefined>;
  /** The working folder, where a doc2deck.json may hold defaults (default: the process's). */
  cwd?: string;
  /** Standard error when it is a terminal: a batch draws its progress bar there. */
  terminal?: NodeJS.WriteStream;
}

/** The process's own Io, and a way to know when what it wrote has left the process. */
export interface ProcessIo extends Io {
  /** Calls `done` once everything written to stdout and stderr is out. */
  drained: (done: () => void) => void;
}

export function processIo(): ProcessIo {
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    readStdin: async () => {
      // Read no more than the limit and one byte: enough to know the input is too large (from a pipe
      // that never ends, /dev/zero, this is all that is ever held).
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const c of process.stdin) {
        chunks.push(c as Buffer);
        size += (c as Buffer).length;
        if (size > MAX_INPUT_BYTES) break;
      }
      return Buffer.concat(chunks);
    },
    env: process.env,
    terminal: process.stderr.isTTY ? process.stderr : undefined,
    // Writes to a pipe can be asynchronous (on Windows): an empty write's callback comes after every write before it.
    drained: (done) => {
      let left = 2;
      for (const stream of [process.stdout, process.stderr]) stream.write('', () => --left === 0 && done());
    },
  };
}
