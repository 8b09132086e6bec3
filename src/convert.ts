// The whole pipeline on one screen: read → decode → parse → plan → render → write.
import { join as pathJoin, parse as pathParse } from 'node:path';
import { fail, ok, problem, type Problem, type Result } from './problems.js';
import { titleFromFileName, titleFromOpening } from './plan/cover.js';
import { readInput, type InputFile } from './input/read.js';
import { decodeText, type Encoding } from './input/decode.js';
import { readDocx } from './input/docx.js';
import { readOfficeFile } from './input/doc.js';
import { looksLikeMarkdown, readMarkdown } from './input/markdown.js';
import type { SourceLine } from './doc/source.js';
import { parseDocument } from './parse/parse.js';
import { planDeck } from './plan/plan.js';
import { deckTooLarge } from './plan/deck-size.js';
import { renderDeck } from './render/render.js';
import { writeAtomic } from './output/write.js';
import { checkTarget } from './output/target.js';
import { loadTheme } from './theme/load.js';
import type { DocTree } from './doc/types.js';
import type { Ratio, SlidePlan } from './plan/types.js';
import type { Theme } from './theme/schema.js';
import type { FontMode } from './theme/fonts.js';
import type { Density } from './plan/bullets.js';
import type { OrgTemplate } from './template/load.js';
import { planningOnTemplate } from './template/planning.js';

export interface ConvertRequest {
  input: string;
  /** Default: the input's name with .pptx, beside it. */
  output?: string;
  theme: string;
  ratio: Ratio;
  /**
   * An organisation's .pptx/.potx the deck is built on (its masters, layouts, theme and slide size):
   * its path, or one already read (templateFromBytes: an upload to `doc2deck serve`).
   */
  template?: string | OrgTemplate;
  /** Attachments (附件) as slides marked 附件 (default: in the notes only). */
  attachments?: boolean;
  /** How much text the point slides carry (default standard). */
  density?: Density;
  /** Fonts every Chinese Windows has (default), or the faces the convention asks for. */
  fonts?: FontMode;
  /** Shown on the cover instead of what the document says. */
  title?: string;
  subtitle?: string;
  speaker?: string;
  date?: string;
  /** The unit (--org), first on the cover's byline; the meeting (--meeting), under the title and in the footer. */
  org?: string;
  meeting?: string;
  /** Document timestamp; fixed by default so the same input gives the same bytes. */
  timestamp: Date;
}

export interface Analysis {
  input: InputFile;
  /** How the text was stored: a text encoding, or `docx` for a Word file. */
  encoding: Encoding | 'docx' | 'doc';
  tree: DocTree;
  theme: Theme;
  plan: SlidePlan;
  /** The organisation's template, when the deck is built on one. */
  template: OrgTemplate | null;
}

export interface ConvertReport extends Analysis {
  output: string;
}

export interface Environment {
  readStdin: () => Promise<Uint8Array>;
}

/** Everything up to the plan: what `outline` shows and `convert` renders. */
export async function analyse(req: Omit<ConvertRequest, 'output'>, env: Environment): Promise<Result<Analysis>> {
  const input = await readInput(req.input, env.readStdin);
  if (!input.ok) return input;
  const source = await readSource(input.value);
  if (!source.ok) return source;
  const theme = await loadTheme(req.theme);
  if (!theme.ok) return theme;
  // Loaded only for a template: a plain conversion never needs the template code.
  const template = typeof req.template === 'string' ? await (await import('./template/load.js')).loadTemplate(req.template) : null;
  if (template && !template.ok) return template;
  const org = template?.value ?? (typeof req.template === 'object' ? req.template : null);
  const parsed = parseDocument(source.value.lines);
  const cover = coverTitle(parsed.tree, req, input.value);
  const problems: Problem[] = [...source.problems, ...parsed.problems.map((p) => withReaderHint(p, source.value.encoding)), ...(cover.problem ? [cover.problem] : [])];
  // On a template, text is measured against its placeholders, in its fonts and colours.
  const on = org ? planningOnTemplate(theme.value, org) : null;
  const look = on ? on.theme : theme.value;
  const plan = planDeck(parsed.tree, look, {
    ratio: on ? on.ratio : req.ratio,
    ...(on ? { frames: on.frames, numberInSectionTitle: true } : {}),
    title: cover.title,
    subtitle: req.subtitle?.trim() || null,
    density: req.density ?? 'standard',
    attachments: req.attachments ?? false,
    speaker: req.speaker ?? null,
    date: req.date ?? null,
    org: req.org ?? null,
    meeting: req.meeting ?? null,
  });
  return ok({ input: input.value, encoding: source.value.encoding, tree: parsed.tree, theme: look, plan, template: org }, problems);
}

/**
 * The cover's title: --title, else the document's own, else a file name that is itself a Chinese
 * title (在全县工作会议上的讲话.docx), else the meeting the speech names as it opens (今天，我们召开一个
 * 企业家座谈会). A machine-like name (11_xi2020_speech) is never shown: the title is left empty, so
 * PowerPoint and WPS show their own prompt, and the user is told how to give one.
 */
