// The only seam between the CLI and the process: tests pass their own.
import { fstatSync, writeSync } from 'node:fs';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<Uint8Array>;
  env: Record<string, string | undefined>;
  /** Standard error when it is a terminal: a batch draws its progress bar there. */
  terminal?: NodeJS.WriteStream;
}

export function processIo(): Io {
  const terminal = stderrIsTerminal() ? process.stderr : undefined;
  return {
    stdout: (t) => void process.stdout.write(t),
    // Not through process.stderr unless it is a terminal: for a pipe or a file that stream loads
    // node:net and the stream machinery (a few ms of every run) to write two lines.
    stderr: terminal ? (t) => void terminal.write(t) : (t) => writeAllSync(2, t),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const c of process.stdin) chunks.push(c as Buffer);
      return Buffer.concat(chunks);
    },
    env: process.env,
    terminal,
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
