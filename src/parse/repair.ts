// Damaged text: a whole speech scraped onto one line, with paragraphs run together and photo captions
// spliced in. Long paragraphs are split where a reader sees breaks; every piece keeps its source line.
import type { SourceParagraph } from '../doc/types.js';
import { HAN } from '../text/han.js';
import { CN, INLINE_MARKERS, LINE_MARKERS, SEQUENCE_MARKERS, matchMarker } from '../text/markers.js';
import { RE_DATELINE } from './furniture.js';
import { DATE, RE_TITLE_KIND, SALUTATION, docNumberStart } from './title-lines.js';

/** A paragraph this long is not one paragraph: it is text whose line breaks were lost. */
const RUN_TOGETHER = 1200;
// Neither is one that holds a sequence of parts or points, each opening a sentence: ……如下。一、……。二、……
const RE_SEQUENCE_INSIDE = /[。！？：:）)]\s*(?:一、|[（(]一[）)]|第一[，,])[\s\S]*?[。！？）)]\s*(?:二、|[（(]二[）)]|第二[，,])/u;

function isRunTogether(text: string): boolean {
  return text.length > RUN_TOGETHER || (text.length > 200 && RE_SEQUENCE_INSIDE.test(text));
}

// Break before: 一、 第一， 同志们！ and news trailers, when they follow the end of a sentence.
const RE_BREAK_BEFORE = new RegExp(
  `(?<=[。！？!?”）)])(?=${CN}、|[（(]${CN}[）)]|第${CN}[，,]|(?:同志们|各位代表)[！!]|（新华社|《\\s*人民日报\\s*》)|(?<=[：:])(?=${CN}、|[（(]一[）)])`,
  'gu',
);
// The head of a text scraped onto one line runs its pieces together: a news dateline, the title, the
// subtitle, the date (perhaps with the place), the speaker, a photo caption, the salutation —
// 新华社北京7月1日电在……大会上的讲话（2026年7月1日）习近平……新华社记者 李响 摄同志们，朋友们：今天……
// Each piece has a shape of its own; the head is cut before and after each one found.
const HEAD_LENGTH = 600;
/** The head is in the text's first few paragraphs (a title line may stand before the run-together rest). */
const HEAD_PARAGRAPHS = 3;
const RE_HEAD_DATE = new RegExp(`[（(]${DATE}(?:[，,、][^（）()]{1,12})?[）)]`, 'u');
const RE_HEAD_SUBTITLE = new RegExp(`(?<=[${HAN}”》])(?=(?:——|――|──)[^，。]{2,60}?(?:讲话|报告|致辞|发言|演讲))`, 'u');
const RE_HEAD_SALUTATION = new RegExp(SALUTATION, 'u');
const RE_HEAD_DOC_NUMBER = /^[^〔]{0,10}〔\d{4}〕\d{1,4}号/u;
const RE_HEAD_ADDRESSEES = /^[^。！？：:]{2,120}(?:人民政府|各部委|直属机构|各单位|各部门|各地)[^。！？：:]{0,40}[：:]/u;
// A photo caption: 2020年1月8日，……。这是……。 新华社记者 鞠鹏/摄
const RE_CAPTION =
  /(?<=[。！？”]|^)((?:当地时间)?(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:至\d{1,2}日)?(?:上午|下午|晚)?[，,][^。]{0,250}?。(?:[^。]{0,250}?。){0,3}?\s*新华社记者\s*\S{2,5}\s*\/?\s*摄)/gu;

export interface Repaired {
  paragraphs: SourceParagraph[];
  /** Paragraph numbers (after repair) of photo captions found inside the text. */
  captions: number[];
}

