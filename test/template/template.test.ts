// Decks built on an organisation's template (test/fixtures/templates: made with LibreOffice by
// make.mjs, and real/, made by PowerPoint): repair-free, every text kept and fitting, the template's theme, layouts, pictures and
// slide size in the deck, its example slides gone, titles in its title placeholders.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyse, type Analysis } from '../../src/convert.js';
import { renderDeck } from '../../src/render/render.js';
import { SAMPLES, SHARED, ROOT } from '../helpers/samples.js';
import { openDeck, placeholderTitle, slideNames, type DeckParts } from '../helpers/pptx.js';
import { tmpDir } from '../helpers/io.js';

const TEMPLATES = path.join(ROOT, 'test/fixtures/templates');
const CHECK = path.join(SHARED, 'tools/pptx-check');
const VALIDATE = path.join(SHARED, 'tools/ooxml-validate');
const canValidate = existsSync(VALIDATE) && spawnSync('xmllint', ['--version']).status === 0;
const env = { readStdin: async () => new Uint8Array() };
const dir = tmpDir('doc2deck-template-');

const FIXTURES = [
  { file: '红头模板.pptx', size: [12192000, 6858000], cover: '标题幻灯片', content: '标题和内容' },
  { file: 'blue-4x3.potx', size: [9144000, 6858000], cover: 'Title Slide', content: 'Title, Content' },
  // Made by PowerPoint itself (real/SOURCES.md): layouts named in Traditional Chinese, a dark master.
  { file: 'real/powerpoint-dark-master.pptx', size: [9144000, 5143500], cover: '標題投影片', content: '標題及物件' },
];

async function build(input: string, template: string): Promise<{ analysis: Analysis; bytes: Uint8Array }> {
  const r = await analyse({ input, theme: 'dangzheng', ratio: '16:9', template, timestamp: new Date(0) }, env);
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
  const { plan, theme, template: org } = r.value;
  return { analysis: r.value, bytes: await renderDeck(plan, theme, { timestamp: new Date(0), template: org! }) };
}

