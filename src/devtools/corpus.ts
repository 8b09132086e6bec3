// `npm run corpus -- [DIR] [--render] [--score]`: build every document in DIR (default: our grown
// corpus, test/corpus/grown) into a temporary folder and print one row per document — encoding, parts,
// points, slides, warnings, and the strict reader's verdict when pptx-check is available (PPTX_CHECK, or
// ../shared/tools/pptx-check); with --render, LibreOffice also renders each deck and its page count must
// equal its slide count. Where a document has a key beside it (NAME.key.json, written before the parser
// saw the document), the row says whether title, level-1 parts and level-2 items came out as the key
// says, and a score line follows the table; --score prints only that, without building decks.
// Exit 1 if any deck fails (a score below the key is reported, not failed: it is a measurement).
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { analyse, convert } from '../convert.js';
import { decodeText } from '../input/decode.js';
import { looksLikeMarkdown } from '../input/markdown.js';
import { scoreTree, type CorpusKey, type Score } from './score.js';
import { scoreFigures, treesForKey, type FigureKey } from './figure-score.js';

const INPUT = /\.(txt|md|markdown|docx)$/i;

interface Row {
  file: string;
  encoding: string;
  parts: number;
  points: number;
  slides: number;
  warnings: number;
  verdict: string;
  ok: boolean;
  score: Score | null;
}

const DEFAULT_DIR = 'test/corpus/grown';

async function main(argv: string[]): Promise<number> {
  const render = argv.includes('--render');
  const scoreOnly = argv.includes('--score');
  const dir = argv.find((a) => !a.startsWith('--')) ?? DEFAULT_DIR;
  if (!existsSync(dir)) {
    process.stderr.write('用法：npm run corpus -- [文件夹] [--render] [--score]\n');
    return 2;
  }
  if (scoreOnly) {
    const rows: Row[] = [];
    for (const f of documentsIn(dir)) rows.push(await scoreOnlyRow(path.join(dir, f)));
    printScores(rows);
    await printFigureScore(true);
    return 0;
  }
  const out = mkdtempSync(path.join(tmpdir(), 'doc2deck-corpus-'));
  const checker = findTool('PPTX_CHECK', 'pptx-check');
  const validator = spawnSync('xmllint', ['--version']).status === 0 ? findTool('OOXML_VALIDATE', 'ooxml-validate') : null;
  const files = documentsIn(dir);
  const rows: Row[] = [];
  for (const f of files) rows.push(await build(path.join(dir, f), out, { checker, validator, render }));
  printTable(rows);
  process.stdout.write(`\n${rows.filter((r) => r.ok).length}/${rows.length} 通过；幻灯片在 ${out}\n`);
  printScoreLine(rows);
  await printFigureScore(false);
  if (!checker) process.stdout.write('（未找到 pptx-check，未做严格检查；可用 PPTX_CHECK 指定其路径）\n');
  if (!validator) process.stdout.write('（未找到 ooxml-validate 或 xmllint，未做模式校验；可用 OOXML_VALIDATE 指定其路径）\n');
  return rows.every((r) => r.ok) ? 0 : 1;
}

interface Checks {
  checker: string | null;
  validator: string | null;
  render: boolean;
}

async function build(file: string, outDir: string, { checker, validator, render }: Checks): Promise<Row> {
  const name = path.basename(file);
  const output = path.join(outDir, name.replace(INPUT, '.pptx'));
  const r = await convert({ input: file, output, theme: 'dangzheng', ratio: '16:9', timestamp: new Date(0) }, { readStdin: async () => new Uint8Array() });
  const score = readKey(file);
  if (!r.ok) return { file: name, encoding: '-', parts: 0, points: 0, slides: 0, warnings: 0, verdict: r.problems[0]?.message ?? '失败', ok: false, score: null };
  const { tree, plan, encoding } = r.value;
  const parts = tree.sections.filter((s) => !s.missing);
  const row: Row = {
    file: name,
    encoding,
    parts: parts.length,
    points: parts.reduce((n, s) => n + s.children.length, 0),
    slides: plan.slides.length,
    warnings: r.problems.length,
    verdict: '未检查',
    ok: true,
    score: score ? scoreTree(tree, score) : null,
  };
  if (!checker) return row;
  // Only plain text is compared sentence by sentence: Word and Markdown sources (also Markdown saved
  // as .txt) carry markup the notes do not.
  const plain = /\.txt$/i.test(name) && !isMarkdownText(file);
  const args = [checker, output, '--strict', '--json', ...(plain ? ['--source', file] : []), ...(render ? ['--render', output.replace(/\.pptx$/, '')] : [])];
  const run = spawnSync('python3', args, { encoding: 'utf8' });
  try {
    const report = JSON.parse(run.stdout);
    const kept = report.coverage ? ` ${report.coverage.kept_pct}%` : '';
    const pages = report.render ? ` ${report.render.pages}/${report.slides} 页` : '';
    row.verdict = `${report.errors.length} err ${report.overflow_slides.length} ovf ${report.offcanvas_slides.length} off${kept}${pages}`;
    const rendered = !render || (report.render?.rendered === true && report.render.pages === report.slides);
    row.ok = run.status === 0 && (!report.coverage || report.coverage.kept_pct === 100) && rendered;
    if (validator) {
      const xsd = spawnSync('python3', [validator, output], { encoding: 'utf8' });
      const violations = /(\d+) violations/.exec(xsd.stdout)?.[1] ?? '?';
      row.verdict += ` ${violations} xsd`;
      row.ok &&= xsd.status === 0 && violations === '0';
    }
  } catch {
    row.verdict = `pptx-check 失败：${run.stderr.trim().split('\n').pop() ?? ''}`;
    row.ok = false;
  }
  return row;
}