export function repairParagraphs(paras: SourceParagraph[]): Repaired {
  const firstItems = firstItemsInside(paras);
  if (firstItems.size === 0 && !paras.some((p) => isRunTogether(p.text) || RE_GLUED_CHILD.test(p.text) || p.text.search(RE_ARTICLE_BREAK) >= 0)) return { paragraphs: paras, captions: [] };
  const pieces: { line: number; text: string; caption: boolean; level?: SourceParagraph['level'] }[] = [];
  for (const [i, p] of paras.entries()) {
    const at = firstItems.get(i);
    const found =
      at !== undefined
        ? [{ text: p.text.slice(0, at), caption: false }, { text: p.text.slice(at), caption: false }]
        : isRunTogether(p.text)
          ? splitRunTogether(p.text, p.para <= HEAD_PARAGRAPHS)
          : [{ text: p.text, caption: false }];
    for (const piece of found) {
      const parts = piece.caption ? [piece.text] : splitGluedChild(piece.text).flatMap(splitGluedArticles);
      for (const text of parts) pieces.push({ line: p.line, text, caption: piece.caption, ...(p.level && parts.length === 1 ? { level: p.level } : {}) });
    }
  }
  const paragraphs: SourceParagraph[] = [];
  const captions: number[] = [];
  for (const piece of pieces) {
    const para = paragraphs.length + 1;
    paragraphs.push(piece.level ? { para, line: piece.line, text: piece.text, level: piece.level } : { para, line: piece.line, text: piece.text });
    if (piece.caption) captions.push(para);
  }
  return { paragraphs, captions };
}

/**
 * A run's first item written at the end of the paragraph that announces it, the rest each opening a
 * paragraph of its own: ……下面，我讲几点意见。第一，要坚定发展信心。…… / 第二，要抓好项目建设。……
 * Where the next paragraph opens with a 2 and this one has that family's 1 after a sentence's end
 * (and no 2 after it), the 1 starts a paragraph: index → where.
 */
function firstItemsInside(paras: SourceParagraph[]): Map<number, number> {
  const out = new Map<number, number>();
  const marker = (t: string) => matchMarker(t, LINE_MARKERS) ?? matchMarker(t, INLINE_MARKERS) ?? matchMarker(t, SEQUENCE_MARKERS);
  const opening = paras.map((p) => marker(p.text));
  for (let i = 0; i + 1 < paras.length; i++) {
    const second = opening[i + 1];
    if (second?.ordinal !== 2 || paras[i]!.level !== undefined || opening[i]) continue;
    const text = paras[i]!.text;
    const starts = [...text.matchAll(/[。！？!?：:]\s*/gu)].map((m) => m.index + m[0].length).filter((at) => at < text.length);
    const first = starts.find((at) => {
      const m = marker(text.slice(at));
      return m?.family === second.family && m.ordinal === 1;
    });
    if (first === undefined) continue;
    const another = starts.some((at) => at > first && marker(text.slice(at))?.family === second.family);
    if (!another) out.set(i, first);
  }
  return out;
}

// A part's heading run into its first point with no break: 一、持续提升投资建设便利度（一）优化再造……
// The sequence tells where the heading ends: at the next level's marker, before any sentence ends.
const RE_GLUED_CHILD = new RegExp(`^(${CN}[、.．][^。！？!?；;（(]{2,60}?)(?=[（(]${CN}[）)])`, 'u');

// A regulation's article run into the text before it, as a PDF's lines join: ……单建地下空间。 第四条 ……,
// or into its chapter's heading: 第七章 法律责任 第四十二条 …… An article's number after a sentence's
// end or a chapter's title starts the article; inside a sentence (依照本办法第三十六条规定) it is a reference.
const RE_ARTICLE_BREAK = new RegExp(`(?<=[。；;]|^第${CN}[章编][^。！？!?；;，,]{1,30}?)[\\s\\u3000]*(?=第${CN}条[\\s\\u3000])`, 'gu');

function splitGluedArticles(text: string): string[] {
  return text.split(RE_ARTICLE_BREAK).filter((t) => t !== '');
}

function splitGluedChild(text: string): string[] {
  const m = RE_GLUED_CHILD.exec(text);
  return m ? [m[1]!, text.slice(m[1]!.length)] : [text];
}

