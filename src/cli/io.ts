// The only seam between the CLI and the process: tests pass their own.
import { fstatSync, writeSync } from 'node:fs';
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
  /** The command has the process to itself (the bin, not a test or a library caller): it may tune V8 for its run. */
  ownProcess?: boolean;
}

/** The process's own Io, and a way to know when what it wrote has left the process. */
export interface ProcessIo extends Io {
  /** Calls `done` once everything written to stdout and to a terminal is out (at once if nothing is pending). */
  drained: (done: () => void) => void;
}

export function processIo(): ProcessIo {
  const terminal = stderrIsTerminal() ? process.stderr : undefined;
  let usedStdout = false;
  return {
    stdout: (t) => {
      usedStdout = true;
      process.stdout.write(t);
    },
    // Not through process.stderr unless it is a terminal: for a pipe or a file that stream loads
    // node:net and the stream machinery (a few ms of every run) to write two lines.
    stderr: terminal ? (t) => void terminal.write(t) : (t) => writeAllSync(2, t),
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
    terminal,
    ownProcess: true,
    // Writes to a pipe or a terminal can be asynchronous (on Windows): an empty write's callback
    // comes after every write before it.
    drained: (done) => {
      const pending = [...(usedStdout ? [process.stdout] : []), ...(terminal ? [terminal] : [])];
      let left = pending.length;
      if (left === 0) return done();
      for (const stream of pending) stream.write('', () => --left === 0 && done());
    },
  };
}

// A pipe or a file is known without node:tty (which loads node:net); only a character device
// (a terminal, or /dev/null) is asked properly.
function stderrIsTerminal(): boolean {
  try {
    if (!fstatSync(2).isCharacterDevice()) return false;
  } catch {
    return false;
  }
  return process.stderr.isTTY === true;
}

/** All of the text to a file descriptor, waiting out a full non-blocking pipe; a closed one is ignored, as Node does for stderr. */
function writeAllSync(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let written = 0;
  while (written < bytes.length) {
    try {
      written += writeSync(fd, bytes, written);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') return;
      if (code !== 'EAGAIN') throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
    }
  }
}
