// Old Word files (.doc): the main text read from the piece table, as the .docx and the .txt of the
// same speech read; what is not the main text (headers, footers, footnotes, field codes) left out;
// and damaged or hostile files refused with a Chinese message, never a crash or a hang.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readOfficeFile } from '../../src/input/doc.js';
import { readCompoundFile } from '../../src/input/ole.js';
import { main } from '../../src/cli.js';
import { fakeIo, tmpDir } from '../helpers/io.js';

const FIXTURES = path.join(import.meta.dirname, '../fixtures/doc');
const SEED_DOC = new Uint8Array(readFileSync(path.join(FIXTURES, 'seed.doc')));
const NOTES_DOC = new Uint8Array(readFileSync(path.join(FIXTURES, 'notes.doc')));
const SEED_TXT = readFileSync(path.join(import.meta.dirname, '../../seeds/000_2f5a6255b26304ff.txt'), 'utf8');

function texts(bytes: Uint8Array): string[] {
  const r = readOfficeFile(bytes);
  if (!r.ok) throw new Error(r.problems[0]?.message);
  return r.value.map((l) => l.text);
}

/** Where the WordDocument stream starts in the file: the sector that begins with the FIB's magic. */
function fibOffset(bytes: Uint8Array): number {
  for (let at = 512; at + 2 <= bytes.length; at += 512) if (bytes[at] === 0xec && bytes[at + 1] === 0xa5) return at;
  throw new Error('no FIB');
}

function edited(bytes: Uint8Array, edit: (b: Buffer) => void): Uint8Array {
  const b = Buffer.from(bytes);
  edit(b);
  return new Uint8Array(b);
}

async function convert(name: string, bytes: Uint8Array) {
  const dir = tmpDir('doc2deck-doc-');
  writeFileSync(path.join(dir, name), bytes);
  const io = fakeIo();
  const code = await main([path.join(dir, name), '-o', path.join(dir, 'out.pptx')], io);
  return { code, err: io.err, files: readdirSync(dir).sort() };
}

describe('reading a .doc', () => {
  it('gives the seed speech line for line as its text file has it', () => {
    const lines = texts(SEED_DOC).filter((t) => t.trim() !== '');
    const expected = SEED_TXT.split(/\r?\n/).filter((t) => t.trim() !== '');
    expect(lines).toEqual(expected);
  });

  it('reads the streams of the compound file, small ones from the mini stream', () => {
    const file = readCompoundFile(SEED_DOC);
    expect(file.names).toEqual(expect.arrayContaining(['WordDocument', '1Table']));
    expect(file.stream('WordDocument')!.length).toBeGreaterThan(4096);
    expect(file.stream('\u0005SummaryInformation')!.length).toBeLessThan(4096);
    expect(file.stream('nothing')).toBeNull();
  });

  it('keeps the main text only: no header, footer, footnote, field code, file path or page number', () => {
    const lines = texts(NOTES_DOC);
    const all = lines.join('\n');
    expect(lines.slice(0, 4)).toEqual(['在全县安全生产工作会议上的讲话', '同志们：', '今天召开会议，主要任务是部署今年的安全生产工作。下面，我讲两点意见。', '一、认清形势']);
    // A link shows its text, never where it points.
    expect(all).toContain('详情见事故统计表。');
    for (const hidden of ['页眉', '脚注', '讲话稿终稿', 'D:\\', 'C:/', 'file:', '.xls', 'HYPERLINK', 'PAGE', '第1页']) expect(all).not.toContain(hidden);
    // Each table cell is a line, as in a .docx.
    expect(lines).toEqual(expect.arrayContaining(['单位', '责任人', '城关镇']));
    expect(all).toMatch(/谢谢大家！\s*$/);
    expect(all).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
  });

  it('makes the same deck as the text file, by name or by its bytes alone', async () => {
    const dir = tmpDir('doc2deck-doc-');
    const outline = async (file: string) => {
      const io = fakeIo();
      expect(await main(['outline', file], io)).toBe(0);
      return io.out;
    };
    writeFileSync(path.join(dir, '讲话.doc'), SEED_DOC);
    writeFileSync(path.join(dir, '讲话.wps'), SEED_DOC);
    const fromText = await outline(path.join(import.meta.dirname, '../../seeds/000_2f5a6255b26304ff.txt'));
    expect(await outline(path.join(dir, '讲话.doc'))).toBe(fromText);
    expect(await outline(path.join(dir, '讲话.wps'))).toBe(fromText);
    const io = fakeIo({ readStdin: async () => SEED_DOC });
    expect(await main(['-', '-o', path.join(dir, 'stdin.pptx')], io)).toBe(0);
    const r = await convert('讲话.doc', SEED_DOC);
    expect(r.code).toBe(0);
    expect(r.files).toEqual(['out.pptx', '讲话.doc']);
  });
});

