// A plan file (`doc2deck outline 文稿 --json`, edited) → the deck of exactly that plan:
// read → check → fit again (plan/refit.ts) → render → write. The document is not read again.
import { fail, ok, type Result } from './problems.js';
import { readInput } from './input/read.js';
import { decodeText } from './input/decode.js';
import { loadTheme, whereInJson } from './theme/load.js';
import { refitPlan } from './plan/refit.js';
import { deckTooLarge } from './plan/deck-size.js';
import { renderDeck } from './render/render.js';
import { writeAtomic } from './output/write.js';
import { checkTarget } from './output/target.js';
import { defaultOutput, type Environment } from './convert.js';
import type { PlanFile } from './plan/plan-file.js';
import type { Ratio, SlidePlan } from './plan/types.js';
import type { Theme } from './theme/schema.js';
import type { FontMode } from './theme/fonts.js';
import type { OrgTemplate } from './template/load.js';
import { planningOnTemplate } from './template/planning.js';

export interface PlanConvertRequest {
  /** The plan file (.json). */
  input: string;
  output?: string;
  /** Instead of the file's own theme and ratio. */
  theme?: string;
  ratio?: Ratio;
  /** The organisation's template, instead of the one the file names. */
  template?: string;
  fonts?: FontMode;
  timestamp: Date;
}

/** A plan file's text → its plan, checked (Chinese messages with the JSON path of each mistake). */
export async function parsePlanFile(text: string, name: string): Promise<Result<PlanFile>> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return fail('plan-invalid', `提纲文件 ${name} 不是合法的 JSON（${whereInJson(text, (e as Error).message)}）。请检查括号、引号和逗号。`);
  }
  if (typeof data !== 'object' || data === null || !('slides' in data)) {
    return fail('plan-invalid', `${name} 不是 doc2deck 提纲文件（没有 slides）。提纲文件由 doc2deck outline 文稿.txt --json 生成。`);
  }
  // zod is loaded only for plan files: a plain conversion never needs it.
  const { validatePlanFile } = await import('./plan/plan-schema.js');
  return validatePlanFile(data);
}

/**
 * The plan file's slides fitted again for its theme and ratio (or those given instead); on an
 * organisation's template, in its placeholders, fonts and slide size (render with the same template).
 */
export async function planFromFile(file: PlanFile, given: { theme?: string; ratio?: Ratio; template?: OrgTemplate } = {}): Promise<Result<{ plan: SlidePlan; theme: Theme }>> {
  const theme = await loadTheme(given.theme ?? file.deck.theme);
  if (!theme.ok) return theme;
  const on = given.template ? planningOnTemplate(theme.value, given.template) : null;
  const plan = on ? refitPlan(file, on.theme, on.ratio, on.frames) : refitPlan(file, theme.value, given.ratio ?? file.deck.ratio);
  if (!plan.ok) return plan;
  return ok({ plan: plan.value, theme: on ? on.theme : theme.value }, plan.problems);
}

export async function convertPlanFile(req: PlanConvertRequest, env: Environment): Promise<Result<{ output: string; plan: SlidePlan; onTemplate: boolean }>> {
  const output = req.output ?? defaultOutput(req.input);
  const target = checkTarget(req.input, output);
  if (!target.ok) return target;
  const input = await readInput(req.input, env.readStdin);
  if (!input.ok) return input;
  const text = decodeText(input.value.bytes);
  if (!text.ok) return text;
  const file = await parsePlanFile(text.value.text, req.input);
  if (!file.ok) return file;
  const template = await planTemplate(req.template, file.value.deck.template, output);
  if (!template.ok) return template;
  const org = template.value ?? undefined;
  const made = await planFromFile(file.value, { theme: req.theme, ratio: req.ratio, ...(org ? { template: org } : {}) });
  if (!made.ok) return made;
  const tooLarge = deckTooLarge(made.value.plan);
  if (tooLarge) return { ok: false, problems: [...made.problems, tooLarge] };
  const bytes = await renderDeck(made.value.plan, made.value.theme, { timestamp: req.timestamp, fonts: req.fonts ?? 'safe', ...(org ? { template: org } : {}) });
  const written = await writeAtomic(output, bytes);
  if (!written.ok) return { ok: false, problems: [...made.problems, ...written.problems] };
  return ok({ output, plan: made.value.plan, onTemplate: org !== undefined }, made.problems);
}

/**
 * The template a plan file is built on: the one given, else the one the file names (the plan was
 * made on it), else none. The deck is never written over it.
 */
async function planTemplate(given: string | undefined, named: string | undefined, output: string): Promise<Result<OrgTemplate | null>> {
  const file = given ?? named;
  if (!file) return ok(null);
  if (!checkTarget(file, output).ok) {
    return fail('output-same-as-input', `输出文件不能与模板文件相同（${output}）。请用 -o 指定另一个 .pptx 文件名。`);
  }
  const { loadTemplate } = await import('./template/load.js');
  const loaded = await loadTemplate(file);
  // Moved since the outline was made: say which template the plan wants and how to give it.
  if (!loaded.ok && !given && loaded.problems.some((p) => p.code === 'template-not-found')) {
    return fail('template-not-found', `提纲文件是按单位模板 ${file} 做的，但找不到这个文件。请用 --template 指定模板所在的位置。`);
  }
  return loaded;
}
