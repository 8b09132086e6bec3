// Word (.docx) → source lines. mammoth reads the document (styles, lists, tables, notes) and writes
// simple HTML; from it we keep what the parser needs: one line per paragraph, the heading levels
// that Word's styles give, and the list numbers Word draws but does not store in the text.
import { fail, ok, type Result } from '../problems.js';
import type { HeadingLevel, SourceLine } from '../doc/source.js';
import { intToCn } from '../text/numerals.js';
import { decodeEntities } from './entities.js';
import { sanitizeText } from './sanitize.js';
import { readZipDirectory, type ZipDirectoryEntry } from '../zip/zip.js';
import { MAIN_PART, MEDIA, prepareDocx, type PreparedDocx } from './docx-prepare.js';

/** The most a .docx may hold once unpacked, by the sizes its ZIP directory records. */
export const MAX_DOCX_UNPACKED = 100 * 1024 * 1024;
/**
 * The most XML (and other parts mammoth parses: everything but media) a .docx may hold once unpacked:
 * the same 20 MB as a text file (MAX_INPUT_BYTES; not imported, read.ts imports this file). mammoth builds a tree of the whole XML: 20 MB of it takes some 15 s
 * and 1.4 GB of memory, and holds about 6 MB of text, far beyond any speech or report; 95 MB would
 * exhaust the heap after minutes.
 */
export const MAX_DOCX_XML = 20 * 1024 * 1024;
/**
 * The most paragraphs a .docx may hold. mammoth's tree costs some 10 KB of memory a paragraph (142,000
 * short ones in 14 MB of XML: 1.35 GB, past what Node may use on a small machine); a long report has a
 * few thousand.
 */
export const MAX_DOCX_PARAGRAPHS = 30_000;

const RESAVE = '请用 WPS/Word 打开后另存为 .docx 或 .txt 再试。';
const UNREADABLE = `无法读取 Word 文件（.docx），文件可能已损坏。${RESAVE}`;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

export function isZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP_MAGIC);
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** A ZIP that names Word's main part: a .docx, whatever the file is called. Names are stored as plain bytes. */
export function looksLikeDocx(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP_MAGIC) && asBuffer(bytes).includes(MAIN_PART);
}

export async function readDocx(bytes: Uint8Array): Promise<Result<SourceLine[]>> {
  const checked = checkPackage(bytes);
  if (!checked.ok) return checked;
  let prepared: PreparedDocx;
  try {
    prepared = prepareDocx(bytes);
  } catch {
    return fail('input-unreadable', UNREADABLE);
  }
  if (prepared.paragraphs > MAX_DOCX_PARAGRAPHS) {
    return fail(
      'input-unreadable',
      `Word 文件有 ${prepared.paragraphs} 段，超过 ${MAX_DOCX_PARAGRAPHS / 10000} 万段的上限，不像是一篇讲话稿或报告，已拒绝处理。请把要转换的部分另存为一个较小的 .docx 或 .txt 文件再试。`,
    );
  }
  // Loaded here, not at the top: a .txt run never needs it.
  const mammoth = (await import('mammoth')).default;
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: asBuffer(prepared.bytes) },
      {
        styleMap: STYLE_MAP,
        // Empty paragraphs stay, so a line number is the paragraph's number in the document.
        ignoreEmptyParagraphs: false,
        // Images are dropped; this keeps mammoth from reading and base64-encoding them.
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
        transformDocument: numberLists,
      },
    );
    html = result.value;
  } catch {
    return fail('input-unreadable', UNREADABLE);
  }
  const lines = htmlToLines(html);
  if (lines.every((l) => l.text.trim() === '')) return fail('input-empty', 'Word 文件是空的（没有文字）。');
  return ok(titleFromLoneHeading(lines), prepared.problems);
}

/**
 * Many documents set their title in `Heading 1` and their parts in `Heading 2`. As with a lone `#` in
 * Markdown: when the first paragraph is the only level-1 heading, it is the title (a plain line) and
 * the other headings move up a level.
 */
