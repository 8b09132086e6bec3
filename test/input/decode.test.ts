import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/input/decode.js';
import { sanitizeText } from '../../src/input/sanitize.js';
import { parseDocument } from '../../src/parse/parse.js';

const SPEECH = '在全县工作会议上的讲话\n同志们：\n一、提高认识，统一思想\n第一，要抓落实。各单位要行动起来。\n二、强化保障\n';
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeText', () => {
  const variants: [string, Uint8Array, string][] = [
    ['UTF-8', utf8(SPEECH), 'utf-8'],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(SPEECH)]), 'utf-8-bom'],
    ['GB18030', iconv.encode(SPEECH, 'gb18030'), 'gb18030'],
    ['GBK with CRLF', iconv.encode(SPEECH.replace(/\n/g, '\r\n'), 'gbk'), 'gb18030'],
    ['UTF-16LE with BOM', new Uint8Array([0xff, 0xfe, ...iconv.encode(SPEECH, 'utf-16le')]), 'utf-16le'],
    ['UTF-16BE with BOM', new Uint8Array([0xfe, 0xff, ...iconv.encode(SPEECH, 'utf-16be')]), 'utf-16be'],
    ['UTF-8 with CR line ends', utf8(SPEECH.replace(/\n/g, '\r')), 'utf-8'],
    ['UTF-8 with mixed line ends', utf8(SPEECH.split('\n').map((l, i) => l + ['\r\n', '\r', '\n'][i % 3]).join('').slice(0, -1)), 'utf-8'],
  ];

  it.each(variants)('%s gives the same text and tree', (_name, bytes, encoding) => {
    const r = decodeText(bytes);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.encoding).toBe(encoding);
    expect(r.value.text).toBe(SPEECH);
    expect(parseDocument(r.value.text).tree).toEqual(parseDocument(SPEECH).tree);
  });

  it('removes control characters, zero-width characters and lone surrogates; keeps Word line breaks as lines', () => {
    const r = decodeText(utf8('第一\u0001段\u200b落\u000b第二行\u0000\ufeff'));
    expect(r.ok && r.value.text).toBe('第一段落\n第二行');
    // Bytes cannot carry a lone surrogate, but strings from a library caller can.
    expect(sanitizeText('前\ud800后\udc00')).toBe('前后');
  });

  it.each([
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG'],
    ['PDF', [...utf8('%PDF-1.7\n')], 'PDF'],
    ['ZIP', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00], 'ZIP'],
    ['RTF (an old .doc that is really RTF)', [...utf8('{\\rtf1\\ansi\\ansicpg936 {\\fonttbl}')], 'RTF'],
    // NULs that are not UTF-16's every other byte (A\0B\0C\0D\0 is UTF-16: see below).
    ['NUL bytes', [0x41, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x02, 0x42, 0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00], '二进制'],
  ])('refuses %s as binary with a Chinese message', (_n, bytes, word) => {
    const r = decodeText(new Uint8Array(bytes));
    expect(r.ok).toBe(false);
    expect(r.problems[0]).toMatchObject({ code: 'input-binary', severity: 'error' });
    expect(r.problems[0]!.message).toContain(word);
  });

  it('refuses bytes that no candidate encoding reads as text', () => {
    const r = decodeText(new Uint8Array([0x41, 0x80, 0x42, 0xff, 0xff, 0x43]));
    expect(r.ok).toBe(false);
    expect(r.problems[0]!.code).toBe('input-undecodable');
  });

  it('refuses empty and whitespace-only text', () => {
    for (const s of ['', '   \n\u3000\u3000\n\t']) {
      const r = decodeText(utf8(s));
      expect(r.ok).toBe(false);
      expect(r.problems[0]!.code).toBe('input-empty');
    }
  });
});

const lines = (n: number, from = 1) => Array.from({ length: n }, (_, i) => `第${from + i}行：各单位要把思想和行动统一到会议精神上来。`).join('\n') + '\n';
/** The UTF-8 bytes of `text`, with `bad` put in at the start of each line named (1-based). */
function damage(text: string, bad: number[], at: number[]): Uint8Array {
  const out: number[] = [];
  text.split('\n').forEach((line, i) => {
    if (i > 0) out.push(0x0a);
    if (at.includes(i + 1)) out.push(...bad);
    out.push(...utf8(line));
  });
  return new Uint8Array(out);
}

