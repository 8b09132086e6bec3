import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readZip, readZipDirectory, writeZip } from '../../src/zip/zip.js';

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
});

describe('zip, as the deck uses it', () => {
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
});

describe('zip, its bytes', () => {
  it('depend on the files and the date only: the same on every Node (this file pins them)', () => {
    // A deck-like mix: small parts stored, larger ones deflated with fitted windows. The digest is
    // the same on Node 20 and Node 24 (CI runs both); if a Node's zlib ever deflates differently,
    // decks would differ between machines, and this says so first.
    const xml = (n: number) => Buffer.from(Array.from({ length: n }, (_, i) => `<a:t>第${i}条 同志们</a:t>`).join(''));
    const bytes = writeZip(
      [
        { name: '[Content_Types].xml', data: xml(3) },
        { name: 'ppt/slides/slide1.xml', data: xml(200) },
        { name: 'ppt/slides/slide2.xml', data: xml(5000) },
      ],
      new Date(Date.UTC(2020, 0, 1)),
    );
    expect(createHash('sha256').update(bytes).digest('hex')).toBe('c1b2a503bc3e5a30fbbda774779037ef628b4436bd9ff1fc9e3851faed8a1fb9');
  });
});
