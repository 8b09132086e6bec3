// The only seam between the CLI and the process: tests pass their own.
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<Uint8Array>;
  env: Record<string, string | undefined>;
  /** Standard error when it is a terminal: a batch draws its progress bar there. */
  terminal?: NodeJS.WriteStream;
}

export function processIo(): Io {
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const c of process.stdin) chunks.push(c as Buffer);
      return Buffer.concat(chunks);
    },
    env: process.env,
    terminal: process.stderr.isTTY ? process.stderr : undefined,
  };
}
