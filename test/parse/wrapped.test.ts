// Text copied from a PDF breaks every line where the page's measure runs out (28 characters a line in
// GB/T 9704): those lines are joined, and never read as headings; short lines (headings, paragraph
// ends) stay where they are. The page numbers that come along (— 2 —, 第1页 共10页) are no part of the
// text, and a paragraph a page break left open goes on after them.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/parse.js';

/** Wraps each paragraph at `measure` characters, as a PDF's text layer gives it. */
function wrap(paragraphs: string[], measure = 28): string {
  return paragraphs.flatMap((p) => p.match(new RegExp(`.{1,${measure}}`, 'gu')) ?? []).join('\n');
}

const PARAS = [
  '关于推进全县政务服务标准化建设的实施方案',
  '为深入推进政务服务标准化、规范化、便利化，打造一流营商环境，结合我县实际，制定本方案。',
  '一、总体要求',
  '坚持以人民为中心，以企业和群众办事需求为导向，全面推进政务服务事项标准化，依托一体化政务服务平台，推动更多事项网上办、掌上办、就近办，不断提升群众满意度。',
  '二、重点任务',
  '（一）推进事项标准化。全面梳理县乡村三级政务服务事项，统一事项名称、编码、依据、类型等基本要素，实现同一事项无差别受理、同标准办理。',
  '（二）优化办事流程。进一步压减办理环节、申请材料和办理时限，推行告知承诺、容缺受理等服务模式，让企业和群众少跑腿、好办事。',
  '三、保障措施',
  '各乡镇、各部门要提高思想认识，加强组织领导，明确责任分工，确保各项任务按时保质完成，县政府办公室将定期开展督查通报。',
];

describe('text copied from a PDF', () => {
  it('joins lines broken at the measure, keeps headings and paragraph ends', () => {
    const { tree } = parseDocument(wrap(PARAS));
    expect(tree.title).toBe(PARAS[0]);
    expect(tree.sections.map((s) => s.title)).toEqual(['总体要求', '重点任务', '保障措施']);
    expect(tree.sections[1]!.children.map((c) => c.heading)).toEqual(['推进事项标准化', '优化办事流程']);
    expect(tree.sections[0]!.body.map((p) => p.text)).toEqual([PARAS[3]]);
    expect(tree.preamble.map((p) => p.text)).toEqual([PARAS[1]]);
  });

  it('joins a line that the measure broke right after a closing mark (……土地管理法》 / 等法律……)', () => {
    const cited = '为加强地下空间开发利用管理，根据《中华人民共和国城乡规划法》《中华人民共和国土地管理法》等法律、法规规定，结合本市实际，制定本办法。';
    const lines = wrap([PARAS[0]!, cited, ...PARAS.slice(2)], 22);
    expect(lines.split('\n')[2]).toMatch(/》$/u);
    const { tree } = parseDocument(lines);
    expect(tree.preamble.map((p) => p.text)).toEqual([cited]);
  });

  it('leaves ordinary text, whose lines are paragraphs, as it is', () => {
    const { tree } = parseDocument(PARAS.join('\n'));
    expect(tree.paragraphs).toHaveLength(PARAS.length);
  });
});

describe('lines that crowd at a short width', () => {
  it('are headings, not a page measure', () => {
    const lines = ['某县政府工作报告', '各位代表：', '加快推进重点项目建设步伐', '全年实施重点项目50个。', '持续优化全县营商环境建设', '深化放管服改革。', '着力保障和改善民生事业', '办好十件民生实事。', '全面加强生态环境保护工作', '打好污染防治攻坚战。', '坚决守住安全生产底线红线', '压实安全生产责任。', '切实加强政府自身建设工作', '建设人民满意政府。'];
    const { tree } = parseDocument(lines.join('\n'));
    expect(tree.paragraphs.map((p) => p.text)).toEqual(lines);
  });
});

describe("a printout's page numbers", () => {
  const lines = [
    '在全县安全生产工作会议上的讲话',
    '同志们：',
    '今天召开这次会议，主要任务是总结工作、部署任务。',
    '一、提高认识',
    '要充分认识这项工作的重要性，切实增强',
    '第1页 共10页',
    '责任感和紧迫感。',
    '— 2 —',
    '二、狠抓落实',
    '要把各项任务落到实处，层层压实',
    '',
    '- 3 -',
    '',
    '责任，确保取得实效。',
    '第 4 页，共 10 页',
    '三、强化保障',
    '要加强组织领导。 第5 页共 10 页 要加强督查考核。',
    '2/10',
    'Page 6 of 10',
  ];

  it('are left out, and a paragraph broken by the page goes on after them', () => {
    const { tree } = parseDocument(lines.join('\n'));
    expect(tree.sections.map((s) => s.title)).toEqual(['提高认识', '狠抓落实', '强化保障']);
    expect(tree.sections.map((s) => s.body.map((p) => p.text))).toEqual([
      ['要充分认识这项工作的重要性，切实增强责任感和紧迫感。'],
      ['要把各项任务落到实处，层层压实责任，确保取得实效。'],
      ['要加强组织领导。要加强督查考核。'],
    ]);
  });

  it('do not swallow a sentence that mentions a page, or a heading after a page break', () => {
    const { tree } = parseDocument(['关于印发实施方案的通知', '各单位：', '具体安排见附件第3页，请遵照执行。', '— 1 —', '一、总体要求', '坚持问题导向。', '二、工作安排', '按计划推进。'].join('\n'));
    expect(tree.sections.map((s) => s.title)).toEqual(['总体要求', '工作安排']);
    expect(JSON.stringify(tree)).toContain('具体安排见附件第3页，请遵照执行。');
  });
});

