// The package as bytes: reading the zip pptxgenjs writes, and writing the repaired one with node:zlib.
// A zip is a few fixed headers around each file; doing it here saves a JSZip round trip, which was
// most of the time spent after pptxgenjs (read everything back, then compress it all again in JS).
import zlib from 'node:zlib';

export interface ZipEntry {
  name: string;
  data: Uint8Array;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const UTF8_NAMES = 0x0800;

/** Every file of a zip (stored or deflated), in the order of its central directory; folders skipped. */
export function readZip(bytes: Uint8Array): ZipEntry[] {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = b.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || b.readUInt32LE(end) !== END) throw new Error('zip: no end of central directory');
  const count = b.readUInt16LE(end + 10);
  let at = b.readUInt32LE(end + 16);
  const out: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (b.readUInt32LE(at) !== CENTRAL) throw new Error('zip: bad central directory');
    const method = b.readUInt16LE(at + 10);
    const size = b.readUInt32LE(at + 20);
    const nameLength = b.readUInt16LE(at + 28);
    const skip = nameLength + b.readUInt16LE(at + 30) + b.readUInt16LE(at + 32);
    const local = b.readUInt32LE(at + 42);
    const name = b.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + skip;
    if (name.endsWith('/')) continue;
    const start = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
    const raw = b.subarray(start, start + size);
    out.push({ name, data: method === 8 ? zlib.inflateRawSync(raw) : raw });
  }
  return out;
}

/** A zip of the files in order, DEFLATE-compressed, every entry dated `when` (UTC) so the bytes repeat. */
export function writeZip(files: ZipEntry[], when: Date): Uint8Array {
  const time = (when.getUTCHours() << 11) | (when.getUTCMinutes() << 5) | (when.getUTCSeconds() >> 1);
  const date = (Math.max(0, when.getUTCFullYear() - 1980) << 9) | ((when.getUTCMonth() + 1) << 5) | when.getUTCDate();
  const body: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const f of files) {
    // Level 3: within 5% of level 6 in size on decks, at a quarter of the time.
    const packed = zlib.deflateRawSync(f.data, { level: 3 });
    const crc = crc32(f.data);
    const name = Buffer.from(f.name, 'utf8');
    // From the flags on, a local header and its central directory entry carry the same fields.
    const fields = (header: Buffer, at: number): Buffer => {
      header.writeUInt16LE(UTF8_NAMES, at);
      header.writeUInt16LE(8, at + 2);
      header.writeUInt16LE(time, at + 4);
      header.writeUInt16LE(date, at + 6);
      header.writeUInt32LE(crc, at + 8);
      header.writeUInt32LE(packed.length, at + 12);
      header.writeUInt32LE(f.data.length, at + 16);
      header.writeUInt16LE(name.length, at + 20);
      return header;
    };
    const local = fields(Buffer.alloc(30), 6);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    const entry = fields(Buffer.alloc(46), 8);
    entry.writeUInt32LE(CENTRAL, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt32LE(offset, 42);
    body.push(local, name, packed);
    central.push(entry, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  const all = Buffer.concat([...body, directory, end]);
  return new Uint8Array(all.buffer, all.byteOffset, all.byteLength);
}

// zlib.crc32 arrived in Node 20.15; before that, the table-driven CRC-32 every zip uses.
const nativeCrc32 = (zlib as unknown as { crc32?: (data: Uint8Array) => number }).crc32;
let table: Uint32Array | null = null;

function crc32(data: Uint8Array): number {
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
