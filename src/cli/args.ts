// The command line, read once with node:util's parseArgs and checked here, every usage error in
// Chinese. (yargs, which the design first named, took ~130 ms of every run on Node 24 to load: more
// than half of converting the seed.)
import { parseArgs } from 'node:util';
import { DEFAULT_THEME } from '../theme/load.js';
import type { Ratio } from '../plan/types.js';
import type { Density } from '../plan/bullets.js';
import type { FontMode } from '../theme/fonts.js';

export type Command = 'convert' | 'outline' | 'themes' | 'serve';

/** What the command line means once read: dispatch works from this alone. */
export interface Args {
  command: Command;
  /** The first input (`-` is stdin); absent only for `themes`. */
  input?: string;
  /** Further inputs: a batch. */
  more: string[];
  output?: string;
  /** A folder for one PNG per slide, and a PDF, of the written deck. */
  preview?: string;
  pdf?: string;
  /** serve: where the local page listens. */
  port: number;
  host: string;
  theme: string;
  template?: string;
  org?: string;
  meeting?: string;
  ratio: Ratio;
  density: Density;
  fonts: FontMode;
  json: boolean;
  attachments: boolean;
  title?: string;
  subtitle?: string;
  speaker?: string;
  date?: { iso: string; text: string };
  debug: boolean;
  /** The theme and ratio as typed, not defaulted: an edited plan file keeps its own unless these are given. */
  chosen: { theme?: string; ratio?: Ratio };
}

export type Reading = { args: Args } | { usage: string } | { help: true } | { version: true };

type Spec = { type: 'string' | 'boolean'; short?: string; choices?: readonly string[]; help: string };

// Every option, with the commands that take it (the common ones, then the command's own).
const OPTIONS = {
  output: { type: 'string', short: 'o', help: '输出的 .pptx 文件（默认：与输入同名，放在同一文件夹；给文件夹则放在其中）；批量转换时是输出文件夹' },
  theme: { type: 'string', short: 't', help: `主题名或主题 JSON 文件路径（默认 ${DEFAULT_THEME}；doc2deck themes 列出内置主题）` },
  template: { type: 'string', help: '单位的 PowerPoint 模板（.pptx/.potx）：使用其母版、版式、配色、字体和幻灯片大小' },
  org: { type: 'string', help: '单位名称，写在封面上（可在 doc2deck.json 中设定）' },
  meeting: { type: 'string', help: '会议名称：封面标题下“——在……上的讲话”，以及页脚' },
  ratio: { type: 'string', choices: ['16:9', '4:3'], help: '幻灯片比例（默认 16:9；有的会议室仍是 4:3）' },
  density: { type: 'string', choices: ['brief', 'standard', 'full'], help: '要点页的文字量：brief 只列要点，standard（默认）要点加关键句，full 全文分页' },
  fonts: { type: 'string', choices: ['safe', 'preferred'], help: 'safe（默认）用每台中文 Windows 都有的字体；preferred 用公文规定的字体（如方正小标宋、仿宋_GB2312）' },
  attachments: { type: 'boolean', help: '把附件也做成幻灯片（标注“附件”，放在结束页之前）；默认附件只保存在备注里' },
  title: { type: 'string', help: '封面标题（覆盖文稿中识别出的；文稿没有标题时使用）' },
  subtitle: { type: 'string', help: '封面副标题，如“——在全县工作会议上的讲话”' },
  speaker: { type: 'string', help: '封面上的讲话人（覆盖文稿中识别出的）' },
  date: { type: 'string', help: '会议日期 YYYY-MM-DD：显示在封面和页脚，也作为文件的时间戳' },
  preview: { type: 'string', help: '同时把每张幻灯片存成 PNG 图片，放到这个文件夹（需要 LibreOffice 和 pdftoppm）' },
  pdf: { type: 'string', help: '同时生成 PDF 文件（需要 LibreOffice）' },
  port: { type: 'string', help: '（serve）端口，默认 8080' },
  host: { type: 'string', help: '（serve）监听的地址，默认 127.0.0.1（只有本机能打开）；0.0.0.0 让同一网络中的其他电脑也能打开' },
  json: { type: 'boolean', help: '（outline）输出 JSON 到标准输出' },
  debug: { type: 'boolean', help: '出现内部错误时显示调用栈' },
  help: { type: 'boolean', short: 'h', help: '显示帮助信息' },
  version: { type: 'boolean', short: 'v', help: '显示版本号' },
} as const satisfies Record<string, Spec>;
type Name = keyof typeof OPTIONS;

const COMMON: Name[] = ['theme', 'template', 'org', 'meeting', 'ratio', 'density', 'fonts', 'attachments', 'title', 'subtitle', 'speaker', 'date', 'debug', 'help', 'version'];
const TAKES: Record<Command, Name[]> = { convert: [...COMMON, 'output', 'preview', 'pdf'], outline: [...COMMON, 'json'], themes: ['debug', 'help', 'version'], serve: ['port', 'host', 'debug', 'help', 'version'] };

