// The header zone: an outline or table of contents at the top, the title block (title, subtitle, date,
// speaker, document number, source lines) and the salutation. Returns where the body starts.
import type { OutlineEntry, Paragraph, SourceParagraph } from '../doc/types.js';
import { LINE_MARKERS, matchMarker } from '../text/markers.js';
import { isMasthead, isPageFurniture, isPostingNote } from './furniture.js';
import {
  RE_ADDRESSEES,
  RE_AT_MEETING,
  RE_DASH,
  RE_DATE_LINE,
  RE_DOC_NUMBER,
  RE_ISSUE_IN_BRACKETS,
  RE_NOT_A_NAME,
  RE_OFFICE_LINE,
  RE_PUBLISH_NOTE,
  RE_SALUTATION,
  RE_SOURCE_LINE,
  RE_SPEAKER,
  RE_SPEECH_OPENING,
  RE_SUBTITLE,
  RE_SUBTITLE_DATE,
  RE_TITLE_KIND,
  SENTENCE_MARK,
  isTitleLine,
  looksLikeTitleLine,
  splitTitleLine,
  unspaced,
} from './title-lines.js';

const RE_TOC = /^目[\s\u3000]*录$/u;
// A document sent as an attachment carries the label above its title: 附件, 附件2, 附件3：.
const RE_ATTACHMENT_LABEL = /^附[\s\u3000]*件[\s\u3000]*[0-9０-９一二三四五六七八九十]*[\s\u3000]*[:：]?$/u;
// A plan's period in brackets, from one year to another: （2021 年-2035 年）, (2024—2026年). A single
// year under a title (（2020年）) is a label of the page, not part of the name.
const RE_TITLE_PERIOD = /^[（(][\s\u3000]*\d{4}[\s\u3000]*年?[\s\u3000]*[-—–~～至到][\s\u3000]*\d{4}[\s\u3000]*年?[\s\u3000]*[）)]$/u;
const RE_TOC_ENTRY = /^[·•・]/u;

export interface Header {
  outline: OutlineEntry[];
  title: string | null;
  subtitle: string | null;
  date: string | null;
  speaker: string | null;
  /** The speaker's office when the text gives it (县委书记, 国务院总理). */
  office: string | null;
  salutation: Paragraph | null;
  /** Index into the paragraphs of the first one after the header. */
  bodyStart: number;
}

export function readHeader(paras: SourceParagraph[]): Header {
  const h: Header = { outline: [], title: null, subtitle: null, date: null, speaker: null, office: null, salutation: null, bodyStart: 0 };
  let i = readOutline(paras, h.outline);
  i = skipTableOfContents(paras, i);
  const found = titleStart(paras, i);
  i = found ?? i;
  const start = i;
  const titleLines: string[] = [];
  let office: string | null = null;
  for (; i < paras.length; i++) {
    const p = paras[i]!;
    const t = p.text;
    if (p.level !== undefined) break;
    const colon = t.endsWith('：') || t.endsWith(':');
    if (colon && (RE_SALUTATION.test(t) || (titleLines.length > 0 && RE_ADDRESSEES.test(t)))) {
      h.salutation = { type: 'paragraph', text: t, line: p.line, para: p.para };
      i++;
      break;
    }
    const date = RE_DATE_LINE.exec(t);
    if (date) {
      h.date ??= date[1]!;
      continue;
    }
    if (isFrontMatter(t)) continue;
    // A report copied without its title may begin with the subtitle (——2017年2月11日在……上).
    const started = titleLines.length > 0 || h.subtitle !== null || h.date !== null;
    const sub = titleLines.length > 0 || i === start ? RE_SUBTITLE.exec(t) : null;
    if (sub && !SENTENCE_MARK.test(t)) {
      h.subtitle ??= t.replace(RE_DASH, '——');
      h.date ??= RE_SUBTITLE_DATE.exec(t)?.[1] ?? null;
      continue;
    }
    if (started && RE_OFFICE_LINE.test(t)) {
      office = t.replace(/[\s\u3000]+/gu, '');
      continue;
    }
    // Headings are spaced out as names are (总 则, 前  言): the word decides, not the spacing.
    const speaker = started && h.speaker === null && !RE_NOT_A_NAME.test(t.replace(/[\s\u3000]+/gu, '')) ? RE_SPEAKER.exec(t) : null;
    if (speaker && (office !== null || /[\s\u3000]/u.test(t) || t.length <= 3 || h.date !== null || h.subtitle !== null)) {
      h.speaker = speaker[2]!.replace(/[\s\u3000]+/gu, '');
      h.office = speaker[1] ?? office;
      continue;
    }
    // A plan's period on a line of its own under its name: ……专项规划 / （2021 年-2035 年）.
    if (titleLines.length > 0 && h.subtitle === null && RE_TITLE_PERIOD.test(t)) {
      titleLines[titleLines.length - 1] += t.trim();
      continue;
    }
    const { title: line, subtitle, date: lineDate } = splitTitleLine(unspaced(t));
    // A title repeated by the web page, or restated under its kind (喜迎二十大 / 党课：喜迎二十大).
    if (titleLines.includes(line) || isRestated(line, titleLines.join(''))) continue;
    // A line that names the kind of text (……的讲话, ……的通知) ends the title.
    const complete = titleLines.length > 0 && RE_TITLE_KIND.test(titleLines[titleLines.length - 1]!);
    if (found !== null && looksLikeTitleLine(t) && !complete && titleLines.length < 3 && h.subtitle === null && h.date === null && h.speaker === null) {
      titleLines.push(line);
      if (subtitle) h.subtitle = subtitle;
      if (lineDate) h.date = lineDate;
      continue;
    }
    break;
  }
  h.title = titleLines.length ? withoutVariantNumber(titleLines.join('')) : null;
  h.bodyStart = i;
  return h;
}

