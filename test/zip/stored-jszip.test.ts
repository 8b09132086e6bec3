// The JSZip stand-in pptxgenjs gets in the bundled bin: the same files, names and order as jszip would
// write, stored. (test/cli/bundle.test.ts checks whole decks: bin and library give the same bytes.)
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import StoredZip, { withFinisher, type Part } from '../../src/zip/stored-jszip.js';
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

  it('hands the finisher given around its making the parts, XML still as text, and returns what it makes', async () => {
    const seen = new Map<string, Part>();
    const finished = Buffer.from('finished deck');
    // As in renderDeck: the archive is made synchronously inside the call withFinisher runs.
    const zip = withFinisher({ part: (name, data) => seen.set(name, data), finish: () => finished }, () => new StoredZip());
    const later = new StoredZip(); // made after: no finisher, a stored archive
    fill(zip);
    fill(later);
    expect(Buffer.from((await zip.generateAsync({ type: 'nodebuffer' })) as Buffer).equals(finished)).toBe(true);
    expect([...seen.keys()]).toEqual(['[Content_Types].xml', 'ppt/slides/slide1.xml', 'ppt/media/image1.png', 'docProps/app.xml']);
    expect(seen.get('ppt/slides/slide1.xml')).toBe('<p:sld>改过</p:sld>');
    expect(seen.get('ppt/media/image1.png')).toEqual(Buffer.from([137, 80, 78, 71]));
    expect(readZip((await later.generateAsync({ type: 'nodebuffer' })) as Buffer).map((e) => e.name)).toEqual([...seen.keys()]);
  });
});
