import { describe, expect, it } from 'vitest';
import { looksLikeMarkdown, markdownToLines } from '../../src/input/markdown.js';
import { parseDocument } from '../../src/parse/parse.js';
import type { SourceLine } from '../../src/doc/source.js';

const md = (...lines: string[]) => markdownToLines(lines.join('\n'));
const texts = (lines: SourceLine[]) => lines.map((l) => l.text);

describe('Markdown saved as .txt', () => {
  it.each([
    ['a metadata block at the top', '---\n标题: 关于某事的通知\n---\n\n# 关于某事的通知\n正文。', true],
    ['a first line that is a # heading', '\n# 目前我们的形势和任务\n正文。', true],
    ['plain text', '在全县工作会议上的讲话\n同志们：', false],
    ['a # that is no heading', '#1 标题\n正文', false],
  ])('%s', (_name, text, expected) => {
    expect(looksLikeMarkdown(text)).toBe(expected);
  });
});

describe('markdownToLines: one line', () => {
  it.each([
    ['plain text', '同志们：', '同志们：'],
    ['bold', '要**坚决**打赢攻坚战', '要坚决打赢攻坚战'],
    ['bold with underscores', '__重点__工作', '重点工作'],
    ['italic', '这是*强调*的内容', '这是强调的内容'],
    ['italic with underscores', '这是 _强调_ 的内容', '这是 强调 的内容'],
    ['bold italic', '***特别重要***', '特别重要'],
    ['underscores inside a Latin word stay', 'snake_case_name 与 a__b__c', 'snake_case_name 与 a__b__c'],
    ['underscores beside Chinese characters are emphasis', '抓好__重点__工作', '抓好重点工作'],
    ['a lone asterisk stays', '3 * 4 = 12', '3 * 4 = 12'],
    ['strikethrough', '~~删除~~保留', '删除保留'],
    ['inline code loses its backticks, keeps its contents', '运行 `doc2deck *.md` 即可', '运行 doc2deck *.md 即可'],
    ['double-backtick code', '``a`b``', 'a`b'],
    ['link', '详见[工作方案](https://example.com/plan)。', '详见工作方案。'],
    ['reference link', '详见[工作方案][1]。', '详见工作方案。'],
    ['autolink', '网址 <https://example.com>', '网址 https://example.com'],
    ['image dropped', '图：![示意图](a.png)如上', '图：如上'],
    ['quote', '> 民心是最大的政治。', '民心是最大的政治。'],
    ['nested quote', '> > 引文', '引文'],
    ['bullet -', '- 第一项', '第一项'],
    ['bullet *', '* 第一项', '第一项'],
    ['bullet +', '+ 第一项', '第一项'],
    ['indented bullet', '    - 子项', '子项'],
    ['task list', '- [x] 已完成', '已完成'],
    ['ordered item keeps its number', '1. 强化以案开路', '1. 强化以案开路'],
    ['ordered item, indented', '   2. 强化以案促改', '2. 强化以案促改'],
    ['horizontal rule ---', '---', ''],
    ['horizontal rule * * *', '* * *', ''],
    ['horizontal rule ___', '___', ''],
    ['HTML comment', '前<!-- 批注 -->后', '前后'],
    ['inline HTML', '第一行<br>接着', '第一行接着'],
    ['entities', 'R&amp;D &lt;投入&gt;', 'R&D <投入>'],
    ['escaped markers stay', '\\*不是强调\\*', '*不是强调*'],
    ['hard line break backslash', '第一行\\', '第一行'],
    ['link definition dropped', '[1]: https://example.com', ''],
    ['footnote reference dropped, definition kept', '正文[^1]', '正文'],
    ['footnote definition', '[^1]: 注释文字', '注释文字'],
    ['table row', '| 指标 | 数值 |', '指标　数值'],
    ['table delimiter', '|---|:---:|', ''],
    ['hashes without a space are text', '#话题#', '#话题#'],
  ])('%s', (_name, input, expected) => {
    const [line] = markdownToLines(input);
    expect(line).toEqual({ text: expected });
  });
});

