// What pptxgenjs asks of JSZip, and no more: folders, files (text, bytes or base64) and one archive
// at the end, written stored by writeZip. The bundled bin gives this module to pptxgenjs in place of
// jszip (scripts/bundle/build.mjs): renderDeck repairs the parts and deflates them once, so JSZip's
// chunked generator (a setImmediate per part, UTF-8 encoded in JavaScript) was work done twice.
// The library build keeps jszip; both give the same parts (tested).
import { writeZip, type ZipEntry } from './zip.js';

export type Part = string | Uint8Array;

// The parts behind each archive this module wrote, as pptxgenjs gave them (XML as strings), so that
// renderDeck can repair them without decoding the archive's UTF-8 again (partsOf).
const written = new WeakMap<object, ReadonlyMap<string, Part>>();

/** The parts of an archive StoredZip wrote, in order; undefined for any other bytes (jszip's). */
export function partsOf(archive: object): ReadonlyMap<string, Part> | undefined {
  return written.get(archive);
}

type Data = string | Uint8Array | ArrayBuffer;
type OutputType = 'nodebuffer' | 'uint8array' | 'arraybuffer' | 'base64';

interface FileOptions {
  base64?: boolean;
}

// A fixed date: the archive is read back at once, and the deck's own date is set when it is repacked.
const EPOCH = new Date(Date.UTC(1980, 0, 1));

class Folder {
  constructor(
    protected readonly files: Map<string, Part>,
    private readonly prefix: string,
  ) {}

  folder(name: string): Folder {
    return new Folder(this.files, `${this.prefix}${name.replace(/\/?$/, '/')}`);
  }

  file(name: string, data: Data, options: FileOptions = {}): this {
    this.files.set(this.prefix + name, toPart(data, options));
    return this;
  }
}

export default class StoredZip extends Folder {
  constructor() {
    super(new Map(), '');
  }

  async generateAsync(options: { type?: OutputType } = {}): Promise<Buffer | Uint8Array | ArrayBuffer | string> {
    const entries: ZipEntry[] = [...this.files].map(([name, data]) => ({ name, data: typeof data === 'string' ? Buffer.from(data, 'utf8') : data }));
    const bytes = Buffer.from(writeZip(entries, EPOCH, { store: true }));
    switch (options.type ?? 'nodebuffer') {
      case 'nodebuffer':
        written.set(bytes, new Map(this.files));
        return bytes;
      case 'uint8array':
        return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      case 'arraybuffer':
        return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
      case 'base64':
        return bytes.toString('base64');
      default:
        throw new Error(`stored-jszip: output type ${String(options.type)} is not supported`);
    }
  }
}

function toPart(data: Data, options: FileOptions): Part {
  if (typeof data === 'string') return options.base64 ? Buffer.from(data, 'base64') : data;
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  throw new Error('stored-jszip: unsupported file data');
}
