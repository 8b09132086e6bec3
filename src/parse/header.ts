// The header zone: an outline or table of contents at the top, the title block (title, subtitle, date,
// speaker, document number, source lines) and the salutation. Returns where the body starts.
import type { OutlineEntry, Paragraph, SourceParagraph } from '../doc/types.js';
import { LINE_MARKERS, matchMarker } from './markers.js';
import { HAN } from './han.js';
import { isMasthead, isPageFurniture, isPostingNote } from './furniture.js';

export interface Header {
  outline: OutlineEntry[];
  title: string | null;
  subtitle: string | null;
  date: string | null;
  speaker: string | null;
  salutation: Paragraph | null;
  /** Index into the paragraphs of the first one after the header. */
  bodyStart: number;
}

// One term of a salutation: 尊敬的……, 各位代表/各位院士, 同志们, 亲爱的同学们 …
const ADDRESS = '(?:尊敬的[^。！？：:]{1,30}?|各位[^。！？：:，,、\\s]{1,8}?|(?:亲爱的|青年)?(?:同志|朋友|女士|先生|同学|老师|同胞|同事|代表|来宾|家长|战友|校友)们)';
/** A salutation: address terms separated by ，、 and ended by ：. */
export const SALUTATION = `(?:${ADDRESS}[，,、]?){1,8}[：:]`;
export const RE_SALUTATION = new RegExp(`^${SALUTATION}$`, 'u');
// 主送机关 of a notice: 各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
const RE_ADDRESSEES = /^[^。！？]{0,120}(?:人民政府|各部委|直属机构|各单位|各部门|各地|局|委|办|厅|处、室)[^。！？]{0,40}[：:]$/u;
// 2022年10月23日, 二○一二年六月十二日 (○ U+25CB as well as 〇 U+3007), 2022.10.23, 2022-10-23, with 上午/下午.
const DATE =
  '(?:\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|[一二三四五六七八九〇○零Ｏ]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日|\\d{4}[.．\\-/]\\d{1,2}[.．\\-/]\\d{1,2})(?:\\s*(?:上午|下午|晚上))?';
// The date may carry the place: （2026年9月1日，比什凯克）.
const RE_DATE_LINE = new RegExp(`^[（(]?\\s*(${DATE})\\s*(?:[，,、]\\s*[${HAN}]{2,10})?\\s*[）)]?$`, 'u');
// The dash that opens a subtitle, however it was typed: —— ―― ── -- －－ or a single long dash.
const DASH = '(?:[—―─]{1,2}|[-－]{2})';
// ——2024年3月5日在第十四届全国人民代表大会第二次会议上, or the same without the dash.
const RE_SUBTITLE = new RegExp(`^(?:${DASH}\\s*(.+)|(${DATE})\\s*在.{4,60}上(?:的(?:讲话|报告|致辞|发言))?)$`, 'u');
const RE_DASH = new RegExp(`^${DASH}\\s*`, 'u');
const RE_SUBTITLE_DATE = new RegExp(`(${DATE})`, 'u');
// Lines a web copy adds: 来源 : 南方日报, 原文链接：…, 【法宝引证码】…
const RE_SOURCE_LINE = /^(?:来源|原文链接|原文地址|发布时间|发布日期|作者|编辑|责任编辑|【法宝引证码】|链接)\s*[:：】]?/u;
// 国发〔2019〕4号, （新质监办发〔2012〕24号）
const RE_DOC_NUMBER = new RegExp(`^[（(]?[${HAN}]{1,12}〔\\d{4}〕\\d{1,4}号[）)]?$`, 'u');
// （此件公开发布）, （根据录音整理）, （译自……档案俄文稿）, （选自《……》）
const RE_PUBLISH_NOTE = /^[（(](?:此件|根据|有删节|略有删节|节选|摘要|摘编|整理|译自|譯自|选自|選自|摘自|转自|原载|原載)[^）)]{0,30}[）)]$/u;
const OFFICE = '(?:总理|副总理|省长|副省长|主席|副主席|书记|副书记|部长|市长|副市长|县长|副县长|区长|州长|主任|局长|厅长|委员长|校长|院长|党委书记)';
const RE_OFFICE_LINE = new RegExp(`^[${HAN}]{2,20}${OFFICE}$`, 'u');
// 李　强, 习　近　平, 省长 罗东川, 广东省省长 王伟中, 四川省人民政府省长 施小琳
const RE_SPEAKER = new RegExp(`^(?:[${HAN}]{0,20}${OFFICE}[\\s\\u3000]*)?([${HAN}](?:[\\s\\u3000]*[${HAN}]){1,3})$`, 'u');
// Two or three characters on a line of their own that name a part, not a person.
const RE_NOT_A_NAME = /^(?:总则|附则|总论|绪论|前言|引言|序言|导言|结语|结束语|目录|说明|概述|背景|附件|附录|附表|正文)$/u;
// What a document's title ends with: the kind of text it is (……的讲话, ……工作报告, ……实施方案, ……的通知),
// maybe followed by a bracketed note (（摘要）, （2023年修订）).
const RE_TITLE_KIND =
  /(?:讲话|报告|方案|通知|意见|决定|办法|规定|规划|纲要|总结|发言|致辞|讲话稿|讲稿|演讲|摘要|要点|公告|通告|通报|提纲|细则|决议|主持词|贺信|倡议书|指南|批复|请示|纪要|党课|计划|安排|部署|建议|条例|章程|的函)(?:[（(][^）)]{1,16}[）)])?$/u;
