// Pictures of a written deck, through LibreOffice: .pptx → PDF (soffice) → one PNG per page (pdftoppm).
// Both are programs the user may not have: their absence is a warning naming the package to install.
import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { copyFile, mkdtemp, mkdir, readdir, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { fail, ok, type Result } from '../problems.js';

export interface PreviewRequest {
  /** The .pptx to picture. */
  deck: string;
  /** A folder for one PNG per slide (幻灯片-01.png …). */
  pngDir?: string;
  /** Where to put the PDF. */
  pdf?: string;
  /** Pixels per inch of the PNGs (a 13.3-inch-wide slide at 72 is 960 pixels wide). */
  resolution?: number;
  /** For finding the programs: PATH. */
  env?: Record<string, string | undefined>;
  /** Stops LibreOffice (the server closing): the temporary folder is removed all the same. */
  signal?: AbortSignal;
}

export interface PreviewFiles {
  pngs: string[];
  pdf: string | null;
}

/** One conversion may not hold the machine for ever: a deck LibreOffice cannot open would. */
const TIMEOUT_MS = 180_000;

/** The program's path on PATH, or null. */
export function findProgram(name: string, env: Record<string, string | undefined> = process.env): string | null {
  for (const dir of (env.PATH ?? process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const file = path.join(dir, name);
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // not in this folder
    }
  }
  return null;
}

/** What is missing to make previews, said as what to install; null when both programs are there. */
export function missingTools(env?: Record<string, string | undefined>): string | null {
  const missing = [
    findProgram('soffice', env) ? null : 'LibreOffice（soffice，Debian/Ubuntu 上安装 libreoffice-impress）',
    findProgram('pdftoppm', env) ? null : 'pdftoppm（Debian/Ubuntu 上安装 poppler-utils）',
  ].filter(Boolean);
  if (missing.length === 0) return null;
  return `未找到 ${missing.join('和 ')}，无法生成预览图。请先安装，例如：sudo apt-get install libreoffice-impress poppler-utils（Windows、macOS 请从 libreoffice.org 安装 LibreOffice）。`;
}

export async function renderPreview(req: PreviewRequest): Promise<Result<PreviewFiles>> {
  const lacking = missingTools(req.env);
  if (lacking) return fail('preview-unavailable', lacking);
  const soffice = findProgram('soffice', req.env)!;
  const pdftoppm = findProgram('pdftoppm', req.env)!;
  // Everything LibreOffice writes (its profile included: two at once must not share one) stays in here.
  const work = await mkdtemp(path.join(tmpdir(), 'doc2deck-preview-'));
  try {
    await copyFile(req.deck, path.join(work, 'deck.pptx'));
    const profile = pathToFileURL(path.join(work, 'profile')).href;
    const converted = await run(req.signal, soffice, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', work, path.join(work, 'deck.pptx')]);
    const pdf = path.join(work, 'deck.pdf');
    if (!converted.ok || !(await readdir(work)).includes('deck.pdf')) {
      return fail('preview-failed', `LibreOffice 未能把幻灯片转换为 PDF，没有生成预览图。${converted.ok ? '' : converted.message}`);
    }
    const out: PreviewFiles = { pngs: [], pdf: null };
    if (req.pdf) {
      await mkdir(path.dirname(path.resolve(req.pdf)), { recursive: true });
      await copyFile(pdf, req.pdf);
      out.pdf = req.pdf;
    }
    if (req.pngDir) {
      const pages = path.join(work, 'pages');
      await mkdir(pages);
      const drawn = await run(req.signal, pdftoppm, ['-png', '-r', String(req.resolution ?? 72), pdf, path.join(pages, 'p')]);
      if (!drawn.ok) return fail('preview-failed', `pdftoppm 未能把 PDF 转为图片。${drawn.message}`);
      // pdftoppm numbers pages p-1.png or p-01.png as the page count needs: one naming, sorted by number.
      const files = (await readdir(pages)).filter((f) => /^p-\d+\.png$/.test(f)).sort((a, b) => pageOf(a) - pageOf(b));
      await mkdir(req.pngDir, { recursive: true });
      for (const f of files) {
        const target = path.join(req.pngDir, `幻灯片-${String(pageOf(f)).padStart(2, '0')}.png`);
        await moveFile(path.join(pages, f), target);
        out.pngs.push(target);
      }
    }
    return ok(out);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

const pageOf = (file: string): number => Number(/(\d+)\.png$/.exec(file)![1]);

/** Across file systems (the temporary folder is often another one) a rename fails: then a copy. */
async function moveFile(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch {
    await copyFile(from, to);
  }
}

function run(signal: AbortSignal | undefined, program: string, args: string[]): Promise<{ ok: true } | { ok: false; message: string }> {
  return new Promise((resolve) => {
    execFile(program, args, { timeout: TIMEOUT_MS, maxBuffer: 4 << 20, signal }, (error, _stdout, stderr) => {
      if (!error) resolve({ ok: true });
      else resolve({ ok: false, message: `（${path.basename(program)}：${(error.killed ? '超时' : String(stderr).trim().split('\n').pop()) || error.message}）` });
    });
  });
}
