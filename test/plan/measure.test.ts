import { describe, expect, it } from 'vitest';
import { countLines, innerHeightPt, textEm } from '../../src/plan/measure.js';
import { breaksFor, bulletLines, bulletText, bulletWidthPt, groupHeight, paginate, type BodyStyle, type BulletGroup } from '../../src/plan/paginate.js';
import type { Bullet } from '../../src/plan/types.js';
import { trimForSlide } from '../../src/plan/summarise.js';
import { fullWidthPunctuation } from '../../src/text/punctuation.js';
import { findInlineList } from '../../src/plan/lists.js';

describe('measure', () => {
  it('counts a Han character or full-width mark as 1 em and Latin narrower', () => {
    expect(textEm('政治站位，')).toBe(5);
    expect(textEm('ABC')).toBeCloseTo(1.95);
    expect(textEm('15%')).toBeCloseTo(1.65);
  });

  it('wraps per character and never starts a line with closing punctuation', () => {
    // 55 pt at 10 pt is 5.5 em, of which half an em is kept spare: five characters a line.
    expect(countLines('一二三四五', 10, 55)).toBe(1);
    expect(countLines('一二三四五六', 10, 55)).toBe(2);
    expect(countLines('一二三四五六七八九十', 10, 55)).toBe(2);
    // The comma would open line 2: the character before it comes down too, and line 3 is needed.
    expect(countLines('一二三四五，六七八九', 10, 55)).toBe(3);
  });

  it('allows a quarter em where Chinese meets Latin letters or digits', () => {
    expect(textEm('2024年')).toBeCloseTo(4 * 0.55 + 0.25 + 1);
    expect(textEm('增长5.2%')).toBeCloseTo(2 + 0.25 + 4 * 0.55);
  });
});

describe('paginate', () => {
  const style: BodyStyle = { box: { w: 5.2, h: 2.1 }, spacing: 1.3, gap: 0.35, indentEm: [1.2, 2.4] };
  const group = (n: number, chars = 10): BulletGroup => ({ bullets: [{ lead: null, text: '字'.repeat(chars) + n, level: 0 }], paras: [n] });

  it('puts everything on one page when it fits', () => {
    expect(paginate([group(1), group(2)], 24, style, 6)).toHaveLength(1);
  });

  it('continues on another page and keeps sub-bullets with their bullet', () => {
    const withSubs: BulletGroup = {
      bullets: [
        { lead: '要点', text: '说明', level: 0 },
        { lead: null, text: '子项一', level: 1 },
        { lead: null, text: '子项二', level: 1 },
      ],
      paras: [9],
    };
    const pages = paginate([group(1), group(2), group(3), withSubs], 24, style, 6);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.some((p) => p.includes(withSubs))).toBe(true);
  });

  it('does not leave a single bullet alone on the last page when the page before can spare one', () => {
    const groups = [1, 2, 3, 4].map((n) => group(n));
    const pages = paginate(groups, 24, style, 3);
    expect(pages.map((p) => p.length)).toEqual([2, 2]);
  });

  it('never puts more than the maximum number of bullets on a page', () => {
    const pages = paginate([1, 2, 3, 4, 5, 6, 7, 8].map((n) => group(n, 2)), 20, { ...style, box: { w: 12, h: 6 } }, 6);
    expect(Math.max(...pages.map((p) => p.length))).toBeLessThanOrEqual(6);
  });
});

describe('slide text', () => {
  it('trims a long sentence at its last clause boundary that fits', () => {
    const s = '我们必须把思想和行动统一到党中央、省委和市委的决策部署上来,将整治工作作为一项严肃的政治任务抓紧抓实,以实际行动诠释对党的绝对忠诚。';
    const t = trimForSlide(s, 50);
    expect(t.length).toBeLessThanOrEqual(50);
    expect(s.replace(/,/g, '，').startsWith(t)).toBe(true);
  });

  it('shows Chinese punctuation next to Chinese text, and leaves numbers alone', () => {
    expect(fullWidthPunctuation('同志们:今天,我们开会;增长1,000人')).toBe('同志们：今天，我们开会；增长1,000人');
  });
});