function coverTitle(tree: DocTree, req: { title?: string }, input: InputFile): { title: string; problem?: Problem } {
  const given = req.title?.trim();
  if (given) return { title: given };
  if (tree.title) return { title: tree.title };
  const fromName = input.path === '-' ? null : titleFromFileName(input.stem);
  if (fromName) return { title: fromName, problem: problem('no-title', 'warning', `文稿中没有找到标题，封面使用文件名“${fromName}”。可用 --title "标题" 另行指定。`) };
  const opening = tree.preamble[0]?.text;
  const fromOpening = opening ? titleFromOpening(opening) : null;
  if (fromOpening) return { title: fromOpening, problem: problem('no-title', 'warning', `文稿中没有找到标题，封面按开头所说的会议写作“${fromOpening}”。可用 --title "标题" 另行指定。`) };
  return { title: '', problem: problem('no-title', 'warning', '文稿中没有找到标题，封面标题留空（在 PowerPoint/WPS 中单击即可填写）。可用 --title "标题" 指定封面标题。') };
}

/**
 * What a reader could not see, said where it explains a finding: an old .doc keeps Word's automatic
 * numbering outside its text, so a document numbered that way reads as unnumbered.
 */
function withReaderHint(p: Problem, encoding: Analysis['encoding']): Problem {
  if (encoding !== 'doc' || p.code !== 'no-structure') return p;
  return { ...p, message: `${p.message}旧版 Word 文件（.doc）中 Word 自动生成的编号读不到：如果原文的“一、”“（一）”是自动编号，请用 WPS/Word 另存为 .docx 再转换。` };
}

/** The input's text, as plain text or as lines whose markup gave some of them heading levels. */
async function readSource(input: InputFile): Promise<Result<{ lines: string | SourceLine[]; encoding: Analysis['encoding'] }>> {
  if (input.format === 'docx') {
    const lines = await readDocx(input.bytes);
    return lines.ok ? ok({ lines: lines.value, encoding: 'docx' }, lines.problems) : lines;
  }
  if (input.format === 'doc') {
    const lines = readOfficeFile(input.bytes);
    return lines.ok ? ok({ lines: lines.value, encoding: 'doc' }, lines.problems) : lines;
  }
  const decoded = decodeText(input.bytes);
  if (!decoded.ok) return input.named === 'docx' ? notWord(decoded.problems) : decoded;
  const { text, encoding } = decoded.value;
  const problems = [...(input.named === 'docx' ? [problem('input-misnamed', 'warning', '文件名是 .docx，但内容是纯文本，不是 Word 文档；已按纯文本读取。')] : []), ...decoded.problems];
  if (!(input.format === 'markdown' || looksLikeMarkdown(text))) return ok({ lines: text, encoding }, problems);
  const markdown = readMarkdown(text);
  // Markup with no words in it (bare # lines) is as empty as an empty file.
  if (markdown.lines.every((l) => l.text.trim() === '')) {
    // The warning about code left out says why a file with words in it came out empty.
    return { ok: false, problems: [...markdown.problems, problem('input-empty', 'error', '输入文件是空的（没有文字）。')] };
  }
  return ok({ lines: markdown.lines, encoding }, [...problems, ...markdown.problems]);
}

/** A file named .docx that is neither a Word package nor text: what decoding found, said of a .docx. */
function notWord(problems: Problem[]): Result<never> {
  const [first] = problems;
  if (first?.code === 'input-empty') return { ok: false, problems };
  return fail('input-unreadable', `文件名是 .docx，但内容不是 Word 文档：${first?.message ?? '无法读取。'}`);
}

export async function convert(req: ConvertRequest, env: Environment): Promise<Result<ConvertReport>> {
  const output = req.output ?? defaultOutput(req.input);
  const target = checkTarget(req.input, output);
  if (!target.ok) return target;
  // Nor the template: writing the deck over it would lose the unit's template.
  if (typeof req.template === 'string' && !checkTarget(req.template, output).ok) {
    return fail('output-same-as-input', `输出文件不能与模板文件相同（${output}）。请用 -o 指定另一个 .pptx 文件名。`);
  }
  const analysed = await analyse(req, env);
  if (!analysed.ok) return analysed;
  const { plan, theme, template } = analysed.value;
  const tooLarge = deckTooLarge(plan);
  if (tooLarge) return { ok: false, problems: [...analysed.problems, tooLarge] };
  const bytes = await renderDeck(plan, theme, { timestamp: req.timestamp, fonts: req.fonts ?? 'safe', ...(template ? { template } : {}) });
  const written = await writeAtomic(output, bytes);
  if (!written.ok) return { ok: false, problems: [...analysed.problems, ...written.problems] };
  return ok({ ...analysed.value, output }, analysed.problems);
}

export function defaultOutput(input: string): string {
  if (input === '-') return '演示文稿.pptx';
  const { dir, name } = pathParse(input);
  return pathJoin(dir, `${name}.pptx`);
}