const RE_SPEECH_OPENING = /^(?:现在|現在|今天|我们|我們|我)/u;
// 每周一学（第十二期）: a column's instalment, not a document's title.
const RE_ISSUE_IN_BRACKETS = /[（(]第?[0-9一二三四五六七八九十百〇零]+期[）)]$/u;
const RE_AT_MEETING = /^(?:关于|在.{2,50}上)/u;
const RE_TOC = /^目[\s\u3000]*录$/u;
const RE_TOC_ENTRY = /^[·•・]/u;
const SENTENCE_MARK = /[。！？!?；;]/u;

export function readHeader(paras: SourceParagraph[]): Header {
  const h: Header = { outline: [], title: null, subtitle: null, date: null, speaker: null, salutation: null, bodyStart: 0 };
  let i = readOutline(paras, h.outline);
  i = skipTableOfContents(paras, i);
  const found = titleStart(paras, i);
  i = found ?? i;
  const start = i;
  const titleLines: string[] = [];
  let office = false;
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
      office = true;
      continue;
    }
    const speaker = started && h.speaker === null && !RE_NOT_A_NAME.test(t) ? RE_SPEAKER.exec(t) : null;
    if (speaker && (office || /[\s\u3000]/u.test(t) || t.length <= 3 || h.date !== null || h.subtitle !== null)) {
      h.speaker = speaker[1]!.replace(/[\s\u3000]+/gu, '');
      continue;
    }
    const { title: line, subtitle, date: lineDate } = splitTitleLine(unspaced(t));
    if (titleLines.includes(line) || titleLines.join('') === line) continue; // a title repeated by the web page
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
  h.title = titleLines.length ? titleLines.join('') : null;
  h.bodyStart = i;
  return h;
}

// A title line that carries its subtitle or date: 常怀爱国之心──方滨兴校长在……上的讲话, ……的改革（1980年8月18日）.
const RE_INLINE_SUBTITLE = new RegExp(`^(.{4,}?[^\\s\\u3000])[\\s\\u3000]*${DASH}(.{2,60}(?:讲话|报告|致辞|发言|演讲|主持词))$`, 'u');
const RE_TRAILING_DATE = new RegExp(`^(.{4,}?)[\\s\\u3000]*[（(]\\s*(${DATE})\\s*[）)]$`, 'u');

// 国办函〔2018〕46号, 新质监办发〔2012〕24号: an issuer's short name, the year, the number.
const RE_DOC_NUMBER_TAIL = /〔\d{4}〕\d{1,4}号[）)]?/u;
const RE_DOC_NUMBER_AT_END = /〔\d{4}〕\d{1,4}号[）)]?$/u;

/**
 * Where a document number run onto the text before it begins (……的通报国办函〔2018〕46号): the issuer's
 * short name is one to eight characters, and the title before it names its kind (通报, 通知, 函), so the
 * longest such title wins; without one, a short name of three characters. -1 when there is no number.
 */
export function docNumberStart(text: string): number {
  const m = RE_DOC_NUMBER_TAIL.exec(text);
  if (!m) return -1;
  let start = m.index;
  while (start > 0 && m.index - start < 8 && new RegExp(`[${HAN}]`, 'u').test(text[start - 1]!)) start--;
  for (let at = m.index; at >= start; at--) if (at >= 4 && RE_TITLE_KIND.test(text.slice(0, at))) return at;
  return Math.max(start, m.index - 3);
}

function splitTitleLine(line: string): { title: string; subtitle: string | null; date: string | null } {
  const number = docNumberStart(line);
  const t = number > 4 && RE_DOC_NUMBER_AT_END.test(line) ? line.slice(0, number).trim() : line;
  const sub = RE_INLINE_SUBTITLE.exec(t);
  if (sub) return { title: sub[1]!, subtitle: `——${sub[2]!}`, date: null };
  const date = RE_TRAILING_DATE.exec(t);
  if (date) return { title: date[1]!, subtitle: null, date: date[2]! };
  return { title: t, subtitle: null, date: null };
}

/** Page furniture, a masthead, a document number, a note on the edition: nothing a slide shows. */
function isFrontMatter(t: string): boolean {
  return isPageFurniture(t) || isMasthead(t) || RE_SOURCE_LINE.test(t) || (t.includes('〔') && RE_DOC_NUMBER.test(t)) || RE_PUBLISH_NOTE.test(t);
}

/** 弘 扬 伟 大 精 神 → 弘扬伟大精神: a title letter-spaced for the page, not words set apart. */
export function unspaced(t: string): string {
  const tokens = t.split(/[\s\u3000]+/u).filter(Boolean);
  const singles = tokens.filter((x) => [...x].length === 1).length;
  return tokens.length >= 4 && singles >= tokens.length * 0.6 ? tokens.join('') : t;
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

/** A line that could be (part of) a title: not a subtitle, date or spaced name. */
export function isDateLine(t: string): boolean {
  return RE_DATE_LINE.test(t);
}

function isTitleLine(t: string): boolean {
  return looksLikeTitleLine(t) && !RE_DATE_LINE.test(t) && !RE_SUBTITLE.test(t) && !(RE_SPEAKER.test(t) && /[\s\u3000]/u.test(t) && unspaced(t) === t);
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

function looksLikeTitleLine(t: string): boolean {
  // A line ending in a comma, colon or an opening bracket is cut off in mid-sentence.
  return t.length <= 60 && !SENTENCE_MARK.test(t) && !/[，,：:（(“‘《【\[]$/u.test(t) && matchMarker(t, LINE_MARKERS) === null;
}

// A 目录 block at the top (with · entries): what precedes it is front matter, what follows is the text.
function skipTableOfContents(paras: SourceParagraph[], from: number): number {
  const at = paras.findIndex((p, i) => i >= from && i < from + 30 && RE_TOC.test(p.text));
  if (at < 0) return from;
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
