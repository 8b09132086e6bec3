// The command line: read by cli/args.ts; `main` dispatches and returns the exit code.
// Nothing here runs at import time, so tests call `main` in-process with their own Io.
import { assertNever, ExitCode, formatProblem, type Problem } from './problems.js';
import type { Analysis, Environment } from './convert.js';
import type { Io } from './cli/io.js';
import { HELP, readArgs, type Args } from './cli/args.js';
import { VERSION } from './version.js';
import { resolve as pathResolve } from 'node:path';
import { warnRatioUnused } from './cli/ratio-unused.js';

export type { Io } from './cli/io.js';

/** Default document timestamp: fixed, so that two runs give the same bytes (SOURCE_DATE_EPOCH overrides). */
const FIXED_TIMESTAMP = Date.UTC(2020, 0, 1);

export async function main(argv: string[], io: Io): Promise<number> {
  const read = readArgs(argv);
  if ('usage' in read) {
    io.stderr(`用法错误：${read.usage}\n运行 doc2deck --help 查看用法。\n`);
    return ExitCode.usage;
  }
  if ('help' in read) {
    io.stdout(HELP);
    return ExitCode.ok;
  }
  if ('version' in read) {
    io.stdout(`${VERSION}\n`);
    return ExitCode.ok;
  }
  const { args } = read;
  // doc2deck.json fills in what the command line does not say (a --theme given wins over its theme).
  if (args.command !== 'themes' && args.command !== 'serve') {
    const { readDefaults } = await import('./cli/defaults.js');
    const defaults = await readDefaults(args.input, io.cwd ?? process.cwd());
    if (!defaults.ok) {
      report(defaults.problems, io);
      return ExitCode.usage;
    }
    const d = defaults.value;
    Object.assign(args, { template: args.template ?? d.template, org: args.org ?? d.org, meeting: args.meeting ?? d.meeting, theme: args.chosen.theme ?? d.theme ?? args.theme });
  }
  try {
    return await dispatch(args, io);
  } catch (e) {
    // Expected trouble never throws; anything caught here is a bug.
    io.stderr(`doc2deck ${VERSION} 内部错误，请把输入文件和这条信息反馈给开发者：${(e as Error).message}\n`);
    if (args.debug) io.stderr(`${(e as Error).stack ?? ''}\n`);
    return ExitCode.internal;
  }
}

async function dispatch(args: Args, io: Io): Promise<number> {
  const env: Environment = { readStdin: io.readStdin };
  const epoch = args.date ? null : timestampFrom(io.env);
  if (epoch && 'error' in epoch) {
    io.stderr(`用法错误：${epoch.error}\n`);
    return ExitCode.usage;
  }
  const timestamp = args.date ? new Date(`${args.date.iso}T00:00:00Z`) : epoch!.date;
  const shown = { title: args.title, subtitle: args.subtitle, speaker: args.speaker, date: args.date?.text, attachments: args.attachments, org: args.org, meeting: args.meeting };
  // Each command loads what it needs, when it runs: --help and --version load none of it.
  switch (args.command) {
    case 'themes': {
      const { listThemes } = await import('./theme/load.js');
      for (const t of await listThemes()) io.stdout(`${t.name.padEnd(12)}${t.label}　${t.description ?? ''}\n`);
      return ExitCode.ok;
    }
    case 'serve': {
      const { runServe } = await import('./cli/serve.js');
      return runServe({ port: args.port, host: args.host }, io);
    }
    case 'outline': {
      const { analyse } = await import('./convert.js');
      const { outlineJson, outlineText } = await import('./cli/outline.js');
      const r = await analyse({ input: args.input!, theme: args.theme, template: args.template, ratio: args.ratio, density: args.density, timestamp, ...shown }, env);
      report(r.problems, io, args.input);
      if (!r.ok) return ExitCode.inputFailed;
      warnRatioUnused(args.chosen.ratio, r.value.template ? r.value.plan.ratio : null, io);
      const layouts = templateLayoutNames(r.value);
      // The plan file names the template by its full path, so that it builds on it from any folder.
      const template = args.template ? pathResolve(io.cwd ?? process.cwd(), args.template) : undefined;
      io.stdout(args.json ? outlineJson(r.value.tree, r.value.plan, r.problems, layouts, template) : outlineText(r.value.tree, r.value.plan, layouts));
      return ExitCode.ok;
    }
    case 'convert': {
      const inputs = [args.input!, ...args.more];
      const { isBatch, runBatch } = await import('./cli/batch.js');
      const batch = await isBatch(inputs, args.output);
      // One document's deck: -o names the file, a folder for it, or a name that lacks .pptx.
      const { singleOutput } = await import('./cli/output-name.js');
      const named = batch ? { path: args.output } : await singleOutput(args.input!, args.output);
      if ('usage' in named) {
        io.stderr(`用法错误：${named.usage}\n`);
        return ExitCode.usage;
      }
      const output = named.path;
      const request = { input: args.input!, output, theme: args.theme, template: args.template, ratio: args.ratio, density: args.density, fonts: args.fonts, timestamp, ...shown };
      const { runPreview } = await import('./cli/preview.js');
      // An edited plan file (提纲.json) is built as it stands; a theme or ratio given here replaces the file's.
      const { isPlanFileName } = await import('./plan/plan-file.js');
      if (inputs.length === 1 && isPlanFileName(args.input!)) {
        const { runPlanFile } = await import('./cli/plan-file.js');
        const made = await runPlanFile({ input: args.input!, output, ...args.chosen, template: args.template, fonts: args.fonts, timestamp }, io);
        if (made.code === ExitCode.ok) await runPreview(made.output!, args, io);
        return made.code;
      }
      if ((args.preview || args.pdf) && inputs.length > 1) io.stderr('警告：批量转换时不生成预览图和 PDF（--preview、--pdf 只用于单个文稿）。\n');
      if (batch) return runBatch(inputs, request, io, args.debug);
      const { convert } = await import('./convert.js');
      const r = await convert(request, env);
      report(r.problems, io, args.input);
      if (!r.ok) return ExitCode.inputFailed;
      warnRatioUnused(args.chosen.ratio, r.value.template ? r.value.plan.ratio : null, io);
      io.stderr(`已生成 ${r.value.output}（${r.value.plan.slides.length} 张幻灯片）\n`);
      await runPreview(r.value.output, args, io);
      return ExitCode.ok;
    }
    default:
      return assertNever(args.command);
  }
}

/** Which of the template's layouts each slide is built on, by the layout's own name; null without a template. */
function templateLayoutNames(a: Analysis): string[] | null {
  const org = a.template;
  return org ? a.plan.slides.map((s) => org.choices[s.layout].layout.name) : null;
}

function report(problems: Problem[], io: Io, file?: string): void {
  for (const p of problems) io.stderr(`${formatProblem(p, file === '-' ? undefined : file)}\n`);
}

/** The last second a document date can name (9999-12-31T23:59:59Z). */
const LAST_EPOCH = 253402300799;

/** SOURCE_DATE_EPOCH, a whole number of seconds up to the year 9999; else a Chinese usage error. */
function timestampFrom(env: Record<string, string | undefined>): { date: Date } | { error: string } {
  const value = env.SOURCE_DATE_EPOCH?.trim();
  if (!value) return { date: new Date(FIXED_TIMESTAMP) };
  if (!/^\d+$/.test(value) || Number(value) > LAST_EPOCH) {
    return { error: `环境变量 SOURCE_DATE_EPOCH 应是 0 到 ${LAST_EPOCH}（9999 年底）之间的整数秒数（收到：${value}）` };
  }
  return { date: new Date(Number(value) * 1000) };
}