describe('what a .doc does not hold', () => {
  it("says that Word's automatic numbering is not in a .doc when no numbering is found, and how to keep it", async () => {
    const io = fakeIo();
    expect(await main(['outline', path.join(FIXTURES, 'autonumbered.doc')], io)).toBe(0);
    expect(io.err).toContain('没有找到“一、”');
    expect(io.err).toContain('另存为 .docx');
    // A text file with no numbering gets no such advice.
    const dir = tmpDir('doc2deck-doc-');
    writeFileSync(path.join(dir, 'a.txt'), texts(new Uint8Array(readFileSync(path.join(FIXTURES, 'autonumbered.doc')))).join('\n'));
    const plain = fakeIo();
    expect(await main(['outline', path.join(dir, 'a.txt')], plain)).toBe(0);
    expect(plain.err).toContain('没有找到“一、”');
    expect(plain.err).not.toContain('.docx');
  });
});

describe('a .doc that cannot be read', () => {
  const fib = fibOffset(SEED_DOC);

  it('Word 95 and older: told to save it anew', async () => {
    const old = edited(SEED_DOC, (b) => b.writeUInt16LE(0x65, fib + 2));
    const r = await convert('旧.doc', old);
    expect([r.code, r.files]).toEqual([1, ['旧.doc']]);
    expect(r.err).toContain('Word 95');
  });

  it('a password: told to clear it', async () => {
    const locked = edited(SEED_DOC, (b) => b.writeUInt16LE(b.readUInt16LE(fib + 0x0a) | 0x0100, fib + 0x0a));
    const r = await convert('密.doc', locked);
    expect(r.code).toBe(1);
    expect(r.err).toContain('设有打开密码');
  });

  it('a piece table outside its stream, a stream chain that loops, a file cut short: damaged, not a crash or a hang', () => {
    const outside = edited(SEED_DOC, (b) => b.writeUInt32LE(0x7ffffff0, fib + 0x1a2));
    const sectorOfFib = (fib - 512) / 512;
    // The FIB's sector points at itself in the FAT (the first FAT sector is listed at 0x4c).
    const loop = edited(SEED_DOC, (b) => b.writeUInt32LE(sectorOfFib, 512 * (b.readUInt32LE(0x4c) + 1) + 4 * sectorOfFib));
    for (const bytes of [outside, loop, SEED_DOC.subarray(0, 2048), SEED_DOC.subarray(0, 600)]) {
      const r = readOfficeFile(bytes);
      expect(r.ok).toBe(false);
      expect(r.problems[0]?.message).toMatch(/无法识别|已损坏/);
    }
  });

  it('any bytes changed anywhere: a result, never an exception, control characters never kept', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(SEED_DOC.length - 1), fc.nat(255)), { minLength: 1, maxLength: 12 }), (writes) => {
        const b = Buffer.from(SEED_DOC);
        for (const [at, value] of writes) b[at] = value;
        const r = readOfficeFile(b);
        if (r.ok) for (const l of r.value) expect(l.text).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
      }),
      { numRuns: 400 },
    );
  });
});
