// Many documents in one run, in-process through the Io seam: outputs in the folder, a failure that
// stops nothing else, names that clash, and the usage errors. (Under vitest the jobs run in this
// thread; the bin's worker threads are exercised in bin.test.ts.)
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { fakeIo, tmpDir } from '../helpers/io.js';
import { SEED } from '../helpers/samples.js';

const tmp = () => tmpDir('doc2deck-batch-');
const seedText = readFileSync(SEED);
const SHORT = '关于加强安全生产工作的通知\n\n一、提高认识\n安全生产是头等大事。\n\n二、压实责任\n各单位要落实主体责任。\n';

/** A folder of documents, by name. */
function folder(files: Record<string, string | Uint8Array>): string {
  const dir = tmp();
  for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(dir, name), bytes);
  return dir;
}

const isPk = (file: string) => readFileSync(file).subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'));

describe('doc2deck a.txt b.md … -o OUTDIR', () => {
  it('writes one deck per input into the folder, creating it, and ends with a one-line summary', async () => {
    const src = folder({ '讲话.txt': seedText, 'notice.md': `# 通知\n\n## 一、提高认识\n\n安全生产是头等大事。\n` });
    const out = path.join(tmp(), 'decks', 'new');
    const io = fakeIo();
    expect(await main([path.join(src, '讲话.txt'), path.join(src, 'notice.md'), '-o', out], io)).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['notice.pptx', '讲话.pptx']);
    for (const f of readdirSync(out)) expect(isPk(path.join(out, f))).toBe(true);
    expect(io.out).toBe('');
    // No progress without a terminal, no per-file chatter: the summary, counting the seed's warnings.
    expect(io.err.trim().split('\n')).toEqual([expect.stringMatching(/^已转换 2 个文件，失败 0 个；其中 1 个有警告（共 2 条/)]);
  });

  it('takes a folder: its .txt/.md/.docx/.doc documents, not other files, not hidden or Word lock files', async () => {
    const oldWord = new Uint8Array(readFileSync(path.join(import.meta.dirname, '../fixtures/doc/seed.doc')));
    const src = folder({ 'a.txt': SHORT, 'b.txt': seedText, 'c.doc': oldWord, 'picture.png': 'x', '~$b.docx': 'lock', '.hidden.txt': SHORT, 'notes.pptx': 'x' });
    mkdirSync(path.join(src, 'sub'));
    writeFileSync(path.join(src, 'sub', 'c.txt'), SHORT);
    const out = tmp();
    const io = fakeIo();
    expect(await main([src, '-o', out], io)).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['a.pptx', 'b.pptx', 'c.pptx']);
    expect(io.err).toContain('已转换 3 个文件，失败 0 个');
  });

  it('converts the good files when one is bad, names the bad one, and exits 1', async () => {
    const src = folder({ 'good1.txt': SHORT, 'broken.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'good2.txt': seedText });
    const out = tmp();
    const io = fakeIo();
    expect(await main([src, path.join(src, 'missing.txt'), '-o', out], io)).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['good1.pptx', 'good2.pptx']);
    expect(io.err).toContain(`${path.join(src, 'broken.txt')}: 错误：`);
    expect(io.err).toContain('PNG');
    expect(io.err).toContain(`找不到文件 ${path.join(src, 'missing.txt')}`);
    expect(io.err).toContain('已转换 2 个文件，失败 2 个');
    expect(io.err).not.toMatch(/\n\s+at /);
  });

  it('gives inputs with the same name their own decks and says so', async () => {
    const a = folder({ '讲话.txt': SHORT, 'Report.txt': SHORT });
    const b = folder({ '讲话.md': '# 讲话\n\n## 一、总体要求\n\n要求明确。\n', 'report.txt': SHORT, '讲话-2.txt': SHORT });
    const out = tmp();
    const io = fakeIo();
    const inputs = [path.join(a, '讲话.txt'), path.join(a, 'Report.txt'), path.join(b, '讲话.md'), path.join(b, 'report.txt'), path.join(b, '讲话-2.txt')];
    expect(await main([...inputs, '-o', out], io)).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['Report.pptx', 'report-2.pptx', '讲话-2-2.pptx', '讲话-2.pptx', '讲话.pptx']);
    expect(io.err).toContain(`注意：${path.join(b, '讲话.md')} 与 ${path.join(a, '讲话.txt')} 的幻灯片同名`);
    expect(io.err).toContain(path.join(out, '讲话-2.pptx'));
    expect(io.err).toContain(`注意：${path.join(b, 'report.txt')} 与 ${path.join(a, 'Report.txt')} 的幻灯片同名`);
    // 讲话-2.txt comes after the renamed 讲话.md took 讲话-2: it gets its own suffix rather than overwrite.
    expect(io.err).toContain(`注意：${path.join(b, '讲话-2.txt')} 与 ${path.join(b, '讲话.md')} 的幻灯片同名，前者写为 ${path.join(out, '讲话-2-2.pptx')}`);
  });

  it('converts a file named twice once', async () => {
    const src = folder({ 'a.txt': SHORT });
    const out = tmp();
    const io = fakeIo();
    expect(await main([path.join(src, 'a.txt'), src, '-o', out], io)).toBe(0);
    expect(readdirSync(out)).toEqual(['a.pptx']);
  });

  it('warns about a folder with no documents, and fails when there is nothing at all to convert', async () => {
    const empty = folder({ 'readme.pdf': 'x' });
    const io = fakeIo();
    expect(await main([empty, '-o', tmp()], io)).toBe(1);
    expect(io.err).toContain(`文件夹 ${empty} 中没有可转换的文稿`);
    expect(io.err).toContain('没有找到可转换的文稿');
  });
});