export const HELP = `用法：doc2deck 文稿.txt [-o 输出.pptx] [--theme 主题]
      doc2deck 文稿… 或 文件夹 -o 输出文件夹/
      doc2deck outline 文稿.txt [--json]
      doc2deck themes
      doc2deck serve [--port 8080]

命令：
  doc2deck 文稿 [更多文稿…]   把讲话稿/报告（.txt/.md/.docx/.doc，- 表示标准输入）或改过的提纲 .json 转换为 .pptx；
                              几个文稿或一个文件夹：批量转换，幻灯片写到 -o 指定的文件夹
  doc2deck outline 文稿       显示识别出的文稿结构和计划生成的幻灯片
  doc2deck themes             列出内置主题
  doc2deck serve              在本机启动网页：选文稿、看提纲和预览、修改后下载 .pptx

选项：
${Object.entries(OPTIONS)
  .map(([name, o]: [string, Spec]) => `  ${`${'short' in o ? `-${o.short}, ` : '    '}--${name}`.padEnd(20)}${o.help}${o.choices ? `（可选：${o.choices.join('、')}）` : ''}`)
  .join('\n')}
`;

export function readArgs(argv: string[]): Reading {
  const { values, positionals, tokens } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: false, tokens: true });
  if (values.help === true) return { help: true };
  if (values.version === true) return { version: true };
  const first = positionals[0];
  const command: Command = first === 'outline' || first === 'themes' || first === 'serve' ? first : 'convert';
  const inputs = command === 'convert' ? positionals : positionals.slice(1);
  const seen = new Set<string>();
  const given: Partial<Record<Name, string | boolean>> = {};
  for (const t of tokens) {
    if (t.kind !== 'option') continue;
    // --no-json and the like, as yargs read them.
    const negated = t.name.startsWith('no-') && t.value === undefined && (OPTIONS as Record<string, Spec>)[t.name.slice(3)]?.type === 'boolean';
    const name = (negated ? t.name.slice(3) : t.name) as Name;
    const spec: Spec | undefined = OPTIONS[name];
    if (!spec) return { usage: `未知的选项 ${t.rawName}` };
    if (!TAKES[command].includes(name)) return { usage: `${command === 'convert' ? '转换' : command} 不接受选项 --${name}` };
    if (seen.has(name)) return { usage: `选项 --${name} 只能给一次` };
    seen.add(name);
    if (spec.type === 'boolean') {
      if (t.value !== undefined) return { usage: `选项 --${name} 不带值（收到：${t.value}）` };
      given[name] = !negated;
      continue;
    }
    // A value that is itself an option (-o --theme) means the value was forgotten; --title=-x is taken as it is.
    if (t.value === undefined || (!t.inlineValue && t.value.length > 1 && t.value.startsWith('-'))) return { usage: `选项 ${t.rawName} 后面要写值` };
    if (spec.choices && !spec.choices.includes(t.value)) return { usage: `选项 --${name} 只能是 ${spec.choices.join('、')} 之一（收到：${t.value}）` };
    given[name] = t.value;
  }
  if ((command === 'themes' || command === 'serve') && inputs.length > 0) return { usage: `${command} 不接受文稿（收到：${inputs.join(' ')}）` };
  if (command !== 'themes' && command !== 'serve' && inputs.length === 0) return { usage: '缺少要转换的文稿（文件名、文件夹，或 - 表示标准输入）' };
  if (command === 'outline' && inputs.length > 1) return { usage: 'outline 一次只显示一个文稿' };
  if (given.output === '') return { usage: '-o 后面要写输出的 .pptx 文件名（或文件夹）' };
  if (given.output === '-') return { usage: '不能把幻灯片写到标准输出，请用 -o 指定 .pptx 文件名' };
  if (given.preview === '' || given.pdf === '') return { usage: '--preview 后面要写存放预览图的文件夹，--pdf 后面要写 PDF 文件名' };
  const port = given.port === undefined ? 8080 : Number(given.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) return { usage: `--port 应是 0 到 65535 之间的整数（收到：${given.port}）` };
  const date = typeof given.date === 'string' ? parseDateOption(given.date) : undefined;
  if (typeof date === 'string') return { usage: date };
  const text = (name: Name) => given[name] as string | undefined;
  return {
    args: {
      command,
      input: inputs[0],
      more: inputs.slice(1),
      output: text('output'),
      preview: text('preview'),
      pdf: text('pdf'),
      port,
      host: text('host') ?? '127.0.0.1',
      theme: text('theme') ?? DEFAULT_THEME,
      template: text('template'),
      org: text('org'),
      meeting: text('meeting'),
      ratio: (text('ratio') ?? '16:9') as Ratio,
      density: (text('density') ?? 'standard') as Density,
      fonts: (text('fonts') ?? 'safe') as FontMode,
      json: given.json === true,
      attachments: given.attachments === true,
      title: text('title'),
      subtitle: text('subtitle'),
      speaker: text('speaker'),
      date,
      debug: given.debug === true,
      chosen: { theme: text('theme'), ratio: text('ratio') as Ratio | undefined },
    },
  };
}

/** --date 2024-12-20 → the ISO date and 2024年12月20日; anything else is a usage error's message. */
function parseDateOption(value: string): { iso: string; text: string } | string {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !d || d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) {
    return `--date 应写作 年-月-日，例如 2024-12-20（收到：${value}）`;
  }
  return { iso: d.toISOString().slice(0, 10), text: `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日` };
}
