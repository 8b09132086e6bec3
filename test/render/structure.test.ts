// The rendered .pptx, read back structurally: parts parse, slides and notes match the plan, every run is Chinese.
import { XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/parse.js';
import { planDeck } from '../../src/plan/plan.js';
import { renderDeck } from '../../src/render/render.js';
import { bulletText } from '../../src/plan/paginate.js';
import { fullWidthPunctuation } from '../../src/text/punctuation.js';
import type { PlannedSlide, SlidePlan } from '../../src/plan/types.js';
import { SAMPLES, builtInTheme, readText } from '../helpers/samples.js';
import { openDeck, paragraphs, runProperties, slideNames, texts, type DeckParts } from '../helpers/pptx.js';

/** The strings a slide must show, in order. */
function expectedTexts(s: PlannedSlide): string[] {
  switch (s.layout) {
    case 'cover':
      return [s.title.text, s.kind?.text, s.byline?.text].filter((x): x is string => !!x);
    case 'agenda':
      return [s.heading.text, ...s.columns.flat().flatMap((i) => [i.ordinal, i.text])];
    case 'section':
      return [s.number.text, s.label.text, s.title.text, ...(s.subtitle ? [s.subtitle.text] : [])];
    case 'points':
    case 'subpoints':
      return [s.title.text, ...s.bullets.map(bulletText)];
    case 'figures':
      return [s.title.text, ...s.tiles.flatMap((t) => [t.value, t.unit, t.label])];
    case 'quote':
    case 'closing':
      return [s.text.text];
  }
}

describe.each(SAMPLES)('the $name deck', ({ input }) => {
  let plan: SlidePlan;
  let deck: DeckParts;
  beforeAll(async () => {
    plan = planDeck(parseDocument(readText(input)).tree, builtInTheme(), { ratio: '16:9'});
    deck = await openDeck(await renderDeck(plan, builtInTheme(), { timestamp: new Date(Date.UTC(2020, 0, 1)) }));
  });

  it('is a package whose every XML part is well-formed', () => {
    expect(deck.xml.size).toBeGreaterThan(20);
    for (const [part, xml] of deck.xml) expect(XMLValidator.validate(xml), part).toBe(true);
    expect(deck.names.some((n) => n.endsWith('/'))).toBe(false);
  });

  it('declares only parts that exist', () => {
    const types = deck.xml.get('[Content_Types].xml')!;
    for (const m of types.matchAll(/PartName="\/([^"]+)"/g)) expect(deck.names, m[1]).toContain(m[1]);
  });

  it('has one slide per planned slide, with the planned text in order', () => {
    const slides = slideNames(deck);
    expect(slides).toHaveLength(plan.slides.length);
    plan.slides.forEach((planned, i) => {
      const shown = paragraphs(deck.xml.get(slides[i]!)!).join('\n');
      let at = 0;
      for (const want of expectedTexts(planned)) {
        const found = shown.indexOf(want, at);
        expect(found, `slide ${i + 1} (${planned.layout}) shows “${want}”`).toBeGreaterThanOrEqual(0);
        at = found;
      }
    });
  });

  it('puts the source paragraphs in the notes, one paragraph each', () => {
    plan.slides.forEach((planned, i) => {
      const notes = deck.xml.get(`ppt/notesSlides/notesSlide${i + 1}.xml`);
      if (!planned.notes) return;
      expect(notes, `notes of slide ${i + 1}`).toBeDefined();
      expect(texts(notes!)).toEqual(expect.arrayContaining(planned.notes.split('\n')));
    });
    const allNotes = plan.slides.map((s) => s.notes).join('\n');
    const source = readText(input);
    for (const line of source.split('\n').map((l) => l.trim()).filter(Boolean)) {
      expect(allNotes.includes(line) || allNotes.includes(fullWidthPunctuation(line)), `kept: ${line.slice(0, 20)}`).toBe(true);
    }
  });

  it('marks every run zh-CN with an East Asian font, slides and notes alike', () => {
    for (const [part, xml] of deck.xml) {
      if (!/^ppt\/(slides|notesSlides)\/[^/]+\.xml$/.test(part)) continue;
      for (const rPr of runProperties(xml)) {
        expect(rPr, part).toMatch(/lang="zh-CN"/);
        expect(rPr, part).toMatch(/<a:ea typeface="[^"]+"/);
      }
    }
  });

  it('uses named layouts and fixes document properties', () => {
    const layouts = [...deck.xml.entries()].filter(([n]) => /slideLayout\d+\.xml$/.test(n)).map(([, x]) => /<p:cSld name="([^"]+)"/.exec(x)?.[1]);
    expect(layouts).toEqual(expect.arrayContaining(['封面', '目录', '章节', '要点', '结束']));
    const core = deck.xml.get('docProps/core.xml')!;
    expect(core).toContain('2020-01-01T00:00:00Z');
    expect(core).toContain(`<dc:title>`);
  });
});

describe('the seed deck', () => {
  it('meets the meeting brief: agenda, figures, the missing part, ≥10 slides on ≥5 layouts', () => {
    const plan = planDeck(parseDocument(readText(SAMPLES[0]!.input)).tree, builtInTheme(), { ratio: '16:9'});
    const agenda = plan.slides.find((s) => s.layout === 'agenda');
    expect(agenda?.layout === 'agenda' && agenda.columns.flat().map((i) => i.text)).toEqual(['提高政治站位', '聚焦重点领域', '强化组织领导']);
    const figures = plan.slides.find((s) => s.layout === 'figures');
    // The target (不低于15%) never shares a slide with the results.
    expect(figures?.layout === 'figures' && figures.tiles.map((t) => `${t.value}${t.unit}`)).toEqual(['40件', '40余人', '50万元']);
    expect(plan.slides.filter((s) => s.layout === 'section').map((s) => s.layout === 'section' && s.missing)).toEqual([false, false, true]);
    expect(plan.slides.length).toBeGreaterThanOrEqual(10);
    expect(new Set(plan.slides.map((s) => s.layout)).size).toBeGreaterThanOrEqual(5);
  });
});

describe('text that XML cannot carry as it is', () => {
  it('escapes font names and strips control characters from plan text, notes and titles', async () => {
    const base = builtInTheme('plain');
    const odd = '字体 & <甲> "乙" \'丙\'';
    const theme = { ...base, fonts: { ...base.fonts, body: { face: odd, fallback: odd }, title: { face: odd, fallback: odd } } };
    const plan = planDeck(parseDocument(readText(SAMPLES[0]!.input)).tree, theme, { ratio: '16:9'});
    const dirty = '控制\u0001字符\u000b与\uffff代理\ud800';
    plan.title = dirty;
    const first = plan.slides[0]!;
    if (first.layout === 'cover') first.title.text = dirty;
    first.notes = `${dirty}\n第二段`;
    const deck = await openDeck(await renderDeck(plan, theme, { timestamp: new Date(0) }));
    for (const [part, xml] of deck.xml) {
      expect(XMLValidator.validate(xml), part).toBe(true);
      expect(xml, part).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\uffff]/u);
    }
    expect(deck.xml.get('ppt/slides/slide2.xml')).toContain('typeface="字体 &amp; &lt;甲&gt; &quot;乙&quot; &apos;丙&apos;"');
    expect(texts(deck.xml.get('ppt/notesSlides/notesSlide1.xml')!)).toEqual(expect.arrayContaining(['控制字符', '与代理', '第二段']));
  });
});
