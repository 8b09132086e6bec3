// What PowerPoint and WPS put in a template's package beside its slides — sections naming the
// example slides, a thumbnail of the first, a picture used only on an example slide, no notes
// master — is handled: the deck lists none of it and stays schema-valid.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/convert.js';
import { renderDeck } from '../../src/render/render.js';
import { ROOT, SEED, SHARED } from '../helpers/samples.js';
import { tmpDir } from '../helpers/io.js';

const RED = path.join(ROOT, 'test/fixtures/templates/红头模板.pptx');
const VALIDATE = path.join(SHARED, 'tools/ooxml-validate');
const canValidate = existsSync(VALIDATE) && spawnSync('xmllint', ['--version']).status === 0;

const SECTIONS =
  '<p:extLst><p:ext uri="{521415D9-36F7-43E2-AB2F-B90AF26B5E84}"><p14:sectionLst><p14:section name="示例" id="{6F0E1A46-0D0A-4B6A-9B5E-1D2C3B4A5F60}"><p14:sldIdLst><p14:sldId id="256"/><p14:sldId id="257"/></p14:sldIdLst></p14:section></p14:sectionLst></p:ext></p:extLst>';

/** The red template as PowerPoint would save it with sections, a thumbnail and a picture on an example slide, and without a notes master. */
async function officeLike(): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(RED));
  const pres = await zip.file('ppt/presentation.xml')!.async('string');
  zip.file('ppt/presentation.xml', pres.replace('</p:presentation>', `${SECTIONS}</p:presentation>`).replace(/<p:notesMasterIdLst>[\s\S]*?<\/p:notesMasterIdLst>/, ''));
  const presRels = await zip.file('ppt/_rels/presentation.xml.rels')!.async('string');
  zip.file('ppt/_rels/presentation.xml.rels', presRels.replace(/<Relationship [^>]*notesMaster"[^>]*\/>/, ''));
  zip.file('docProps/thumbnail.jpeg', new Uint8Array([0xff, 0xd8, 0xff, 0xd9]));
  const rootRels = await zip.file('_rels/.rels')!.async('string');
  zip.file('_rels/.rels', rootRels.replace('</Relationships>', '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail" Target="docProps/thumbnail.jpeg"/></Relationships>'));
  zip.file('ppt/media/only-on-example.png', readFileSync(path.join(ROOT, 'docs/before-after/cover-after.png')));
  const slideRels = await zip.file('ppt/slides/_rels/slide2.xml.rels')!.async('string');
  zip.file('ppt/slides/_rels/slide2.xml.rels', slideRels.replace('</Relationships>', '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="../media/only-on-example.png"/></Relationships>'));
  const file = path.join(tmpDir(), 'office-like.pptx');
  writeFileSync(file, await zip.generateAsync({ type: 'uint8array' }));
  return file;
}

describe('a template package as PowerPoint saves it', () => {
  it('loses its sections, thumbnail and example-only pictures, gains a notes master, and validates', async () => {
    const template = await officeLike();
    const r = await analyse({ input: SEED, theme: 'dangzheng', ratio: '16:9', template, timestamp: new Date(0) }, { readStdin: async () => new Uint8Array() });
    if (!r.ok) throw new Error(r.problems[0]!.message);
    const bytes = await renderDeck(r.value.plan, r.value.theme, { timestamp: new Date(0), template: r.value.template! });
    const deck = await JSZip.loadAsync(bytes);
    const pres = await deck.file('ppt/presentation.xml')!.async('string');
    expect(pres).not.toContain('sectionLst');
    expect(pres).toMatch(/<\/p:sldMasterIdLst><p:notesMasterIdLst><p:notesMasterId r:id="rId\d+"\/><\/p:notesMasterIdLst><p:sldIdLst>/);
    expect(deck.file('docProps/thumbnail.jpeg')).toBeNull();
    expect(deck.file('ppt/media/only-on-example.png')).toBeNull();
    expect(await deck.file('_rels/.rels')!.async('string')).not.toContain('thumbnail');
    const notesMaster = /Target="(notesMasters\/[^"]+)"/.exec(await deck.file('ppt/_rels/presentation.xml.rels')!.async('string'))![1]!;
    expect(deck.file(`ppt/${notesMaster}`)).not.toBeNull();
    if (canValidate) {
      const out = path.join(tmpDir(), 'deck.pptx');
      writeFileSync(out, bytes);
      expect(spawnSync('python3', [VALIDATE, out], { encoding: 'utf8' }).stdout).toMatch(/ 0 violations/);
    }
  });
});