describe.each(FIXTURES)('the $file template', ({ file, size, cover, content }) => {
  const templateFile = path.join(TEMPLATES, file);
  let template: DeckParts;
  beforeAll(async () => {
    template = await openDeck(new Uint8Array(await import('node:fs').then((fs) => fs.readFileSync(templateFile))));
  });

  describe.each(SAMPLES)('carrying $name', ({ name, input }) => {
    let deck: DeckParts;
    let bytes: Uint8Array;
    let analysis: Analysis;
    let out: string;
    beforeAll(async () => {
      ({ analysis, bytes } = await build(input, templateFile));
      deck = await openDeck(bytes);
      out = path.join(dir, `${name}-${path.parse(file).name}.pptx`);
      writeFileSync(out, bytes);
    });

    it.runIf(canValidate)('opens repair-free: no schema violations', () => {
      const run = spawnSync('python3', [VALIDATE, out], { encoding: 'utf8' });
      expect(run.stdout).toMatch(/ 0 violations/);
      expect(run.status).toBe(0);
    });

    it.runIf(existsSync(CHECK))('passes pptx-check --strict --source: no errors, no overflow, every sentence kept', () => {
      const run = spawnSync('python3', [CHECK, out, '--strict', '--json', '--source', input], { encoding: 'utf8' });
      const report = JSON.parse(run.stdout);
      expect(report.errors).toEqual([]);
      expect(report.overflow_slides).toEqual([]);
      expect(report.offcanvas_slides).toEqual([]);
      expect(report.cjk_runs_without_ea_font).toBe(0);
      expect(report.runs_lang_zh).toBe(report.runs);
      expect(report.coverage.kept_pct).toBe(100);
      expect(run.status).toBe(0);
    });

    it("keeps the template's theme, masters, layouts, pictures and slide size", () => {
      const kept = template.names.filter((n) => /^ppt\/(theme|slideMasters|slideLayouts|media)\/.+[^/]$/.test(n));
      expect(kept.length).toBeGreaterThan(20);
      for (const part of kept) expect(deck.names, part).toContain(part);
      for (const part of kept.filter((n) => /^ppt\/(theme\/theme1|slideMasters|slideLayouts)/.test(n))) expect(deck.xml.get(part), part).toBe(template.xml.get(part));
      expect(deck.xml.get('ppt/presentation.xml')).toMatch(new RegExp(`<p:sldSz cx="${size[0]}" cy="${size[1]}"[ />]`));
      // A .potx's main part is declared a presentation in the deck, or PowerPoint opens it as a template.
      expect(deck.xml.get('[Content_Types].xml')).toContain('presentationml.presentation.main+xml');
      expect(deck.xml.get('[Content_Types].xml')).not.toContain('template.main+xml');
    });

    it("drops the template's example slides and lists only ours", async () => {
      const slides = slideNames(deck);
      expect(slides).toHaveLength(analysis.plan.slides.length);
      for (const s of slides) expect(deck.xml.get(s)).not.toContain('示例');
      const ids = [...deck.xml.get('ppt/presentation.xml')!.matchAll(/<p:sldId\b/g)];
      expect(ids).toHaveLength(slides.length);
      const zip = await JSZip.loadAsync(bytes);
      const types = deck.xml.get('[Content_Types].xml')!;
      for (const m of types.matchAll(/PartName="\/([^"]+)"/g)) expect(zip.file(m[1]!), m[1]).not.toBeNull();
    });

    it("builds each slide on a template layout, titles in the layout's title placeholders", () => {
      const slides = slideNames(deck);
      const layoutNames = new Map<string, string>();
      for (const [part, xml] of template.xml) if (/^ppt\/slideLayouts\/[^/]+\.xml$/.test(part)) layoutNames.set(part, /<p:cSld name="([^"]*)"/.exec(xml)![1]!);
      const used = slides.map((s) => {
        const rels = deck.xml.get(s.replace('slides/', 'slides/_rels/') + '.rels')!;
        return layoutNames.get(`ppt/slideLayouts/${/slideLayouts\/([^"]+)"/.exec(rels)![1]}`);
      });
      expect(used[0]).toBe(cover);
      expect(used.filter((n) => n === content).length).toBeGreaterThan(slides.length / 3);
      const titled = slides.filter((s) => placeholderTitle(deck.xml.get(s)!));
      expect(titled.length / slides.length).toBeGreaterThanOrEqual(0.8);
    });
  });
});

describe('a template whose master styles do not read on its background', () => {
  // Its content master fills the background with tx1 (black) and styles its text in tx1 too: the
  // template's example slides coloured their text by hand. Ours must read without that.
  it('sets no text in tx1 and gives titles a colour of their own', async () => {
    const { analysis, bytes } = await build(SAMPLES[0]!.input, path.join(TEMPLATES, 'real/powerpoint-dark-master.pptx'));
    const colors = analysis.template!.choices.points.layout.colors;
    expect(colors).toMatchObject({ ink: 'bg1', surface: 'tx1' });
    expect(colors.title).not.toBeNull();
    const deck = await openDeck(bytes);
    let numbers = 0;
    for (const s of slideNames(deck)) {
      const xml = deck.xml.get(s)!;
      numbers += (xml.match(/type="sldNum"/g) ?? []).length;
      expect(xml, s).not.toContain('<a:schemeClr val="tx1"/></a:solidFill></a:rPr>');
      // The slide number's field takes its colour from its box's list style.
      for (const sp of xml.match(/<p:sp>(?:(?!<\/p:sp>)[\s\S])*type="sldNum"[\s\S]*?<\/p:sp>/g) ?? []) expect(sp, s).toContain('<a:defRPr><a:solidFill><a:schemeClr val="bg1"/>');
      // Every other run of text carries a colour: none is left to the black the master's styles give.
      for (const run of xml.replace(/<a:fld\b[\s\S]*?<\/a:fld>/g, '').matchAll(/<a:rPr\b[^>]*?(?:\/>|>([\s\S]*?)<\/a:rPr>)/g)) expect(run[1] ?? '', s).toContain('<a:solidFill>');
    }
    expect(numbers).toBeGreaterThan(5);
  });
});