/** The documents of a corpus folder: its own notes (SOURCES.md, README.md) are not among them. */
function documentsIn(dir: string): string[] {
  return readdirSync(dir).filter((f) => INPUT.test(f) && !/^(?:SOURCES|README)\./u.test(f)).sort();
}

function isMarkdownText(file: string): boolean {
  const decoded = decodeText(readFileSync(file));
  return decoded.ok && looksLikeMarkdown(decoded.value.text);
}

function readKey(file: string): CorpusKey | null {
  const keyFile = file.replace(INPUT, '.key.json');
  return existsSync(keyFile) ? (JSON.parse(readFileSync(keyFile, 'utf8')) as CorpusKey) : null;
}

async function scoreOnlyRow(file: string): Promise<Row> {
  const key = readKey(file);
  const r = await analyse({ input: file, theme: 'dangzheng', ratio: '16:9', timestamp: new Date(0) }, { readStdin: async () => new Uint8Array() });
  const base = { file: path.basename(file), encoding: '-', parts: 0, points: 0, slides: 0, warnings: r.problems.length, verdict: '', ok: r.ok };
  return { ...base, score: key && r.ok ? scoreTree(r.value.tree, key) : null };
}

function printScores(rows: Row[]): void {
  for (const r of rows) {
    if (!r.score) continue;
    const s = r.score;
    process.stdout.write(`${mark(s.title)}标题 ${mark(s.level1)}一级 ${s.level2}/${s.parts} 二级  ${r.file}\n`);
    for (const m of s.misses) process.stdout.write(`      ${m}\n`);
  }
  printScoreLine(rows);
}

const mark = (ok: boolean) => (ok ? '✓' : '✗');

function printScoreLine(rows: Row[]): void {
  const scored = rows.map((r) => r.score).filter((s): s is Score => s !== null);
  if (scored.length === 0) return;
  const count = (f: (s: Score) => boolean) => scored.filter(f).length;
  const l2 = scored.reduce((n, s) => n + s.level2, 0);
  const parts = scored.reduce((n, s) => n + s.parts, 0);
  process.stdout.write(`\n对照答案（${scored.length} 篇）：标题 ${count((s) => s.title)}/${scored.length}，一级结构 ${count((s) => s.level1)}/${scored.length}，二级 ${l2}/${parts} 个部分\n`);
}

const FIGURE_KEY = 'test/corpus/figures/key.json';
// Where the documents of the figure key live: the shared corpus, our own corpora, the seed.
const FIGURE_DIRS = ['../shared/corpus', 'test/corpus/grown', 'test/corpus/holdout', 'seeds'];

/** Label precision and recall of the figures, against the hand-written key. */
async function printFigureScore(verbose: boolean): Promise<void> {
  if (!existsSync(FIGURE_KEY)) return;
  const key = (JSON.parse(readFileSync(FIGURE_KEY, 'utf8')) as { figures: FigureKey[] }).figures;
  const trees = await treesForKey(key, FIGURE_DIRS);
  const s = scoreFigures(trees, key);
  const pct = (a: number, b: number) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)}%`);
  if (verbose) for (const m of s.misses) process.stdout.write(`  ✗ ${m}\n`);
  process.stdout.write(
    `数据标签（答案 ${key.length} 个数字，${trees.size} 篇）：精确率 ${pct(s.right, s.shown)}（${s.right}/${s.shown}），召回率 ${pct(s.recalled, s.labelled)}（${s.recalled}/${s.labelled}），目标/实绩判错 ${s.wrongKind} 个\n`,
  );
}

function findTool(variable: string, name: string): string | null {
  const candidates = [process.env[variable], path.resolve('../shared/tools', name)].filter((c): c is string => !!c);
  return candidates.find((c) => existsSync(c)) ?? null;
}

function printTable(rows: Row[]): void {
  const head = ['文件', '编码', '部分', '要点', '幻灯片', '警告', '答案', 'pptx-check'];
  const keyed = (s: Score | null) => (s ? `${mark(s.title)}${mark(s.level1)}${s.level2}/${s.parts}` : '-');
  const lines = rows.map((r) => [r.file, r.encoding, String(r.parts), String(r.points), String(r.slides), String(r.warnings), keyed(r.score), `${r.ok ? '' : '✗ '}${r.verdict}`]);
  const width = (i: number) => [head, ...lines].reduce((max, l) => Math.max(max, [...l[i]!].length), 0);
  for (const l of [head, ...lines]) process.stdout.write(`${l.map((c, i) => (i === l.length - 1 ? c : c.padEnd(width(i)))).join('  ')}\n`);
}

process.exitCode = await main(process.argv.slice(2));
