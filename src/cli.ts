// The command line: yargs parses and validates it (a plain `doc2deck 文稿 [-o 输出]` is read by plainArgs,
// without loading yargs); `main` dispatches and returns the exit code.
// Nothing here runs at import time, so tests call `main` in-process with their own Io.
import { availableParallelism } from 'node:os';
import type { Argv } from 'yargs';
import { ExitCode, formatProblem, type Problem } from './problems.js';
// The pipeline is loaded when a command needs it: --help and --version do not.
import type { Analysis, Environment } from './convert.js';
import { listThemes } from './theme/load.js';
import { outlineJson, outlineText } from './cli/outline.js';
import { isBatch, runBatch } from './cli/batch.js';
import type { Io } from './cli/io.js';
import { DEFAULTS, plainArgs, type Args } from './cli/args.js';
import { readDefaults } from './cli/defaults.js';
import { VERSION } from './version.js';
import { optimizeNothingMore } from './cli/short-run.js';

export type { Io } from './cli/io.js';

/** Default document timestamp: fixed, so that two runs give the same bytes (SOURCE_DATE_EPOCH overrides). */
const FIXED_TIMESTAMP = Date.UTC(2020, 0, 1);

function buildParser(yargs: (argv: string[]) => Argv, argv: string[]): Argv {
  const common = (y: Argv): Argv =>
    y
      .positional('input', { describe: '讲话稿或报告（.txt/.md/.docx，- 表示标准输入）', type: 'string' })
      .option('theme', { alias: 't', describe: '主题名或主题 JSON 文件路径', type: 'string', default: DEFAULTS.theme })
      .option('template', { describe: '单位的 PowerPoint 模板（.pptx/.potx）：使用其母版、版式、配色、字体和幻灯片大小', type: 'string' })
      .option('org', { describe: '单位名称，写在封面上（可在 doc2deck.json 中设定）', type: 'string' })
      .option('meeting', { describe: '会议名称：封面标题下“——在……上的讲话”，以及页脚', type: 'string' })
      .option('ratio', { describe: '幻灯片比例（有的会议室仍是 4:3）', choices: ['16:9', '4:3'], default: DEFAULTS.ratio })
      .option('density', { describe: '要点页的文字量：brief 只列要点，standard 要点加关键句，full 全文分页', choices: ['brief', 'standard', 'full'], default: DEFAULTS.density })
      .option('fonts', { describe: 'safe 用每台中文 Windows 都有的字体；preferred 用公文规定的字体（如方正小标宋、仿宋_GB2312）', choices: ['safe', 'preferred'], default: DEFAULTS.fonts })
      .option('attachments', { describe: '把附件也做成幻灯片（标注“附件”，放在结束页之前）；默认附件只保存在备注里', type: 'boolean', default: false })
      .option('title', { describe: '封面标题（覆盖文稿中识别出的；文稿没有标题时使用）', type: 'string' })
      .option('subtitle', { describe: '封面副标题，如“——在全县工作会议上的讲话”', type: 'string' })
      .option('speaker', { describe: '封面上的讲话人（覆盖文稿中识别出的）', type: 'string' })
      .option('date', { describe: '会议日期 YYYY-MM-DD：显示在封面和页脚，也作为文件的时间戳', type: 'string', coerce: parseDateOption });
  return yargs(argv)
    .scriptName('doc2deck')
    .locale('zh_CN')
    .usage('用法：doc2deck 文稿.txt [-o 输出.pptx] [--theme 主题]\n      doc2deck 文稿… 或 文件夹 -o 输出文件夹/')
    .command('$0 <input> [more..]', '把讲话稿/报告转换为 .pptx', (y) =>
      common(y)
        .positional('more', { describe: '更多文稿或文件夹：批量转换，幻灯片写到 -o 指定的文件夹', type: 'string', array: true })
        .option('output', { alias: 'o', describe: '输出的 .pptx 文件（默认：与输入同名，放在同一文件夹）；批量转换时是输出文件夹', type: 'string' }),
    )
    .command('outline <input>', '显示识别出的文稿结构和计划生成的幻灯片', (y) =>
      common(y).option('json', { describe: '输出 JSON（到标准输出）', type: 'boolean', default: false }),
    )
    .command('themes', '列出内置主题')
    .option('debug', { describe: '出现内部错误时显示调用栈', type: 'boolean', default: false })
    .check(checkOnce)
    .version(VERSION)
    .alias('h', 'help')
    .alias('v', 'version')
    .strict()
    .exitProcess(false)
    .showHelpOnFail(false)
    .wrap(100);
}

// Options that take one value: given twice, yargs makes a list of them, which nothing downstream expects.
const SINGLE = ['output', 'theme', 'template', 'org', 'meeting', 'ratio', 'density', 'fonts', 'title', 'subtitle', 'speaker', 'date'] as const;

