// Titles and labels are broken for reading: no character alone on a line, a number with its unit,
// no line opening with closing punctuation, a pause preferred.
import { describe, expect, it } from 'vitest';
import { breakForReading } from '../../src/plan/line-breaks.js';
import { countLines } from '../../src/plan/measure.js';

const lines = (text: string, size: number, width: number) => breakForReading(text, size, width, countLines(text, size, width))?.split('\n') ?? null;

describe('breaking a title for reading', () => {
  it('leaves no character alone on the last line', () => {
    const text = 'XX县纵深推进群众身边不正之风和腐败问题集中整治工作会议';
    for (let width = 300; width <= 700; width += 20) {
      const out = lines(text, 32, width);
      if (!out) continue;
      expect(out.join('')).toBe(text);
      for (const l of out) expect([...l].length).toBeGreaterThan(1);
    }
  });

  it('never parts a number from its unit', () => {
    for (let width = 120; width <= 400; width += 10) {
      const out = lines('国内生产总值超过126万亿元增长5.2%', 28, width);
      if (!out) continue;
      expect(out.some((l) => l.includes('126万亿元'))).toBe(true);
      expect(out.some((l) => l.includes('5.2%'))).toBe(true);
    }
  });

  it('never opens a line with closing punctuation', () => {
    for (let width = 150; width <= 500; width += 10) {
      const out = lines('提高政治站位，深刻认识整治工作的极端重要性。', 28, width);
      for (const l of out ?? []) expect(/^[，。、；：？！）》」』】”’]/u.test(l)).toBe(false);
    }
  });

  it('breaks after a clause mark when one is near the middle', () => {
    expect(breakForReading('让我们团结一心，为完成全年目标任务而努力奋斗！', 40, 700, 2)).toBe('让我们团结一心，\n为完成全年目标任务而努力奋斗！');
  });

  it('never parts a Latin word from the bracket before it, and keeps a space it breaks at (so that the text without breaks is the text)', () => {
    const text = 'CnPack IDE 专家包（CnWizards 0.8.1）发布说明与使用指南汇编';
    for (let width = 150; width <= 600; width += 10) {
      const broken = breakForReading(text, 28, width, Math.min(3, countLines(text, 28, width)));
      if (!broken) continue;
      expect(broken.replace(/\n/g, '')).toBe(text);
      for (const l of broken.split('\n')) expect(l, broken).not.toMatch(/^[a-z]/u);
    }
  });
});

