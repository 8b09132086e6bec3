import JSZip from 'jszip';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readZip, tableCrc32, writeZip } from '../../src/render/zip.js';

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
