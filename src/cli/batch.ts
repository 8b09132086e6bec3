// `doc2deck a.txt b.docx 文件夹/ -o 输出/`: many documents in one run. Each failure is reported with
// its file name and does not stop the others; the exit code is 1 if any failed (70 if any hit a bug).
import { mkdir, stat } from '../files.js';
import { ExitCode, formatProblem } from '../problems.js';
import { assignOutputs, collectInputs, isFolder } from '../batch/jobs.js';
import type { BatchOptions, Outcome } from '../batch/job.js';
import type { ConvertRequest } from '../convert.js';
import { startProgress } from './progress.js';
import type { Io } from './io.js';
import { VERSION } from '../version.js';

/**
 * Several inputs, or one folder, make a batch. A folder with `-o 名字.pptx` stays a single
 * conversion, which refuses the folder as before.
 */
export async function isBatch(inputs: string[], output: string | undefined): Promise<boolean> {
  if (inputs.length > 1) return true;
  const [only] = inputs;
  if (!only || only === '-' || (output !== undefined && isPptx(output))) return false;
  return isFolder(only);
}

export async function runBatch(inputs: string[], request: ConvertRequest, io: Io, debug = false): Promise<number> {
  const outDir = request.output;
  const usage = await usageProblem(inputs, outDir);
  if (usage) {
    io.stderr(`用法错误：${usage}\n运行 doc2deck --help 查看用法。\n`);
    return ExitCode.usage;
  }
  const { input: _input, output: _output, ...options } = request;
  const { files, emptyFolders } = await collectInputs(inputs);
  for (const f of emptyFolders) io.stderr(`警告：文件夹 ${f} 中没有可转换的文稿（.txt、.md、.docx、.doc）。\n`);
  if (files.length === 0) {
    io.stderr('错误：没有找到可转换的文稿。\n');
    return ExitCode.inputFailed;
  }
  try {
    await mkdir(outDir!, { recursive: true });
  } catch (e) {
    io.stderr(`错误：无法创建输出文件夹 ${outDir}（${(e as NodeJS.ErrnoException).code ?? '未知错误'}）。\n`);
    return ExitCode.inputFailed;
  }
  const { jobs, renamed } = assignOutputs(files, outDir!);
  for (const r of renamed) io.stderr(`注意：${r.input} 与 ${r.sameAs} 的幻灯片同名，前者写为 ${r.output}，以免覆盖。\n`);

  const progress = await startProgress(jobs.length, io.terminal);
  // Loaded here, with node:worker_threads: a single conversion never needs them.
  const { runJobs } = await import('../batch/pool.js');
  const outcomes = await runJobs(jobs, options satisfies BatchOptions, { onOutcome: (o) => progress.done(o, files[o.index]!) });
  progress.stop();

  for (const o of outcomes) reportFailure(o, files[o.index]!, io, debug);
  io.stderr(`${summary(outcomes, outDir!)}\n`);
  if (outcomes.some((o) => o.status === 'bug')) return ExitCode.internal;
  return outcomes.every((o) => o.status === 'converted') ? ExitCode.ok : ExitCode.inputFailed;
}

async function usageProblem(inputs: string[], outDir: string | undefined): Promise<string | null> {
  if (inputs.includes('-')) return '转换多个文稿时不能用 - 从标准输入读取，请给出文件名。';
  if (outDir === undefined) return '转换多个文稿或一个文件夹时，请用 -o 指定输出文件夹（例如 -o 幻灯片/）。';
  if (isPptx(outDir)) return `转换多个文稿时，-o 应是输出文件夹，而不是 .pptx 文件（${outDir}）。`;
  const existing = await stat(outDir).catch(() => null);
  if (existing && !existing.isDirectory()) return `-o 指向的 ${outDir} 是一个文件；转换多个文稿时，-o 应是输出文件夹。`;
  return null;
}

function isPptx(p: string): boolean {
  return /\.pptx$/i.test(p);
}

// Warnings are left out: a batch of a hundred documents would bury the failures. The summary counts
// them, and `doc2deck outline 文稿` shows one document's.
function reportFailure(o: Outcome, file: string, io: Io, debug: boolean): void {
  if (o.status === 'failed') {
    for (const p of o.problems.filter((p) => p.severity === 'error')) io.stderr(`${formatProblem(p, file)}\n`);
  } else if (o.status === 'bug') {
    io.stderr(`${file}: doc2deck ${VERSION} 内部错误，请把这个文件和这条信息反馈给开发者：${o.message}\n`);
    if (debug) io.stderr(`${o.stack}\n`);
  }
}

function summary(outcomes: Outcome[], outDir: string): string {
  const converted = outcomes.filter((o) => o.status === 'converted');
  const failed = outcomes.length - converted.length;
  const warned = converted.filter((o) => o.problems.length > 0);
  const warnings = warned.reduce((n, o) => n + o.problems.length, 0);
  const notes = warned.length > 0 ? `；其中 ${warned.length} 个有警告（共 ${warnings} 条，可用 doc2deck outline 文稿 查看）` : '';
  return `已转换 ${converted.length} 个文件，失败 ${failed} 个${notes}。幻灯片在 ${outDir}`;
}
