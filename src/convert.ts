// The whole pipeline on one screen: read → decode → parse → plan → render → write.
import path from 'node:path';
import { ok, fail, type Problem, type Result } from './problems.js';
import { readInput, type InputFile } from './input/read.js';
import { decodeText, type Encoding } from './input/decode.js';
import { parseDocument } from './parse/parse.js';
import { planDeck } from './plan/plan.js';
import { renderDeck } from './render/render.js';
import { writeAtomic } from './output/write.js';
import { loadTheme } from './theme/load.js';
import type { DocTree } from './doc/types.js';
import type { Ratio, SlidePlan } from './plan/types.js';
import type { Theme } from './theme/schema.js';

export interface ConvertRequest {
  input: string;
  /** Default: the input's name with .pptx, beside it. */
  output?: string;
  theme: string;
  ratio: Ratio;
  /** Document timestamp; fixed by default so the same input gives the same bytes. */
  timestamp: Date;
}

export interface Analysis {
  input: InputFile;
  encoding: Encoding;
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
  if (input.value.format === 'docx') {
    return fail('input-unsupported', '暂不支持 .docx 文件。请在 WPS/Word 中“另存为”纯文本（.txt，UTF-8 编码）后再转换。');
  }
  const decoded = decodeText(input.value.bytes);
  if (!decoded.ok) return decoded;
  const theme = await loadTheme(req.theme);
  if (!theme.ok) return theme;
  const parsed = parseDocument(decoded.value.text);
  problems.push(...parsed.problems);
  const plan = planDeck(parsed.tree, theme.value, { ratio: req.ratio, fallbackTitle: input.value.stem });
  return ok({ input: input.value, encoding: decoded.value.encoding, tree: parsed.tree, theme: theme.value, plan }, problems);
}

export async function convert(req: ConvertRequest, env: Environment): Promise<Result<ConvertReport>> {
  const output = req.output ?? defaultOutput(req.input);
  if (req.input !== '-' && path.resolve(output) === path.resolve(req.input)) {
    return fail('output-same-as-input', `输出文件不能与输入文件相同（${output}）。请用 -o 指定另一个 .pptx 文件名。`);
  }
  const analysed = await analyse(req, env);
  if (!analysed.ok) return analysed;
  const bytes = await renderDeck(analysed.value.plan, analysed.value.theme, { timestamp: req.timestamp });
  const written = await writeAtomic(output, bytes);
  if (!written.ok) return { ok: false, problems: [...analysed.problems, ...written.problems] };
  return ok({ ...analysed.value, output }, analysed.problems);
}

export function defaultOutput(input: string): string {
  if (input === '-') return '演示文稿.pptx';
  const { dir, name } = path.parse(input);
  return path.join(dir, `${name}.pptx`);
}
