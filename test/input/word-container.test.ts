// What a file that says it is Word holds: a password-protected .docx or an old .doc (OLE compound
// files, built here byte by byte), a text file named .docx, something else named .docx, and a .docx
// whose XML (or count of paragraphs) would not fit in memory. Every refusal: exit 1, a Chinese message, no deck.
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_DOCX_PARAGRAPHS, MAX_DOCX_XML, readDocx } from '../../src/input/docx.js';
import { MAX_INPUT_BYTES, readInput } from '../../src/input/read.js';
import { oleKind, streamNames } from '../../src/input/ole.js';
import { main } from '../../src/cli.js';
import { writeZip } from '../../src/zip/zip.js';
import { fakeIo, tmpDir } from '../helpers/io.js';

const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;

/**
 * An OLE compound file (version 3, 512-byte sectors) whose directory names the given streams:
 * sector 0 is the FAT, sectors 1… the directory (four entries a sector), chained through the FAT.
 */
function ole(streams: string[]): Uint8Array {
  const names = ['Root Entry', ...streams];
  const dirSectors = Math.ceil(names.length / 4);
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  header.writeUInt16LE(0x3e, 0x18);
  header.writeUInt16LE(3, 0x1a);
  header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(9, 0x1e);
  header.writeUInt16LE(6, 0x20);
  header.writeUInt32LE(1, 0x2c); // one FAT sector
  header.writeUInt32LE(1, 0x30); // the directory starts at sector 1
  header.writeUInt32LE(END_OF_CHAIN, 0x3c);
  header.writeUInt32LE(END_OF_CHAIN, 0x44);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : FREE, 0x4c + 4 * i);
  const fat = Buffer.alloc(512, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0);
  for (let s = 1; s <= dirSectors; s++) fat.writeUInt32LE(s === dirSectors ? END_OF_CHAIN : s + 1, 4 * s);
  const dir = Buffer.alloc(512 * dirSectors);
  names.forEach((name, i) => {
    dir.write(name, i * 128, 'utf16le');
    dir.writeUInt16LE((name.length + 1) * 2, i * 128 + 0x40);
    dir.writeUInt8(i === 0 ? 5 : 2, i * 128 + 0x42);
  });
  return new Uint8Array(Buffer.concat([header, fat, dir]));
}

const ENCRYPTED = ole(['\u0006DataSpaces', 'DataSpaceMap', 'EncryptionInfo', 'EncryptedPackage', 'StrongEncryptionDataSpace']);
const OLD_DOC = ole(['WordDocument', '1Table', '\u0005SummaryInformation']);
const OLD_XLS = ole(['Workbook', '\u0005SummaryInformation']);

async function run(name: string, bytes: Uint8Array | string) {
  const dir = tmpDir('doc2deck-word-');
  writeFileSync(path.join(dir, name), bytes);
  const io = fakeIo();
  const code = await main([path.join(dir, name), '-o', path.join(dir, 'out.pptx')], io);
  return { code, err: io.err, files: readdirSync(dir).sort() };
}

function expectRefused(r: { code: number; err: string; files: string[] }, name: string, words: string) {
  expect(r.code).toBe(1);
  expect(r.err).toContain(words);
  expect(r.err).not.toMatch(/\n\s+at /);
  expect(r.files).toEqual([name]);
}

describe('OLE compound files', () => {
  it('reads the directory of a file built here, over several sectors', () => {
    expect(streamNames(ENCRYPTED)).toContain('EncryptedPackage');
    expect(oleKind(ENCRYPTED)).toBe('encrypted');
    expect(oleKind(OLD_DOC)).toBe('word');
    expect(oleKind(OLD_XLS)).toBe('other');
    // A directory cut off, or a chain that loops, is no Word file, not a crash.
    expect(oleKind(ENCRYPTED.subarray(0, 600))).toBe('unreadable');
    const loop = Buffer.from(OLD_DOC);
    loop.writeUInt32LE(1, 512 + 4); // sector 1 points at itself
    expect(oleKind(loop)).toBe('unreadable');
  });

  it('a password-protected .docx is called protected, with how to remove the password', async () => {
    const r = await run('加密.docx', ENCRYPTED);
    expectRefused(r, '加密.docx', '设有打开密码');
    expect(r.err).toContain('清空密码');
    expect(r.err).not.toContain('.doc）');
  });

  it('an old .doc whose text cannot be found, under any name, is told how to save it as .docx', async () => {
    for (const name of ['旧文件.doc', '旧文件.docx', '旧文件.txt']) expectRefused(await run(name, OLD_DOC), name, '另存为” Word 文档（.docx）');
  });

  it('another old Office file is not called a Word file', async () => {
    expectRefused(await run('表格.docx', OLD_XLS), '表格.docx', '不是 Word 文稿');
  });
});