describe('inline lists', () => {
  it.each([
    ['信息报送的原则：一是及时报送。对重要信息要快。二是准确报送。三是全面兼顾。', '信息报送的原则', ['及时报送', '准确报送', '全面兼顾']],
    ['召开座谈会，一是同大家谈谈心，二是给大家鼓鼓劲，三是听听意见。', '召开座谈会', ['同大家谈谈心', '给大家鼓鼓劲', '听听意见']],
    ['首先，是历史原因；其次，是地理原因；第三，是别的原因；最后，也由于X。', '', ['是历史原因', '是地理原因', '是别的原因', '也由于X']],
    ['一要扩大权限。二要选用人员。', '', ['扩大权限', '选用人员']],
  ])('%s', (text, intro, items) => {
    expect(findInlineList(text)).toEqual({ intro, items });
  });

  it.each(['统一是前提。二是不对。', '一是因为历史原因，二是因为别的。', '只有一是一项。'])('%s is not a list', (text) => {
    expect(findInlineList(text)).toBeNull();
  });
});

describe('continuation pages', () => {
  const style: BodyStyle = { box: { w: 5.2, h: 2.1 }, spacing: 1.3, gap: 0.35, indentEm: [1.2, 2.4] };
  it('never end on a single orphaned line when the page before has a group to spare', () => {
    const long = (n: number): BulletGroup => ({ bullets: [{ lead: null, text: '字'.repeat(30), level: 0 }], paras: [n] });
    const short: BulletGroup = { bullets: [{ lead: null, text: '短', level: 0 }], paras: [9] };
    const pages = paginate([long(1), long(2), short], 24, style, 6);
    const last = pages[pages.length - 1]!;
    expect(last.length === 1 && last[0] === short).toBe(false);
  });
});

describe('pages never taller than their box', () => {
  const style: BodyStyle = { box: { w: 5.2, h: 2.1 }, spacing: 1.3, gap: 0.35, indentEm: [1.2, 2.4] };
  const room = innerHeightPt(style.box);
  const pageHeight = (page: BulletGroup[]) => page.reduce((h, g) => h + groupHeight(g, 20, style), 0);

  it('cuts a bullet taller than a page after a sentence, each piece on a page of its own, nothing lost', () => {
    const sentence = '这是一句完整的话，用来测量分页。';
    const text = sentence.repeat(12);
    const bullet: Bullet = { lead: '总体要求。', text, level: 0 };
    const pages = paginate([{ bullets: [bullet], paras: [7] }], 20, style, 6);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(pageHeight(page)).toBeLessThanOrEqual(room);
    const pieces = pages.flat().flatMap((g) => g.bullets);
    expect(pieces.map((b) => `${b.lead ?? ''}${b.text}`).join('')).toBe(`总体要求。${text}`);
    // The lead stays bold on the first piece; every piece ends where a sentence ends.
    expect(pieces[0]!.lead).toBe('总体要求。');
    for (const b of pieces.slice(0, -1)) expect(b.text).toMatch(/。$/u);
    expect(pages.flat().every((g) => g.paras[0] === 7)).toBe(true);
  });

  it('cuts a text with no punctuation where the page ends', () => {
    const text = '字'.repeat(400);
    const pages = paginate([{ bullets: [{ lead: null, text, level: 0 }], paras: [1] }], 20, style, 6);
    for (const page of pages) expect(pageHeight(page)).toBeLessThanOrEqual(room);
    expect(pages.flat().flatMap((g) => g.bullets).map((b) => b.text).join('')).toBe(text);
  });

  it('spreads a point whose sub-points do not fit one page over pages, in order', () => {
    const sub = (n: number): Bullet => ({ lead: null, text: `第${n}个分项`.padEnd(40, '字'), level: 1 });
    const g: BulletGroup = { bullets: [{ lead: '要点。', text: '说明', level: 0 }, ...[1, 2, 3, 4, 5].map(sub)], paras: [3] };
    const pages = paginate([g], 20, style, 6);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(pageHeight(page)).toBeLessThanOrEqual(room);
    expect(pages.flat().flatMap((p) => p.bullets)).toEqual(g.bullets);
  });

  it('measures a bullet with the reading breaks it is drawn with', () => {
    // A number its unit would be parted from moves to the next line, which can take a line more.
    const b: Bullet = { lead: null, text: `${'字'.repeat(14)}126万亿元`, level: 0 };
    const width = bulletWidthPt(b, 20, style);
    const breaks = breaksFor(b, 20, style);
    expect(breaks.length).toBeGreaterThan(0);
    expect(bulletLines(b, 20, style)).toBe(countLines([...bulletText(b)].slice(0, breaks[0]).join(''), 20, width) + countLines([...bulletText(b)].slice(breaks[0]).join(''), 20, width));
  });
});