/** `atTop`: the paragraph opens the text, so its first blocks may hold the document's head. */
function splitRunTogether(text: string, atTop: boolean): { text: string; caption: boolean }[] {
  const out: { text: string; caption: boolean }[] = [];
  for (const [i, block] of text.split(/[\u3000\s]{2,}/u).entries()) {
    for (const part of splitHeader(block, atTop && i < 3)) {
      // Captions come out as pieces of their own, marked.
      let last = 0;
      for (const m of part.matchAll(RE_CAPTION)) {
        const at = m.index ?? 0;
        pushBroken(out, part.slice(last, at));
        out.push({ text: m[1]!.trim(), caption: true });
        last = at + m[0].length;
      }
      pushBroken(out, part.slice(last));
    }
  }
  return out;
}

/** The head of the text cut into its pieces (the rest of the text follows them as one piece). */
function splitHeader(block: string, first: boolean): string[] {
  if (!first) return [block];
  const pieces: string[] = [];
  let rest = block;
  const cut = (m: RegExpExecArray | null, keepBefore: boolean): boolean => {
    if (!m || m.index > HEAD_LENGTH) return false;
    if (keepBefore && m.index > 0) pieces.push(rest.slice(0, m.index));
    pieces.push(m[0]);
    rest = rest.slice(m.index + m[0].length);
    return true;
  };
  cut(RE_DATELINE.exec(rest), false);
  // Title (and subtitle) before the date; the speaker after it, up to the caption or salutation.
  const date = RE_HEAD_DATE.exec(rest);
  if (date && date.index <= HEAD_LENGTH && date.index > 0) {
    for (const piece of rest.slice(0, date.index).split(RE_HEAD_SUBTITLE)) pieces.push(piece);
    rest = rest.slice(date.index);
    cut(RE_HEAD_DATE.exec(rest), false);
    const salutation = RE_HEAD_SALUTATION.exec(rest);
    const caption = /\d{1,2}月\d{1,2}日|当地时间/u.exec(rest);
    const speakerEnd = Math.min(salutation?.index ?? Infinity, caption?.index ?? Infinity, 24);
    const speaker = rest.slice(0, speakerEnd);
    if (speaker && new RegExp(`^[${HAN}\\u3000 ]{2,24}$`, 'u').test(speaker)) {
      pieces.push(speaker);
      rest = rest.slice(speakerEnd);
    }
  }
  // A notice: its title, document number and addressees (……各直属机构：) run together.
  const number = docNumberStart(rest);
  const written = number > 0 && number <= HEAD_LENGTH ? RE_HEAD_DOC_NUMBER.exec(rest.slice(number)) : null;
  if (written) {
    pieces.push(rest.slice(0, number), written[0]);
    rest = rest.slice(number + written[0].length);
    cut(RE_HEAD_ADDRESSEES.exec(rest), false);
  }
  const salutation = RE_HEAD_SALUTATION.exec(rest);
  if (salutation && salutation.index <= HEAD_LENGTH) {
    // A site's sentences before the title (……素材库。整理汇总。XX镇2023年政府工作报告各位代表：): the
    // title is what follows the last sentence's end, when it names a kind of text.
    const before = rest.slice(0, salutation.index);
    const end = Math.max(before.lastIndexOf('。'), before.lastIndexOf('！'), before.lastIndexOf('？'));
    const title = before.slice(end + 1);
    if (end > 0 && title.length >= 4 && title.length <= 60 && RE_TITLE_KIND.test(title)) {
      pieces.push(before.slice(0, end + 1));
      rest = rest.slice(end + 1);
      salutation.index -= end + 1;
    }
    cut(salutation, true);
  }
  return [...pieces, rest].map((x) => x.trim()).filter((x) => x !== '');
}

function pushBroken(out: { text: string; caption: boolean }[], text: string): void {
  for (const piece of text.split(RE_BREAK_BEFORE)) {
    const t = piece.trim();
    if (t) out.push({ text: t, caption: false });
  }
}
