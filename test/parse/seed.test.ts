// What the issue asks of the seed speech, asserted directly (the goldens pin the rest).
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/parse.js';
import { SEED, readText } from '../helpers/samples.js';

describe('the seed speech', () => {
  const { tree, problems } = parseDocument(readText(SEED));

  it('reads the outline at the top as an outline, not as sections', () => {
    expect(tree.outline.map((o) => o.text)).toEqual(['提高政治站位', '聚焦重点领域', '强化组织领导']);
    expect(tree.sections.map((s) => s.line)).toEqual([8, 14, 3]);
  });

  it('finds title and salutation with their lines', () => {
    expect(tree.title).toBe('在XX县纵深推进群众身边不正之风和腐败问题集中整治工作会议上的讲话');
    expect(tree.salutation).toEqual({ type: 'paragraph', text: '同志们:', line: 5, para: 5 });
    expect(tree.preamble.map((p) => p.line)).toEqual([6, 7]);
  });

  it('gives level-1 parts a short title and the full heading', () => {
    const [one] = tree.sections;
    expect(one?.title).toBe('提高政治站位');
    expect(one?.heading).toBe('提高政治站位,深刻认识纵深推进集中整治的极端重要性,以高度的政治自觉扛起如山使命');
  });

  it('splits 第一， points into the point and its body', () => {
    const point = tree.sections[0]!.children[0]!;
    expect(point.level).toBe(2);
    expect(point.heading).toBe('纵深推进集中整治是践行“两个维护”的经验交流');
    expect(point.body[0]!.text.startsWith('党的十八大以来')).toBe(true);
    expect(tree.sections[0]!.children.map((c) => c.ordinal)).toEqual([1, 2, 3, 4]);
  });

  it('lifts 一要 from inside a paragraph to a level-3 item', () => {
    const item = tree.sections[1]!.children[0]!.children[0]!;
    expect(item).toMatchObject({ level: 3, marker: '一要', heading: '强化以案开路', line: 16 });
    expect(tree.sections[1]!.children[0]!.body[0]!.text).toBe('治乱须用重典。没有严厉的惩处,就无法形成有效的震慑。');
  });

  it('finds the figures with their qualifiers and what they count', () => {
    expect(tree.figures.map((f) => [f.text, f.label, f.kind])).toEqual([
      ['超过40件', '查处群众身边不正之风和腐败问题案件', 'result'],
      ['40余人', '党纪政务处分', 'result'],
      ['超过50万元', '挽回经济损失', 'result'],
      ['不低于15%', '查处相关案件数量同比增长', 'target'],
    ]);
  });

  it('finds the quotation that is a sentence, not the quoted terms', () => {
    expect(tree.quotes).toEqual([{ text: '民心是最大的政治。', line: 11, para: 11 }]);
  });

  it('keeps part 三 from the outline, marked missing, and reports where the text stops', () => {
    expect(tree.sections[2]).toMatchObject({ title: '强化组织领导', missing: true, body: [], children: [] });
    expect(tree.truncated).toEqual({ line: 16, tail: '坚决遏制存量、清除增' });
    expect(problems.map((p) => p.code)).toEqual(['part-missing', 'text-truncated']);
    expect(problems[0]!.message).toContain('强化组织领导');
    expect(problems[0]!.message).toContain('清除增');
  });
});
