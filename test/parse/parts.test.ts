// Table tests for the parser's pieces.
import { describe, expect, it } from 'vitest';
import { cnToInt, intToCn } from '../../src/text/numerals.js';
import { LINE_MARKERS, matchMarker } from '../../src/text/markers.js';
import { shortTitle, splitHeading } from '../../src/text/headings.js';
import { splitSentences } from '../../src/text/sentences.js';
import { findFigures } from '../../src/parse/figures.js';
import { splitParagraphs } from '../../src/parse/lines.js';
import { linesOfText } from '../../src/doc/source.js';
import { parseDocument } from '../../src/parse/parse.js';

describe('numerals', () => {
  it.each([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十一', 11],
    ['二十', 20],
    ['二十三', 23],
    ['九十九', 99],
  ])('%s = %d, both ways', (cn, n) => {
    expect(cnToInt(cn)).toBe(n);
    expect(intToCn(n)).toBe(cn);
  });
});

describe('line markers', () => {
  it.each([
    ['一、提高政治站位', 'cn-dun', 1],
    ['十一、推进国家安全', 'cn-dun', 11],
    ['（一）指导思想。', 'cn-paren', 1],
    ['(二)坚决维护', 'cn-paren', 2],
    ['1.问题导向。', 'arabic-dot', 1],
    ['２．全角', 'arabic-dot', 2],
    ['（3）第三项', 'arabic-paren', 3],
    ['①补充配置', 'circled', 1],
    ['第一,纵深推进', 'di', 1],
    ['第二，要在', 'di', 2],
  ])('%s → %s %d', (text, family, ordinal) => {
    expect(matchMarker(text, LINE_MARKERS)).toMatchObject({ family, ordinal });
  });

  it.each(['2024年工作回顾', '一,2号文件', '第一次会议', '统一思想'])('%s is not a marker', (text) => {
    expect(matchMarker(text, LINE_MARKERS)).toBeNull();
  });
});

describe('headings', () => {
  it('keeps a heading line whole and takes the words before the first comma as its short title', () => {
    const h = splitHeading('提高政治站位，深刻认识重要性');
    expect(h).toEqual({ heading: '提高政治站位，深刻认识重要性', body: '' });
    expect(shortTitle(h.heading)).toBe('提高政治站位');
  });

  it('splits a point after its first sentence, keeping quotes with it', () => {
    expect(splitHeading('指导思想。全面贯彻落实。坚持原则。')).toEqual({ heading: '指导思想', body: '全面贯彻落实。坚持原则。' });
    expect(splitSentences('“民心是最大的政治。”我们党来自人民。').map((s) => s.text)).toEqual(['“民心是最大的政治。”', '我们党来自人民。']);
  });

  it('splits a point after a short lead set before a colon, and only then', () => {
    expect(splitHeading('思想认识要到位：各级领导干部要把优化营商环境作为“一把手工程”。')).toEqual({ heading: '思想认识要到位', body: '各级领导干部要把优化营商环境作为“一把手工程”。' });
    expect(splitHeading('主要目标：到2025年，全县地区生产总值突破百亿元。').heading).toBe('主要目标');
    // A clause before the colon, or nothing after it, is no lead.
    expect(splitHeading('坚持问题导向，突出三个重点：项目、产业、民生。').heading).toBe('坚持问题导向，突出三个重点：项目、产业、民生');
    expect(splitHeading('加强组织领导：')).toEqual({ heading: '加强组织领导', body: '' });
  });
});

