// A .docx put right before mammoth reads it: hidden text out, missing images skipped with a warning,
// altChunk parts read in (text, HTML, MHT) or named in a warning. Fixtures built here with jszip.
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { fakeIo, tmpDir } from '../helpers/io.js';
import { readDocx } from '../../src/input/docx.js';
import { prepareDocx } from '../../src/input/docx-prepare.js';

const NS = [
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"',
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"',
  'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"',
].join(' ');
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const p = (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`;
const r = (text: string, props = '') => `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const image = (id: string) =>
  `<w:r><w:drawing><wp:inline><wp:extent cx="100" cy="100"/><wp:docPr id="1" name="图片 1"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="1" name="图片 1"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="${id}"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`;

interface Extra {
  rels?: { id: string; type: string; target: string }[];
  files?: Record<string, string | Uint8Array>;
  styles?: string;
}

async function docx(body: string, { rels = [], files = {}, styles }: Extra = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
  );
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`);
  const allRels = [...(styles ? [{ id: 'rIdS', type: `${REL}/styles`, target: 'styles.xml' }] : []), ...rels];
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${allRels.map((x) => `<Relationship Id="${x.id}" Type="${x.type}" Target="${x.target}"/>`).join('')}</Relationships>`,
  );
  if (styles) zip.file('word/styles.xml', `<?xml version="1.0" encoding="UTF-8"?><w:styles ${NS}>${styles}</w:styles>`);
  for (const [name, data] of Object.entries(files)) zip.file(name, data);
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${NS}><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const textOf = async (bytes: Uint8Array) => {
  const res = await readDocx(bytes);
  expect(res.ok).toBe(true);
  return { lines: res.ok ? res.value.map((l) => l.text) : [], problems: res.problems };
};

describe('hidden text', () => {
  it('runs marked w:vanish are left out; w:val="false" and other runs stay', async () => {
    const bytes = await docx(
      p(r('关于工作的报告')) +
        p(r('看得见的文字'), r('（隐藏的批注）', '<w:vanish/>'), r('，接着写。')) +
        p(r('开关关掉的隐藏', '<w:b/><w:vanish w:val="false"/>')) +
        p(r('整段隐藏', '<w:vanish w:val="1"/>')),
    );
    const { lines, problems } = await textOf(bytes);
    expect(lines).toEqual(['关于工作的报告', '看得见的文字，接着写。', '开关关掉的隐藏', '']);
    expect(problems).toEqual([]);
  });

  it('a hidden run inside a text box goes; the run holding the text box stays whole', async () => {
    const box = (inner: string) => `<w:r><w:rPr><w:vanish/></w:rPr><w:pict><w:txbxContent>${inner}</w:txbxContent></w:pict></w:r>`;
    const bytes = await docx(p(r('正文')) + p(box(p(r('框里看得见'), r('框里藏着', '<w:vanish/>')))));
    const doc = await JSZip.loadAsync(prepareDocx(bytes).bytes);
    const xml = await doc.file('word/document.xml')!.async('string');
    expect(xml).toContain('框里看得见');
    expect(xml).not.toContain('框里藏着');
    expect(xml).toContain('</w:txbxContent></w:pict></w:r>');
  });

  it('a character style that hides its text hides the runs that use it', async () => {
    const styles =
      '<w:style w:type="character" w:styleId="Secret"><w:name w:val="Secret"/><w:rPr><w:vanish/></w:rPr></w:style>' +
      '<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>';
    const bytes = await docx(p(r('正文'), r('藏起来', '<w:rStyle w:val="Secret"/>'), r('加粗', '<w:rStyle w:val="Strong"/>')), { styles });
    expect((await textOf(bytes)).lines).toEqual(['正文加粗']);
  });
});