describe('markdownToLines: headings', () => {
  it.each<[string, string[], SourceLine[]]>([
    [
      'a lone # before the content is the title; ## becomes level 1',
      ['# 年度报告', '', '## 工作回顾', '### 经济运行', '#### 工业', '##### 细项', '正文'],
      [
        { text: '年度报告' },
        { text: '' },
        { text: '工作回顾', level: 1 },
        { text: '经济运行', level: 2 },
        { text: '工业', level: 3 },
        { text: '细项', level: 4 },
        { text: '正文' },
      ],
    ],
    [
      'several # headings are all level 1',
      ['# 第一部分', '正文', '# 第二部分', '## 小节'],
      [{ text: '第一部分', level: 1 }, { text: '正文' }, { text: '第二部分', level: 1 }, { text: '小节', level: 2 }],
    ],
    [
      'a lone # after content is a level-1 heading',
      ['讲话稿', '# 一、总体要求', '## （一）指导思想'],
      [{ text: '讲话稿' }, { text: '一、总体要求', level: 1 }, { text: '（一）指导思想', level: 2 }],
    ],
    [
      'front matter, quoted notes and comments are not content before the title; the metadata is kept as text',
      ['---', 'title: x', '---', '> 本文由脚本提取，以官方发布为准。', '<!-- 草稿 -->', '# 标题', '## 一'],
      [{ text: '' }, { text: 'title: x' }, { text: '' }, { text: '本文由脚本提取，以官方发布为准。' }, { text: '' }, { text: '标题' }, { text: '一', level: 1 }],
    ],
    [
      '##### and ###### stay text without a title',
      ['## 一', '##### 五', '###### 六'],
      [{ text: '一', level: 2 }, { text: '五' }, { text: '六' }],
    ],
    [
      'closing hashes and emphasis in headings are removed',
      ['## **一、提高站位** ##'],
      [{ text: '一、提高站位', level: 2 }],
    ],
    [
      'setext headings',
      ['年度报告', '====', '', '工作回顾', '----', '正文'],
      [{ text: '年度报告' }, { text: '' }, { text: '' }, { text: '工作回顾', level: 1 }, { text: '' }, { text: '正文' }],
    ],
    [
      '--- under a list item is a rule, not a heading',
      ['- 第一项', '---'],
      [{ text: '第一项' }, { text: '' }],
    ],
  ])('%s', (_name, input, expected) => {
    expect(markdownToLines(input.join('\n'))).toEqual(expected);
  });
});

describe('markdownToLines: blocks', () => {
  it('keeps fenced code as written, fences blank, and # inside code is no heading', () => {
    // The code is content, so the `#` after it is a heading, not the title.
    expect(md('```sh', '# 不是标题', '**原样**', '```', '# 标题')).toEqual([
      { text: '' },
      { text: '# 不是标题' },
      { text: '**原样**' },
      { text: '' },
      { text: '标题', level: 1 },
    ]);
  });

  it('drops a comment spanning lines, keeping the line count', () => {
    expect(texts(md('前文', '<!-- 第一行', '第二行', '-->后文', '正文'))).toEqual(['前文', '', '', '后文', '正文']);
  });

  it('keeps one line per source line, blank lines included, so warnings point into the .md file', () => {
    const input = ['# 标题', '', '> 引文', '', '- 项目', '```', 'x', '```', '---', '正文', ''];
    expect(md(...input)).toHaveLength(input.length);
    expect(markdownToLines('a\r\nb\rc')).toHaveLength(3);
  });
});

describe('Markdown through the parser', () => {
  it('gives the title, the heading levels and line numbers of the .md file', () => {
    const { tree } = parseDocument(
      md(
        '# 关于2024年工作情况的报告',
        '',
        '同志们：',
        '',
        '## 一、过去一年的工作',
        '',
        '全年经济运行**总体平稳**。',
        '',
        '### 稳增长',
        '',
        '1. 强化投资拉动。',
        '2. 扩大消费需求。',
        '',
        '## 二、今年的安排',
        '',
        '> 民心是最大的政治。',
      ),
    );
    expect(tree.title).toBe('关于2024年工作情况的报告');
    expect(tree.sections.map((s) => [s.heading, s.level, s.line])).toEqual([
      ['过去一年的工作', 1, 5],
      ['今年的安排', 1, 14],
    ]);
    expect(tree.sections[0]!.children.map((s) => [s.heading, s.level, s.line])).toEqual([['稳增长', 2, 9]]);
    expect(tree.sections[0]!.body[0]!.text).toBe('全年经济运行总体平稳。');
  });
});
