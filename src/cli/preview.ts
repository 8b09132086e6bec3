// --preview DIR / --pdf FILE after a deck is written: pictures through LibreOffice when it is there;
// when it is not, a warning that names what to install — the deck is written either way (exit 0).
import { formatProblem } from '../problems.js';
import type { Io } from './io.js';

export interface PreviewArgs {
  preview?: string;
  pdf?: string;
}

export async function runPreview(deck: string, args: PreviewArgs, io: Io): Promise<void> {
  if (!args.preview && !args.pdf) return;
  const { renderPreview } = await import('../preview/preview.js');
  const r = await renderPreview({ deck, pngDir: args.preview, pdf: args.pdf, env: io.env });
  if (!r.ok) {
    for (const p of r.problems) io.stderr(`${formatProblem({ ...p, severity: 'warning' })}\n`);
    return;
  }
  if (args.preview) io.stderr(`已生成预览图 ${r.value.pngs.length} 张，在 ${args.preview}\n`);
  if (r.value.pdf) io.stderr(`已生成 ${r.value.pdf}\n`);
}
