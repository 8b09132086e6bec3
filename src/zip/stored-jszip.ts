// What pptxgenjs asks of JSZip, and no more: folders, files (text, bytes or base64) and one archive
// at the end. The bundled bin gives this module to pptxgenjs in place of jszip
// (scripts/bundle/build.mjs); the library build keeps jszip, and both give the same deck (tested).
//
// renderDeck repairs pptxgenjs's parts and deflates them once. With jszip it reads them back out of
// the archive jszip wrote; here it hands in a finisher instead (withFinisher), which is given each
// part the moment pptxgenjs writes it (XML still as text) and makes the archive this module returns:
// no archive in between, no UTF-8 encoded and decoded again, and a slide's XML is garbage as soon as
// it is packed instead of living (and being copied by the collector) until the end. Without a
// finisher the archive holds the parts stored, as jszip's would.
import { writeZip, type ZipEntry } from './zip.js';

export type Part = string | Uint8Array;
/** Takes the parts in the order pptxgenjs writes them, and makes the finished archive. */
export interface Finisher {
  /** A part as pptxgenjs writes it; a name written again replaces the earlier part, in its place. */
  part(name: string, data: Part): void;
  /** After the last part: the bytes of the finished archive (once parts still being packed are done). */
  finish(): Uint8Array | Promise<Uint8Array>;
}

type Data = string | Uint8Array | ArrayBuffer;
type OutputType = 'nodebuffer' | 'uint8array' | 'arraybuffer' | 'base64';

interface FileOptions {
  base64?: boolean;
}

// pptxgenjs constructs its JSZip synchronously inside pptx.write(), before its first await: the
// finisher set around that call is taken by exactly that archive, whatever else is in flight.
let pendingFinisher: Finisher | undefined;

/** Runs `start` (a call that makes one StoredZip, such as pptx.write()) with `finish` for that archive. */
export function withFinisher<T>(finish: Finisher, start: () => T): T {
  pendingFinisher = finish;
  try {
    return start();
  } finally {
    pendingFinisher = undefined;
  }
}

// A fixed date: an archive without a finisher is only a holder of parts; the deck is dated by the finisher.
const EPOCH = new Date(Date.UTC(1980, 0, 1));

/** Where a folder's files go: the finisher, or the archive's own list. */
type Sink = (name: string, data: Part) => void;

class Folder {
  constructor(
    private readonly sink: Sink,
    private readonly prefix: string,
  ) {}

  folder(name: string): Folder {
    return new Folder(this.sink, `${this.prefix}${name.replace(/\/?$/, '/')}`);
  }

  file(name: string, data: Data, options: FileOptions = {}): this {
    this.sink(this.prefix + name, toPart(data, options));
    return this;
  }
}

export default class StoredZip extends Folder {
  private readonly finisher: Finisher | undefined;
  private readonly files: Map<string, Part>;

  constructor() {
    const finisher = pendingFinisher;
    pendingFinisher = undefined;
    const files = new Map<string, Part>();
    super(finisher ? (name, data) => finisher.part(name, data) : (name, data) => files.set(name, data), '');
    this.finisher = finisher;
    this.files = files;
  }

  async generateAsync(options: { type?: OutputType } = {}): Promise<Buffer | Uint8Array | ArrayBuffer | string> {
    const archive = this.finisher ? await this.finisher.finish() : writeZip(this.entries(), EPOCH, { store: true });
    const bytes = Buffer.from(archive.buffer, archive.byteOffset, archive.byteLength);
    switch (options.type ?? 'nodebuffer') {
      case 'nodebuffer':
        return bytes;
      case 'uint8array':
        return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      case 'arraybuffer':
        return new Uint8Array(bytes).buffer;
      case 'base64':
        return bytes.toString('base64');
      default:
        throw new Error(`stored-jszip: output type ${String(options.type)} is not supported`);
    }
  }

  private entries(): ZipEntry[] {
    return [...this.files].map(([name, data]) => ({ name, data: typeof data === 'string' ? Buffer.from(data, 'utf8') : data }));
  }
}

function toPart(data: Data, options: FileOptions): Part {
  if (typeof data === 'string') return options.base64 ? Buffer.from(data, 'base64') : data;
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  throw new Error('stored-jszip: unsupported file data');
}