describe('a file named .docx that is no Word package', () => {
  it('plain text is read as text, with a warning', async () => {
    const r = await run('讲话.docx', '关于加强基层治理的讲话\n同志们：\n一、提高认识\n各单位要行动起来。\n二、强化保障\n要落实责任。\n');
    expect(r.code).toBe(0);
    expect(r.err).toContain('内容是纯文本');
    expect(r.files).toEqual(['out.pptx', '讲话.docx']);
    // Known by its bytes, whatever the name says.
    const file = path.join(tmpDir(), 'a.docx');
    writeFileSync(file, '纯文本');
    const read = await readInput(file, async () => new Uint8Array());
    expect(read.ok && [read.value.format, read.value.named]).toEqual(['text', 'docx']);
  });

  it('a picture or binary data named .docx: one clear message', async () => {
    expectRefused(await run('图.docx', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])), '图.docx', '不是 Word 文档：输入看起来是PNG 图片');
    const binary = new Uint8Array(4096).map((_, i) => [0x48, 0x89, 0, 0, 0x0f, 0x05, 0, 0][i % 8]!);
    expectRefused(await run('坏.docx', binary), '坏.docx', '不是 Word 文档');
  });

  it('an empty file named .docx is empty', async () => {
    expectRefused(await run('空.docx', ''), '空.docx', '空的');
  });
});

describe('a .docx whose XML is too large to parse', () => {
  it('is refused from the sizes its directory declares (95 MiB of document.xml), before any inflating', async () => {
    expect(MAX_DOCX_XML).toBe(MAX_INPUT_BYTES);
    const para = Buffer.from('<w:p><w:r><w:t>各单位要把思想和行动统一到会议精神上来。</w:t></w:r></w:p>');
    const xml = Buffer.alloc(95 * 1024 * 1024);
    for (let i = 0; i < xml.length; i += para.length) para.copy(xml, i);
    const docx = writeZip([{ name: 'word/document.xml', data: xml }], new Date(Date.UTC(2020, 0, 1)));
    expect(docx.length).toBeLessThan(1024 * 1024);
    const r = await readDocx(docx);
    expect(r.ok).toBe(false);
    expect(r.problems[0]!.message).toContain('95 MB，超过 20 MB 的上限');
    const cli = await run('大.docx', docx);
    expectRefused(cli, '大.docx', '超过 20 MB');
  }, 30_000);

  it('is refused when it holds more paragraphs than mammoth can take in bounded memory, before mammoth runs', async () => {
    const para = '<w:p><w:r><w:t>要。</w:t></w:r></w:p>';
    const body = (n: number) => Buffer.from(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${para.repeat(n)}</w:body></w:document>`);
    const docx = (n: number) => writeZip([{ name: 'word/document.xml', data: body(n) }], new Date(Date.UTC(2020, 0, 1)));
    const over = await readDocx(docx(MAX_DOCX_PARAGRAPHS + 1));
    expect(over.ok).toBe(false);
    expect(over.problems[0]!.message).toContain(`有 ${MAX_DOCX_PARAGRAPHS + 1} 段，超过 3 万段的上限`);
    // One short of the limit is read.
    const under = await readDocx(docx(MAX_DOCX_PARAGRAPHS - 1));
    expect(under.ok).toBe(true);
  }, 30_000);
});