/** Usage errors yargs does not see by itself, caught before any work: exit 2 with a Chinese message. */
function checkOnce(argv: Record<string, unknown>): true {
  for (const name of SINGLE) if (Array.isArray(argv[name])) throw new Error(`选项 --${name} 只能给一次`);
  if (argv.output === '') throw new Error('-o 后面要写输出的 .pptx 文件名（或文件夹）');
  if (argv.output === STDIN_ARG) throw new Error('不能把幻灯片写到标准输出，请用 -o 指定 .pptx 文件名');
  return true;
}

// yargs reads a lone `-` as an empty option name; it stands for stdin, so it is passed through under a name yargs leaves alone.
const STDIN_ARG = '<stdin>';

/** Every command line but the plain ones (see plainArgs); yargs is loaded only then. */
export async function parseWithYargs(argv: string[]): Promise<{ err: Error | undefined; args: Args; output: string }> {
  const { default: yargs } = await import('yargs');
  const given = argv.map((a) => (a === '-' ? STDIN_ARG : a));
  return new Promise((resolve) => {
    buildParser(yargs, given).parse(given, {}, (err, args, output) => resolve({ err: err ?? undefined, args: args as unknown as Args, output }));
  });
}

export async function main(argv: string[], io: Io): Promise<number> {
  const plain = plainArgs(argv);
  const parsed = plain ? { err: undefined, args: plain, output: '' } : await parseWithYargs(argv);
  if (parsed.args?.input === STDIN_ARG) parsed.args.input = '-';
  if (parsed.args?.more) parsed.args.more = parsed.args.more.map((a) => (a === STDIN_ARG ? '-' : String(a)));
  if (parsed.err) {
    io.stderr(`用法错误：${parsed.err.message}\n运行 doc2deck --help 查看用法。\n`);
    return ExitCode.usage;
  }
  if (parsed.args.help || parsed.args.version) {
    io.stdout(`${parsed.output}\n`);
    return ExitCode.ok;
  }
  const args = parsed.args;
  try {
    // doc2deck.json fills in what the command line does not say (a --theme given wins over its theme).
    if (String(args._[0] ?? '') !== 'themes') {
      const defaults = await readDefaults(args.input, io.cwd ?? process.cwd());
      if (!defaults.ok) {
        report(defaults.problems, io);
        return ExitCode.usage;
      }
      const d = defaults.value;
      const themeGiven = argv.some((a) => a === '-t' || a === '--theme' || a.startsWith('--theme='));
      Object.assign(args, { template: args.template ?? d.template, org: args.org ?? d.org, meeting: args.meeting ?? d.meeting, theme: themeGiven ? args.theme : (d.theme ?? args.theme) });
    }
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
  const command = String(args._[0] ?? '');
  const epoch = args.date ? null : timestampFrom(io.env);
  if (epoch && 'error' in epoch) {
    io.stderr(`用法错误：${epoch.error}\n`);
    return ExitCode.usage;
  }
  const timestamp = args.date ? new Date(`${args.date.iso}T00:00:00Z`) : epoch!.date;
  const shown = { title: args.title, subtitle: args.subtitle, speaker: args.speaker, date: args.date?.text, attachments: args.attachments, org: args.org, meeting: args.meeting };
  switch (command) {
    case 'themes': {
      for (const t of await listThemes()) io.stdout(`${t.name.padEnd(12)}${t.label}　${t.description ?? ''}\n`);
      return ExitCode.ok;
    }
    case 'outline': {
      optimizeNothingMore(io);
      const { analyse } = await import('./convert.js');
      const r = await analyse({ input: args.input!, theme: args.theme, template: args.template, ratio: args.ratio, density: args.density, timestamp, ...shown }, env);
      report(r.problems, io, args.input);
      if (!r.ok) return ExitCode.inputFailed;
      const layouts = templateLayoutNames(r.value);
      io.stdout(args.json ? outlineJson(r.value.tree, r.value.plan, r.problems, layouts) : outlineText(r.value.tree, r.value.plan, layouts));
      return ExitCode.ok;
    }
    default: {
      const request = { input: args.input!, output: args.output, theme: args.theme, template: args.template, ratio: args.ratio, density: args.density, fonts: args.fonts, timestamp, ...shown };
      const inputs = [args.input!, ...(args.more ?? [])];
      if (await isBatch(inputs, args.output)) return runBatch(inputs, request, io, args.debug);
      optimizeNothingMore(io);
      const { convert } = await import('./convert.js');
      // One document: a spare core deflates parts while this one writes the next (bin.ts gives the
      // thread pool that one thread). A batch keeps every core busy with workers instead.
      const r = await convert({ ...request, packOnThreadPool: availableParallelism() > 1 }, env);
      report(r.problems, io, args.input);
      if (!r.ok) return ExitCode.inputFailed;
      io.stderr(`已生成 ${r.value.output}（${r.value.plan.slides.length} 张幻灯片）\n`);
      return ExitCode.ok;
    }
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

/** --date 2024-12-20 → the ISO date and 2024年12月20日; anything else is a usage error. */
function parseDateOption(value: string): { iso: string; text: string } {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !d || d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) {
    throw new Error(`--date 应写作 年-月-日，例如 2024-12-20（收到：${value}）`);
  }
  return { iso: d.toISOString().slice(0, 10), text: `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日` };
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
