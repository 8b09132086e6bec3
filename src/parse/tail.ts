// Material after the document's end that is not part of it: attachments, glossaries, contact lines,
// news-agency and licence trailers, a web page's links and editor lines, a second article posted
// after the first. It is kept (as the appendix, for the notes), never a section.
//
// The model: a document ends — with its closing call (让我们……！), with its signature and date, or
// simply where the page's own lines begin — and what comes after an end is appended when it opens
// the way appended things open: 附件, 名词解释, a trailer, page furniture, or a new title.
import type { Paragraph, SourceParagraph } from '../doc/types.js';
import { isPageFurnitureBelow } from './furniture.js';
import { titleScore } from './header.js';
import { isDateLine } from './title-lines.js';
import { isClosingCall } from './frame.js';
import { LINE_MARKERS, matchMarker, type LineMarkerFamily, type MarkerMatch } from '../text/markers.js';
import { TOP_FAMILIES } from './top-level.js';

// 附件1 / 附件2 名词解释 / 附件：1.… / 附：… / 附表 / 名词解释 / 注释
const RE_APPENDIX = /^(?:附\s*件\s*[0-9０-９一二三四五六七八九十]*\s*(?:[:：].*|\s+\S.{0,30})?|附[:：].*|附表\s*[0-9０-９]*.{0,30}|名词解释|注释|注\s*释)$/u;
// The imprint under an official document (GB/T 9704's 版记): 抄送：…, and the office and date it was printed.
const RE_IMPRINT = /^(?:抄送|抄报)\s*[:：]|^\S.{1,40}?[\s\u3000]*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发$/u;
// A bracketed label alone on its line late in the text opens a block of its own (【互动问答摘录】,
// 【相关链接】, 【背景资料】): material added to the document, not its last part.
const RE_BLOCK_LABEL = /^【[^】]{2,12}】$/u;
const RE_CONTACT = /^(?:联系人|联系电话|电话|传真|联系地址|地址|邮箱|电子邮箱|邮编)\s*[:：]/u;
// Lines after which everything is trailer: a news-agency credit, a newspaper line, a wiki licence,
// an editor's note on the occasion (（这是邓小平同志在……的讲话。）).
const RE_TRAILER = /^(?:\??[\s\u3000]*[（(]这是.{2,60}(?:讲话|报告|谈话|文章|发言)|[（(]新华社.{2,20}电[）)]|《\s*人民日报\s*》|本作品(?:是|来自)|Public domain$)/u;
const SENTENCE_END = /[。！？!?]$/u;

/** Index of the first paragraph of the tail (paragraphs.length when there is none). */
export function findTail(paras: SourceParagraph[], bodyStart: number): number {
  const half = Math.max(bodyStart, Math.floor(paras.length / 2));
  let start = paras.length;
  for (let i = paras.length - 1; i > bodyStart; i--) {
    const t = paras[i]!.text;
    const late = i >= half;
    if (RE_APPENDIX.test(t) || RE_IMPRINT.test(t) || (late && (RE_TRAILER.test(t) || RE_BLOCK_LABEL.test(t) || isPageFurnitureBelow(t))) || (late && startsAnotherDocument(paras, i)) || endsWithTable(paras, bodyStart, i)) start = i;
  }
  // Contact lines and the signature (issuer, date) at the end belong with what follows them, not
  // with the last part: they are no point to project.
  while (start > bodyStart + 1 && RE_CONTACT.test(paras[start - 1]!.text)) start--;
  if (start > bodyStart + 2 && isDateLine(paras[start - 1]!.text)) {
    start--;
    if (isIssuer(paras[start - 1]!.text)) start--;
  }
  return start;
}

// A table's title: ……任务分解表, 重点项目一览表, 责任清单 — a line alone, no sentence.
const RE_TABLE_TITLE = /^[^，,。；;：:！？!?]{2,40}(?:表|清单|台账)$/u;
const RE_CELL = /^[^，,。；;：:！？!?]{1,12}$/u;
const HEADER_CELLS = 3;

/**
 * Line i is the title of a table flattened one cell a line (任务分解表 / 序号 / 内容 / 牵头部门 / …),
 * a table title followed at once by a header row of short cells, and the document's parts do not go
 * on after it. Such a table, however long, is an attachment: its group rows may repeat the plan's
 * 一、二、三、, and they are no parts. A table between two parts (三、 before it, 四、 after) is not.
 */
function endsWithTable(paras: SourceParagraph[], bodyStart: number, i: number): boolean {
  if (!RE_TABLE_TITLE.test(paras[i]!.text) || matchMarker(paras[i]!.text, LINE_MARKERS) !== null) return false;
  const row = paras.slice(i + 1, i + 1 + HEADER_CELLS);
  if (row.length < HEADER_CELLS || !row.every((p) => RE_CELL.test(p.text) && matchMarker(p.text, LINE_MARKERS) === null)) return false;
  let last: MarkerMatch<LineMarkerFamily> | null = null;
  for (let k = bodyStart; k < i; k++) {
    const m = matchMarker(paras[k]!.text, LINE_MARKERS);
    if (m && TOP_FAMILIES.includes(m.family)) last = m;
  }
  if (!last) return true;
  const { family, ordinal } = last;
  return !paras.slice(i + 1).some((p) => {
    const m = matchMarker(p.text, LINE_MARKERS);
    return m !== null && m.family === family && m.ordinal === ordinal + 1;
  });
}

/** 县安全生产委员会办公室, 中共某某县委　某某县人民政府: a short line of names, no sentence. */
function isIssuer(t: string): boolean {
  return t.length <= 40 && !/[，,。；;：:！？!?、]/u.test(t) && matchMarker(t, LINE_MARKERS) === null;
}

/**
 * Line i opens a new document when the one before it has ended — its last paragraph is a closing call,
 * or a signature's date — and line i reads as a title (……的讲话, 关于……的通知, a title block under it).
 */
function startsAnotherDocument(paras: SourceParagraph[], i: number): boolean {
  const before = paras[i - 1]!.text;
  const ended = (SENTENCE_END.test(before) && isClosingCall(before)) || isDateLine(before);
  if (!ended || matchMarker(paras[i]!.text, LINE_MARKERS) !== null) return false;
  return titleScore(paras, i) >= 3;
}

// 附件1 / 附件2：名词解释 / 附件 (the title on the next line) — the start of one attachment.
const RE_ATTACHMENT = /^附\s*件\s*[0-9０-９一二三四五六七八九十]*\s*[:：]?\s*(.{0,40})$/u;

export interface Attachment {
  /** 附件1 …, as the text calls it, with its title when it gives one. */
  title: string;
  paragraphs: Paragraph[];
}

/**
 * The attachments among the appended material: each runs from its 附件 line to the next, or to the
 * page's own lines (editor, links, a trailer). A list of attachments inside the notice (附件：1.……
 * 2.……) followed by the attachments themselves gives the latter.
 */
export function attachmentsIn(appendix: Paragraph[]): Attachment[] {
  const out: Attachment[] = [];
  let current: Attachment | null = null;
  for (const [i, p] of appendix.entries()) {
    const m = RE_ATTACHMENT.exec(p.text);
    if (m) {
      const name = p.text.replace(/\s+/gu, '').replace(/[:：].*$/u, '');
      const next = appendix[i + 1]?.text ?? '';
      const title = m[1]!.trim() || (next.length <= 40 && !RE_ATTACHMENT.test(next) ? next : '');
      current = { title: title ? `${name}　${title}` : name, paragraphs: [p] };
      out.push(current);
      continue;
    }
    if (RE_TRAILER.test(p.text) || isPageFurnitureBelow(p.text)) current = null;
    else current?.paragraphs.push(p);
  }
  // The notice's own list (附件：……) is followed only by its signature and date: no text of its own.
  return out.filter((a) => a.paragraphs.slice(1).some((p) => p.text.length > 30 || /[。；;，,]/u.test(p.text)));
}
