// Word input: fixtures are built here with jszip (and zlib for the bomb), except the seed saved by
// LibreOffice, which is the check that a .docx and the .txt it came from give the same tree.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { MAX_DOCX_UNPACKED, htmlToLines, listMarker, looksLikeDocx, readDocx } from '../../src/input/docx.js';
import { readInput } from '../../src/input/read.js';
import { parseDocument } from '../../src/parse/parse.js';
import { main, type Io } from '../../src/cli.js';
import type { Section } from '../../src/doc/types.js';
import { ROOT, SEED } from '../helpers/samples.js';
import { writeZip } from '../../src/zip/zip.js';

const SEED_DOCX = path.join(ROOT, 'test/fixtures/seed-docx/input.docx');
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

// --- building .docx files -----------------------------------------------------------------------

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

interface Para {
  text: string | string[]; // pieces separated by <w:br/>
  style?: string;
  list?: [numId: number, ilvl: number];
}

function paragraph({ text, style, list }: Para): string {
  const props = [
    style ? `<w:pStyle w:val="${style}"/>` : '',
    list ? `<w:numPr><w:ilvl w:val="${list[1]}"/><w:numId w:val="${list[0]}"/></w:numPr>` : '',
  ].join('');
  const runs = (Array.isArray(text) ? text : [text]).map((t) => `<w:r><w:t xml:space="preserve">${esc(t)}</w:t></w:r>`).join('<w:r><w:br/></w:r>');
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${runs}</w:p>`;
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}">
  <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>
  <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>
  <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style>
  <w:style w:type="paragraph" w:styleId="a5"><w:name w:val="标题 3"/></w:style>
  <w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/></w:style>
</w:styles>`;

const lvl = (ilvl: number, fmt: string, text: string) =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/></w:lvl>`;

const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="${W}">
  <w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、')}${lvl(1, 'chineseCounting', '（%2）')}${lvl(2, 'decimal', '%3.')}${lvl(3, 'decimal', '（%4）')}</w:abstractNum>
  <w:abstractNum w:abstractNumId="1">${lvl(0, 'bullet', '•')}</w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>`;

async function buildDocx(body: string, { numbering = true, styles = true } = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  const rels = [
    styles ? `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` : '',
    numbering ? `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>` : '',
  ].join('');
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`,
  );
  if (styles) zip.file('word/styles.xml', STYLES);
  if (numbering) zip.file('word/numbering.xml', NUMBERING);
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/**
 * A ZIP of deflated entries written by the project's own writer: enough to make a real bomb quickly,
 * since zlib deflates 101 MB of zeros in well under a second and jszip takes seconds.
 */
function zipOf(entries: { name: string; data: Uint8Array }[]): Uint8Array {
  return writeZip(entries, new Date(Date.UTC(2020, 0, 1)));
}

const SAMPLE: Para[] = [
  { text: '关于2024年工作情况的报告', style: 'Title' },
  { text: '同志们：' },
  { text: '过去一年的工作', style: 'Heading1' },
  { text: '稳增长', style: 'ListParagraph', list: [1, 0] },
  { text: '全年经济运行总体平稳。' },
  { text: '促改革', list: [1, 0] },
  { text: '深化放管服', list: [1, 1] },
  { text: '落实清单管理', list: [1, 2] },
  { text: '优化营商环境', list: [1, 1] },
  { text: '惠民生', list: [1, 0] },
  { text: '就业', list: [1, 1] },
  { text: '要点甲', list: [2, 0] },
  { text: '经验与体会', style: 'Heading2' },
  { text: '体会之一', style: 'a5' },
  { text: ['第一行', '第二行'] },
  { text: 'R&D <投入> “5%”' },
  { text: '今年的安排', style: 'Heading1', list: [1, 0] },
  { text: '' },
];

const sample = () => buildDocx(SAMPLE.map(paragraph).join('') + `<w:tbl><w:tr><w:tc><w:p><w:r><w:t>表格内文字</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`);

// --- the pieces -----------------------------------------------------------------------------------

describe('htmlToLines (mammoth\'s HTML)', () => {
  it('drops note links but keeps the notes, joins a broken heading, keeps h5 plain, decodes entities', () => {
    const html =
      '<h2>一、总体<br />要求</h2><p>正文<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup>。</p><h5>小标题</h5>' +
      '<p>A &amp; B &#x4E00;&nbsp;</p><p></p><ol><li id="footnote-1"><p>注释文字。 <a href="#footnote-ref-1">↑</a></p></li></ol>';
    expect(htmlToLines(html)).toEqual([
      { text: '一、总体 要求', level: 2 },
      { text: '正文。' },
      { text: '小标题' },
      { text: 'A & B 一\u00A0' },
      { text: '' },
      { text: '注释文字。 ' },
    ]);
  });

  it('gives a list item its own line, nested lists included', () => {
    expect(htmlToLines('<ul><li>甲<ul><li>乙</li></ul></li><li>丙</li></ul>')).toEqual([{ text: '甲' }, { text: '乙' }, { text: '丙' }]);
  });
});

describe('listMarker', () => {
  it.each([
    [1, 1, '一、'],
    [1, 12, '十二、'],
    [2, 3, '（三）'],
    [3, 4, '4.'],
    [4, 5, '（5）'],
    [5, 2, '②'],
  ])('depth %i, item %i: %s', (depth, n, marker) => {
    expect(listMarker(depth, n)).toBe(marker);
  });
});

// --- readDocx -----------------------------------------------------------------------------------

describe('readDocx', () => {
  it('gives one line per paragraph: heading styles as levels, Title plain, list numbers written in', async () => {
    const r = await readDocx(await sample());
    expect(r.ok && r.problems).toEqual([]);
    expect(r.ok && r.value).toEqual([
      { text: '关于2024年工作情况的报告' },
      { text: '同志们：' },
      { text: '过去一年的工作', level: 1 },
      { text: '一、稳增长' },
      { text: '全年经济运行总体平稳。' },
      // The list goes on counting across the paragraph between its items, as Word does.
      { text: '二、促改革' },
      { text: '（一）深化放管服' },
      { text: '1.落实清单管理' },
      { text: '（二）优化营商环境' },
      { text: '三、惠民生' },
      // Deeper levels restart under a new item.
      { text: '（一）就业' },
      // Bullets are dropped.
      { text: '要点甲' },
      { text: '经验与体会', level: 2 },
      // The Chinese style name.
      { text: '体会之一', level: 3 },
      // A manual line break starts a new line.
      { text: '第一行' },
      { text: '第二行' },
      { text: 'R&D <投入> “5%”' },
      // A numbered heading keeps its level; no number is written in.
      { text: '今年的安排', level: 1 },
      // Empty paragraphs stay, so line numbers count paragraphs.
      { text: '' },
      { text: '表格内文字' },
    ]);
  });

  it('works without styles.xml or numbering.xml (style ids only, numbering ignored)', async () => {
    const body = [paragraph({ text: '报告' }), paragraph({ text: '题目', style: 'Heading1' }), paragraph({ text: '条目', list: [1, 0] })].join('');
    const r = await readDocx(await buildDocx(body, { numbering: false, styles: false }));
    expect(r.ok && r.value).toEqual([{ text: '报告' }, { text: '题目', level: 1 }, { text: '条目' }]);
  });

  it('gives the parser what it needs for the tree', async () => {
    const r = await readDocx(await sample());
    if (!r.ok) throw new Error('unreadable');
    const { tree } = parseDocument(r.value);
    expect(tree.title).toBe('关于2024年工作情况的报告');
    expect(tree.sections.map((s) => [s.heading, s.level])).toEqual([
      ['过去一年的工作', 1],
      ['今年的安排', 1],
    ]);
    const first = tree.sections[0]!;
    expect(first.children.map((s) => [s.marker, s.heading])).toEqual([
      ['一、', '稳增长'],
      ['二、', '促改革'],
      ['三、', '惠民生'],
      ['', '经验与体会'],
    ]);
  });

  it('takes a lone Heading 1 at the top as the title, moving the other headings up a level', async () => {
    const r = await readDocx(
      await buildDocx(
        [
          paragraph({ text: '' }),
          paragraph({ text: '关于2024年工作情况的报告', style: 'Heading1' }),
          paragraph({ text: '一、工作回顾', style: 'Heading2' }),
          paragraph({ text: '（一）经济运行', style: 'a5' }),
        ].join(''),
      ),
    );
    expect(r.ok && r.value).toEqual([
      { text: '' },
      { text: '关于2024年工作情况的报告' },
      { text: '一、工作回顾', level: 1 },
      { text: '（一）经济运行', level: 2 },
    ]);
    const r2 = await readDocx(await buildDocx([paragraph({ text: '报告' }), paragraph({ text: '一、回顾', style: 'Heading1' })].join('')));
    expect(r2.ok && r2.value).toEqual([{ text: '报告' }, { text: '一、回顾', level: 1 }]);
  });

  it('removes control and zero-width characters', async () => {
    const r = await readDocx(await buildDocx(paragraph({ text: '第一\u200b段\u0001落' })));
    expect(r.ok && r.value).toEqual([{ text: '第一段落' }]);
  });

  it('reports an empty document as empty', async () => {
    const r = await readDocx(await buildDocx(paragraph({ text: '' })));
    expect(r.ok).toBe(false);
    expect(r.problems[0]).toMatchObject({ code: 'input-empty' });
  });

  it.each([
    ['random bytes', () => Promise.resolve(new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251)))],
    ['a truncated .docx', async () => (await sample()).subarray(0, 600)],
    ['a ZIP without word/document.xml', async () => zipOf([{ name: 'hello.txt', data: new TextEncoder().encode('hi') }])],
    ['broken XML in word/document.xml', async () => zipOf([{ name: 'word/document.xml', data: new TextEncoder().encode('<w:document><w:body><w:p>') }])],
    ['an old .doc file', () => Promise.resolve(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(504)]))],
  ])('refuses %s with input-unreadable and a Chinese message saying what to do', async (_name, make) => {
    const r = await readDocx(await make());
    expect(r.ok).toBe(false);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ code: 'input-unreadable', severity: 'error' });
    expect(r.problems[0]!.message).toMatch(/Word 文件/);
    expect(r.problems[0]!.message).toContain('请用 WPS/Word 打开后另存为 .docx 或 .txt 再试');
  });

  it('refuses a zip bomb by the sizes its directory records, without inflating it', async () => {
    const started = Date.now();
    const zeros = new Uint8Array(MAX_DOCX_UNPACKED + 1024 * 1024);
    const bomb = zipOf([
      { name: 'word/document.xml', data: new TextEncoder().encode(`<w:document xmlns:w="${W}"><w:body/></w:document>`) },
      { name: 'word/media/image1.png', data: zeros },
    ]);
    // Half a megabyte on disk (the writer deflates at level 3) for over 100 MB unpacked.
    expect(bomb.length).toBeLessThan(1024 * 1024);
    // jszip reports the recorded size on a private field; the guard depends on it.
    const entry = (await JSZip.loadAsync(bomb)).file('word/media/image1.png') as unknown as { _data: { uncompressedSize: number } };
    expect(entry._data.uncompressedSize).toBe(zeros.length);
    const r = await readDocx(bomb);
    expect(r.ok).toBe(false);
    expect(r.problems[0]).toMatchObject({ code: 'input-unreadable' });
    expect(r.problems[0]!.message).toContain('100 MB');
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe('recognising a .docx', () => {
  it('knows a .docx by its contents when the name says otherwise', async () => {
    const docx = await sample();
    expect(looksLikeDocx(docx)).toBe(true);
    expect(looksLikeDocx(zipOf([{ name: 'a.txt', data: new Uint8Array([0x41]) }]))).toBe(false);
    expect(looksLikeDocx(new TextEncoder().encode('word/document.xml'))).toBe(false);
    const dir = mkdtempSync(path.join(tmpdir(), 'doc2deck-'));
    writeFileSync(path.join(dir, '讲话.txt'), docx);
    const r = await readInput(path.join(dir, '讲话.txt'), async () => new Uint8Array());
    expect(r.ok && r.value.format).toBe('docx');
    const stdin = await readInput('-', async () => docx);
    expect(stdin.ok && stdin.value.format).toBe('docx');
  });
});

// --- the seed, saved as .docx by LibreOffice ----------------------------------------------------

describe('the seed saved as .docx', () => {
  // test/fixtures/seed-docx/input.docx was made once with
  //   soffice --headless --convert-to docx seed.txt
  // LibreOffice writes one paragraph per text line (blank lines included), so even line numbers match.
  const fromTxt = parseDocument(readFileSync(SEED, 'utf8'));

  it('gives the same tree and problems as the .txt', async () => {
    const r = await readDocx(readFileSync(SEED_DOCX));
    if (!r.ok) throw new Error(r.problems[0]!.message);
    const fromDocx = parseDocument(r.value);
    const headings = (ss: Section[]): unknown => ss.map((s) => ({ heading: s.heading, level: s.level, missing: s.missing, children: headings(s.children) }));
    expect(fromDocx.tree.title).toBe(fromTxt.tree.title);
    expect(headings(fromDocx.tree.sections)).toEqual(headings(fromTxt.tree.sections));
    expect(fromDocx.tree.figures).toEqual(fromTxt.tree.figures);
    expect(fromDocx.tree.truncated).toEqual(fromTxt.tree.truncated);
    expect(fromDocx.problems).toEqual(fromTxt.problems);
    // And everything else, line numbers included.
    expect(fromDocx.tree).toEqual(fromTxt.tree);
  });
});

// --- the CLI ------------------------------------------------------------------------------------

function fakeIo(): Io & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
    readStdin: async () => new Uint8Array(),
    env: {},
  };
  return io;
}

describe('doc2deck with a .docx', () => {
  it('converts the seed .docx: exit 0, a deck written, the same warnings as the .txt', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'doc2deck-'));
    const out = path.join(dir, '会议.pptx');
    const io = fakeIo();
    expect(await main([SEED_DOCX, '-o', out], io)).toBe(0);
    expect(readFileSync(out).subarray(0, 4)).toEqual(Buffer.from('PK\x03\x04', 'latin1'));
    expect(io.err).toContain(`${SEED_DOCX}:16: 警告`);
    expect(io.err).toContain('强化组织领导');
    expect(io.err).toContain('已生成');
  });

  it('shows the outline of a .docx as JSON', async () => {
    const io = fakeIo();
    expect(await main(['outline', SEED_DOCX, '--json'], io)).toBe(0);
    expect(JSON.parse(io.out).title).toBe('在XX县纵深推进群众身边不正之风和腐败问题集中整治工作会议上的讲话');
  });

  it('exits 1 for a corrupt .docx with a Chinese message, and writes nothing', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'doc2deck-'));
    const input = path.join(dir, '坏文件.docx');
    // A ZIP cut short (a text file named .docx is read as text: see word-container.test.ts).
    writeFileSync(input, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('这不是一个完整的 Word 文件。')]));
    const io = fakeIo();
    expect(await main([input, '-o', path.join(dir, 'out.pptx')], io)).toBe(1);
    expect(io.err).toContain('无法读取 Word 文件');
    expect(io.err).toContain('可能已损坏');
    expect(io.err).not.toMatch(/\n\s+at /);
    expect(readdirSync(dir)).toEqual(['坏文件.docx']);
    expect(existsSync(path.join(dir, 'out.pptx'))).toBe(false);
  });

  it('still refuses a ZIP that is not a Word file, given as .txt', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'doc2deck-'));
    const input = path.join(dir, 'a.txt');
    writeFileSync(input, zipOf([{ name: 'a.txt', data: new TextEncoder().encode('hi') }]));
    const io = fakeIo();
    expect(await main([input, '-o', path.join(dir, 'out.pptx')], io)).toBe(1);
    expect(io.err).toContain('ZIP 压缩包');
  });
});
