// A whole speech pasted as one line: headings cut from their run-on text by the sequence and by the
// speech's own preview sentence; numerals inside sentences never taken for headings.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/parse.js';

const filler = (s: string, n: number) => s.repeat(n);

describe('a speech on one line', () => {
  it("finds the title after a site's own sentences, where the salutation follows it", () => {
    const line =
      '素材库：https://www.example.cn/。公众号：笔杆子。整理汇总。XX镇2023年政府工作报告各位代表：现在，我代表镇人民政府，向大会报告政府工作，请予审议。' +
      '一、2022年工作回顾一年来，我们较好地完成了各项目标任务。' + filler('全镇上下团结一心，各项工作取得明显成效。', 5) +
      '二、2023年工作安排今年要抓好项目建设。' + filler('要把握重点，精准发力。', 5);
    const { tree } = parseDocument(line);
    expect(tree.title).toBe('XX镇2023年政府工作报告');
    expect(tree.salutation?.text).toBe('各位代表：');
    expect(tree.sections).toHaveLength(2);
  });

  it("cuts a report's part heading run into its body at the heading's last word (回顾, 安排) before an opener", () => {
    const line =
      'XX镇2023年政府工作报告各位代表：现在，我代表镇人民政府，向大会报告政府工作，请予审议。' +
      '一、2022年工作回顾刚刚过去的一年，我们较好地完成了各项目标任务。' + filler('全镇上下团结一心，各项工作取得明显成效。', 5) +
      '二、2023年工作安排2023年是全面贯彻落实党的二十大精神的开局之年。' + filler('要把握重点，精准发力。', 5);
    const { tree } = parseDocument(line);
    expect(tree.sections.map((s) => s.title)).toEqual(['2022年工作回顾', '2023年工作安排']);
  });

  it('cuts each heading where the preview sentence says it ends', () => {
    const line =
      '在全县经济工作会议上的讲话同志们：今天召开这次会议，主要任务是总结今年工作，部署明年任务。' +
      filler('全县上下团结一心，各项工作取得明显成效。', 20) +
      '下面，我讲三个问题：一是坚定发展信心；二是突出工作重点；三是狠抓工作落实。' +
      '一、坚定发展信心今年以来，面对复杂严峻的形势，全县经济稳中有进。' + filler('我们要保持定力，增强信心。', 20) +
      '二、突出工作重点明年要重点抓好项目建设、产业发展和民生改善。' + filler('要把握重点，精准发力。', 20) +
      '三、狠抓工作落实各级各部门要强化担当，确保各项任务落到实处。' + filler('要真抓实干，务求实效。', 20) +
      '同志们！让我们团结一心，为全县经济高质量发展而努力奋斗！';
    const { tree } = parseDocument(line);
    expect(tree.title).toBe('在全县经济工作会议上的讲话');
    expect(tree.sections.map((s) => s.heading)).toEqual(['坚定发展信心', '突出工作重点', '狠抓工作落实']);
    expect(tree.sections[0]!.body[0]!.text.startsWith('今年以来')).toBe(true);
  });

  it('never takes numerals inside a sentence for headings', () => {
    const line =
      '在全县教育工作会议上的讲话同志们：' + filler('今年全县教育工作取得新成绩。', 30) +
      '一、提高教育质量全县有几个四、五岁的孩子还没有入园，我们的中考成绩全市第一、全省前10。' + filler('要继续努力。', 30) +
      '二、加强队伍建设要关心教师成长。' + filler('要建设高素质教师队伍。', 30);
    const { tree } = parseDocument(line);
    expect(tree.sections.map((s) => s.ordinal)).toEqual([1, 2]);
  });
});

describe('a text exported with its line breaks escaped', () => {
  it('gets its lines back from \\n written as two characters', () => {
    const text = ['在全县工作会议上的讲话', '同志们：', '今天召开会议。', '一、提高认识', '要提高认识。', '二、狠抓落实', '要抓好落实。'].join('\\n');
    const { tree } = parseDocument(`"${text}"`.slice(1, -1));
    expect(tree.title).toBe('在全县工作会议上的讲话');
    expect(tree.sections.map((s) => s.title)).toEqual(['提高认识', '狠抓落实']);
  });
});
