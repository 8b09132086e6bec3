// Text that is mostly readable converts, with a warning that says where it is damaged or how it was
// read; what no encoding reads as text is refused. Through the CLI: exit codes, stderr, the deck.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { fakeIo, tmpDir } from '../helpers/io.js';
import { SEED } from '../helpers/samples.js';

async function run(name: string, bytes: Uint8Array) {
  const dir = tmpDir('doc2deck-damaged-');
  const input = path.join(dir, name);
  writeFileSync(input, bytes);
  const io = fakeIo();
  const code = await main([input, '-o', path.join(dir, 'out.pptx')], io);
  return { code, err: io.err, files: readdirSync(dir).sort() };
}

const seed = readFileSync(SEED);

describe('damaged or unusually encoded text converts with a warning', () => {
  it('a UTF-8 file cut short inside a character: exit 0, the damaged line named', async () => {
    const text = seed.toString('utf8').trimEnd();
    const bytes = Buffer.from(text, 'utf8');
    const lastLine = text.split('\n').length;
    const r = await run('cut.txt', bytes.subarray(0, bytes.length - 1));
    expect(r.code).toBe(0);
    expect(r.err).toContain(`文本在第${lastLine}行有无法识别的字节`);
    expect(r.err).not.toContain('UTF-8');
    expect(r.files).toEqual(['cut.txt', 'out.pptx']);
  });

  it('a lone surrogate (ED A0 80) in the middle: exit 0, warned', async () => {
    const at = seed.indexOf(0x0a) + 1; // start of line 2
    const r = await run('surrogate.txt', Buffer.concat([seed.subarray(0, at), Buffer.from([0xed, 0xa0, 0x80]), seed.subarray(at)]));
    expect(r.code).toBe(0);
    expect(r.err).toContain('文本在第2行有无法识别的字节');
  });

  it('a traditional-Chinese Big5 file: exit 0, the encoding named', async () => {
    const text = '關於加強基層治理的報告\n同志們：\n一、提高認識，統一思想\n各單位要行動起來，確保工作見到實效。\n二、強化組織保障\n要加強領導，落實責任。\n';
    const r = await run('big5.txt', iconv.encode(text, 'big5'));
    expect(r.code).toBe(0);
    expect(r.err).toContain('Big5');
    expect(r.files).toContain('out.pptx');
  });

  it('UTF-16 without a BOM: exit 0, not "binary"', async () => {
    const r = await run('utf16.txt', iconv.encode(seed.toString('utf8'), 'utf-16le'));
    expect(r.code).toBe(0);
    expect(r.err).not.toContain('二进制');
    expect(r.files).toContain('out.pptx');
  });

  it('binary data with NULs and no signature is still refused: exit 1, no deck', async () => {
    const program = new Uint8Array(8192).map((_, i) => [0x48, 0x89, 0xe5, 0, 0, 0, 0xc3, 0x0f][i % 8]!);
    const r = await run('program.txt', program);
    expect(r.code).toBe(1);
    expect(r.err).toContain('二进制');
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(r.files).toEqual(['program.txt']);
  });
});
