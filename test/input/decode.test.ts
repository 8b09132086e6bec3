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
    ['NUL bytes', [0x41, 0x00, 0x42, 0x00, 0x43, 0x00, 0x44, 0x00], '二进制'],
  ])('refuses %s as binary with a Chinese message', (_n, bytes, word) => {
    const r = decodeText(new Uint8Array(bytes));
    expect(r.ok).toBe(false);
    expect(r.problems[0]).toMatchObject({ code: 'input-binary', severity: 'error' });
    expect(r.problems[0]!.message).toContain(word);
  });

  it('refuses bytes that are neither UTF-8 nor GB18030', () => {
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
