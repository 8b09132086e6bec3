// A worker thread of a batch: converts the jobs the main thread sends, one at a time, and answers
// each with its Outcome. The options come once, as workerData.
import { parentPort, workerData } from 'node:worker_threads';
import { runJob, type BatchOptions, type Job } from './job.js';

const options = (workerData as { options: BatchOptions }).options;

parentPort?.on('message', async (job: Job) => {
  parentPort!.postMessage(await runJob(job, options));
});
