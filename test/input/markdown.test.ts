import { readdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { fakeIo, tmpDir } from '../helpers/io.js';
import { looksLikeMarkdown, markdownToLines, readMarkdown } from '../../src/input/markdown.js';
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
    ['indented bullet', '  - 子项', '子项'],
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
      '##### and ###### stay text below # headings',
      ['# 一', '# 二', '##### 五', '###### 六'],
      [{ text: '一', level: 1 }, { text: '二', level: 1 }, { text: '五' }, { text: '六' }],
    ],
    [
      'levels are relative: a file that starts at ## has ## as level 1',
      ['## 工作回顾', '正文', '## 下一步', '### 细项'],
      [{ text: '工作回顾', level: 1 }, { text: '正文' }, { text: '下一步', level: 1 }, { text: '细项', level: 2 }],
    ],
    [
      'a lone ## before the content, under front matter (tags and all), is the title; ### becomes level 1',
      ['---', 'title: 讲话', 'tags:', '  - 2008年', '  - 讲话', '---', '', '## 在干部大会上的讲话', '正文', '### 一、方向', '### 二、组织'],
      [{ text: '' }, { text: 'title: 讲话' }, { text: 'tags:' }, { text: 'tags: 2008年' }, { text: 'tags: 讲话' }, { text: '' }, { text: '' }, { text: '在干部大会上的讲话' }, { text: '正文' }, { text: '一、方向', level: 1 }, { text: '二、组织', level: 1 }],
    ],
    [
      'closing hashes and emphasis in headings are removed',
      ['## **一、提高站位** ##', '## 二、强化保障'],
      [{ text: '一、提高站位', level: 1 }, { text: '二、强化保障', level: 1 }],
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
  it('leaves fenced code out (blank lines), and # inside code is no heading', () => {
    // The code is content (though not for slides), so the `#` after it is a heading, not the title.
    expect(md('```sh', '# 不是标题', '**原样**', '```', '# 标题')).toEqual([
      { text: '' },
      { text: '' },
      { text: '' },
      { text: '' },
      { text: '标题', level: 1 },
    ]);
  });

  it.each([
    ['backticks', ['```', '一、不是标题', '1. 不是列表', '## 不是标题', '```']],
    ['tildes, a longer fence, and a shorter fence inside', ['~~~~text', '一、不是标题', '~~~', '- 不是列表', '~~~~']],
    ['indented by four spaces after a blank line', ['', '    一、不是标题', '    1. 不是列表', '', '    # 不是标题']],
    ['indented by a tab', ['', '\t一、不是标题', '\t- 不是列表']],
  ])('code in a block (%s) is neither heading nor list, and is named in a warning', (_name, code) => {
    const { lines, problems } = readMarkdown(['# 标题', '正文第一段。', ...code, '二、真正的部分', '正文。'].join('\n'));
    expect(lines.slice(2, 2 + code.length).every((l) => l.text === '' && l.level === undefined)).toBe(true);
    expect(texts(lines).slice(2 + code.length)).toEqual(['二、真正的部分', '正文。']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'code-omitted', severity: 'warning' });
    expect(problems[0]!.message).toMatch(/^第\d+(–\d+)?行是代码/);
    const tree = parseDocument(lines).tree;
    expect(JSON.stringify(tree)).not.toContain('不是');
  });

  it('an unclosed fence runs to the end of the file, and the warning says from where', () => {
    const { lines, problems } = readMarkdown(['# 标题', '正文。', '```', '一、不是标题', '', '二、也不是'].join('\n'));
    expect(texts(lines)).toEqual(['标题', '正文。', '', '', '', '']);
    expect(problems[0]!.message).toContain('第4–6行是代码');
  });

  it('indented lines that continue a paragraph or a list item are text, not code', () => {
    const trimmed = (...lines: string[]) => texts(md(...lines)).map((t) => t.trim());
    expect(trimmed('第一段开头，', '    接着写的一行。')).toEqual(['第一段开头，', '接着写的一行。']);
    expect(trimmed('- 第一项', '', '    第一项的第二段。', '    - 子项')).toEqual(['第一项', '', '第一项的第二段。', '子项']);
    expect(readMarkdown('- 第一项\n\n    第二段。').problems).toEqual([]);
  });

  it('names at most five code blocks, and counts the rest', () => {
    const blocks = Array.from({ length: 7 }, (_, i) => ['```', `代码${i}`, '```', `正文${i}。`]).flat();
    expect(readMarkdown(['# 标题', ...blocks].join('\n')).problems[0]!.message).toBe('第3、7、11、15、19行等 7 处是代码，没有放进幻灯片（代码不是讲稿正文）。');
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

describe('Markdown code through the CLI', () => {
  it('warns about code left out, and a file of nothing but code is empty, with the reason', async () => {
    const dir = tmpDir();
    writeFileSync(`${dir}/讲话.md`, '# 在全县工作会议上的讲话\n\n同志们：\n\n## 一、提高认识\n\n要抓落实。\n\n```\n二、不是部分\n```\n\n## 二、强化保障\n\n要落实责任。\n');
    const io = fakeIo();
    expect(await main([`${dir}/讲话.md`, '-o', `${dir}/out.pptx`], io)).toBe(0);
    expect(io.err).toContain('第10行是代码，没有放进幻灯片');
    writeFileSync(`${dir}/code.md`, '```\n一、总体要求\n```\n');
    const empty = fakeIo();
    expect(await main([`${dir}/code.md`, '-o', `${dir}/code.pptx`], empty)).toBe(1);
    expect(empty.err).toContain('第2行是代码');
    expect(empty.err).toContain('空的');
    expect(readdirSync(dir).sort()).toEqual(['code.md', 'out.pptx', '讲话.md']);
  });
});
