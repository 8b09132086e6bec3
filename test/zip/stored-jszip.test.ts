// The JSZip stand-in pptxgenjs gets in the bundled bin: the same files, names and order as jszip would
// write, stored. (test/cli/bundle.test.ts checks whole decks: bin and library give the same bytes.)
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import StoredZip, { partsOf } from '../../src/zip/stored-jszip.js';
import { readZip, readZipDirectory } from '../../src/zip/zip.js';

type Files = { file(name: string, data: string | Uint8Array, options?: { base64?: boolean }): unknown };
type Zip = Files & { folder(name: string): (Files & { folder(name: string): unknown }) | null };

function fill(zip: Zip): void {
  // As pptxgenjs does it: folders first, then files by full path, a picture as base64.
  zip.folder('ppt')!.folder('_rels');
  zip.file('[Content_Types].xml', '<Types/>');
  zip.file('ppt/slides/slide1.xml', '<p:sld>第一张</p:sld>');
  zip.file('ppt/media/image1.png', Buffer.from([137, 80, 78, 71]).toString('base64'), { base64: true });
  zip.file('ppt/slides/slide1.xml', '<p:sld>改过</p:sld>'); // a second write replaces, in place
  zip.folder('docProps')!.file('app.xml', new Uint8Array([60, 47, 62]));
}

describe('stored-jszip', () => {
  it('holds what jszip would, in the same order', async () => {
    const ours = new StoredZip();
    const theirs = new JSZip();
    fill(ours);
    fill(theirs);
    const a = readZip((await ours.generateAsync({ type: 'nodebuffer' })) as Buffer);
    const b = readZip(await theirs.generateAsync({ type: 'nodebuffer' }));
    expect(a.map((e) => e.name)).toEqual(b.map((e) => e.name));
    for (const [i, e] of a.entries()) expect(Buffer.from(e.data).equals(Buffer.from(b[i]!.data))).toBe(true);
    expect(a.map((e) => e.name)).toEqual(['[Content_Types].xml', 'ppt/slides/slide1.xml', 'ppt/media/image1.png', 'docProps/app.xml']);
  });

  it('writes a stored archive in each output type pptxgenjs may ask for', async () => {
    const zip = new StoredZip();
    zip.file('a.txt', 'abc');
    const node = (await zip.generateAsync({ type: 'nodebuffer' })) as Buffer;
    expect(readZipDirectory(node)[0]).toMatchObject({ name: 'a.txt', method: 0, size: 3 });
    expect(Buffer.from((await zip.generateAsync({ type: 'uint8array' })) as Uint8Array).equals(node)).toBe(true);
    expect(Buffer.from((await zip.generateAsync({ type: 'arraybuffer' })) as ArrayBuffer).equals(node)).toBe(true);
    expect(Buffer.from((await zip.generateAsync({ type: 'base64' })) as string, 'base64').equals(node)).toBe(true);
    await expect(zip.generateAsync({ type: 'blob' as 'base64' })).rejects.toThrow(/not supported/);
  });

  it('hands renderDeck the parts behind its archive, XML still as text; nothing for other bytes', async () => {
    const zip = new StoredZip();
    fill(zip);
    const archive = (await zip.generateAsync({ type: 'nodebuffer' })) as Buffer;
    const parts = partsOf(archive)!;
    expect([...parts.keys()]).toEqual(readZip(archive).map((e) => e.name));
    expect(parts.get('ppt/slides/slide1.xml')).toBe('<p:sld>改过</p:sld>');
    expect(parts.get('ppt/media/image1.png')).toEqual(Buffer.from([137, 80, 78, 71]));
    expect(partsOf(Buffer.from(archive))).toBeUndefined();
  });
});
