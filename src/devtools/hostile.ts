// `npm run bench -- --hostile`: each hostile shape (hostile-shapes.ts) at --size bytes, plus the
// 130,000-paragraph text and a 142,000-paragraph .docx, converted once by the bin: wall and CPU time,
// peak memory (from /usr/bin/time), slides, and how it ended. A run that passes --limit seconds is
// stopped and shown as such. It measures and asserts nothing.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { SHAPES, docxOf, manyParagraphs } from './hostile-shapes.js';

export interface HostileRow {
  name: string;
  about: string;
  bytes: number;
  exit: number | 'timeout';
  wallMs: number;
  cpuMs: number | null;
  peakMb: number | null;
  slides: number | null;
}

const TIME = '/usr/bin/time';
const TIMEOUT = '/usr/bin/timeout';

export async function runHostile(bin: string, env: NodeJS.ProcessEnv, size: number, limitS: number, only: string[]): Promise<HostileRow[]> {
  const work = mkdtempSync(path.join(tmpdir(), 'doc2deck-hostile-'));
  const inputs: { name: string; about: string; file: string; make: () => Promise<string | Uint8Array> }[] = [
    ...SHAPES.map((s) => ({ name: s.name, about: s.about, file: `${s.name}.${s.ext ?? 'txt'}`, make: async () => s.text(size) })),
    { name: '130k-paragraphs', about: '13 万段', file: '130k-paragraphs.txt', make: async () => manyParagraphs(130_000) },
    { name: '142k-docx', about: '14.2 万段的 Word', file: '142k.docx', make: async () => docxOf(manyParagraphs(142_000).split('\n')) },
  ];
  const rows: HostileRow[] = [];
  for (const input of inputs) {
    if (only.length && !only.includes(input.name)) continue;
    const file = path.join(work, input.file);
    const data = await input.make();
    writeFileSync(file, data);
    rows.push({ name: input.name, about: input.about, bytes: Buffer.byteLength(data), ...convertOnce(bin, env, file, path.join(work, 'out.pptx'), limitS) });
    rmSync(file);
  }
  rmSync(work, { recursive: true, force: true });
  return rows;
}

function convertOnce(bin: string, env: NodeJS.ProcessEnv, input: string, output: string, limitS: number): Omit<HostileRow, 'name' | 'about' | 'bytes'> {
  const withTime = existsSync(TIME);
  // Under /usr/bin/time the limit is kept by coreutils' timeout, which kills node itself (killing
  // time would leave node running); without it, by spawnSync.
  const node = withTime && existsSync(TIMEOUT) ? [TIMEOUT, '-s', 'KILL', String(limitS), process.execPath] : [process.execPath];
  const args = [...node, bin, input, '-o', output];
  const [file, argv] = withTime ? [TIME, ['-f', 'TIME %U %S %M', ...args]] : [args[0]!, args.slice(1)];
  const start = process.hrtime.bigint();
  const r = spawnSync(file, argv, { env, encoding: 'utf8', timeout: (limitS + 5) * 1000, killSignal: 'SIGKILL', maxBuffer: 64 * 1024 * 1024 });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  const time = /TIME ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr ?? '');
  const slides = /（(\d+) 张幻灯片）/.exec(r.stderr ?? '');
  rmSync(output, { force: true });
  // timeout's own status when it killed node: 137 (128 + SIGKILL); node's usage is then not reported.
  const stopped = Boolean(r.error || r.signal) || r.status === 137;
  return {
    exit: stopped ? 'timeout' : (r.status ?? -1),
    wallMs,
    cpuMs: time && !stopped ? (Number(time[1]) + Number(time[2])) * 1000 : null,
    peakMb: time && !stopped ? Number(time[3]) / 1024 : null,
    slides: slides ? Number(slides[1]) : null,
  };
}

export function printHostile(rows: HostileRow[], limitS: number): void {
  const w = process.stdout.write.bind(process.stdout);
  w(`形状                 说明                     大小      结果     墙钟      CPU       峰值内存   幻灯片\n`);
  for (const r of rows) {
    const end = r.exit === 'timeout' ? `>${limitS}s` : r.exit === 0 ? '成功' : `退出 ${r.exit}`;
    const s = (ms: number | null) => (ms === null ? '-' : `${(ms / 1000).toFixed(1)} s`);
    w(
      `${r.name.padEnd(20)} ${pad(r.about, 24)} ${`${(r.bytes / 1e6).toFixed(1)} MB`.padStart(7)}  ${pad(end, 7)} ${s(r.wallMs).padStart(8)}  ${s(r.cpuMs).padStart(8)}  ${(r.peakMb === null ? '-' : `${Math.round(r.peakMb)} MB`).padStart(8)}  ${String(r.slides ?? '-').padStart(7)}\n`,
    );
  }
}

/** Pads to a width in columns, Chinese characters taking two. */
function pad(s: string, width: number): string {
  const cols = [...s].reduce((n, ch) => n + (/[\u1100-\u1fff\u2e80-\uffff]/u.test(ch) ? 2 : 1), 0);
  return s + ' '.repeat(Math.max(0, width - cols));
}
