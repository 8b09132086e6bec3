// Small documents of our own, one per marker family and per trap that real documents set.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/parse.js';
import type { Section } from '../../src/doc/types.js';

const doc = (...lines: string[]) => parseDocument(lines.join('\n'));
/** heading (children…) for a quick look at a tree. */
const shape = (sections: Section[]): string[] =>
  sections.map((s) => (s.children.length ? `${s.heading}(${shape(s.children).join('|')})` : s.heading));

describe('marker families', () => {
  it.each([
    ['一、 and （一）', ['一、总体要求', '（一）指导思想。正文。', '（二）基本原则。正文。', '二、重点任务', '（一）抓产业。正文。'], ['总体要求(指导思想|基本原则)', '重点任务(抓产业)']],
    ['一　with a full-width space', ['一　解放思想是重大问题', '正文。', '二　民主是重要条件', '正文。'], ['解放思想是重大问题', '民主是重要条件']],
    ['a bare numeral line', ['一', '当前的战局，是暂时的。', '二', '我们指出，方式不当。'], ['当前的战局', '我们指出']],
    ['half-width (一)', ['(一)坚决维护稳定。正文。', '(二)全力稳增长。正文。'], ['坚决维护稳定', '全力稳增长']],
    ['1. 1． 1、 mixed in one list', ['一、任务', '1.摸清底数。正文。', '2．分类改造。正文。', '3、强化管护。正文。'], ['任务(摸清底数|分类改造|强化管护)']],
    ['（1） and (1)', ['一、任务', '（1）第一项。正文。', '(2)第二项。正文。'], ['任务(第一项|第二项)']],
    ['1） and 2) with the closing parenthesis alone', ['一、主要成效：', '1）经济稳步增长。正文。', '2)管理持续加强。正文。', '二、存在问题：', '1）创新能力不足。'], ['主要成效(经济稳步增长|管理持续加强)', '存在问题(创新能力不足)']],
    [
      '第一章 and 第一条 (articles numbered on across chapters, glued to a chapter or after a sentence as a PDF copy joins them)',
      ['第一章 总则', '第一条 为加强管理，制定本办法。', '第二条 本办法适用于本市。 第三条 本办法所称地下空间是指地表以下的空间。', '第二章 法律责任 第四条 违反本办法第二条规定的，依法处理。', '第五条 本办法自2012年2月1日起施行。'],
      ['总则(为加强管理，制定本办法|本办法适用于本市|本办法所称地下空间是指地表以下的空间)', '法律责任(违反本办法第二条规定的，依法处理|本办法自2012年2月1日起施行)'],
    ],
    ['the single characters ㈠ ⑴ ⒈ that Word makes of （一） (1) 1.', ['一、任务', '㈠补充配置。正文。', '⑴第一项。正文。', '⑵第二项。正文。', '㈡改善条件。正文。', '⒈第一点。正文。', '⒉第二点。正文。'], ['任务(补充配置(第一项|第二项)|改善条件(第一点|第二点))']],
    ['circled ①', ['一、任务', '①补充配置。正文。', '②改善条件。正文。'], ['任务(补充配置|改善条件)']],
    ['第一， points', ['一、提高站位', '第一，要抓落实。正文。', '第二，要强保障。正文。'], ['提高站位(要抓落实|要强保障)']],
    ['stand-alone 一是 headings', ['一、重点工作', '一是聚焦扩大内需，着力提消费', '正文一。', '二是推进新型工业化', '正文二。'], ['重点工作(聚焦扩大内需，着力提消费|推进新型工业化)']],
    ['numbering past 十', ['一、甲', '二、乙', '三、丙', '四、丁', '五、戊', '六、己', '七、庚', '八、辛', '九、壬', '十、癸', '十一、子', '十二、丑'], ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸', '子', '丑']],
    ['a document that starts at （一）', ['（一）指导思想。正文。', '1.第一条。正文。', '（二）工作目标。正文。'], ['指导思想(第一条)', '工作目标']],
  ])('%s', (_name, lines, expected) => {
    expect(shape(doc('标题', ...lines).tree.sections)).toEqual(expected);
  });

  it('takes unnumbered level-1 lines when the document has no 一、 parts', () => {
    const { tree } = doc('某省政府工作报告', '各位代表：', '现在报告工作。', '2024年工作回顾', '过去一年很不平凡。', '（一）经济回升。正文。', '2025年工作安排', '（一）扩大内需。正文。', '（二）稳定就业。正文。');
    expect(shape(tree.sections)).toEqual(['2024年工作回顾(经济回升)', '2025年工作安排(扩大内需|稳定就业)']);
  });
});

describe('numbers that are not headings', () => {
  it.each([
    ['a year', ['一、回顾', '2024年，经济增长。', '2025年，继续努力。']],
    ['a percentage', ['一、回顾', '5.2%的增长来之不易。']],
    ['a decimal count', ['一、回顾', '8.6个百分点的提升。']],
    ['a number out of sequence', ['一、回顾', '3.这不是标题。']],
  ])('%s stays text', (_n, lines) => {
    expect(shape(doc('标题', ...lines).tree.sections)).toEqual(['回顾']);
  });

  it('accepts 8.6个… as item 8 when items 1–7 came before it', () => {
    const items = Array.from({ length: 7 }, (_, i) => `${i + 1}.名词${i + 1}：解释。`);
    const { tree } = doc('标题', '一、名词', ...items, '8.6个重大专项：解释。');
    expect(tree.sections[0]!.children).toHaveLength(8);
    expect(tree.sections[0]!.children[7]!.heading).toBe('6个重大专项：解释');
  });
});

describe('inline lists are not sections', () => {
  it.each([
    ['一是…二是 inside a paragraph', '今年主要做了三件事：一是稳增长。二是促改革。三是惠民生。'],
    ['一要…二要', '一要扩大权限。二要选用人员。'],
    ['——items', '——坚持党的领导。'],
    ['首先/其次/最后', '首先，是历史原因；其次，是地理原因；最后，是别的原因。'],
    ['一是…；二是… in one sentence that opens its paragraph', '一是理论学习还不够深入；二是调查研究还不够多。'],
  ])('%s under a part', (_n, text) => {
    expect(doc('标题', '一、部分', text).tree.sections[0]!.children).toEqual([]);
  });

  it('keeps 一要…，二要… written in one sentence as the text of the point', () => {
    const point = doc('标题', '一、部分', '第一，要发力。一要强化以案开路，二要强化监督。正文。').tree.sections[0]!.children[0]!;
    expect(point.children).toEqual([]);
  });

  it('lifts 一要 items under a point as level-3 items', () => {
    const point = doc('标题', '一、部分', '第一，要发力。治乱须用重典。一要强化以案开路。正文。二要强化监督。正文。').tree.sections[0]!.children[0]!;
    expect(shape(point.children)).toEqual(['强化以案开路', '强化监督']);
  });

  it('does not continue a list of paragraph-opening items with one inside a paragraph', () => {
    const { tree } = doc('标题', '一、重点工作', '一是扩大内需', '正文。', '二是推进工业化', '具体是：一是甲。二是乙。三是丙。');
    expect(tree.sections[0]!.children).toHaveLength(2);
  });
});

describe('title blocks', () => {
  it('reads a two-line title, a ——在……上的讲话 subtitle, a Chinese-numeral date and a spaced speaker', () => {
    const { tree } = doc('高举伟大旗帜', '为实现目标而团结奋斗', '——在全县党员大会上的报告', '（二〇二二年十月十六日）', '习　近　平', '同志们：', '正文。', '一、部分', '正文。');
    expect(tree).toMatchObject({ title: '高举伟大旗帜为实现目标而团结奋斗', subtitle: '——在全县党员大会上的报告', date: '二〇二二年十月十六日', speaker: '习近平' });
    expect(tree.salutation?.text).toBe('同志们：');
  });

  it('takes the date from a government-report subtitle and the speaker after an office line', () => {
    const { tree } = doc('政府工作报告', '——2024年3月5日在第十四届全国人民代表大会第二次会议上', '国务院总理　', '李　强', '各位代表：', '现在报告。');
    expect(tree).toMatchObject({ title: '政府工作报告', date: '2024年3月5日', speaker: '李强' });
  });

  it('skips source lines, document numbers and a repeated title', () => {
    const { tree } = doc('    【法宝引证码】 CLI.12.1075244', '原文链接：https://example.org/a', '关于加强宣传工作的通知', '关于加强宣传工作的通知', '（某办发〔2012〕24号）', '各单位：', '正文。');
    expect(tree.title).toBe('关于加强宣传工作的通知');
    expect(tree.salutation?.text).toBe('各单位：');
  });

  it('keeps a mid-speech 同志们！ in the body and finds the closing after the last section', () => {
    const { tree } = doc('讲话', '同志们：', '开场。', '一、部分', '同志们！形势逼人。', '正文。', '二、部分', '正文。', '同志们！让我们团结奋斗！');
    expect(tree.sections[0]!.body.map((p) => p.text)).toEqual(['同志们！形势逼人。', '正文。']);
    expect(tree.closing.map((p) => p.text)).toEqual(['同志们！让我们团结奋斗！']);
  });
});

describe('tails', () => {
  it('does not read an attachment that restarts 一、 as more parts', () => {
    const { tree } = doc('报告', '一、回顾', '正文。', '二、安排', '正文。', '附件1', '十件民生实事', '一、为老年人服务', '二、提升教育');
    expect(shape(tree.sections)).toEqual(['回顾', '安排']);
    expect(tree.appendix.map((p) => p.text)).toEqual(['附件1', '十件民生实事', '一、为老年人服务', '二、提升教育']);
  });

  it.each([
    ['a glossary', ['名词解释', '1.甲：解释。', '2.乙：解释。']],
    ['a news-agency trailer', ['（新华社北京3月6日电）', '《 人民日报 》（ 2020年03月07日 02 版）']],
    ['a licence trailer', ['本作品是中华人民共和国的', '法律', '、法规', 'Public domain', 'false']],
    ['an editor’s note', ['?　　（这是邓小平同志在中央工作会议闭幕会上的讲话。）']],
  ])('keeps %s as appendix, not body', (_n, tail) => {
    const { tree } = doc('报告', '一、回顾', '正文。', '二、安排', '正文。', '三、保障', '正文。', '四、要求', '正文。', ...tail);
    expect(tree.sections[3]!.body.map((p) => p.text)).toEqual(['正文。']);
    expect(tree.appendix.length).toBeGreaterThan(0);
    expect(tree.truncated).toBeNull();
  });
});

describe('damaged text', () => {
  const filler = '这是一段为了让文本足够长而写的正文，内容本身并不重要，重要的是它的长度和其中的标记。'.repeat(12);

  it('splits a speech scraped onto one line at runs of full-width spaces and before markers', () => {
    const line = `同志们：\u3000\u3000开场白。${filler}下面，我讲两点意见。\u3000\u3000一、第一部分\u3000\u3000${filler}第一，要点甲。${filler}二、第二部分\u3000\u3000${filler}同志们！让我们共同奋斗！\u3000\u3000（新华社北京3月6日电）`;
    const { tree } = doc(line);
    expect(shape(tree.sections)).toEqual(['第一部分(要点甲)', '第二部分']);
    expect(tree.closing.map((p) => p.text)).toEqual(['同志们！让我们共同奋斗！']);
    expect(tree.appendix.map((p) => p.text)).toEqual(['（新华社北京3月6日电）']);
    expect(new Set(tree.paragraphs.map((p) => p.line))).toEqual(new Set([1]));
  });

  it('separates a glued header and takes a spliced photo caption out of the text', () => {
    const line = `在主题教育总结大会上的讲话（2020年1月8日）习近平同志们：开场。${filler}2020年1月8日，大会在北京召开。 新华社记者 鞠鹏/摄第一，要点甲。${filler}第二，要点乙。${filler}`;
    const { tree } = doc(line);
    expect(tree).toMatchObject({ title: '在主题教育总结大会上的讲话', date: '2020年1月8日', speaker: '习近平' });
    expect(tree.captions.map((p) => p.text)).toEqual(['2020年1月8日，大会在北京召开。 新华社记者 鞠鹏/摄']);
    expect(shape(tree.sections)).toEqual(['要点甲', '要点乙']);
  });

  it('joins a line that starts with closing punctuation to the line before', () => {
    const { tree } = doc('标题', '一、部分', '实施“十四五”规划和', '，二〇三五年远景目标。');
    expect(tree.sections[0]!.body.map((p) => p.text)).toEqual(['实施“十四五”规划和，二〇三五年远景目标。']);
  });

  it('skips a table of contents at the top and what precedes it', () => {
    const { tree } = doc('《文选》', '一段摘要……', '目  录', '· 第一篇 ', '· 第二篇 ', '第一篇', '（一九三八年一月十二日）', '一', '当前的战局，是暂时的。', '二', '我们指出，方式不当。');
    expect(tree).toMatchObject({ title: '第一篇', date: '一九三八年一月十二日' });
    expect(shape(tree.sections)).toEqual(['当前的战局', '我们指出']);
  });

  it('cuts a level-1 heading glued to its body before the body opener, with a warning', () => {
    const { tree, problems } = doc('标题', `一、保护和激发市场主体活力改革开放以来，我国逐步建立和不断完善社会主义市场经济体制，市场体系不断发展。`, '二、弘扬企业家精神', '正文。');
    expect(tree.sections[0]!.heading).toBe('保护和激发市场主体活力');
    expect(problems.map((p) => p.code)).toContain('heading-uncertain');
  });
});

describe('figure labels from the clause', () => {
  const label = (sentence: string) => {
    const { tree } = doc('标题', '一、部分', sentence);
    return tree.figures.map((f) => [f.text, f.label, f.kind]);
  };
  it.each([
    ['国内生产总值超过126万亿元，增长5.2%。', [['超过126万亿元', '国内生产总值', 'result'], ['5.2%', null, 'result']]],
    ['居民人均可支配收入增长6.1%。', [['6.1%', '居民人均可支配收入增长', 'result']]],
    ['城镇调查失业率平均为5.2%。', [['5.2%', '城镇调查失业率', 'result']]],
    ['今年全县计划实施3000万左右。', [['3000万左右', null, 'target']]],
    ['主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上。', [['5%左右', '国内生产总值增长', 'target'], ['1200万人以上', '城镇新增就业', 'target']]],
    ['城乡居民收入分别增长7%和8%。', [['7%', null, 'result'], ['8%', null, 'result']]],
    ['新建公厕26座。', [['26座', '新建公厕', 'result']]],
    ['行政许可事项缩减到130项。', [['130项', '行政许可事项', 'result']]],
  ])('%s', (sentence, expected) => {
    expect(label(sentence)).toEqual(expected);
  });
});

describe('targets and results by the part they stand in', () => {
  it('takes plain figures in a plan part for targets, and in a review part for results', () => {
    const { tree } = doc('政府工作报告', '一、2024年工作回顾', '新改建农村公路8000公里，新增城镇就业5万人。', '二、2025年工作安排', '新改建农村公路9000公里，城镇新增就业6万人。');
    expect(tree.figures.map((f) => [f.text, f.kind])).toEqual([
      ['8000公里', 'result'],
      ['5万人', 'result'],
      ['9000公里', 'target'],
      ['6万人', 'target'],
    ]);
  });
});
