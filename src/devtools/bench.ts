// `npm run bench`: doc2deck against pandoc on the same content, side by side in one run — the seed,
// a 100 KB report and a 1.2 MB document — then 100 documents as one batch against 100 single runs.
// Prints a table and writes the numbers as JSON (--json PATH). It measures and reports; it asserts
// nothing, and the test suite has no timing checks. `--hostile` instead converts inputs of hostile
// shapes (hostile.ts; --size BYTES, --limit SECONDS, --only NAME).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { decodeText } from '../input/decode.js';
import { parseDocument } from '../parse/parse.js';
import { treeToMarkdown } from './markdown.js';
import { measureSideBySide, runOnce, type Command, type Measured } from './measure.js';
import { printHostile, runHostile } from './hostile.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = path.join(ROOT, 'dist/bin.js');

interface Case {
  name: string;
  file: string;
  /** doc2deck's time as a fraction of pandoc's, at most. */
  target: number;
}

interface CaseResult extends Case {
  bytes: number;
  doc2deck: Measured;
  pandoc: Measured | null;
  ratio: number | null;
}

function main(): number | Promise<number> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '31' },
      warmup: { type: 'string', default: '1' },
      batch: { type: 'string', default: '100' },
      shared: { type: 'string', default: path.resolve(ROOT, '../shared') },
      json: { type: 'string' },
      // This sandbox sets NODE_EXTRA_CA_CERTS, which makes every node start read a CA bundle (~90 ms
      // here); doc2deck opens no connection, so by default its runs go without it.
      'keep-env': { type: 'boolean', default: false },
      // Hostile shapes (hostile.ts) instead of the comparison with pandoc.
      hostile: { type: 'boolean', default: false },
      size: { type: 'string', default: '1000000' },
      limit: { type: 'string', default: '120' },
      only: { type: 'string', multiple: true, default: [] },
    },
  });
  if (!existsSync(BIN)) {
    process.stderr.write(`找不到 ${BIN}：请先运行 npm run build。\n`);
    return 2;
  }
  const runs = Number(values.runs);
  const warmup = Number(values.warmup);
  const env = { ...process.env };
  const strippedCa = !values['keep-env'] && env.NODE_EXTRA_CA_CERTS !== undefined;
  if (strippedCa) delete env.NODE_EXTRA_CA_CERTS;

  if (values.hostile) return runHostile(BIN, env, Number(values.size), Number(values.limit), values.only).then((rows) => {
    printHostile(rows, Number(values.limit));
    if (values.json) writeFileSync(values.json, `${JSON.stringify({ node: process.version, size: Number(values.size), rows }, null, 2)}\n`);
    return 0;
  });

  const work = mkdtempSync(path.join(tmpdir(), 'doc2deck-bench-'));
  const corpus = path.join(values.shared, 'corpus');
  const cases: Case[] = [
    { name: '种子讲话稿', file: path.join(ROOT, 'seeds/000_2f5a6255b26304ff.txt'), target: 0.9 },
    { name: '100 KB 报告', file: path.join(corpus, '02_cpc20_report.txt'), target: 1.0 },
    { name: '1.2 MB 文稿', file: bigDocument(corpus, work), target: 0.5 },
  ];
  const pandoc = pandocVersion();
  if (!pandoc) process.stderr.write('未安装 pandoc（Debian：apt-get install -y pandoc），只测 doc2deck。\n');

  const node = (args: string[]): Command => ({ file: process.execPath, args: [BIN, ...args], env });
  const startup = measureSideBySide([node(['--version']), ...(pandoc ? [{ file: 'pandoc', args: ['--version'], env }] : [])], runs, warmup);

  const results: CaseResult[] = cases.map((c, i) => {
    const md = path.join(work, `case${i}.md`);
    writeFileSync(md, markdownOf(c.file));
    const ours = node([c.file, '-o', path.join(work, `case${i}.doc2deck.pptx`)]);
    const theirs: Command = { file: 'pandoc', args: [md, '-o', path.join(work, `case${i}.pandoc.pptx`)], env };
    const [d, p] = measureSideBySide(pandoc ? [ours, theirs] : [ours], runs, warmup);
    return { ...c, bytes: readFileSync(c.file).length, doc2deck: d!, pandoc: p ?? null, ratio: p ? d!.ms / p.ms : null };
  });

  const batch = measureBatch(Number(values.batch), [cases[0]!.file, ...readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(corpus, f))], work, node);

  const machine = {
    cores: availableParallelism(),
    cpu: /model name\s*:\s*(.+)/.exec(safeRead('/proc/cpuinfo'))?.[1] ?? 'unknown',
    node: process.version,
    pandoc,
    strippedNodeExtraCaCerts: strippedCa,
  };
  const report = { machine, runs, warmup, startup: { doc2deck: startup[0], pandoc: startup[1] ?? null }, cases: results, batch };
  // The decks and the batch's copies (~40 MB a run) go; the inputs (the Markdown given to pandoc, big.txt) stay beside the JSON.
  for (const f of readdirSync(work)) if (f.endsWith('.pptx') || f.startsWith('batch-')) rmSync(path.join(work, f), { recursive: true, force: true });
  printReport(report);
  const jsonPath = values.json ?? path.join(work, 'bench.json');
  writeFileSync(jsonPath, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`\nJSON：${jsonPath}\n`);
  return 0;
}

