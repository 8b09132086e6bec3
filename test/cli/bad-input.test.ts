// Every bad input of the table in docs/internals.md: a Chinese message that names the problem and what to do,
// exit 1 (2 for usage), no partial output, the input untouched, no stack trace unless --debug.
import { chmodSync, closeSync, mkdirSync, openSync, readdirSync, readFileSync, statSync, writeFileSync, ftruncateSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { fakeIo, tmpDir } from '../helpers/io.js';
import { describeWriteError } from '../../src/output/write.js';
import { SEED } from '../helpers/samples.js';
import { openDeck, slideNames } from '../helpers/pptx.js';

const tmp = () => tmpDir('doc2deck-bad-');

/** Run the CLI on a file we write, and check what every refusal must be. */
async function refuse(name: string, bytes: Uint8Array | string, words: string) {
  const dir = tmp();
  const input = path.join(dir, name);
  writeFileSync(input, bytes);
  const before = readFileSync(input);
  const io = fakeIo();
  const code = await main([input, '-o', path.join(dir, 'out.pptx')], io);
  expect(code).toBe(1);
  expect(io.err).toContain(words);
  expect(io.err).toMatch(/[\u4e00-\u9fff]/u);
  expect(io.err).not.toMatch(/\n\s+at /);
  expect(readdirSync(dir)).toEqual([name]);
  expect(readFileSync(input).equals(before)).toBe(true);
}

describe('bad input files', () => {
  it('empty file', () => refuse('empty.txt', '', '空的'));
  it('whitespace only', () => refuse('blank.txt', ' \n\u3000\u3000\r\n\t', '空的'));
  it('a PNG given as text', () => refuse('picture.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'PNG'));
  it('a PDF given as text', () => refuse('report.txt', '%PDF-1.7\n%âãÏÓ\n1 0 obj', 'PDF'));
  it('a ZIP that is not a Word file', async () => {
    const zip = new JSZip();
    zip.file('a.txt', 'x');
    await refuse('archive.txt', await zip.generateAsync({ type: 'uint8array' }), 'ZIP');
  });
  it('bytes that are neither UTF-8 nor GB18030', () => refuse('garbage.txt', new Uint8Array([0x41, 0x80, 0x42, 0xff, 0xff, 0xfe, 0x43, 0x81, 0x20]), '无法识别文本编码'));
  it('a corrupt .docx', () => refuse('broken.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]), 'Word'));

  it('a 50 MB text is refused before it is read', async () => {
    const dir = tmp();
    const input = path.join(dir, 'huge.txt');
    const fd = openSync(input, 'w');
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    const io = fakeIo();
    expect(await main([input, '-o', path.join(dir, 'out.pptx')], io)).toBe(1);
    expect(io.err).toContain('超过 20 MB');
    expect(readdirSync(dir)).toEqual(['huge.txt']);
    expect(statSync(input).size).toBe(50 * 1024 * 1024);
  });
});

describe('difficult but valid input', () => {
  it('a single 10,000-character line becomes a deck', async () => {
    const dir = tmp();
    const input = path.join(dir, 'line.txt');
    writeFileSync(input, '加强基层治理推进乡村振兴'.repeat(834).slice(0, 10_000));
    expect(await main([input, '-o', path.join(dir, 'out.pptx')], fakeIo())).toBe(0);
    const deck = await openDeck(readFileSync(path.join(dir, 'out.pptx')));
    expect(slideNames(deck).length).toBeGreaterThanOrEqual(3);
  });

  it('500 parts become a deck whose agenda continues over several slides', async () => {
    const dir = tmp();
    const input = path.join(dir, 'parts.txt');
    const parts = Array.from({ length: 500 }, (_, i) => `${i + 1}.第${i + 1}项工作\n做好第${i + 1}项工作。`).join('\n');
    writeFileSync(input, `五百项工作安排\n${parts}\n`);
    const io = fakeIo();
    expect(await main(['outline', input, '--json'], io)).toBe(0);
    const data = JSON.parse(io.out);
    expect(data.sections).toHaveLength(500);
    expect(data.slides.filter((s: { layout: string }) => s.layout === 'agenda').length).toBeGreaterThan(1);
    expect(await main([input, '-o', path.join(dir, 'out.pptx')], fakeIo())).toBe(0);
  }, 60_000);
});

describe('bad output paths', () => {
  it('a missing output folder is created', async () => {
    const dir = tmp();
    expect(await main([SEED, '-o', path.join(dir, 'a', 'b', 'deck.pptx')], fakeIo())).toBe(0);
    expect(readdirSync(path.join(dir, 'a', 'b'))).toEqual(['deck.pptx']);
  });

  it.runIf(process.getuid?.() !== 0)('an output folder that is not writable', async () => {
    const dir = tmp();
    const locked = path.join(dir, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    const io = fakeIo();
    expect(await main([SEED, '-o', path.join(locked, 'deck.pptx')], io)).toBe(1);
    expect(io.err).toContain('没有权限');
    expect(readdirSync(locked)).toEqual([]);
  });

  it('an output path inside a file (the folder cannot be made)', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'file'), 'x');
    const io = fakeIo();
    expect(await main([SEED, '-o', path.join(dir, 'file', 'deck.pptx')], io)).toBe(1);
    expect(io.err).toContain('不是文件夹');
    expect(readdirSync(dir)).toEqual(['file']);
  });

  it('the output path equal to the input path', async () => {
    const dir = tmp();
    const input = path.join(dir, 'speech.txt');
    writeFileSync(input, readFileSync(SEED));
    const io = fakeIo();
    // Refused for its extension before anything is read (the same file under a .pptx name: below).
    expect(await main([input, '-o', input], io)).toBe(2);
    expect(io.err).toContain('应以 .pptx 结尾');
    expect(readFileSync(input).equals(readFileSync(SEED))).toBe(true);
    const named = path.join(dir, 'speech.pptx');
    writeFileSync(named, readFileSync(SEED));
    const same = fakeIo();
    expect(await main([named, '-o', named], same)).toBe(1);
    expect(same.err).toContain('不能与输入文件相同');
    expect(readFileSync(named).equals(readFileSync(SEED))).toBe(true);
  });

  it.each([
    ['EBUSY', '正被其他程序占用'],
    ['EPERM', '如果文件正在 PowerPoint/WPS 中打开'],
    ['EACCES', '没有权限'],
    ['ENOSPC', '磁盘空间不足'],
  ])('an output file held open or refused by the system (%s) gets a message that says what to do', (code, words) => {
    expect(describeWriteError(code, 'D:\\会议\\讲话.pptx')).toContain(words);
  });
});

describe('usage and bugs', () => {
  it.each([[[]], [['a.txt', '--ratio', '5:4']], [['a.txt', '--date', '2024-02-30']], [['a.txt', '--bogus']]])('usage error %j exits 2', async (args) => {
    const io = fakeIo();
    expect(await main(args, io)).toBe(2);
    expect(io.err).toContain('用法错误');
  });

  it('an unexpected failure exits 70 with a one-line Chinese report, and the stack only with --debug', async () => {
    const broken = () => fakeIo({ readStdin: async () => { throw new Error('stdin exploded'); } });
    const quiet = broken();
    expect(await main(['-', '-o', path.join(tmp(), 'x.pptx')], quiet)).toBe(70);
    expect(quiet.err).toContain('内部错误');
    expect(quiet.err).not.toMatch(/\n\s+at /);
    const loud = broken();
    expect(await main(['-', '-o', path.join(tmp(), 'x.pptx'), '--debug'], loud)).toBe(70);
    expect(loud.err).toMatch(/\n\s+at /);
  });
});
