// Runs a batch's jobs on worker threads, one per core, each taking the next job when it is free.
// Converting is CPU work, so threads (not promises) are what make a batch faster than one run after another.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { BatchOptions, Job, Outcome } from './job.js';

export interface PoolOptions {
  /** At most this many threads (default: the number of cores). */
  threads?: number;
  /** Called as each job finishes, in the order they finish. */
  onOutcome?: (outcome: Outcome) => void;
}

/** Outcomes in job order. */
export async function runJobs(jobs: Job[], options: BatchOptions, pool: PoolOptions = {}): Promise<Outcome[]> {
  const threads = Math.min(pool.threads ?? availableParallelism(), jobs.length);
  const script = workerScript();
  const outcomes = script && threads > 1 ? await onThreads(jobs, options, script, threads, pool.onOutcome) : await inProcess(jobs, options, pool.onOutcome);
  return outcomes.sort((a, b) => a.index - b.index);
}

/**
 * The compiled worker beside this module (dist/batch/worker.js). Run from TypeScript sources (the
 * tests) there is none, and the jobs run in this thread.
 */
function workerScript(): URL | null {
  const url = new URL('./worker.js', import.meta.url);
  return url.protocol === 'file:' && existsSync(url) ? url : null;
}

async function inProcess(jobs: Job[], options: BatchOptions, onOutcome?: (o: Outcome) => void): Promise<Outcome[]> {
  // Loaded here: with worker threads, the main thread never needs the pipeline.
  const { runJob } = await import('./job.js');
  const outcomes: Outcome[] = [];
  for (const job of jobs) {
    const o = await runJob(job, options);
    onOutcome?.(o);
    outcomes.push(o);
  }
  return outcomes;
}

function onThreads(jobs: Job[], options: BatchOptions, script: URL, threads: number, onOutcome?: (o: Outcome) => void): Promise<Outcome[]> {
  return new Promise((resolve) => {
    const queue = [...jobs];
    const outcomes: Outcome[] = [];
    const finish = (o: Outcome) => {
      outcomes.push(o);
      onOutcome?.(o);
      if (outcomes.length === jobs.length) resolve(outcomes);
    };
    const start = () => {
      // A small young generation per thread: Node 24 sizes it by the machine's memory, and two threads
      // of a 100-document batch then peaked past 500 MB; at 16 MB they stay near 300 MB, ~5% slower.
      const worker = new Worker(script, { workerData: { options }, resourceLimits: { maxYoungGenerationSizeMb: 16 } });
      let current: Job | undefined;
      const next = () => {
        current = queue.shift();
        if (current) worker.postMessage(current);
        else void worker.terminate();
      };
      // A thread that dies (a crash, memory) fails only the job it held; a fresh one takes the rest.
      const lose = (message: string, stack = '') => {
        if (!current) return;
        const job = current;
        current = undefined;
        finish({ index: job.index, status: 'bug', message, stack });
      };
      worker.on('message', (o: Outcome) => {
        current = undefined;
        finish(o);
        next();
      });
      worker.on('error', (e) => lose(e.message, e.stack));
      worker.on('exit', (code) => {
        lose(`工作线程意外退出（退出码 ${code}）`);
        if (queue.length > 0) start();
      });
      next();
    };
    for (let i = 0; i < threads; i++) start();
  });
}
