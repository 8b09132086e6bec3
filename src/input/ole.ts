// Old Office files are OLE compound files (D0 CF 11 E0 A1 B1 1A E1): a little FAT file system
// ([MS-CFB]). Its directory names the streams, which say what the file is: an encrypted Word document
// (Office puts a password-protected .docx in such a container), an old .doc, or something else; an
// old .doc's text is read from its streams. Every chain is bounded by the file's size: a hostile file
// whose chains loop or point outside it is malformed, not a hang.

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export type OleKind = 'encrypted' | 'word' | 'other' | 'unreadable';

export interface CompoundFile {
  /** The names of every entry in the directory. */
  names: string[];
  /** A stream's bytes, or null when the directory has no stream of that name. Throws on a malformed chain. */
  stream(name: string): Uint8Array | null;
}

const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const HEADER_DIFAT = 109;
const MINI_SECTOR = 64;
const STREAM = 2;
const ROOT = 5;

interface Entry {
  name: string;
  type: number;
  start: number;
  size: number;
}

/** A compound file, by its first eight bytes. */
export function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes.length >= OLE_MAGIC.length && OLE_MAGIC.every((m, i) => bytes[i] === m);
}

/** What an OLE file holds, by its stream names. */
export function oleKind(bytes: Uint8Array): OleKind {
  try {
    return kindOf(streamNames(bytes));
  } catch {
    return 'unreadable';
  }
}

/** What a compound file holds, by the names in its directory. */
export function kindOf(names: readonly string[]): Exclude<OleKind, 'unreadable'> {
  if (names.includes('EncryptionInfo') && names.includes('EncryptedPackage')) return 'encrypted';
  if (names.includes('WordDocument')) return 'word';
  return 'other';
}

/** The names of every entry in the directory. Throws on a malformed file. */
export function streamNames(bytes: Uint8Array): string[] {
  return readCompoundFile(bytes).names;
}

/** The directory of a compound file, and its streams on demand. Throws on a malformed file. */
export function readCompoundFile(bytes: Uint8Array): CompoundFile {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.length < 512 || !isCompoundFile(b)) throw new Error('ole: not a compound file');
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
  // A chain cannot be longer than the file has sectors: a loop is a malformed file.
  const chain = (start: number, table: number[], limit: number): number[] => {
    const out: number[] = [];
    for (let n = start; n !== END_OF_CHAIN; n = table[n] ?? END_OF_CHAIN) {
      if (out.length >= limit) throw new Error('ole: chain loops');
      out.push(n);
    }
    return out;
  };
  const read = (start: number): Buffer => Buffer.concat(chain(start, fat, sectors).map(sector));

  const entries: Entry[] = [];
  const directory = read(b.readUInt32LE(0x30));
  for (let at = 0; at + 128 <= directory.length; at += 128) {
    const length = directory.readUInt16LE(at + 0x40);
    if (length < 2 || length > 64) continue;
    entries.push({
      name: directory.toString('utf16le', at, at + length - 2),
      type: directory.readUInt8(at + 0x42),
      start: directory.readUInt32LE(at + 0x74),
      size: directory.readUInt32LE(at + 0x78),
    });
  }

  // Streams under the cutoff (4 KB) live in 64-byte mini sectors inside the root entry's stream.
  const cutoff = b.readUInt32LE(0x38);
  let mini: { fat: number[]; data: Buffer } | null = null;
  const miniStream = (): { fat: number[]; data: Buffer } => {
    if (mini) return mini;
    const root = entries.find((e) => e.type === ROOT);
    const table = b.readUInt32LE(0x3c) === END_OF_CHAIN ? Buffer.alloc(0) : read(b.readUInt32LE(0x3c));
    const miniFat: number[] = [];
    for (let i = 0; i + 4 <= table.length; i += 4) miniFat.push(table.readUInt32LE(i));
    mini = { fat: miniFat, data: root && root.start !== END_OF_CHAIN ? read(root.start) : Buffer.alloc(0) };
    return mini;
  };

  return {
    names: entries.map((e) => e.name),
    stream(name) {
      const entry = entries.find((e) => e.type === STREAM && e.name === name);
      if (!entry) return null;
      if (entry.size === 0) return new Uint8Array(0);
      if (entry.size >= cutoff) return read(entry.start).subarray(0, entry.size);
      const { fat: miniFat, data } = miniStream();
      const count = Math.ceil(data.length / MINI_SECTOR);
      const pieces = chain(entry.start, miniFat, count).map((n) => {
        if (n >= count) throw new Error('ole: mini sector out of range');
        return data.subarray(n * MINI_SECTOR, (n + 1) * MINI_SECTOR);
      });
      return Buffer.concat(pieces).subarray(0, entry.size);
    },
  };
}
