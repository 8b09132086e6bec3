// Old Office files are OLE compound files (D0 CF 11 E0 A1 B1 1A E1): a little FAT file system. Only
// its directory is read here, for the stream names that say what the file is: an encrypted Word
// document (Office puts a password-protected .docx in such a container), an old .doc, or something else.

export const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export type OleKind = 'encrypted' | 'word' | 'other' | 'unreadable';

const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const HEADER_DIFAT = 109;

/** What an OLE file holds, by its stream names. */
export function oleKind(bytes: Uint8Array): OleKind {
  let names: Set<string>;
  try {
    names = new Set(streamNames(bytes));
  } catch {
    return 'unreadable';
  }
  if (names.has('EncryptionInfo') && names.has('EncryptedPackage')) return 'encrypted';
  if (names.has('WordDocument')) return 'word';
  return 'other';
}

/** The names of every entry in the directory. Throws on a malformed file. */
export function streamNames(bytes: Uint8Array): string[] {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.length < 512 || !OLE_MAGIC.every((m, i) => b[i] === m)) throw new Error('ole: not a compound file');
  const shift = b.readUInt16LE(0x1e);
  if (shift !== 9 && shift !== 12) throw new Error('ole: bad sector size');
  const size = 1 << shift;
  // Sector n starts after the header's sector; the last may be cut short.
  const sectors = Math.ceil((b.length - size) / size);
  const sector = (n: number): Buffer => {
    if (n >= sectors) throw new Error('ole: sector out of range');
    const at = (n + 1) * size;
    return b.subarray(at, Math.min(at + size, b.length));
  };
  // The FAT's own sectors: 109 listed in the header, the rest in a chain of DIFAT sectors.
  const fatSectors: number[] = [];
  for (let i = 0; i < HEADER_DIFAT; i++) fatSectors.push(b.readUInt32LE(0x4c + 4 * i));
  let difat = b.readUInt32LE(0x44);
  for (let hops = 0; difat !== END_OF_CHAIN && difat !== FREE && hops < sectors; hops++) {
    const s = sector(difat);
    if (s.length < size) throw new Error('ole: DIFAT sector cut short');
    for (let i = 0; i < size - 4; i += 4) fatSectors.push(s.readUInt32LE(i));
    difat = s.readUInt32LE(size - 4);
  }
  const fat: number[] = [];
  for (const n of fatSectors) {
    if (n === FREE || n === END_OF_CHAIN) continue;
    const s = sector(n);
    for (let i = 0; i + 4 <= s.length; i += 4) fat.push(s.readUInt32LE(i));
  }
  const names: string[] = [];
  let next = b.readUInt32LE(0x30);
  // A chain cannot be longer than the file has sectors: a loop is a malformed file.
  for (let hops = 0; next !== END_OF_CHAIN; hops++) {
    if (hops >= sectors) throw new Error('ole: directory chain loops');
    const s = sector(next);
    for (let at = 0; at + 128 <= s.length; at += 128) {
      const length = s.readUInt16LE(at + 0x40);
      if (length >= 2 && length <= 64) names.push(s.toString('utf16le', at, at + length - 2));
    }
    next = fat[next] ?? END_OF_CHAIN;
  }
  return names;
}