export function titleFromLoneHeading(lines: SourceLine[]): SourceLine[] {
  const first = lines.find((l) => l.text.trim() !== '');
  if (first?.level !== 1 || lines.filter((l) => l.level === 1).length !== 1) return lines;
  return lines.map((l) => (l.level === undefined ? l : l === first ? { text: l.text } : { text: l.text, level: (l.level - 1) as HeadingLevel }));
}

// Refuse before mammoth inflates anything: not a ZIP, no document part, or too big once unpacked.
function checkPackage(bytes: Uint8Array): Result<void> {
  let entries: ZipDirectoryEntry[];
  try {
    entries = readZipDirectory(bytes); // the directory only: nothing is inflated here
  } catch {
    return fail('input-unreadable', UNREADABLE);
  }
  const unpacked = entries.reduce((n, e) => n + e.size, 0);
  if (unpacked > MAX_DOCX_UNPACKED) {
    return fail(
      'input-unreadable',
      `Word 文件解压后超过 ${MAX_DOCX_UNPACKED / 1024 / 1024} MB，不像是一篇讲话稿或报告（可能已损坏或是恶意构造的文件），已拒绝处理。${RESAVE}`,
    );
  }
  const parsed = entries.filter((e) => !MEDIA.test(e.name)).reduce((n, e) => n + e.size, 0);
  if (parsed > MAX_DOCX_XML) {
    return fail(
      'input-unreadable',
      `Word 文件的文字部分解压后有 ${Math.round(parsed / 1024 / 1024)} MB，超过 ${MAX_DOCX_XML / 1024 / 1024} MB 的上限，不像是一篇讲话稿或报告（可能已损坏或是恶意构造的文件），已拒绝处理。`,
    );
  }
  if (!entries.some((e) => e.name === MAIN_PART)) {
    return fail('input-unreadable', `无法读取 Word 文件：压缩包里没有正文（${MAIN_PART}），它可能不是 .docx 文件或已损坏。${RESAVE}`);
  }
  return ok(undefined);
}

// mammoth's default map already covers `Heading 1`…`Heading 6` (and `heading 1`, `Heading1`); these
// add the names Chinese Word and WPS may write, and keep Title/Subtitle as plain paragraphs (the
// parser takes the first plain line as the title).
const STYLE_MAP = [
  ...[1, 2, 3, 4].flatMap((n) => [`p[style-name='标题 ${n}'] => h${n}:fresh`, `p[style-name='标题${n}'] => h${n}:fresh`]),
  "p[style-name='Title'] => p:fresh",
  "p[style-name='标题'] => p:fresh",
  "p[style-name='Subtitle'] => p:fresh",
  "p[style-name='副标题'] => p:fresh",
];

const HEADING_STYLE_NAME = /^(?:heading|标题)\s*[1-9]$/i;
const HEADING_STYLE_ID = /^heading[1-9]$/i;

// --- list numbers -------------------------------------------------------------------------------

/** The part of mammoth's document model this file touches. */
interface DocElement {
  type: string;
  children?: DocElement[];
  styleId?: string | null;
  styleName?: string | null;
  numbering?: { level: string; isOrdered: boolean } | null;
  value?: string;
}

/**
 * Word draws list numbers from numbering.xml; they are not in the text. Each numbered paragraph gets
 * the conventional marker for its depth written in (一、 （一） 1. （1）), so the parser's marker logic
 * sees what the reader sees, and then is left as a plain paragraph. Bulleted items just lose the bullet.
 *
 * Counters belong to the list, not to a run of adjacent items: Word keeps counting across the body
 * paragraphs between `一、…` and `二、…`. mammoth gives each (list definition, level) one shared object,
 * which is the key here. Deeper levels restart when a shallower item appears. Not seen through mammoth:
 * the list's own number format and a "restart numbering" override, so a restarted list continues.
 */