describe('damaged text: decoded with replacement characters, the lines named, converted', () => {
  it('a UTF-8 file cut inside its last character (a truncated download)', () => {
    const whole = utf8(SPEECH.trimEnd());
    const r = decodeText(whole.subarray(0, whole.length - 1));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.encoding).toBe('utf-8');
    expect(r.value.text).toBe(SPEECH.trimEnd().slice(0, -1) + '\uFFFD');
    expect(r.problems).toEqual([expect.objectContaining({ code: 'input-damaged', severity: 'warning' })]);
    expect(r.problems[0]!.message).toContain('文本在第5行有无法识别的字节');
    expect(r.problems[0]!.message).not.toMatch(/UTF-8|编码/);
  });

  it('a few bad bytes in a long UTF-8 file: every damaged line named, up to five, the rest counted', () => {
    const text = lines(400);
    const two = decodeText(damage(text, [0xff], [3, 250]));
    expect(two.ok && two.value.encoding).toBe('utf-8');
    expect(two.problems.map((p) => p.message)).toEqual([expect.stringContaining('文本在第3、250行有无法识别的字节')]);
    const many = decodeText(damage(text, [0xc3], [2, 4, 6, 8, 10, 12, 14]));
    expect(many.ok).toBe(true);
    expect(many.problems[0]!.message).toContain('文本在第2、4、6、8、10行等 7 行有无法识别的字节');
  });

  it('a lone surrogate encoded in UTF-8 (ED A0 80)', () => {
    const r = decodeText(damage('第一行\n第二行\n第三行', [0xed, 0xa0, 0x80], [2]));
    expect(r.ok && r.value.text).toBe('第一行\n\uFFFD\uFFFD\uFFFD第二行\n第三行');
    expect(r.problems[0]!.message).toContain('文本在第2行有无法识别的字节');
  });

  it('a GBK file stays GBK when cut inside its last character', () => {
    const gbk = iconv.encode(SPEECH.trimEnd(), 'gbk');
    const r = decodeText(gbk.subarray(0, gbk.length - 1));
    expect(r.ok && r.value.encoding).toBe('gb18030');
    expect(r.ok && r.value.text.slice(0, 20)).toBe(SPEECH.slice(0, 20));
    expect(r.problems[0]!.message).toContain('文本在第5行有无法识别的字节');
  });

  it('a UTF-8 BOM file with a bad byte keeps its encoding and is warned about', () => {
    const r = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...damage(SPEECH, [0xfe], [2])]));
    expect(r.ok && r.value.encoding).toBe('utf-8-bom');
    expect(r.problems[0]!.message).toContain('文本在第2行');
  });

  it('U+FFFD written in the file itself is text, not damage', () => {
    const r = decodeText(utf8('替换字符\uFFFD在这里\n'));
    expect(r.ok && r.problems).toEqual([]);
  });

  it('text that turns into binary data after the first 64 KB is refused', () => {
    const junk = Uint8Array.from({ length: 200_000 }, (_, i) => (i * 2654435761) >>> 24);
    const r = decodeText(new Uint8Array([...utf8(lines(2000)), ...junk]));
    expect(r.ok).toBe(false);
    expect(r.problems[0]!.code).toBe('input-binary');
  });
});

// Traditional Chinese, as a Taiwan or Hong Kong office would write it.
const TRADITIONAL = '關於加強基層治理的報告\n同志們：\n一、提高認識，統一思想\n第一，要抓落實。各單位要行動起來，確保工作見到實效。\n二、強化保障\n';

describe('encodings told apart by how plausible their text is', () => {
  it('reads Big5 as Big5, not as GB18030 garbage, and says so', () => {
    const r = decodeText(iconv.encode(TRADITIONAL, 'big5'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.encoding).toBe('big5');
    expect(r.value.text).toBe(TRADITIONAL);
    expect(r.problems).toEqual([expect.objectContaining({ code: 'input-encoding', severity: 'warning' })]);
    expect(r.problems[0]!.message).toContain('Big5');
  });

  it('still reads GBK as GB18030, short texts too', () => {
    for (const s of [SPEECH, '你好', '关于做好2024年度工作的通知']) {
      const r = decodeText(iconv.encode(s, 'gbk'));
      expect(r.ok && r.value.encoding).toBe('gb18030');
      expect(r.ok && r.value.text).toBe(s);
      expect(r.problems).toEqual([]);
    }
  });

  it.each(['utf-16le', 'utf-16be'] as const)('reads %s without a BOM (ASCII with NULs, and Chinese only)', (encoding) => {
    for (const s of [SPEECH, 'Report 2024\nAll units shall act.\n', '关于加强基层治理的意见']) {
      const r = decodeText(iconv.encode(s, encoding));
      expect(r.ok && r.value.encoding).toBe(encoding);
      expect(r.ok && r.value.text).toBe(s);
      expect(r.problems[0]!.message).toContain('UTF-16');
    }
  });

  it('refuses binary data that has no signature: a program, random bytes', () => {
    const program = new Uint8Array(4096);
    for (let i = 0; i < program.length; i += 16) program.set([0x48, 0x89, 0xe5, 0x41, 0x57, 0, 0, 0, 0xe8, 0x10, 0, 0, 0, 0xc3, 0x90, 0x90], i);
    const random = Uint8Array.from({ length: 5000 }, (_, i) => (i * 2654435761) >>> 24);
    for (const bytes of [program, random]) {
      const r = decodeText(bytes);
      expect(r.ok).toBe(false);
      expect(r.problems[0]!.code).toBe('input-binary');
    }
  });
});
