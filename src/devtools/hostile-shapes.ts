// Inputs of hostile shapes — a megabyte or more of one shape each — for `npm run bench -- --hostile`
// and for the scale tests. Each is text a user could give: well under the 20 MB input limit, valid
// UTF-8, and built from the same few Chinese phrases, so the shape, not the words, is what is tested.

export interface Shape {
  name: string;
  /** What the shape stresses, in a few words. */
  about: string;
  text: (bytes: number) => string;
  /** The file's extension: how doc2deck is told to read it (default txt). */
  ext?: 'txt' | 'md';
}

const SENTENCE = '各级党组织要坚持以人民为中心的发展思想，切实把群众的急难愁盼问题解决好。';
const CLAUSE = '推进基层治理现代化';
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Lines made by `line(i)`, joined with newlines, until the text reaches `bytes` (UTF-8). */
function linesUpTo(bytes: number, line: (i: number) => string): string {
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const l = line(i);
    out.push(l);
    size += Buffer.byteLength(l) + 1;
  }
  return out.join('\n');
}

/** `unit` repeated to about `bytes` bytes. */
function repeatTo(bytes: number, unit: string): string {
  return unit.repeat(Math.max(1, Math.ceil(bytes / Buffer.byteLength(unit))));
}

/** A Chinese number for 1…99 (enough for markers; larger counts wrap). */
function han(n: number): string {
  const k = ((n - 1) % 99) + 1;
  if (k <= 10) return NUMERALS[k - 1]!;
  const tens = Math.floor(k / 10);
  const ones = k % 10;
  return `${tens > 1 ? NUMERALS[tens - 1] : ''}十${ones ? NUMERALS[ones - 1] : ''}`;
}

export const SHAPES: Shape[] = [
  { name: 'prose', about: '普通段落', text: (b) => linesUpTo(b, () => SENTENCE.repeat(4)) },
  { name: 'one-line', about: '一整行，有标点', text: (b) => repeatTo(b, SENTENCE) },
  { name: 'one-line-bare', about: '一整行，无标点', text: (b) => repeatTo(b, CLAUSE) },
  { name: 'tiny-lines', about: '很多短行', text: (b) => linesUpTo(b, (i) => `短句${i % 10}。`) },
  { name: 'paragraphs', about: '每段一句', text: (b) => linesUpTo(b, () => SENTENCE) },
  { name: 'headings', about: '全是“一、二、…”标题', text: (b) => linesUpTo(b, (i) => `${han(i + 1)}、${CLAUSE}`) },
  { name: 'same-heading', about: '每行都是“一、”', text: (b) => linesUpTo(b, () => `一、${CLAUSE}`) },
  {
    name: 'all-levels',
    about: '一、（一）1.（1）循环',
    text: (b) =>
      linesUpTo(b, (i) => {
        const n = Math.floor(i / 4) + 1;
        return [`${han(n)}、${CLAUSE}`, `（${han(n)}）${SENTENCE}`, `${n}.${SENTENCE}`, `（${n}）${SENTENCE}`][i % 4]!;
      }),
  },
  {
    name: 'deep-nesting',
    about: '每个标题下又一层',
    text: (b) =>
      linesUpTo(b, (i) => {
        const n = (i % 9) + 1;
        return [`${han(n)}、${CLAUSE}`, `（${han(n)}）${CLAUSE}`, `${n}.${CLAUSE}`, `（${n}）${CLAUSE}`, `${'①②③④⑤⑥⑦⑧⑨'[n - 1]}${CLAUSE}`, `第${han(n)}，${SENTENCE}`, `一是${SENTENCE}`][i % 7]!;
      }),
  },
  { name: 'figures-one-line', about: '一行几万个百分数', text: (b) => repeatTo(b, '增长12.5%，') },
  { name: 'figures-distinct', about: '一行几万个不同的数', text: (b) => linesUpTo(b, (i) => `增长${i}.${i % 10}%，投资${i}亿元，`).replace(/\n/g, '') },
  { name: 'figures-lines', about: '每行都有数字', text: (b) => linesUpTo(b, (i) => `全年完成投资${i}亿元，增长${i % 100}.${i % 10}%，惠及群众${i * 3}万人。`) },
  { name: 'punctuation', about: '长串标点', text: (b) => linesUpTo(b, (i) => (i % 2 ? '。'.repeat(5000) : '，、；：！？…—'.repeat(600))) },
  { name: 'attachments', about: '几千行“附件”', text: (b) => linesUpTo(b, (i) => `附件${(i % 50) + 1}：${CLAUSE}`) },
  { name: 'title-like', about: '重复的标题样子的行', text: (b) => linesUpTo(b, () => '关于推进基层治理现代化的实施方案') },
  { name: 'blank-lines', about: '大量空行', text: (b) => `${SENTENCE}\n${'\n'.repeat(b)}${SENTENCE}` },
  { name: 'quotes', about: '成千上万的引号', text: (b) => linesUpTo(b, () => `“${CLAUSE}”“民心是最大的政治。”`) },
  { name: 'digits', about: '一行全是数字', text: (b) => `一、${CLAUSE}\n${repeatTo(b, '1234567890')}` },
  { name: 'open-brackets', about: '一行未闭合的括号引号', text: (b) => `一、${CLAUSE}\n${repeatTo(b, '（“《【(推进')}` },
  { name: 'md-headings', about: 'Markdown：全是标题', ext: 'md', text: (b) => linesUpTo(b, (i) => `${'#'.repeat((i % 4) + 1)} ${CLAUSE}${i}`) },
  { name: 'md-links', about: 'Markdown：未闭合的链接', ext: 'md', text: (b) => `# 标题\n\n${repeatTo(b, '![推进[进](')}` },
  { name: 'md-table', about: 'Markdown：表格样子的长行', ext: 'md', text: (b) => `# 标题\n\n${' '.repeat(b / 2)}|${' '.repeat(b / 2)}x` },
];

/** The 130,000-paragraph (about 4 MB) document of issue 16. */
export function manyParagraphs(count = 130_000): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(`第${i + 1}段，${CLAUSE}。`);
  return out.join('\n');
}

/** A minimal .docx whose body is one `<w:p>` per line: Word's shape of a long document. */
export async function docxOf(lines: string[]): Promise<Uint8Array> {
  const JSZip = (await import('jszip')).default;
  const zip = new JSZip();
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const R = 'http://schemas.openxmlformats.org/package/2006/relationships';
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${R}"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`);
  const body = lines.map((l) => `<w:p><w:r><w:t xml:space="preserve">${esc(l)}</w:t></w:r></w:p>`).join('');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