/**
 * 乡镇政府工作报告1 → 乡镇政府工作报告: a site numbers the versions it keeps of one kind of text; a
 * title that names its kind ends there, and a digit after it is the site's. So is a tag it appends.
 */
function withoutVariantNumber(title: string): string {
  const untagged = title.replace(RE_SITE_TAG, '');
  const m = /^(.+?)\d{1,2}$/u.exec(untagged);
  return m && RE_TITLE_KIND.test(m[1]!) ? m[1]! : untagged;
}

// What a site appends to the titles it keeps: (精选文档), 【完整版】, （通用5篇）, (word版可编辑), and the page
// title's column and site (…扣帽子 -- 大案 -- 传送门, …的讲话_新华网). A document's own bracket (（2023年）,
// （试行）, （征求意见稿）) is none of these.
const RE_SITE_TAG =
  /\s*[（(【\[](?:精选|完整|最新|通用|优秀|热门|推荐|范文|word|doc|可编辑|免费|下载)[^）)】\]]{0,10}[）)】\]]$|\s+--\s+.{1,40}$|_[^_，。！？\s]{1,12}(?:网|报|频道|平台|门户|传送门|客户端)$/iu;

/** The title again, perhaps after a short label and a colon (党课：, 讲话稿：). */
function isRestated(line: string, title: string): boolean {
  if (!title || !line.endsWith(title)) return false;
  const label = line.slice(0, line.length - title.length);
  return label === '' || /^[\u4e00-\u9fff]{1,6}[:：]\s*$/u.test(label);
}

/** Page furniture, a masthead, a document number, a note on the edition: nothing a slide shows. */
function isFrontMatter(t: string): boolean {
  return isPageFurniture(t) || RE_ATTACHMENT_LABEL.test(t) || isMasthead(t) || RE_SOURCE_LINE.test(t) || (t.includes('〔') && RE_DOC_NUMBER.test(t)) || RE_PUBLISH_NOTE.test(t);
}

/**
 * Where the title begins. A page may put its own lines above it: a breadcrumb, the site's column
 * title, a masthead and issue number, a note introducing the re-posted text. Each title-like line
 * near the top is a candidate, scored by what a title looks like (it names a kind of text: ……的讲话,
 * ……方案; it says where or what about: 在……上, 关于……) and by what follows it (the subtitle, a date,
 * the speaker, the salutation). The best wins; with no telling candidate, the first title-like line
 * that only page furniture precedes; null when no line reads as a title.
 */