describe('an image whose relationship is missing', () => {
  it('is skipped with a warning; the rest of the document converts', async () => {
    const bytes = await docx(p(r('第一段。')) + p(image('rId99')) + p(r('第二段。')) + p(image('rIdImg')), {
      rels: [{ id: 'rIdImg', type: `${REL}/image`, target: 'media/image1.png' }],
      files: { 'word/media/image1.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47]) },
    });
    // mammoth alone gives up on the whole document.
    await expect(mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).rejects.toThrow();
    const { lines, problems } = await textOf(bytes);
    expect(lines.filter(Boolean)).toEqual(['第一段。', '第二段。']);
    expect(problems).toEqual([expect.objectContaining({ code: 'input-part-unread', severity: 'warning' })]);
    expect(problems[0]!.message).toContain('1 张图片找不到');
  });

  it('through the CLI: exit 0, a deck, the warning on stderr', async () => {
    const dir = tmpDir();
    const input = path.join(dir, '报告.docx');
    writeFileSync(input, await docx(p(r('关于工作的报告')) + p(r('同志们：')) + p(image('rId7')) + p(r('一、总体要求')) + p(r('要抓落实。'))));
    const io = fakeIo();
    expect(await main([input, '-o', path.join(dir, 'out.pptx')], io)).toBe(0);
    expect(io.err).toContain('图片找不到');
    expect(readdirSync(dir).sort()).toEqual(['out.pptx', '报告.docx']);
  });
});

describe('altChunk parts', () => {
  const chunk = (id: string) => `<w:altChunk r:id="${id}"/>`;
  const rel = (id: string, target: string) => ({ id, type: `${REL}/aFChunk`, target });

  it('HTML, text and MHT parts are read in as paragraphs, in place', async () => {
    const html = '<html><head><title>标题栏</title><style>p{color:red}</style></head><body><h1>一、总体要求</h1><p>要&nbsp;坚持<b>稳中求进</b>。</p><!-- 注释 --></body></html>';
    const mht = [
      'MIME-Version: 1.0',
      'Content-Type: multipart/related; boundary="----=_NextPart_01"',
      '',
      '------=_NextPart_01',
      'Content-Type: text/html; charset="utf-8"',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      `<p>${[...Buffer.from('三、保障措施')].map((b) => `=${b.toString(16).toUpperCase()}`).join('')}</p>=`,
      '<p>done</p>',
      '------=_NextPart_01--',
      '',
    ].join('\r\n');
    const bytes = await docx(p(r('前言。')) + chunk('rIdH') + chunk('rIdT') + chunk('rIdM') + p(r('结语。')), {
      rels: [rel('rIdH', 'afchunk1.htm'), rel('rIdT', '/word/chunk2.txt'), rel('rIdM', 'afchunk3.mht')],
      files: { 'word/afchunk1.htm': html, 'word/chunk2.txt': '二、主要任务\n推进改革。\n', 'word/afchunk3.mht': mht },
    });
    const { lines, problems } = await textOf(bytes);
    expect(lines.filter(Boolean)).toEqual(['前言。', '一、总体要求', '要\u00a0坚持稳中求进。', '二、主要任务', '推进改革。', '三、保障措施', 'done', '结语。']);
    expect(problems).toEqual([]);
  });

  it('a part in a format not read here (RTF), or missing, is named in a warning', async () => {
    const bytes = await docx(p(r('正文。')) + chunk('rIdR') + chunk('rIdGone'), {
      rels: [rel('rIdR', 'chunk.rtf'), rel('rIdGone', 'nowhere.htm')],
      files: { 'word/chunk.rtf': '{\\rtf1 text}' },
    });
    const { lines, problems } = await textOf(bytes);
    expect(lines.filter(Boolean)).toEqual(['正文。']);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('2 处嵌入的内容（RTF、HTM 格式）无法读取');
  });
});

describe('an ordinary document', () => {
  it('is handed to mammoth as it is', async () => {
    const bytes = await docx(p(r('普通的文字')));
    expect(prepareDocx(bytes).bytes).toBe(bytes);
  });
});
