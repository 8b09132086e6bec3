// Zip archives as bytes: the directory of a .docx before mammoth opens it, pptxgenjs's archive read
// back for repair, and the repaired deck. A zip is a few fixed headers around each file; node:zlib
// does the (de)compression and the CRC-32.
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  data: Uint8Array;
}

/** One file as the central directory describes it, before anything is inflated. */
export interface ZipDirectoryEntry {
  name: string;
  /** 0 stored, 8 deflated; other methods are listed but cannot be read. */
  method: number;
  compressedSize: number;
  /** The size the directory claims once unpacked: a hostile file may lie. */
  size: number;
  /** Offset of the local header. */
  local: number;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const UTF8_NAMES = 0x0800;
const STORED = 0;
const DEFLATED = 8;
/** Deflating a part under 1 KB (a deck's .rels files, half its parts) saves a few hundred bytes at a zlib set-up each. */
const STORE_BELOW = 1024;
/** Level 3: within 5% of level 6 in size on decks, at a quarter of the time. */
const LEVEL = 3;

/** The central directory's file entries, in order; folders skipped. Throws on a malformed archive. */
export function readZipDirectory(bytes: Uint8Array): ZipDirectoryEntry[] {
  const b = asBuffer(bytes);
  const end = b.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || end + 22 > b.length) throw new Error('zip: no end of central directory');
  const count = b.readUInt16LE(end + 10);
  let at = b.readUInt32LE(end + 16);
  const out: ZipDirectoryEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > b.length || b.readUInt32LE(at) !== CENTRAL) throw new Error('zip: bad central directory');
    const nameLength = b.readUInt16LE(at + 28);
    const entry: ZipDirectoryEntry = {
      name: b.toString('utf8', at + 46, at + 46 + nameLength),
      method: b.readUInt16LE(at + 10),
      compressedSize: b.readUInt32LE(at + 20),
      size: b.readUInt32LE(at + 24),
      local: b.readUInt32LE(at + 42),
    };
    at += 46 + nameLength + b.readUInt16LE(at + 30) + b.readUInt16LE(at + 32);
    if (!entry.name.endsWith('/')) out.push(entry);
  }
  return out;
}

/** Every file of a zip (stored or deflated), in the order of its central directory; folders skipped. */
export function readZip(bytes: Uint8Array): ZipEntry[] {
  return readZipDirectory(bytes).map((e) => readZipEntry(bytes, e));
}

/** One file of a zip, unpacked; the entry comes from readZipDirectory. Throws on a malformed archive. */
export function readZipEntry(bytes: Uint8Array, e: ZipDirectoryEntry): ZipEntry {
  const b = asBuffer(bytes);
  if (e.local + 30 > b.length || b.readUInt32LE(e.local) !== LOCAL) throw new Error(`zip: bad local header for ${e.name}`);
  const start = e.local + 30 + b.readUInt16LE(e.local + 26) + b.readUInt16LE(e.local + 28);
  const raw = b.subarray(start, start + e.compressedSize);
  if (e.method === STORED) return { name: e.name, data: raw };
  if (e.method === DEFLATED) return { name: e.name, data: inflateRawSync(raw) };
  throw new Error(`zip: ${e.name} uses compression method ${e.method}`);
}

/**
 * A zip of the files in order, every entry dated `when` (UTC) so that the bytes repeat. Parts of
 * 1 KB and more are deflated with a window just large enough for the part (2^9 to 2^15): setting up
 * the default 32 KB window with its tables costs more than compressing a part of a few KB.
 */
export function writeZip(files: ZipEntry[], when: Date): Uint8Array {
  const time = (when.getUTCHours() << 11) | (when.getUTCMinutes() << 5) | (when.getUTCSeconds() >> 1);
  // A ZIP date holds the years 1980–2107: any other year is written as the nearest it holds.
  const date = (Math.min(127, Math.max(0, when.getUTCFullYear() - 1980)) << 9) | ((when.getUTCMonth() + 1) << 5) | when.getUTCDate();
  const chunks: Uint8Array[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of files) {
    const method = data.length < STORE_BELOW ? STORED : DEFLATED;
    const windowBits = Math.max(9, Math.min(15, Math.ceil(Math.log2(data.length + 1))));
    const packed = method === STORED ? data : deflateRawSync(data, { level: LEVEL, windowBits, memLevel: Math.max(1, Math.min(8, windowBits - 6)) });
    const nameBytes = Buffer.from(name, 'utf8');
    // From the flags on, a local header and its central directory entry carry the same fields.
    const fields = Buffer.alloc(24);
    fields.writeUInt16LE(UTF8_NAMES, 0);
    fields.writeUInt16LE(method, 2);
    fields.writeUInt16LE(time, 4);
    fields.writeUInt16LE(date, 6);
    fields.writeUInt32LE(crc32(data), 8);
    fields.writeUInt32LE(packed.length, 12);
    fields.writeUInt32LE(data.length, 16);
    fields.writeUInt16LE(nameBytes.length, 20); // and no extra field
    const local = Buffer.alloc(6);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4); // version needed
    chunks.push(local, fields, nameBytes, packed);
    const central = Buffer.alloc(8);
    central.writeUInt32LE(CENTRAL, 0);
    central.writeUInt16LE(20, 4); // made by
    central.writeUInt16LE(20, 6); // version needed
    const tail = Buffer.alloc(14); // comment length, disk, attributes, then the local header's offset
    tail.writeUInt32LE(offset, 10);
    directory.push(central, fields, tail, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const directorySize = directory.reduce((n, c) => n + c.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...directory, end]);
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