/** The corpus joined, repeated until it reaches 1.2 MB. */
function bigDocument(corpus: string, work: string): string {
  const texts = readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(corpus, f), 'utf8'));
  let text = '';
  while (Buffer.byteLength(text) < 1.2e6) text += texts.join('\n\n') + '\n\n';
  const file = path.join(work, 'big.txt');
  writeFileSync(file, text);
  return file;
}

function markdownOf(file: string): string {
  const decoded = decodeText(readFileSync(file));
  if (!decoded.ok) throw new Error(`cannot decode ${file}`);
  return treeToMarkdown(parseDocument(decoded.value.text).tree);
}

function pandocVersion(): string | null {
  const r = spawnSync('pandoc', ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.split('\n')[0]!.trim() : null;
}

/** `count` documents (the seed and the corpus, in turn): one batch run against one run per document. */
function measureBatch(count: number, sources: string[], work: string, node: (args: string[]) => Command) {
  const dir = path.join(work, 'batch-in');
  mkdirSync(dir);
  for (let i = 0; i < count; i++) writeFileSync(path.join(dir, `doc${String(i).padStart(3, '0')}.txt`), readFileSync(sources[i % sources.length]!));
  const files = readdirSync(dir).sort();
  const singleOut = path.join(work, 'batch-single');
  mkdirSync(singleOut);
  let singleMs = 0;
  let singlePeak = 0;
  for (const f of files) {
    const r = runOnce(node([path.join(dir, f), '-o', path.join(singleOut, f.replace(/\.txt$/, '.pptx'))]));
    singleMs += r.ms;
    singlePeak = Math.max(singlePeak, r.peakMb ?? 0);
  }
  const once = runOnce(node([dir, '-o', path.join(work, 'batch-out')]));
  const bytes = files.reduce((n, f) => n + readFileSync(path.join(dir, f)).length, 0);
  return { documents: count, bytes, singleRunsMs: singleMs, singlePeakMb: singlePeak || null, batchMs: once.ms, batchPeakMb: once.peakMb, speedup: singleMs / once.ms, target: 3 };
}

function safeRead(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

type Report = {
  machine: { cores: number; cpu: string; node: string; pandoc: string | null; strippedNodeExtraCaCerts: boolean };
  startup: { doc2deck: Measured | undefined; pandoc: Measured | null };
  cases: CaseResult[];
  batch: ReturnType<typeof measureBatch>;
  runs: number;
  warmup: number;
};

function printReport(r: Report): void {
  const ms = (m: Measured | null | undefined) => (m ? `${Math.round(m.ms)} ms` : '-');
  const mb = (m: Measured | null | undefined) => (m?.peakMb ? `${Math.round(m.peakMb)} MB` : '-');
  const w = process.stdout.write.bind(process.stdout);
  w(`机器：${r.machine.cores} 核，${r.machine.cpu}，Node ${r.machine.node}，${r.machine.pandoc ?? '无 pandoc'}\n`);
  w(`每项 ${r.warmup} 次预热、${r.runs} 次计时，取中位数（预热也建立 Node 的编译缓存）${r.machine.strippedNodeExtraCaCerts ? '；doc2deck 运行时去掉了本机设置的 NODE_EXTRA_CA_CERTS' : ''}\n\n`);
  const head = ['内容', '大小', 'doc2deck', '内存', 'pandoc', '内存', '比值', '目标', ''];
  const rows = r.cases.map((c) => [
    c.name,
    `${Math.round(c.bytes / 1024)} KB`,
    ms(c.doc2deck),
    mb(c.doc2deck),
    ms(c.pandoc),
    mb(c.pandoc),
    c.ratio === null ? '-' : `${c.ratio.toFixed(2)}×`,
    `≤ ${c.target.toFixed(1)}×`,
    c.ratio === null ? '' : c.ratio <= c.target ? '达标' : '未达标',
  ]);
  rows.push(['启动 --version', '', ms(r.startup.doc2deck), mb(r.startup.doc2deck), ms(r.startup.pandoc), mb(r.startup.pandoc), '', '', '']);
  table(head, rows);
  const b = r.batch;
  w(`\n${b.documents} 篇文稿（${Math.round(b.bytes / 1024)} KB）：逐篇运行共 ${(b.singleRunsMs / 1000).toFixed(1)} s，一次批量 ${(b.batchMs / 1000).toFixed(1)} s`);
  w(`（峰值内存 ${b.batchPeakMb ? Math.round(b.batchPeakMb) : '-'} MB），快 ${b.speedup.toFixed(1)} 倍，目标 ≥ ${b.target} 倍：${b.speedup >= b.target ? '达标' : '未达标'}\n`);
  const big = r.cases[2];
  if (big?.doc2deck.peakMb) w(`1.2 MB 文稿的峰值内存 ${Math.round(big.doc2deck.peakMb)} MB，目标 ≤ 300 MB：${big.doc2deck.peakMb <= 300 ? '达标' : '未达标'}\n`);
}

function table(head: string[], rows: string[][]): void {
  // Chinese characters take two columns.
  const cols = (s: string) => [...s].reduce((n, ch) => n + (/[\u1100-\uffff]/u.test(ch) && !/[×≤]/u.test(ch) ? 2 : 1), 0);
  const widths = head.map((_, i) => [head, ...rows].reduce((max, r) => Math.max(max, cols(r[i]!)), 0));
  for (const r of [head, ...rows]) process.stdout.write(`${r.map((c, i) => c + ' '.repeat(widths[i]! - cols(c))).join('  ').trimEnd()}\n`);
}

void Promise.resolve(main()).then((code) => {
  process.exitCode = code;
});
