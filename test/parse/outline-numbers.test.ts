// Plans numbered as an outline (1 总则 / 1.1 编制目的), and a contents list that names the parts
// before they come.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/parse.js';
import { LINE_MARKERS, matchMarker } from '../../src/text/markers.js';

const outline = (lines: string[]) => parseDocument(lines.join('\n')).tree.sections.map((s) => [s.title, s.children.map((c) => c.title)]);

const PLAN = [
  '国家突发环境事件应急预案',
  '1　总则',
  '1.1　编制目的',
  '健全突发环境事件应对工作机制，科学有序高效应对突发环境事件。',
  '1.2　编制依据',
  '依据《中华人民共和国环境保护法》等法律法规，制定本预案。',
  '2　组织指挥体系',
  '2.1　国家层面组织指挥机构',
  '环境保护部负责重特大突发环境事件应对的指导协调。',
  '2.2　地方层面组织指挥机构',
  '县级以上地方人民政府负责本行政区域内的突发环境事件应对工作。',
  '3　附则',
  '3.1　预案管理',
  '本预案由环境保护部负责解释。',
];

describe('an outline numbered 1 / 1.1', () => {
  it('reads 1 as the parts and 1.1 as their points', () => {
    expect(outline(PLAN)).toEqual([
      ['总则', ['编制目的', '编制依据']],
      ['组织指挥体系', ['国家层面组织指挥机构', '地方层面组织指挥机构']],
      ['附则', ['预案管理']],
    ]);
  });

  it('reads the contents list before the parts as no part', () => {
    const contents = ['目录', '1　总则', '1.1　编制目的', '1.2　编制依据', '2　组织指挥体系', '2.1　国家层面组织指挥机构', '2.2　地方层面组织指挥机构', '3　附则', '3.1　预案管理'];
    const [title, ...rest] = PLAN;
    expect(outline([title!, ...contents, ...rest]).map(([t]) => t)).toEqual(['总则', '组织指挥体系', '附则']);
  });

  it('reads a contents list of 一、 headings as lead text, and the parts once', () => {
    const { tree } = parseDocument(
      ['关于加强安全生产的实施方案', '目录', '一、总体要求', '二、重点任务', '三、保障措施', '一、总体要求', '坚持人民至上，生命至上。', '二、重点任务', '全面排查隐患，落实主体责任。', '三、保障措施', '加强组织领导，强化督导检查。'].join('\n'),
    );
    expect(tree.sections.map((s) => [s.title, s.line])).toEqual([
      ['总体要求', 6],
      ['重点任务', 8],
      ['保障措施', 10],
    ]);
    expect(tree.preamble.map((p) => p.text)).toEqual(expect.arrayContaining(['一、总体要求', '二、重点任务', '三、保障措施']));
  });

  it('reads 1.1.1 as the points under 1.1', () => {
    const lines = ['国家突发环境事件应急预案', '1　应急响应', '1.1　响应分级', '根据突发环境事件的严重程度和发展态势，将应急响应设定为四级。', '1.2　响应措施', '1.2.1　现场污染处置', '切断和控制污染源，防止污染蔓延扩散。', '1.2.2　转移安置人员', '建立现场警戒区和重点防护区域。', '2　附则', '2.1　预案管理', '本预案由环境保护部负责解释。'];
    const [part] = parseDocument(lines.join('\n')).tree.sections;
    expect(part!.children.map((c) => [c.title, c.children.map((g) => g.title)])).toEqual([
      ['响应分级', []],
      ['响应措施', ['现场污染处置', '转移安置人员']],
    ]);
  });

  it('takes no sentence or date for a numbered heading', () => {
    expect(matchMarker('1　总则', LINE_MARKERS)?.family).toBe('arabic-space');
    expect(matchMarker('1.2　编制依据', LINE_MARKERS)).toMatchObject({ family: 'decimal', ordinal: 2 });
    expect(matchMarker('10 月份以来，全县经济运行平稳。', LINE_MARKERS)?.family).not.toBe('arabic-space');
    expect(matchMarker('5.2%的增速高于全国平均水平。', LINE_MARKERS)?.family).not.toBe('decimal');
  });
});
