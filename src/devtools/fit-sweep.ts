// `npm run fit-sweep -- [DIR] [--jobs N]`: every documented option combination (theme × ratio ×
// density × fonts × attachments) over every document in DIR (default ../shared/corpus): the deck is
// written, measured box by box against its plan (fit.ts), read by `pptx-check --strict` (with
// --source for plain text) and checked by `ooxml-validate`. One line per failing deck, one per
// combination, then the totals. Exit 1 if any deck fails. For CI: it takes minutes (the vitest sweep
// covers the plans of representative documents in seconds).
// A document without attachments gives the same deck with --attachments: it is checked once.
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { convert } from '../convert.js';
import { decodeText } from '../input/decode.js';
import { looksLikeMarkdown } from '../input/markdown.js';
import { attachmentsIn } from '../parse/tail.js';
import { overflowsOf } from './fit.js';
import type { Ratio } from '../plan/types.js';
import type { Density } from '../plan/bullets.js';
import type { FontMode } from '../theme/fonts.js';

const THEMES = ['dangzheng', 'zhengwu', 'plain'];
const RATIOS: Ratio[] = ['16:9', '4:3'];
const DENSITIES: Density[] = ['brief', 'standard', 'full'];
const FONTS: FontMode[] = ['safe', 'preferred'];
const INPUT = /\.(txt|md|markdown|docx)$/i;
/** The shared corpus and tools: $SHARED (as .ci/run sets it), or ../shared beside the checkout. */
const SHARED = process.env.SHARED ?? '../shared';

interface Combo {
  theme: string;
  ratio: Ratio;
  density: Density;
  fonts: FontMode;
  attachments: boolean;
}

const tag = (c: Combo) => `${c.theme} ${c.ratio} ${c.density} ${c.fonts}${c.attachments ? ' --attachments' : ''}`;

function combos(): Combo[] {
  const out: Combo[] = [];
  for (const theme of THEMES)
    for (const ratio of RATIOS)
      for (const density of DENSITIES)
        for (const fonts of FONTS) for (const attachments of [false, true]) out.push({ theme, ratio, density, fonts, attachments });
  return out;
}

async function main(argv: string[]): Promise<number> {
  const jobsAt = argv.indexOf('--jobs');
  const jobs = jobsAt >= 0 ? Math.max(1, Number(argv[jobsAt + 1]) || 1) : 2;
  const dir = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--jobs') ?? path.join(SHARED, 'corpus');
  const checker = findTool('PPTX_CHECK', 'pptx-check');
  const validator = findTool('OOXML_VALIDATE', 'ooxml-validate');
  if (!existsSync(dir) || !checker || !validator || spawnSync('xmllint', ['--version']).status !== 0) {
    process.stderr.write('用法：npm run fit-sweep -- [文件夹] [--jobs N]（需要 pptx-check、ooxml-validate 和 xmllint）\n');
    return 2;
  }
  const files = readdirSync(dir).filter((f) => INPUT.test(f) && !/^(?:SOURCES|README)\./u.test(f)).sort().map((f) => path.join(dir, f));
  const out = mkdtempSync(path.join(tmpdir(), 'doc2deck-fit-'));
  const failed = new Map<string, number>();
  let decks = 0;
  let bad = 0;
  let same = 0;
  const pending: Promise<void>[] = [];
  const running = new Set<Promise<void>>();
  for (const combo of combos()) {
    failed.set(tag(combo), 0);
    for (const file of files) {
      const output = path.join(out, `${path.basename(file).replace(INPUT, '')}.${tag(combo).replace(/[^a-z0-9]+/giu, '-')}.pptx`);
      const r = await convert({ input: file, output, ...combo, timestamp: new Date(0) }, { readStdin: async () => new Uint8Array() });
      if (r.ok && combo.attachments && attachmentsIn(r.value.tree.appendix).length === 0) {
        same++;
        continue;
      }
      decks++;
      const report = (why: string) => {
        bad++;
        failed.set(tag(combo), failed.get(tag(combo))! + 1);
        process.stdout.write(`✗ ${tag(combo)}  ${path.basename(file)}  ${why}\n`);
      };
      if (!r.ok) {
        report(r.problems[0]?.message ?? '转换失败');
        continue;
      }
      const planned = overflowsOf(r.value.plan, r.value.theme);
      const plain = /\.txt$/i.test(file) && !isMarkdownText(file);
      const check = Promise.all([
        run('python3', [checker, output, '--strict', '--json', ...(plain ? ['--source', file] : [])]),
        run('python3', [validator, output]),
      ]).then(([strict, xsd]) => {
        const why: string[] = [];
        if (planned.length) why.push(`计划超框 ${planned.length} 处（第${planned[0]!.slide}页 ${planned[0]!.box}）`);
        try {
          const j = JSON.parse(strict.stdout) as { errors: string[]; overflow_slides: unknown[]; offcanvas_slides: unknown[]; coverage?: { kept_pct: number } };
          if (strict.status !== 0) why.push(`pptx-check ${j.errors.length} err ${j.overflow_slides.length} ovf ${j.offcanvas_slides.length} off`);
          if (j.coverage && j.coverage.kept_pct !== 100) why.push(`原文保留 ${j.coverage.kept_pct}%`);
        } catch {
          why.push(`pptx-check 失败：${strict.stderr.trim().split('\n').pop() ?? ''}`);
        }
        const violations = /(\d+) violations/.exec(xsd.stdout)?.[1] ?? '?';
        if (xsd.status !== 0 || violations !== '0') why.push(`ooxml-validate ${violations} violations`);
        if (why.length) report(why.join('；'));
      });
      const tracked: Promise<void> = check.finally(() => running.delete(tracked));
      running.add(tracked);
      pending.push(tracked);
      if (running.size >= jobs) await Promise.race(running);
    }
  }
  await Promise.all(pending);
  process.stdout.write('\n');
  for (const [t, n] of failed) process.stdout.write(`${n ? '✗' : '✓'} ${t}${n ? `：${n} 篇不通过` : ''}\n`);
  const combosFailed = [...failed.values()].filter((n) => n > 0).length;
  process.stdout.write(
    `\n${failed.size} 种组合 × ${files.length} 篇：检查了 ${decks} 套幻灯片（另有 ${same} 套因文稿没有附件而与不加 --attachments 的相同），` +
      `${bad} 套不通过，${combosFailed} 种组合有不通过的；幻灯片在 ${out}\n`,
  );
  return bad === 0 ? 0 : 1;
}

function run(file: string, args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(file, args);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

function isMarkdownText(file: string): boolean {
  const decoded = decodeText(readFileSync(file));
  return decoded.ok && looksLikeMarkdown(decoded.value.text);
}

function findTool(variable: string, name: string): string | null {
  const candidates = [process.env[variable], path.resolve(SHARED, 'tools', name)].filter((c): c is string => !!c);
  return candidates.find((c) => existsSync(c)) ?? null;
}

process.exitCode = await main(process.argv.slice(2));