/** The red template with its example cover dressed on the slide (a full-bleed picture), and a photo mid-page on its example content slide. */
async function dressedExamples(): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(RED));
  const rels1 = await zip.file('ppt/slides/_rels/slide1.xml.rels')!.async('string');
  zip.file(
    'ppt/slides/_rels/slide1.xml.rels',
    rels1
      .replace('slideLayout1.xml', 'slideLayout2.xml')
      .replace('</Relationships>', '<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="../media/cover-picture.png"/></Relationships>'),
  );
  zip.file('ppt/media/cover-picture.png', readFileSync(path.join(ROOT, 'docs/before-after/cover-after.png')));
  const slide1 = await zip.file('ppt/slides/slide1.xml')!.async('string');
  const picture =
    '<p:pic><p:nvPicPr><p:cNvPr id="77" name="封面图片"/><p:cNvPicPr/><p:nvPr/></p:nvPicPr><p:blipFill><a:blip r:embed="rId7"/><a:stretch><a:fillRect/></a:stretch></p:blipFill>' +
    '<p:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="12192000" cy="6858000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>';
  zip.file('ppt/slides/slide1.xml', slide1.replace(/(<\/p:grpSpPr>)/, `$1${picture}`));
  const rels2 = await zip.file('ppt/slides/_rels/slide2.xml.rels')!.async('string');
  zip.file('ppt/slides/_rels/slide2.xml.rels', rels2.replace('slideLayout13.xml', 'slideLayout15.xml'));
  const file = path.join(tmpDir(), 'dressed.pptx');
  writeFileSync(file, await zip.generateAsync({ type: 'uint8array' }));
  return file;
}

describe('a template that dresses its example slides', () => {
  it("carries a full-bleed cover picture onto the cover and closing, never an example's photo mid-page", async () => {
    const template = await dressedExamples();
    const r = await analyse({ input: SEED, theme: 'dangzheng', ratio: '16:9', template, timestamp: new Date(0) }, { readStdin: async () => new Uint8Array() });
    if (!r.ok) throw new Error(r.problems[0]!.message);
    const bytes = await renderDeck(r.value.plan, r.value.theme, { timestamp: new Date(0), template: r.value.template! });
    const deck = await JSZip.loadAsync(bytes);
    const slides = r.value.plan.slides;
    const last = slides.length;
    for (const n of [1, last]) {
      expect(await deck.file(`ppt/slides/slide${n}.xml`)!.async('string')).toContain('name="封面图片"');
      expect(await deck.file(`ppt/slides/_rels/slide${n}.xml.rels`)!.async('string')).toContain('../media/cover-picture.png');
    }
    expect(deck.file('ppt/media/cover-picture.png')).not.toBeNull();
    const points = slides.findIndex((s) => s.layout === 'points') + 1;
    expect(await deck.file(`ppt/slides/slide${points}.xml`)!.async('string')).not.toContain('<p:pic>');
    if (canValidate) {
      const out = path.join(tmpDir(), 'deck.pptx');
      writeFileSync(out, bytes);
      expect(spawnSync('python3', [VALIDATE, out], { encoding: 'utf8' }).stdout).toMatch(/ 0 violations/);
    }
  });
});
