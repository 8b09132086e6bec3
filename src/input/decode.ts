// Bytes → text. Pure: BOM first, then strict UTF-8, then GB18030 (which covers GBK and GB2312).
import { fail, ok, type Result } from '../problems.js';
import { sanitizeText } from './sanitize.js';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: Encoding;
}

const SIGNATURES: { magic: number[]; what: string }[] = [
  { magic: [0x89, 0x50, 0x4e, 0x47], what: 'PNG 图片' },
  { magic: [0xff, 0xd8, 0xff], what: 'JPEG 图片' },
  { magic: [0x47, 0x49, 0x46, 0x38], what: 'GIF 图片' },
  { magic: [0x25, 0x50, 0x44, 0x46], what: 'PDF 文件' },
  { magic: [0x50, 0x4b, 0x03, 0x04], what: 'ZIP 压缩包' },
  { magic: [0xd0, 0xcf, 0x11, 0xe0], what: '旧版 Office 文件（.doc/.ppt）' },
  { magic: [0x7f, 0x45, 0x4c, 0x46], what: '可执行程序' },
];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

export function decodeText(bytes: Uint8Array): Result<DecodedText> {
  for (const sig of SIGNATURES) {
    if (startsWith(bytes, sig.magic)) {
      return fail('input-binary', `输入看起来是${sig.what}，不是文本。请提供 .txt、.md 或 .docx 文件。`);
    }
  }
  let decoded: DecodedText | null = null;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) decoded = tryDecode(bytes.subarray(3), 'utf-8', 'utf-8-bom');
  else if (startsWith(bytes, [0xff, 0xfe])) decoded = tryDecode(bytes.subarray(2), 'utf-16le', 'utf-16le');
  else if (startsWith(bytes, [0xfe, 0xff])) decoded = tryDecode(bytes.subarray(2), 'utf-16be', 'utf-16be');
  else if (looksBinary(bytes)) {
    return fail('input-binary', '输入包含二进制数据，不是文本。请提供 .txt、.md 或 .docx 文件。');
  } else {
    decoded = tryDecode(bytes, 'utf-8', 'utf-8') ?? tryDecode(bytes, 'gb18030', 'gb18030');
  }
  if (!decoded) {
    return fail('input-undecodable', '无法识别文本编码（既不是 UTF-8，也不是 GB18030/GBK）。请用记事本或 WPS 另存为 UTF-8 后重试。');
  }
  const text = sanitizeText(decoded.text);
  if (text.trim() === '') return fail('input-empty', '输入文件是空的（没有文字）。');
  return ok({ text, encoding: decoded.encoding });
}

function tryDecode(bytes: Uint8Array, label: string, encoding: Encoding): DecodedText | null {
  try {
    return { text: new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes), encoding };
  } catch {
    return null;
  }
}

// NUL bytes do not occur in UTF-8 or GB18030 text. A stray one (pasted from Word) is removed later;
// more than a few in the first 8 KB mean binary data or UTF-16 without a BOM.
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let nul = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) nul++;
  return nul > Math.max(2, n / 100);
}