describe('a template that cannot be used', () => {
  const save = (name: string, bytes: Uint8Array | string) => {
    const file = path.join(dir, name);
    writeFileSync(file, bytes);
    return file;
  };
  const refusal = async (template: string) => {
    const r = await analyse({ input: SAMPLES[0]!.input, theme: 'dangzheng', ratio: '16:9', template, timestamp: new Date(0) }, env);
    expect(r.ok).toBe(false);
    return r.problems[0]!;
  };

  it('is not a presentation: refused in Chinese', async () => {
    const p = await refusal(save('不是模板.pptx', '这不是演示文稿'));
    expect(p.code).toBe('template-invalid');
    expect(p.message).toContain('不是 PowerPoint 演示文稿');
  });

  it('is encrypted (an OLE compound file): refused in Chinese', async () => {
    const p = await refusal(save('加密模板.pptx', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])));
    expect(p.message).toContain('加密');
  });

  it('has no slide master: refused in Chinese', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('ppt/presentation.xml', '<p:presentation><p:sldSz cx="9144000" cy="6858000"/></p:presentation>');
    const p = await refusal(save('无母版.pptx', await zip.generateAsync({ type: 'uint8array' })));
    expect(p.message).toContain('没有幻灯片母版');
  });

  it('does not exist: refused in Chinese', async () => {
    const p = await refusal(path.join(dir, '没有这个模板.potx'));
    expect(p.code).toBe('template-not-found');
  });

  // A real template damaged the ways a broken download or a careless tool damages one: each would have
  // made a deck PowerPoint must repair, reported as a success.
  const damaged = async (name: string, change: (zip: JSZip) => Promise<void>) => {
    const zip = await JSZip.loadAsync(readFileSync(path.join(TEMPLATES, 'real/powerpoint-dark-master.pptx')));
    await change(zip);
    return refusal(save(name, await zip.generateAsync({ type: 'uint8array' })));
  };
  const cut = (zip: JSZip, part: string) => zip.file(part)!.async('string').then((x) => void zip.file(part, x.slice(0, x.length / 2)));

  it.each([
    ['a layout cut short', (zip: JSZip) => cut(zip, 'ppt/slideLayouts/slideLayout13.xml'), 'slideLayout13.xml 不是完整的 XML'],
    ['presentation.xml cut short', (zip: JSZip) => cut(zip, 'ppt/presentation.xml'), 'presentation.xml 不是完整的 XML'],
    ['its themes missing', async (zip: JSZip) => void zip.remove('ppt/theme'), 'theme1.xml 不在文件中'],
    [
      'a slide size past 56 inches',
      (zip: JSZip) => zip.file('ppt/presentation.xml')!.async('string').then((x) => void zip.file('ppt/presentation.xml', x.replace('cx="9144000"', 'cx="99999999999"'))),
      '幻灯片大小超出',
    ],
    [
      'no slide size',
      (zip: JSZip) => zip.file('ppt/presentation.xml')!.async('string').then((x) => void zip.file('ppt/presentation.xml', x.replace(/<p:sldSz[^>]*\/>/, ''))),
      '没有写明幻灯片大小',
    ],
  ])('is damaged (%s): refused in Chinese, naming what is wrong', async (_what, change, message) => {
    const p = await damaged('坏模板.pptx', change);
    expect(p.code).toBe('template-invalid');
    expect(p.message).toContain(message);
  });

  it('keeps working when only its example slides are damaged (they are dropped)', async () => {
    const zip = await JSZip.loadAsync(readFileSync(path.join(TEMPLATES, 'real/powerpoint-dark-master.pptx')));
    await cut(zip, 'ppt/slides/slide1.xml');
    const file = save('示例页坏了.pptx', await zip.generateAsync({ type: 'uint8array' }));
    const r = await analyse({ input: SAMPLES[0]!.input, theme: 'dangzheng', ratio: '16:9', template: file, timestamp: new Date(0) }, env);
    expect(r.ok).toBe(true);
  });
});