describe('figures', () => {
  const figs = (text: string) => findFigures([{ type: 'paragraph', text, line: 1, para: 1 }]).map((f) => f.text);
  it('takes numbers with units and qualifiers', () => {
    expect(figs('查处案件超过40件，处分40余人，挽回损失超过50万元，增长不低于15%。')).toEqual(['超过40件', '40余人', '超过50万元', '不低于15%']);
    expect(figs('建成高标准农田3万亩，接待游客300万人次。')).toEqual(['3万亩', '300万人次']);
  });
  it('ignores years, ordinals and bare numbers', () => {
    expect(figs('2024年第3次会议，编号12345。')).toEqual([]);
  });
  it('never takes the end of a signed, ranged or grouped number for the number', () => {
    // 1,234.5万元 is not 234.5万元; -3.5% is not 3.5%; 15-20家 is not 20家.
    expect(figs('营业收入1,234.5万元，生产总值1 234亿元，财政收入12,345,678元。')).toEqual([]);
    expect(figs('增长-3.5%，下降－2%，企业15-20家，投资5~8亿元，投资约3至5亿元，分别为5、8亿元。')).toEqual([]);
    expect(figs('增长至5%，提高到96%，总投资1.2万亿元。')).toEqual(['5%', '96%', '1.2万亿元']);
  });

  it('marks an estimate as one: 预计 before the number in its sentence', () => {
    const found = findFigures([{ type: 'paragraph', text: '预计全年旅游接待人数达到700万人次，旅游收入达到83亿元。新增企业5家。', line: 1, para: 1 }]);
    expect(found.map((f) => [f.qualifier, f.text])).toEqual([['预计', '700万人次'], ['预计', '83亿元'], ['', '5家']]);
    expect(findFigures([{ type: 'paragraph', text: '预计今年高校毕业生超过1170万人。', line: 1, para: 1 }])[0]!.qualifier).toBe('预计超过');
  });

  it('leaves the adverb before a copula (也是, 都是) and a time word (现在) out of the label', () => {
    const labels = findFigures([{ type: 'paragraph', text: '现在核心网在全世界的市场份额是40%，移动软交换也是40%。', line: 1, para: 1 }]).map((f) => f.label);
    expect(labels).toEqual(['核心网在全世界的市场份额', '移动软交换']);
  });

  it("never takes the visible end of a number a template masked, nor a template's blank for a label", () => {
    // 农民人均纯收入xx458元 is not 458元; 同比增长xx0.9% is not 0.9%.
    expect(figs('农民人均纯收入xx458元，同比增长xx0.9%，全社会固定资产投资xx.51亿元，增长**6.8%，收入××12万元。')).toEqual([]);
    expect(figs('财政一般预算收入9984万元，同比增长6.8%。')).toEqual(['9984万元', '6.8%']);
    const labels = findFigures([{ type: 'paragraph', text: 'XX镇接待游客300万人次，某某公司实现产值12亿元。', line: 1, para: 1 }]).map((f) => f.label);
    expect(labels).toEqual([null, null]);
  });
});

describe('lines', () => {
  it('joins a line that starts with closing punctuation to the one before, and keeps line numbers', () => {
    expect(splitParagraphs(linesOfText('一段文字\n，接着的文字。\n\n　　新段落  '))).toEqual([
      { para: 1, line: 1, text: '一段文字，接着的文字。' },
      { para: 2, line: 4, text: '新段落' },
    ]);
  });
});

describe('structure', () => {
  it('accepts a numbered line only when it is the next number expected', () => {
    const { tree } = parseDocument('标题\n一、第一部分\n正文。\n3.这不是标题而是正文。\n二、第二部分\n正文。\n');
    expect(tree.sections.map((s) => s.title)).toEqual(['第一部分', '第二部分']);
    expect(tree.sections[0]!.children).toEqual([]);
  });

  it('ranks marker families by first appearance: 第一， under 一、, and （一） under 第一， when it comes later', () => {
    const { tree } = parseDocument('标题\n第一，甲。\n（一）子项。\n第二，乙。\n');
    expect(tree.sections.map((s) => [s.level, s.heading])).toEqual([
      [1, '甲'],
      [1, '乙'],
    ]);
    expect(tree.sections[0]!.children[0]).toMatchObject({ level: 2, heading: '子项' });
  });

  it('finds the closing: the last 同志们！ block after the last section', () => {
    const { tree } = parseDocument('标题\n同志们：\n开场。\n一、部分\n正文。\n同志们！让我们共同努力奋斗！\n');
    expect(tree.closing.map((p) => p.text)).toEqual(['同志们！让我们共同努力奋斗！']);
    expect(tree.sections[0]!.body.map((p) => p.text)).toEqual(['正文。']);
    expect(tree.truncated).toBeNull();
  });
});

describe('headings given by markup', () => {
  it('takes levels from the reader, with or without a written marker, and no sequence check', () => {
    const { tree } = parseDocument([
      { text: '年度工作报告' },
      { text: '2024年工作回顾', level: 1 },
      { text: '正文。' },
      { text: '（三）经济运行', level: 2 },
      { text: '2025年工作安排', level: 1 },
    ]);
    expect(tree.title).toBe('年度工作报告');
    expect(tree.sections.map((s) => [s.heading, s.marker])).toEqual([
      ['2024年工作回顾', ''],
      ['2025年工作安排', ''],
    ]);
    expect(tree.sections[0]!.children[0]).toMatchObject({ heading: '经济运行', marker: '（三）', ordinal: 3, level: 2 });
  });
});
