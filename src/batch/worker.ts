// A worker thread of a batch: converts the jobs the main thread sends, one at a time, and answers
// each with its Outcome. The options come once, as workerData. The pipeline is imported after the
// compile cache is on (Node 22.1 and later), as in bin.ts.
import module from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type { BatchOptions, Job } from './job.js';

(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
const { runJob } = await import('./job.js');
const options = (workerData as { options: BatchOptions }).options;

parentPort?.on('message', async (job: Job) => {
  parentPort!.postMessage(await runJob(job, options));
});
