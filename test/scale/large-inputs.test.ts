import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/parse.js';
import { planDeck } from '../../src/plan/plan.js';
import { loadTheme } from '../../src/theme/load.js';
import { htmlToLines } from '../../src/input/docx.js';
import { markdownToLines } from '../../src/input/markdown.js';
import type { DocTree } from '../../src/doc/types.js';

// Documents far larger than any speech, still under the 20 MB input limit: they convert, and keep every
// paragraph. (How fast is measured by `npm run bench -- --hostile`, not here.)
const CLAUSE = '推进基层治理现代化';

async function planOf(tree: DocTree) {
  const theme = await loadTheme('dangzheng');
  if (!theme.ok) throw new Error('theme');
  return planDeck(tree, theme.value, { ratio: '16:9', title: '报告', density: 'standard', attachments: false });
}

/** Every paragraph of the text stands behind some slide (in its sources, hence its notes). */
function unkept(tree: DocTree, plan: Awaited<ReturnType<typeof planOf>>): number[] {
  const held = new Set(plan.slides.flatMap((s) => s.sources));
  return tree.paragraphs.filter((p) => !held.has(p.para)).map((p) => p.para);
}

describe('very large documents', () => {
  it('130,000 paragraphs under one part: parsed and planned, nothing lost', async () => {
    const paras = Array.from({ length: 130_000 }, (_, i) => `第${i + 1}段，${CLAUSE}。`);
    const { tree } = parseDocument(['关于推进工作的报告', '一、总体要求', ...paras, '二、保障措施', '做好工作。'].join('\n'));
    expect(tree.sections.map((s) => s.title)).toEqual(['总体要求', '保障措施']);
    expect(tree.sections[0]!.body).toHaveLength(130_000);
    const plan = await planOf(tree);
    expect(plan.slides.length).toBeGreaterThan(10_000);
    expect(unkept(tree, plan)).toEqual([]);
  });

  it('130,000 numbered items in one part: parsed without overflowing the stack', () => {
    const items = Array.from({ length: 130_000 }, (_, i) => `${(i % 9) + 1}.${CLAUSE}，${i}。`);
    const { tree } = parseDocument(['一、总体要求', ...items].join('\n'));
    expect(tree.paragraphs).toHaveLength(130_001);
  });

  it('50,000 lines that all open with 一、 are planned, every line kept', async () => {
    const { tree } = parseDocument(Array.from({ length: 50_000 }, (_, i) => `一、工作${i % 10}`).join('\n'));
    const plan = await planOf(tree);
    expect(unkept(tree, plan)).toEqual([]);
  });

  it('a Word paragraph with 200,000 line breaks becomes 200,000 lines', () => {
    const lines = htmlToLines(`<p>${Array.from({ length: 200_000 }, (_, i) => `第${i}行`).join('<br />')}</p>`);
    expect(lines).toHaveLength(200_000);
    expect(lines[199_999]!.text).toBe('第199999行');
  });
});

describe('long lines of one character class', () => {
  it('a line of 200,000 digits has no figure and is parsed (the number search no longer backtracks per digit)', () => {
    const { tree } = parseDocument(`一、总体要求\n${'1234567890'.repeat(20_000)}\n二、保障措施\n完成投资12亿元。`);
    expect(tree.figures.map((f) => `${f.value}${f.unit}`)).toEqual(['12亿元']);
  });

  it('a Markdown line of 100,000 unclosed links and images keeps its words', () => {
    const lines = markdownToLines(`# 标题\n\n${'![图[进]('.repeat(20_000)}[推进](https://a.cn/x_(y))`);
    const last = lines.at(-1)!.text;
    expect(last.startsWith('![图[进](![图[进](')).toBe(true);
    expect(last.endsWith('](推进')).toBe(true);
  });

  it('a Markdown line of 200,000 blanks around a bar is text, not a table', () => {
    const blanks = ' '.repeat(100_000);
    // Inside a paragraph, so that the indent is not a code block.
    const lines = markdownToLines(`# 标题\n\n正文\n${blanks}|${blanks}x\n\n| a | b |\n|---|---|`);
    expect(lines[3]!.text.trim()).toBe(`|${blanks}x`);
    // A real delimiter row is still one.
    expect(lines[5]!.text).toBe('a　b');
    expect(lines[6]!.text).toBe('');
  });
});
