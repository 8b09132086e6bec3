import JSZip from 'jszip';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { packText, packTextOnPool, readZip, readZipDirectory, tableCrc32, writePackedZip, writeZip } from '../../src/zip/zip.js';

describe('zip', () => {
  const files = [
    { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
    { name: 'ppt/slides/slide1.xml', data: Buffer.from('<p:sld>中文</p:sld>'.repeat(50)) },
    { name: 'docProps/空.bin', data: new Uint8Array([0, 1, 2, 255]) },
  ];

  it('writes what another zip reader reads back, with names, contents and the fixed date', async () => {
    const bytes = writeZip(files, new Date(Date.UTC(2020, 0, 1)));
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files)).toEqual(files.map((f) => f.name));
    for (const f of files) expect(Buffer.from(await zip.file(f.name)!.async('uint8array')).equals(Buffer.from(f.data))).toBe(true);
    expect(zip.file('ppt/slides/slide1.xml')!.date.getUTCFullYear()).toBe(2020);
  });

  it('reads stored and deflated entries, skipping folders', async () => {
    const zip = new JSZip();
    zip.folder('ppt');
    zip.file('a.xml', '<a/>');
    zip.file('ppt/b.xml', '<b>乙</b>', { compression: 'DEFLATE' });
    const entries = readZip(await zip.generateAsync({ type: 'uint8array' }));
    expect(entries.map((e) => [e.name, Buffer.from(e.data).toString()])).toEqual([
      ['a.xml', '<a/>'],
      ['ppt/b.xml', '<b>乙</b>'],
    ]);
  });

  it('gives the same bytes for the same files', () => {
    expect(Buffer.from(writeZip(files, new Date(0))).equals(Buffer.from(writeZip(files, new Date(0))))).toBe(true);
  });

  it('computes CRC-32 without zlib.crc32 too', () => {
    expect(tableCrc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    const native = (zlib as unknown as { crc32?: (d: Uint8Array) => number }).crc32;
    if (native) expect(tableCrc32(files[1]!.data)).toBe(native(files[1]!.data) >>> 0);
  });
});

describe('zip, as the bin uses it', () => {
  it('stores entries when asked, for an archive that is read back at once', async () => {
    const files = [
      { name: 'a.xml', data: Buffer.from('<a>甲</a>') },
      { name: 'b/c.rels', data: Buffer.from('x'.repeat(3000)) },
    ];
    const bytes = writeZip(files, new Date(Date.UTC(1980, 0, 1)), { store: true });
    const directory = readZipDirectory(bytes);
    expect(directory.map((e) => [e.name, e.method, e.size, e.compressedSize])).toEqual([
      ['a.xml', 0, 10, 10],
      ['b/c.rels', 0, 3000, 3000],
    ]);
    const zip = await JSZip.loadAsync(bytes);
    expect(await zip.file('b/c.rels')!.async('string')).toBe('x'.repeat(3000));
    expect(readZip(bytes).map((e) => Buffer.from(e.data).toString())).toEqual(['<a>甲</a>', 'x'.repeat(3000)]);
  });

  it('deflates parts of 1 KB and more with a window fitted to the part, stores smaller ones, and all read back the same', async () => {
    // Sizes around the window steps (512 B … 32 KB) and past the largest window.
    const sizes = [0, 1, 511, 512, 513, 4095, 4096, 32767, 32768, 100_000];
    // n bytes of UTF-8 (possibly ending inside a character: the zip does not care).
    const text = (n: number) => Buffer.from(Array.from({ length: n }, (_, i) => '春夏秋冬abc<p/>'[(i * 7 + (i >> 5)) % 11]).join('')).subarray(0, n);
    const files = sizes.map((n) => ({ name: `p${n}.xml`, data: text(n) }));
    const bytes = writeZip(files, new Date(0));
    const zip = await JSZip.loadAsync(bytes);
    for (const f of files) expect(Buffer.from(await zip.file(f.name)!.async('uint8array')).equals(f.data)).toBe(true);
    // Parts under 1 KB are stored: deflating them costs more time than the bytes it saves are worth.
    expect(readZipDirectory(bytes).map((e) => [e.size, e.method])).toEqual(sizes.map((n) => [n, n < 1024 ? 0 : 8]));
  });

  it('refuses what is not a zip, or a cut one, by throwing (callers turn that into a problem)', () => {
    expect(() => readZipDirectory(Buffer.from('not a zip at all'))).toThrow();
    const whole = writeZip([{ name: 'a', data: Buffer.from('aaaa') }], new Date(0));
    expect(() => readZipDirectory(whole.subarray(0, whole.length - 30))).toThrow();
  });

  it('packs text as UTF-8, each entry with its own bytes though the encoding buffer is reused', () => {
    const texts = [
      ['small.rels', '<Relationships>小</Relationships>'], // stored
      ['big.xml', '<a:t>同志们，𠀀 emoji 😀 与中文</a:t>'.repeat(5000)], // deflated, past the first buffer
      ['small2.rels', '<r>乙</r>'], // stored, after a larger text reused the buffer
    ] as const;
    const entries = texts.map(([name, text]) => packText(name, text));
    const read = readZip(writePackedZip(entries, new Date(0)));
    expect(read.map((e) => [e.name, Buffer.from(e.data).toString('utf8')])).toEqual(texts);
    expect(entries.map((e) => e.method)).toEqual([0, 8, 0]);
  });

  it('packs text on the thread pool into the same entries as here', async () => {
    const texts = [
      ['small.rels', '<Relationships>小</Relationships>'],
      ['big.xml', '<a:t>同志们，𠀀 emoji 😀 与中文</a:t>'.repeat(5000)],
      ['mid.xml', '<a:t>第二部分</a:t>'.repeat(300)],
    ] as const;
    const later = texts.map(([name, text]) => packTextOnPool(name, text));
    const entries = await Promise.all(later);
    expect(entries).toEqual(texts.map(([name, text]) => packText(name, text)));
    if (process.versions.node.startsWith('20.')) expect(later.map((e) => e instanceof Promise)).toEqual([false, true, true]);
  });
});

