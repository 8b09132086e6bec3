// The whole pipeline on one screen: read → decode → parse → plan → render → write.
import { join as pathJoin, parse as pathParse, resolve as pathResolve } from 'node:path';
import { ok, fail, type Problem, type Result } from './problems.js';
import { readInput, type InputFile } from './input/read.js';
import { decodeText, type Encoding } from './input/decode.js';
import { readDocx } from './input/docx.js';
import { markdownToLines } from './input/markdown.js';
import type { SourceLine } from './doc/source.js';
import { parseDocument } from './parse/parse.js';
import { planDeck } from './plan/plan.js';
import { renderDeck } from './render/render.js';
import { writeAtomic } from './output/write.js';
import { loadTheme } from './theme/load.js';
import type { DocTree } from './doc/types.js';
import type { Ratio, SlidePlan } from './plan/types.js';
import type { Theme } from './theme/schema.js';
import type { FontMode } from './theme/fonts.js';
import type { Density } from './plan/bullets.js';

export interface ConvertRequest {
  input: string;
  /** Default: the input's name with .pptx, beside it. */
  output?: string;
  theme: string;
  ratio: Ratio;
  /** How much text the point slides carry (default standard). */
  density?: Density;
  /** Fonts every Chinese Windows has (default), or the faces the convention asks for. */
  fonts?: FontMode;
  /** Shown on the cover instead of what the document says. */
  speaker?: string;
  date?: string;
  /** Document timestamp; fixed by default so the same input gives the same bytes. */
  timestamp: Date;
  /** See RenderOptions.packOnThreadPool. */
  packOnThreadPool?: boolean;
}

export interface Analysis {
  input: InputFile;
  /** How the text was stored: a text encoding, or `docx` for a Word file. */
  encoding: Encoding | 'docx';
  tree: DocTree;
  theme: Theme;
  plan: SlidePlan;
}

export interface ConvertReport extends Analysis {
  output: string;
}

export interface Environment {
  readStdin: () => Promise<Uint8Array>;
}

/** Everything up to the plan: what `outline` shows and `convert` renders. */
export async function analyse(req: Omit<ConvertRequest, 'output'>, env: Environment): Promise<Result<Analysis>> {
  const problems: Problem[] = [];
  const input = await readInput(req.input, env.readStdin);
  if (!input.ok) return input;
  const source = await readSource(input.value);
  if (!source.ok) return source;
  const theme = await loadTheme(req.theme);
  if (!theme.ok) return theme;
  const parsed = parseDocument(source.value.lines);
  problems.push(...parsed.problems);
  const plan = planDeck(parsed.tree, theme.value, {
    ratio: req.ratio,
    fallbackTitle: input.value.stem,
    density: req.density ?? 'standard',
    speaker: req.speaker ?? null,
    date: req.date ?? null,
  });
  return ok({ input: input.value, encoding: source.value.encoding, tree: parsed.tree, theme: theme.value, plan }, problems);
}

/** The input's text, as plain text or as lines whose markup gave some of them heading levels. */
async function readSource(input: InputFile): Promise<Result<{ lines: string | SourceLine[]; encoding: Analysis['encoding'] }>> {
  if (input.format === 'docx') {
    const lines = await readDocx(input.bytes);
    return lines.ok ? ok({ lines: lines.value, encoding: 'docx' }) : lines;
  }
  const decoded = decodeText(input.bytes);
  if (!decoded.ok) return decoded;
  const { text, encoding } = decoded.value;
  return ok({ lines: input.format === 'markdown' ? markdownToLines(text) : text, encoding });
}

export async function convert(req: ConvertRequest, env: Environment): Promise<Result<ConvertReport>> {
  const output = req.output ?? defaultOutput(req.input);
  if (req.input !== '-' && pathResolve(output) === pathResolve(req.input)) {
    return fail('output-same-as-input', `输出文件不能与输入文件相同（${output}）。请用 -o 指定另一个 .pptx 文件名。`);
  }
  const analysed = await analyse(req, env);
  if (!analysed.ok) return analysed;
  const bytes = await renderDeck(analysed.value.plan, analysed.value.theme, { timestamp: req.timestamp, fonts: req.fonts ?? 'safe', packOnThreadPool: req.packOnThreadPool ?? false });
  const written = await writeAtomic(output, bytes);
  if (!written.ok) return { ok: false, problems: [...analysed.problems, ...written.problems] };
  return ok({ ...analysed.value, output }, analysed.problems);
}

export function defaultOutput(input: string): string {
  if (input === '-') return '演示文稿.pptx';
  const { dir, name } = pathParse(input);
  return pathJoin(dir, `${name}.pptx`);
}
