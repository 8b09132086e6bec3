// `doc2deck 提纲.json -o 幻灯片.pptx`: the deck of an edited plan file. Kept apart from the argument
// parsing: the parser hands over what was asked, this runs it.
import { ExitCode, formatProblem } from '../problems.js';
import type { Io } from './io.js';
import { warnRatioUnused } from './ratio-unused.js';
import type { Ratio } from '../plan/types.js';
import type { FontMode } from '../theme/fonts.js';

export interface PlanFileArgs {
  input: string;
  output?: string;
  /** Given on the command line, instead of the file's own. */
  theme?: string;
  ratio?: Ratio;
  /** --template (or doc2deck.json's), instead of the one the file names. */
  template?: string;
  fonts: FontMode;
  timestamp: Date;
}

/** The exit code, and the deck written when there is one. */
export async function runPlanFile(args: PlanFileArgs, io: Io): Promise<{ code: number; output?: string }> {
  const { convertPlanFile } = await import('../convert-plan.js');
  const r = await convertPlanFile(args, { readStdin: io.readStdin });
  for (const p of r.problems) io.stderr(`${formatProblem(p, args.input)}\n`);
  if (!r.ok) return { code: ExitCode.inputFailed };
  warnRatioUnused(args.ratio, r.value.onTemplate ? r.value.plan.ratio : null, io);
  io.stderr(`已生成 ${r.value.output}（${r.value.plan.slides.length} 张幻灯片）\n`);
  return { code: ExitCode.ok, output: r.value.output };
}
