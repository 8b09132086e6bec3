// An old Office file (an OLE compound file) → source lines, or why it cannot be read: an old Word
// file (.doc, Word 97–2003, also what WPS saves as .doc) is read; a password-protected .docx (Office
// keeps it in such a container) or an .xls/.ppt is explained.
//
// The text of a .doc is stored in pieces ([MS-DOC] 2.4.1 "Retrieving Text"): the FIB at the start of
// the WordDocument stream gives the main text's length and where the piece table sits in the table
// stream; each piece is a run of characters stored as UTF-16 or as 8-bit (Windows-1252). Only the
// main text is read: headers, footers, footnotes and text boxes come after it and are left out, as
// are styles and Word's automatic numbering (numbers typed in the text are read as usual).
import { fail, ok, type Result } from '../problems.js';
import type { SourceLine } from '../doc/source.js';
import { kindOf, readCompoundFile, type CompoundFile } from './ole.js';
import { sanitizeText } from './sanitize.js';

const RESAVE = '请用 WPS/Word 打开后“另存为” Word 文档（.docx）或纯文本（.txt），再转换。';
const MESSAGES = {
  damaged: `这是旧版 Word 文件（.doc），但已损坏或无法识别。${RESAVE}`,
  protectedDocx:
    '这个 Word 文件设有打开密码（已加密），无法读取。请在 Word 中打开它，在“文件 → 信息 → 保护文档 → 用密码进行加密”中清空密码后保存（WPS：“文件 → 文档加密 → 密码加密”，清空打开密码），再转换。',
  notWord: '这是旧版 Office 文件（如 .xls、.ppt），不是 Word 文稿，无法读取。请提供 .doc、.docx、.txt 或 .md 文件。',
  unreadable: `这是旧版 Office 格式的文件（如旧版 Word 文件 .doc），但已损坏或无法识别。${RESAVE}`,
  encrypted: '这个旧版 Word 文件（.doc）设有打开密码（已加密），无法读取。请在 WPS/Word 中打开它，清空打开密码后另存为 .docx，再转换。',
  old: `这是 Word 95 或更早版本的文件，无法读取。${RESAVE}`,
  empty: 'Word 文件是空的（没有文字）。',
};

const WORD_MAGIC = 0xa5ec;
/** Word 97 and later; Word 6/95 files store their text another way. */
const WORD_97 = 0xc1;
const F_WHICH_TABLE = 0x0200;
const F_ENCRYPTED = 0x0100;
/** The piece table's entry in the CLX, after any formatting runs (type 1). */
const CLX_PIECES = 2;
const CLX_FORMATTING = 1;

/** Where the FIB's fields are, for the Word 97 layout every later version extends. */
const FIB = { flags: 0x0a, csw: 0x20 } as const;

export function readOfficeFile(bytes: Uint8Array): Result<SourceLine[]> {
  let file: CompoundFile;
  try {
    file = readCompoundFile(bytes);
  } catch {
    return fail('input-unreadable', MESSAGES.unreadable);
  }
  const kind = kindOf(file.names);
  if (kind !== 'word') return fail('input-unreadable', MESSAGES[kind === 'encrypted' ? 'protectedDocx' : 'notWord']);
  let read: { text: string } | { reason: Reason };
  try {
    read = mainText(file);
  } catch {
    read = { reason: 'damaged' };
  }
  if ('reason' in read) return fail(read.reason === 'empty' ? 'input-empty' : 'input-unreadable', MESSAGES[read.reason]);
  const lines = sanitizeText(read.text).split('\n').map((t) => ({ text: t }));
  if (lines.every((l) => l.text.trim() === '')) return fail('input-empty', MESSAGES.empty);
  return ok(lines);
}

type Reason = 'damaged' | 'encrypted' | 'old' | 'empty';