function numberLists(doc: DocElement): DocElement {
  const counters = new Map<object, { depth: number; n: number }>();
  const visit = (el: DocElement): void => {
    if (el.type === 'paragraph') number(el);
    else el.children?.forEach(visit);
  };
  const number = (p: DocElement): void => {
    const list = p.numbering;
    // A numbered heading keeps its style's level; mammoth's style map puts headings before lists.
    if (!list || HEADING_STYLE_NAME.test(p.styleName ?? '') || HEADING_STYLE_ID.test(p.styleId ?? '')) return;
    p.numbering = null;
    if (!list.isOrdered) return;
    const depth = (Number.parseInt(list.level, 10) || 0) + 1;
    for (const [key, c] of counters) if (c.depth > depth) counters.delete(key);
    const counter = counters.get(list) ?? { depth, n: 0 };
    counter.n++;
    counters.set(list, counter);
    p.children = [{ type: 'text', value: listMarker(depth, counter.n) }, ...(p.children ?? [])];
  };
  visit(doc);
  return doc;
}

export function listMarker(depth: number, n: number): string {
  const cn = n < 100 ? intToCn(n) : String(n);
  switch (depth) {
    case 1:
      return `${cn}、`;
    case 2:
      return `（${cn}）`;
    case 3:
      return `${n}.`;
    case 4:
      return `（${n}）`;
    default:
      return n <= 20 ? String.fromCharCode(0x245f + n) : `${n})`;
  }
}

// --- mammoth's HTML → lines ---------------------------------------------------------------------

const TOKEN = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|([^<]+)/g;
const LINE_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li']);
const BLOCK_TAGS = new Set(['ol', 'ul', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'blockquote', 'div']);
// Footnote and endnote links: `[1]` in the text and `↑` after the note. The notes themselves stay.
const NOTE_LINK = /\bhref="#(?:footnote|endnote)-/;

interface OpenLine {
  /** Text between `<br>`s. */
  pieces: string[];
  level?: HeadingLevel;
}

/**
 * One line per `<p>`, `<h1>`…`<h6>` and `<li>`; `<br>` starts a new line (within a heading it is a
 * space: the heading stays one line). `<h1>`…`<h4>` carry their level; `<h5>`, `<h6>` are plain.
 */
export function htmlToLines(html: string): SourceLine[] {
  const out: SourceLine[] = [];
  let open: OpenLine | null = null;
  let inNoteLink = false;

  const hasText = (l: OpenLine | null): boolean => l !== null && l.pieces.some((s) => s.trim() !== '');
  const close = (): void => {
    if (open) for (const line of finish(open)) out.push(line);
    open = null;
  };

  for (const m of html.matchAll(TOKEN)) {
    const [, slash, rawName, attrs, text] = m;
    if (text !== undefined) {
      if (inNoteLink) continue;
      open ??= { pieces: [''] };
      open.pieces[open.pieces.length - 1] += decodeEntities(text);
      continue;
    }
    const name = rawName!.toLowerCase();
    const closing = slash === '/';
    if (name === 'a') {
      if (closing) inNoteLink = false;
      else if (NOTE_LINK.test(attrs ?? '')) inNoteLink = true;
    } else if (name === 'br') {
      open ??= { pieces: [''] };
      open.pieces.push('');
    } else if (LINE_TAGS.has(name)) {
      if (closing) close();
      else {
        // `<li><p>…`: the item's own line is the paragraph inside it.
        if (hasText(open)) close();
        const level = /^h[1-4]$/.test(name) ? (Number(name[1]) as HeadingLevel) : undefined;
        open = level === undefined ? { pieces: [''] } : { pieces: [''], level };
      }
    } else if (BLOCK_TAGS.has(name)) {
      if (hasText(open)) close();
      else open = null;
    }
  }
  close();
  return out;
}

function finish(line: OpenLine): SourceLine[] {
  const texts = line.pieces.flatMap((p) => sanitizeText(p).split('\n'));
  if (line.level !== undefined) {
    const text = texts.map((t) => t.trim()).filter(Boolean).join(' ');
    return text ? [{ text, level: line.level }] : [{ text: '' }];
  }
  return texts.map((text) => ({ text }));
}
