// Bytes → text. Pure. A BOM names the encoding; valid UTF-8 is UTF-8; anything else is decoded in
// every candidate encoding (UTF-8 with replacements, GB18030, Big5, UTF-16 without a BOM) and the most
// plausible Chinese text wins (plausibility.ts). Bytes the chosen encoding cannot read become U+FFFD
// and a warning names their lines: a truncated download or a few bad bytes still convert. Binary data
// is what no candidate reads as text.
import { fail, ok, problem, type Problem, type Result } from '../problems.js';
import { isPlausibleText, plausibility, score, tooDamaged } from './plausibility.js';
import { sanitizeText } from './sanitize.js';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

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
  { magic: [0xd0, 0xcf, 0x11, 0xe0], what: '旧版 Office 文件（.doc/.xls/.ppt）' },
  { magic: [0x7f, 0x45, 0x4c, 0x46], what: '可执行程序' },
  // Often an "old Word file" that is really RTF: its text is buried in markup this reader does not take apart.
  { magic: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'RTF 文档（WPS/Word 可以打开，请另存为 .docx 或 .txt）' },
];

const BOMS: { magic: number[]; label: string; encoding: Encoding }[] = [
  { magic: [0xef, 0xbb, 0xbf], label: 'utf-8', encoding: 'utf-8-bom' },
  { magic: [0xff, 0xfe], label: 'utf-16le', encoding: 'utf-16le' },
  { magic: [0xfe, 0xff], label: 'utf-16be', encoding: 'utf-16be' },
];

/** Without a BOM, in the order that wins a tie: the common encodings first. */
const CANDIDATES: { label: string; encoding: Encoding }[] = [
  { label: 'utf-8', encoding: 'utf-8' },
  { label: 'gb18030', encoding: 'gb18030' },
  { label: 'big5', encoding: 'big5' },
  { label: 'utf-16le', encoding: 'utf-16le' },
  { label: 'utf-16be', encoding: 'utf-16be' },
];

/** The candidates are compared on the first 64 KB: enough text to tell them apart, whatever the file's size. */
const SAMPLE_BYTES = 64 * 1024;
/** Damaged lines named in the warning; the rest are counted. */
const LINES_NAMED = 5;

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

export function decodeText(bytes: Uint8Array): Result<DecodedText> {
  for (const sig of SIGNATURES) {
    if (startsWith(bytes, sig.magic)) {
      return fail('input-binary', `输入看起来是${sig.what}，不是文本。请提供 .txt、.md 或 .docx 文件。`);
    }
  }
  const chosen = chooseEncoding(bytes);
  if (!chosen.ok) return chosen;
  const { label, encoding, offset } = chosen.value;
  const body = bytes.subarray(offset);
  const raw = new TextDecoder(label, { ignoreBOM: true }).decode(body);
  const text = sanitizeText(raw);
  if (text.trim() === '') return fail('input-empty', '输入文件是空的（没有文字）。');
  const problems: Problem[] = [...chosen.problems];
  // U+FFFD the bytes spelled out themselves (EF BF BD in UTF-8) are text, not damage.
  const damaged = count(raw, '\uFFFD') - (label === 'utf-8' ? countBytes(body, [0xef, 0xbf, 0xbd]) : 0);
  if (damaged > 0) {
    // The sample looked like text; the file as a whole must too (text followed by binary data is not).
    if (tooDamaged(damaged, raw.length)) return refuse(bytes);
    problems.push(damageWarning(text));
  }
  return ok({ text, encoding }, problems);
}

interface Choice {
  label: string;
  encoding: Encoding;
  /** Bytes of BOM to skip. */
  offset: number;
}

function chooseEncoding(bytes: Uint8Array): Result<Choice> {
  const bom = BOMS.find((b) => startsWith(bytes, b.magic));
  if (bom) return ok({ label: bom.label, encoding: bom.encoding, offset: bom.magic.length });
  const sample = bytes.subarray(0, Math.min(bytes.length, SAMPLE_BYTES));
  // Valid UTF-8 is UTF-8 (the fast path, and what nearly every file is), unless it is full of NULs:
  // ASCII in UTF-16 is valid UTF-8 too.
  if (controlBytes(sample, true) <= allowedControls(sample.length) && isUtf8(bytes)) {
    return ok({ label: 'utf-8', encoding: 'utf-8', offset: 0 });
  }
  let best: { candidate: (typeof CANDIDATES)[number]; score: number; plausible: boolean } | null = null;
  for (const candidate of CANDIDATES) {
    const p = plausibility(new TextDecoder(candidate.label, { ignoreBOM: true }).decode(sample));
    const s = score(p);
    if (!best || s > best.score) best = { candidate, score: s, plausible: isPlausibleText(p) };
  }
  if (!best?.plausible) return refuse(bytes);
  const { label, encoding } = best.candidate;
  const problems: Problem[] = [];
  if (encoding === 'big5') {
    problems.push(problem('input-encoding', 'warning', '文本按繁体中文 Big5 编码读取。如果文字显示不对，请用记事本或 WPS 另存为 UTF-8 后重试。'));
  } else if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    problems.push(problem('input-encoding', 'warning', `文本按 ${encoding === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE'} 编码读取（文件开头没有编码标记）。如果文字显示不对，请另存为 UTF-8 后重试。`));
  }
  return ok({ label, encoding, offset: 0 }, problems);
}

/** No candidate reads the bytes as text: binary data if control bytes say so, else an unknown encoding. */
function refuse(bytes: Uint8Array): Result<never> {
  if (controlBytes(bytes, false) > allowedControls(bytes.length)) {
    return fail('input-binary', '输入包含二进制数据，不是文本。请提供 .txt、.md 或 .docx 文件。');
  }
  return fail('input-undecodable', '无法识别文本编码（不是 UTF-8、GB18030/GBK、Big5 或 UTF-16），文字大多无法读出。请用记事本或 WPS 另存为 UTF-8 后重试。');
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

// A stray NUL or control character (pasted from Word) is removed later; more than a few mean binary
// data, or UTF-16 (whose ASCII has a NUL in every other byte).
function allowedControls(n: number): number {
  return Math.max(2, n / 100);
}

/** NUL bytes only, or every control byte that text does not use (tab, line ends, form feed and ESC aside). */
function controlBytes(bytes: Uint8Array, nulOnly: boolean): number {
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0 || (!nulOnly && b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b)) n++;
  }
  return n;
}

function count(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

function countBytes(bytes: Uint8Array, seq: number[]): number {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const needle = Buffer.from(seq);
  let n = 0;
  for (let i = b.indexOf(needle); i >= 0; i = b.indexOf(needle, i + seq.length)) n++;
  return n;
}

/** 文本在第3、17行有无法识别的字节: the lines as the parser numbers them (the text is already sanitized). */
function damageWarning(text: string): Problem {
  const lines: number[] = [];
  let total = 0;
  let line = 1;
  let last = 0;
  let from = 0;
  for (let at = text.indexOf('\uFFFD'); at >= 0; at = text.indexOf('\uFFFD', at + 1)) {
    line += count(text.slice(from, at), '\n');
    from = at;
    if (line === last) continue;
    last = line;
    total++;
    if (lines.length < LINES_NAMED) lines.push(line);
  }
  const more = total > lines.length ? `等 ${total} 行` : '';
  return problem(
    'input-damaged',
    'warning',
    `文本在第${lines.join('、')}行${more}有无法识别的字节（已显示为“\uFFFD”），文件可能下载不完整或已损坏。请核对原文。`,
  );
}