/** The main text with Word's marks turned into line breaks, or why it cannot be read. Throws on a malformed file. */
function mainText(file: CompoundFile): { text: string } | { reason: Reason } {
  const word = file.stream('WordDocument');
  if (!word || word.length < 0x22) return { reason: 'damaged' };
  const w = Buffer.from(word.buffer, word.byteOffset, word.byteLength);
  if (w.readUInt16LE(0) !== WORD_MAGIC) return { reason: 'damaged' };
  if (w.readUInt16LE(2) < WORD_97) return { reason: 'old' };
  const flags = w.readUInt16LE(FIB.flags);
  if (flags & F_ENCRYPTED) return { reason: 'encrypted' };
  // FibBase (32 bytes), then three arrays, each after its count: 16-bit words, 32-bit longs, pairs of 32-bit offset and length.
  const csw = w.readUInt16LE(FIB.csw);
  const lw = FIB.csw + 2 + csw * 2 + 2;
  const cslw = w.readUInt16LE(lw - 2);
  const fcLcb = lw + cslw * 4 + 2;
  const ccpText = w.readInt32LE(lw + 3 * 4); // FibRgLw97.ccpText: the main text's length in characters
  const clxAt = fcLcb + 33 * 8; // FibRgFcLcb97.fcClx, lcbClx
  const fcClx = w.readUInt32LE(clxAt);
  const lcbClx = w.readUInt32LE(clxAt + 4);
  const table = file.stream(flags & F_WHICH_TABLE ? '1Table' : '0Table');
  // Each character of the main text takes at least a byte of the stream: a larger count is a damaged (or hostile) file.
  if (!table || ccpText < 0 || ccpText > w.length || fcClx + lcbClx > table.length) return { reason: 'damaged' };
  const pieces = pieceTable(Buffer.from(table.buffer, table.byteOffset, table.byteLength).subarray(fcClx, fcClx + lcbClx));
  let text = '';
  for (const p of pieces) {
    if (p.start >= ccpText) break;
    const count = Math.min(p.end, ccpText) - p.start;
    const at = p.compressed ? p.fc / 2 : p.fc;
    const length = p.compressed ? count : count * 2;
    if (at + length > w.length) return { reason: 'damaged' };
    const raw = w.subarray(at, at + length);
    text += p.compressed ? WINDOWS_1252.decode(raw) : raw.toString('utf16le');
  }
  return text === '' ? { reason: 'empty' } : { text: marksToText(text) };
}

const WINDOWS_1252 = new TextDecoder('windows-1252');

interface Piece {
  start: number;
  end: number;
  fc: number;
  compressed: boolean;
}

/** The CLX: formatting runs to skip, then the pieces: n+1 character positions and n 8-byte descriptors. */
function pieceTable(clx: Buffer): Piece[] {
  let at = 0;
  while (at < clx.length && clx[at] === CLX_FORMATTING) at += 3 + clx.readUInt16LE(at + 1);
  if (at + 5 > clx.length || clx[at] !== CLX_PIECES) throw new Error('doc: no piece table');
  const size = clx.readUInt32LE(at + 1);
  const plc = clx.subarray(at + 5, at + 5 + size);
  const n = Math.floor((plc.length - 4) / 12);
  if (n < 1) throw new Error('doc: empty piece table');
  const pieces: Piece[] = [];
  for (let i = 0; i < n; i++) {
    const fc = plc.readUInt32LE((n + 1) * 4 + i * 8 + 2);
    const start = plc.readUInt32LE(i * 4);
    const end = plc.readUInt32LE((i + 1) * 4);
    if (end < start) throw new Error('doc: pieces out of order');
    pieces.push({ start, end, fc: fc & 0x3fffffff, compressed: (fc & 0x40000000) !== 0 });
  }
  return pieces;
}

const PARAGRAPH = '\r';
const CELL = '\u0007';
const FIELD_BEGIN = '\u0013';
const FIELD_SEPARATOR = '\u0014';
const FIELD_END = '\u0015';
const NON_BREAKING_HYPHEN = '\u001e';

/**
 * Word's marks in the text: a paragraph or a table cell ends a line (as in a .docx, each cell is a
 * line); a field (a link, a page number, a date) shows its result, never its code, which may hold a
 * file name or an address; the other marks (pictures, note references) are dropped by sanitizeText.
 */
function marksToText(text: string): string {
  let out = '';
  // One entry a field being read: whether its result has begun. Fields nest.
  const fields: boolean[] = [];
  for (const ch of text) {
    if (ch === FIELD_BEGIN) fields.push(false);
    else if (ch === FIELD_SEPARATOR) {
      if (fields.length > 0) fields[fields.length - 1] = true;
    } else if (ch === FIELD_END) fields.pop();
    else if (fields.every(Boolean)) out += ch === PARAGRAPH || ch === CELL ? '\n' : ch === NON_BREAKING_HYPHEN ? '-' : ch;
  }
  return out;
}