describe('progress', () => {
  it('draws a bar on a terminal and still ends with the summary', async () => {
    const src = folder({ 'a.txt': SHORT, 'b.txt': SHORT });
    let drawn = '';
    // What cli-progress uses of a terminal: isTTY, columns, write (it moves the cursor through readline).
    const terminal = { isTTY: true, columns: 100, write: (t: string) => ((drawn += t), true), on: () => terminal, removeListener: () => terminal };
    const io = fakeIo({ terminal: terminal as unknown as NodeJS.WriteStream });
    expect(await main([src, '-o', tmp()], io)).toBe(0);
    expect(drawn).toContain('2/2 个文稿');
    expect(io.err).toContain('已转换 2 个文件，失败 0 个');
  });
});

describe('batch usage errors exit 2 and write nothing', () => {
  const src = folder({ 'a.txt': SHORT, 'b.txt': SHORT });
  const a = path.join(src, 'a.txt');
  const b = path.join(src, 'b.txt');
  const existingFile = path.join(tmp(), 'deck.pptx');
  writeFileSync(existingFile, 'x');
  const plainFile = path.join(tmp(), 'out');
  writeFileSync(plainFile, 'x');

  it.each([
    ['several inputs without -o', [a, b], '请用 -o 指定输出文件夹'],
    ['a folder without -o', [src], '请用 -o 指定输出文件夹'],
    ['-o naming a .pptx file', [a, b, '-o', path.join(tmp(), 'x.pptx')], '-o 应是输出文件夹'],
    ['-o naming an existing .pptx file', [a, b, '-o', existingFile], '-o 应是输出文件夹'],
    ['-o naming an existing file', [a, b, '-o', plainFile], `${plainFile} 是一个文件`],
    ['stdin among several inputs', [a, '-', '-o', tmp()], '标准输入'],
  ])('%s', async (_name, args, words) => {
    const before = readdirSync(src);
    const io = fakeIo();
    expect(await main(args, io)).toBe(2);
    expect(io.err).toContain('用法错误');
    expect(io.err).toContain(words);
    expect(readdirSync(src)).toEqual(before);
    expect(readFileSync(plainFile, 'utf8')).toBe('x');
  });

  it('outline still takes one document', async () => {
    const io = fakeIo();
    expect(await main(['outline', a, b], io)).toBe(2);
  });
});

describe('one input keeps its single-file behaviour', () => {
  it('a folder with -o 名字.pptx is refused as before (exit 1)', async () => {
    const src = folder({ 'a.txt': SHORT });
    const io = fakeIo();
    const out = path.join(tmp(), 'x.pptx');
    expect(await main([src, '-o', out], io)).toBe(1);
    expect(io.err).toContain('文件夹');
    expect(existsSync(out)).toBe(false);
  });
});
