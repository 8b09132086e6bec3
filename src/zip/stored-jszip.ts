// What pptxgenjs asks of JSZip, and no more: folders, files (text, bytes or base64) and one archive
// at the end, written stored by writeZip. The bundled bin gives this module to pptxgenjs in place of
// jszip (scripts/bundle/build.mjs): renderDeck reads the archive straight back, repairs the parts and
// deflates them once, so JSZip's chunked generator (a setImmediate per part, UTF-8 encoded in
// JavaScript) was work done twice. The library build keeps jszip; both give the same parts (tested).
import { writeZip, type ZipEntry } from './zip.js';

type Data = string | Uint8Array | ArrayBuffer;
type OutputType = 'nodebuffer' | 'uint8array' | 'arraybuffer' | 'base64';

interface FileOptions {
  base64?: boolean;
}

// A fixed date: the archive is read back at once, and the deck's own date is set when it is repacked.
const EPOCH = new Date(Date.UTC(1980, 0, 1));

class Folder {
  constructor(
    protected readonly files: Map<string, Uint8Array>,
    private readonly prefix: string,
  ) {}

  folder(name: string): Folder {
    return new Folder(this.files, `${this.prefix}${name.replace(/\/?$/, '/')}`);
  }

  file(name: string, data: Data, options: FileOptions = {}): this {
    this.files.set(this.prefix + name, toBytes(data, options));
    return this;
  }
}

export default class StoredZip extends Folder {
  constructor() {
    super(new Map(), '');
  }

  async generateAsync(options: { type?: OutputType } = {}): Promise<Buffer | Uint8Array | ArrayBuffer | string> {
    const entries: ZipEntry[] = [...this.files].map(([name, data]) => ({ name, data }));
    const bytes = Buffer.from(writeZip(entries, EPOCH, { store: true }));
    switch (options.type ?? 'nodebuffer') {
      case 'nodebuffer':
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

function toBytes(data: Data, options: FileOptions): Uint8Array {
  if (typeof data === 'string') return Buffer.from(data, options.base64 ? 'base64' : 'utf8');
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  throw new Error('stored-jszip: unsupported file data');
}