function titleStart(paras: SourceParagraph[], from: number): number | null {
  let best = -1;
  let bestScore = 0;
  let firstPlain = -1;
  let onlyFurnitureBefore = true;
  for (let j = from; j < Math.min(paras.length, from + 15); j++) {
    const p = paras[j]!;
    const t = p.text;
    if (p.level !== undefined || t.length > 200 || RE_SALUTATION.test(t) || RE_ADDRESSEES.test(t) || matchMarker(t, LINE_MARKERS) !== null) break;
    if (isFrontMatter(t) || isPostingNote(t)) continue;
    const candidate = isTitleLine(t);
    // A title over two or three lines is scored from its first line; a later line is a candidate too
    // (the site's column title may stand right above the real one). Ties go to the earlier line.
    if (candidate) {
      // A line that opens like speech (现在我代表……) is the text's first words, not its title.
    if (firstPlain < 0 && onlyFurnitureBefore && !RE_SPEECH_OPENING.test(t)) firstPlain = j;
      // Below a title-like line and the text's first sentences, a line is a block's heading, not the title.
      const score = titleScore(paras, j) - (firstPlain >= 0 && !onlyFurnitureBefore ? 3 : 0);
      if (score > bestScore) {
        best = j;
        bestScore = score;
      }
    }
    if (!candidate) onlyFurnitureBefore = false;
  }
  if (best >= 0) return best;
  // No line reads as a title: the text has none (show less rather than a wrong one).
  return firstPlain >= 0 ? firstPlain : null;
}

/**
 * How much the line at j reads as the start of a document's title: 3 for naming a kind of text, 2 for
 * saying where or what about, 2 for a title block after it (0 when nothing tells).
 */
export function titleScore(paras: SourceParagraph[], j: number): number {
  if (!isTitleLine(paras[j]!.text)) return 0;
  const run: string[] = [];
  let k = j;
  for (; k < Math.min(paras.length, j + 3) && isTitleLine(paras[k]!.text) && !isFrontMatter(paras[k]!.text); k++) run.push(splitTitleLine(unspaced(paras[k]!.text)).title);
  let score = 0;
  if (run.some((_, i) => RE_TITLE_KIND.test(run.slice(0, i + 1).join('')))) score += 3;
  if (RE_AT_MEETING.test(run.join(''))) score += 2;
  if (RE_ISSUE_IN_BRACKETS.test(run[0] ?? '')) score -= 2;
  // What follows a title: the subtitle, a date, the speaker, the salutation.
  for (; k < Math.min(paras.length, j + 8); k++) {
    const n = paras[k]!.text;
    if (!RE_DATE_LINE.test(n) && isFrontMatter(n)) continue;
    if (RE_DATE_LINE.test(n) || RE_SUBTITLE.test(n) || RE_SALUTATION.test(n) || RE_OFFICE_LINE.test(n) || (RE_SPEAKER.test(n) && /[\s\u3000]/u.test(n))) score += 2;
    break;
  }
  return score;
}

// A 目录 block at the top listing the texts of a collection (· entries): what precedes it is the
// collection's front matter, what follows is the text. A document's own contents (entries with page
// numbers) come after its title and are read with the body (contents.ts).
function skipTableOfContents(paras: SourceParagraph[], from: number): number {
  const at = paras.findIndex((p, i) => i >= from && i < from + 30 && RE_TOC.test(p.text));
  if (at < 0 || !RE_TOC_ENTRY.test(paras[at + 1]?.text ?? '')) return from;
  let i = at + 1;
  while (i < paras.length && (RE_TOC_ENTRY.test(paras[i]!.text) || /^[（(][^）)]{2,30}[）)]/u.test(paras[i]!.text))) i++;
  return i;
}

// Lines 一、… 二、… at the very top, repeated later as the body's level-1 headings, are an outline.
function readOutline(paras: SourceParagraph[], into: OutlineEntry[]): number {
  let i = 0;
  for (; i < paras.length; i++) {
    const p = paras[i]!;
    const m = matchMarker(p.text, LINE_MARKERS);
    if (!m || m.family !== 'cn-dun' || m.ordinal !== into.length + 1 || SENTENCE_MARK.test(m.rest) || m.rest.length > 30) break;
    into.push({ ordinal: m.ordinal, text: m.rest, line: p.line, para: p.para });
  }
  // Only an outline of two or more lines needs the look for the body's 一、 (a scan of every paragraph).
  const restarts =
    into.length >= 2 &&
    paras.slice(i).some((p) => {
      const m = matchMarker(p.text, LINE_MARKERS);
      return m?.family === 'cn-dun' && m.ordinal === 1;
    });
  if (restarts) return i;
  into.length = 0;
  return 0;
}
