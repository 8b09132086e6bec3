// Zip archives as bytes: the directory of a .docx before mammoth opens it, the parts pptxgenjs
// writes, and the repaired deck. A zip is a few fixed headers around each file; zlib does the
// (de)compression (reached through src/zip/zlib.ts), so no JavaScript zip library runs on these paths.
import { deflateRaw, deflateRawOnPool } from './deflate.js';
import { nodeZlib, zlibBinding } from './zlib.js';

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
const STORE_BELOW = 1024;

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
  if (e.method === DEFLATED) return { name: e.name, data: nodeZlib().inflateRawSync(raw) };
  throw new Error(`zip: ${e.name} uses compression method ${e.method}`);
}

export interface WriteZipOptions {
  /** Stored, not deflated: StoredZip's archive when no finisher takes the parts. */
  store?: boolean;
}

/** A file ready for the archive: its bytes as stored (deflated or not) and what its headers record. */
export interface PackedEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  crc: number;
  /** Unpacked size. */
  size: number;
  packed: Uint8Array;
}

/** A zip of the files in order, every entry dated `when` (UTC) so that the bytes repeat. */
export function writeZip(files: ZipEntry[], when: Date, options: WriteZipOptions = {}): Uint8Array {
  return writePackedZip(
    files.map((f) => packEntry(f, options)),
    when,
  );
}

/** One file packed for the archive: deflated, or stored when small (or when asked). */
export function packEntry(file: ZipEntry, options: WriteZipOptions = {}): PackedEntry {
  // Deflating a part under 1 KB (a deck's .rels files, half its parts) saves a few hundred bytes
  // and costs a zlib handle's set-up: they are stored.
  const method = options.store || file.data.length < STORE_BELOW ? STORED : DEFLATED;
  return { name: file.name, method, crc: crc32(file.data), size: file.data.length, packed: method === STORED ? file.data : deflateRaw(file.data) };
}

/**
 * A text file packed for the archive, as UTF-8. The text is encoded into a buffer kept for the next
 * call: Buffer.from(text) would measure the UTF-8 length in a pass of its own and allocate each
 * time, and a deck's XML (~1 MB for a 100 KB report) is mostly Chinese, three bytes a character.
 */
export function packText(name: string, text: string): PackedEntry {
  const data = utf8(text);
  const entry = packEntry({ name, data });
  // A stored entry's bytes are the data itself: it must not share the scratch buffer.
  if (entry.packed === data) entry.packed = Uint8Array.prototype.slice.call(data);
  return entry;
}

/** `text` as UTF-8 in the scratch buffer: valid until the next call. */
function utf8(text: string): Buffer {
  // At most three bytes per UTF-16 unit (a surrogate pair's two units become four bytes).
  if (scratch.length < text.length * 3) scratch = Buffer.allocUnsafe(Math.max(text.length * 3, scratch.length * 2));
  return scratch.subarray(0, scratch.write(text, 0, 'utf8'));
}

let scratch = Buffer.allocUnsafe(64 * 1024);

/**
 * packText with the deflating done on libuv's thread pool, so that this thread can go on with the
 * next part; the entry is the same as packText's. Where the pool cannot take it, packed here.
 */
export function packTextOnPool(name: string, text: string): PackedEntry | Promise<PackedEntry> {
  // A copy of its own, since the pool reads it after this returns (still cheaper than Buffer.from).
  const encoded = utf8(text);
  const data = Buffer.allocUnsafe(encoded.length);
  encoded.copy(data);
  const later = data.length < STORE_BELOW ? undefined : deflateRawOnPool(data);
  if (!later) return packEntry({ name, data });
  const crc = crc32(data);
  return later.then((packed) => ({ name, method: DEFLATED, crc, size: data.length, packed }));
}

/** The archive around entries already packed, in order, every entry dated `when` (UTC). */
export function writePackedZip(entries: PackedEntry[], when: Date): Uint8Array {
  const time = (when.getUTCHours() << 11) | (when.getUTCMinutes() << 5) | (when.getUTCSeconds() >> 1);
  // A ZIP date holds the years 1980–2107: any other year is written as the nearest it holds.
  const date = (Math.min(127, Math.max(0, when.getUTCFullYear() - 1980)) << 9) | ((when.getUTCMonth() + 1) << 5) | when.getUTCDate();
  const names = entries.map((e) => Buffer.from(e.name, 'utf8'));
  // One buffer for the whole archive, its size known in advance: a deck has hundreds of entries, and
  // two small header buffers and a concatenation per entry cost more than the headers themselves.
  let bodySize = 0;
  let directorySize = 0;
  entries.forEach((e, i) => {
    bodySize += 30 + names[i]!.length + e.packed.length;
    directorySize += 46 + names[i]!.length;
  });
  const out = Buffer.allocUnsafe(bodySize + directorySize + 22);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  let at = 0;
  let dir = bodySize;
  entries.forEach((e, i) => {
    const name = names[i]!;
    // From the flags on, a local header and its central directory entry carry the same fields.
    const fields = (start: number): void => {
      view.setUint16(start, UTF8_NAMES, true);
      view.setUint16(start + 2, e.method, true);
      view.setUint16(start + 4, time, true);
      view.setUint16(start + 6, date, true);
      view.setUint32(start + 8, e.crc, true);
      view.setUint32(start + 12, e.packed.length, true);
      view.setUint32(start + 16, e.size, true);
      view.setUint16(start + 20, name.length, true);
      view.setUint16(start + 22, 0, true); // no extra field
    };
    view.setUint32(at, LOCAL, true);
    view.setUint16(at + 4, 20, true);
    fields(at + 6);
    out.set(name, at + 30);
    out.set(e.packed, at + 30 + name.length);

    view.setUint32(dir, CENTRAL, true);
    view.setUint16(dir + 4, 20, true);
    view.setUint16(dir + 6, 20, true);
    fields(dir + 8);
    out.fill(0, dir + 32, dir + 42); // comment length, disk, attributes
    view.setUint32(dir + 42, at, true);
    out.set(name, dir + 46);

    at += 30 + name.length + e.packed.length;
    dir += 46 + name.length;
  });
  view.setUint32(dir, END, true);
  out.fill(0, dir + 4, dir + 8); // disk numbers
  view.setUint16(dir + 8, entries.length, true);
  view.setUint16(dir + 10, entries.length, true);
  view.setUint32(dir + 12, directorySize, true);
  view.setUint32(dir + 16, bodySize, true);
  view.setUint16(dir + 20, 0, true); // no comment
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

// The binding's crc32 (Node 20), else zlib.crc32 (Node 20.15 on), else the table-driven CRC-32 every zip uses.
let nativeCrc32: ((data: Uint8Array) => number) | null | undefined;
let table: Uint32Array | null = null;

function crc32(data: Uint8Array): number {
  if (nativeCrc32 === undefined) {
    // With the binding, node:zlib is not loaded for crc32 alone: the binding has it whenever zlib.crc32 exists.
    const binding = zlibBinding();
    const native = binding ? binding.crc32 : (nodeZlib() as unknown as { crc32?: (data: Uint8Array, start: number) => number }).crc32;
    nativeCrc32 = native ? (d) => native(d, 0) : null;
  }
  return nativeCrc32 ? nativeCrc32(data) >>> 0 : tableCrc32(data);
}

export function tableCrc32(data: Uint8Array): number {
  table ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = table[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
