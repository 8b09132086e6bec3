// Text with $&, $1, $` and $' (US$1.5万亿) reaches the notes and the document properties as written:
// the post-processing never builds XML through replacement patterns.
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/parse.js';
import { planDeck } from '../../src/plan/plan.js';
import { renderDeck } from '../../src/render/render.js';
import { builtInTheme } from '../helpers/samples.js';
import { openDeck, paragraphs, texts } from '../helpers/pptx.js';

const TITLE = "关于US$1.5万亿与$&、$1、$`和$'的说明";
const BODY = "一、总体情况\n外贸总额US$1.5万亿，同比增长$1。\n二、几个符号\n公式里写作$&、$`和$'，照原样保留。";

describe('text with replacement patterns in it', () => {
  it('is kept as written in notes and core properties, and every part is well-formed', async () => {
    const plan = planDeck(parseDocument(`${TITLE}\n${BODY}`).tree, builtInTheme(), { ratio: '16:9' });
    const deck = await openDeck(await renderDeck(plan, builtInTheme(), { timestamp: new Date(0) }));
    for (const [name, xml] of deck.xml) expect(XMLValidator.validate(xml), name).toBe(true);
    const notes = [...deck.xml].filter(([n]) => /notesSlide\d+\.xml$/.test(n)).flatMap(([, xml]) => paragraphs(xml));
    expect(notes).toContain('外贸总额US$1.5万亿，同比增长$1。');
    expect(notes).toContain("公式里写作$&、$`和$'，照原样保留。");
    expect(texts(deck.xml.get('docProps/core.xml')!.replace(/<dc:title>/, '<a:t>').replace(/<\/dc:title>/, '</a:t>'))).toEqual([TITLE]);
  });
});
