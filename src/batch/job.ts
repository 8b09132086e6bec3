// One document of a batch: convert it and describe what happened as plain data, because the answer
// crosses from a worker thread back to the main one.
import { convert, type ConvertRequest } from '../convert.js';
import type { Problem } from '../problems.js';

/** What every document of a batch is converted with: the request without its input and output. */
export type BatchOptions = Omit<ConvertRequest, 'input' | 'output'>;

export interface Job {
  /** Position in the batch, so outcomes can be put back in order. */
  index: number;
  input: string;
  output: string;
}

export type Outcome =
  | { index: number; status: 'converted'; slides: number; problems: Problem[] }
  | { index: number; status: 'failed'; problems: Problem[] }
  /** A throw: a bug, reported as such and with its stack for --debug. */
  | { index: number; status: 'bug'; message: string; stack: string };

// Batch inputs are files: stdin is refused before any job is made.
const NO_STDIN = { readStdin: async () => new Uint8Array() };

export async function runJob(job: Job, options: BatchOptions): Promise<Outcome> {
  try {
    const r = await convert({ ...options, input: job.input, output: job.output }, NO_STDIN);
    return r.ok
      ? { index: job.index, status: 'converted', slides: r.value.plan.slides.length, problems: r.problems }
      : { index: job.index, status: 'failed', problems: r.problems };
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    return { index: job.index, status: 'bug', message: err.message, stack: err.stack ?? '' };
  }
}
