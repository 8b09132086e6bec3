// What pptxgenjs 4.0.1 still writes wrong, each the reason for one repair in src/render/postprocess.ts.
// When a pptxgenjs upgrade fixes one, its test here fails: drop that repair (and this test) then.
import PptxGenJS from 'pptxgenjs';
import { describe, expect, it } from 'vitest';
import { readZip } from '../../src/zip/zip.js';

async function rawDeck(): Promise<Map<string, string>> {
  const pptx = new PptxGenJS();
  pptx.defineSlideMaster({
    title: 'M',
    background: { color: 'FFFFFF' },
    objects: [{ placeholder: { options: { name: 'body', type: 'body', x: 1, y: 1, w: 5, h: 2 }, text: '' } }],
    slideNumber: { x: 9, y: 5, w: 0.5, h: 0.3 },
  });
  // Two slides: the phantom master overrides come one per slide.
  for (const n of [1, 2]) {
    const slide = pptx.addSlide({ masterName: 'M' });
    slide.addText([{ text: '甲', options: { bold: true } }, { text: `乙${n}` }], { placeholder: 'body' });
    slide.addNotes('第一段\n第二段');
  }
  const bytes = (await pptx.write({ outputType: 'nodebuffer' })) as Uint8Array;
  return new Map(readZip(bytes).map((e) => [e.name, Buffer.from(e.data).toString('utf8')]));
}

describe('pptxgenjs 4.0.1 output that postprocess.ts repairs', async () => {
  const parts = await rawDeck();
  const slide = parts.get('ppt/slides/slide1.xml')!;

  it('writes a <a:pPr> before every run of a paragraph (dropDuplicateParagraphProperties)', () => {
    expect(slide).toMatch(/<\/a:r><a:pPr/);
  });

  it('lists slide masters it never writes (dropPhantomOverrides, PptxGenJS#1444)', () => {
    const listed = [...parts.get('[Content_Types].xml')!.matchAll(/PartName="\/(ppt\/slideMasters\/[^"]+)"/g)].map((m) => m[1]!);
    expect(listed.some((name) => !parts.has(name))).toBe(true);
  });

  it('marks placeholders hasCustomPrompt (dropEmptyPrompts)', () => {
    expect(slide).toContain('hasCustomPrompt="1"');
  });

  it('leaves the theme East Asian font empty (fillThemeFonts)', () => {
    expect(parts.get('ppt/theme/theme1.xml')).toMatch(/<a:ea typeface=""\s*\/>/);
  });

  it('writes notesMasterIdLst after sldIdLst (orderPresentationLists)', () => {
    const xml = parts.get('ppt/presentation.xml')!;
    expect(xml.indexOf('<p:notesMasterIdLst>')).toBeGreaterThan(xml.indexOf('<p:sldIdLst>'));
  });

  it('gives a solid background no effect list (addBackgroundEffects, PptxGenJS#1442)', () => {
    expect([...parts.values()].some((xml) => /<p:bgPr>[\s\S]*?<\/a:solidFill><\/p:bgPr>/.test(xml))).toBe(true);
  });

  it('marks runs en-US (markChinese)', () => {
    expect(slide).toContain('lang="en-US"');
  });

  it('writes the notes as one run with raw line breaks (rewriteNotes)', () => {
    expect(parts.get('ppt/notesSlides/notesSlide1.xml')).toMatch(/<a:t>第一段\s*第二段<\/a:t>/);
  });

  it('claims to be PowerPoint (fixAppProperties)', () => {
    expect(parts.get('docProps/app.xml')).toContain('<Application>Microsoft Office PowerPoint</Application>');
  });
});
