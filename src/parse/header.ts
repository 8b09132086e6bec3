// The header zone: an outline or table of contents at the top, the title block (title, subtitle, date,
// speaker, document number, source lines) and the salutation. Returns where the body starts.
import type { OutlineEntry, Paragraph, SourceParagraph } from '../doc/types.js';
import { LINE_MARKERS, matchMarker } from './markers.js';
import { HAN } from './han.js';

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

export const RE_SALUTATION =
  /^(?:(?:尊敬的[^：:]{0,20}[，,、]?)?(?:同志们|各位代表|各位委员|同胞们|女士们|先生们|朋友们|各位领导|同事们|老师们|同学们)[，,、]?)+[：:]$/u;
// 主送机关 of a notice: 各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
const RE_ADDRESSEES = /^[^。！？]{0,120}(?:人民政府|各部委|直属机构|各单位|各部门|各地|局|委|办|厅|处、室)[^。！？]{0,40}[：:]$/u;
const DATE = '(?:\\d{4}年\\d{1,2}月\\d{1,2}日|[一二三四五六七八九〇○零]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)';
const RE_DATE_LINE = new RegExp(`^[（(]?\\s*(${DATE})\\s*[）)]?$`, 'u');
// ——2024年3月5日在第十四届全国人民代表大会第二次会议上, or the same without the dash.
const RE_SUBTITLE = new RegExp(`^(?:——(.+)|(${DATE})在.{4,60}上(?:的(?:讲话|报告|致辞|发言))?)$`, 'u');
const RE_SUBTITLE_DATE = new RegExp(`(${DATE})`, 'u');
// Lines a web copy adds: 来源 : 南方日报, 原文链接：…, 【法宝引证码】…
const RE_SOURCE_LINE = /^(?:来源|原文链接|原文地址|发布时间|发布日期|作者|编辑|责任编辑|【法宝引证码】|链接)\s*[:：】]?/u;
// 国发〔2019〕4号, （新质监办发〔2012〕24号）
const RE_DOC_NUMBER = new RegExp(`^[（(]?[${HAN}]{1,12}〔\\d{4}〕\\d{1,4}号[）)]?$`, 'u');
const RE_PUBLISH_NOTE = /^[（(]此件[^）)]{2,10}[）)]$/u;
const OFFICE = '(?:总理|副总理|省长|副省长|主席|书记|部长|市长|县长|区长|州长|主任|局长|厅长|委员长)';
const RE_OFFICE_LINE = new RegExp(`^[${HAN}]{2,20}${OFFICE}$`, 'u');
// 李　强, 习　近　平, 广东省省长 王伟中, 四川省人民政府省长 施小琳
const RE_SPEAKER = new RegExp(`^(?:[${HAN}]{2,20}${OFFICE}[\\s\\u3000]*)?([${HAN}](?:[\\s\\u3000]*[${HAN}]){1,3})$`, 'u');
const RE_TOC = /^目[\s\u3000]*录$/u;
const RE_TOC_ENTRY = /^[·•・]/u;
const SENTENCE_MARK = /[。！？!?；;]/u;

export function readHeader(paras: SourceParagraph[]): Header {
  const h: Header = { outline: [], title: null, subtitle: null, date: null, speaker: null, salutation: null, bodyStart: 0 };
  let i = readOutline(paras, h.outline);
  i = skipTableOfContents(paras, i);
  const titleLines: string[] = [];
  let office = false;
  for (; i < paras.length; i++) {
    const p = paras[i]!;
    const t = p.text;
    if (p.level !== undefined) break;
    // Each regex here is compiled on its first match (0.1–0.6 ms apiece, most of reading a header):
    // a line is tried only against those whose telltale it has — a final colon, 〔, 此件, 日, ——.
    const colon = t.endsWith('：') || t.endsWith(':');
    if (colon && (RE_SALUTATION.test(t) || (titleLines.length > 0 && RE_ADDRESSEES.test(t)))) {
      h.salutation = { type: 'paragraph', text: t, line: p.line, para: p.para };
      i++;
      break;
    }
    if (RE_SOURCE_LINE.test(t) || (t.includes('〔') && RE_DOC_NUMBER.test(t)) || (t.includes('此件') && RE_PUBLISH_NOTE.test(t))) continue;
    const hasDay = t.includes('日');
    const date = hasDay ? RE_DATE_LINE.exec(t) : null;
    if (date) {
      h.date ??= date[1]!;
      continue;
    }
    const sub = titleLines.length > 0 && (hasDay || t.startsWith('——')) ? RE_SUBTITLE.exec(t) : null;
    if (sub && !SENTENCE_MARK.test(t)) {
      h.subtitle ??= t;
      h.date ??= RE_SUBTITLE_DATE.exec(t)?.[1] ?? null;
      continue;
    }
    if (titleLines.length > 0 && RE_OFFICE_LINE.test(t)) {
      office = true;
      continue;
    }
    const speaker = titleLines.length > 0 && h.speaker === null ? RE_SPEAKER.exec(t) : null;
    if (speaker && (office || /[\s\u3000]/u.test(t) || t.length <= 3 || h.date !== null || h.subtitle !== null)) {
      h.speaker = speaker[1]!.replace(/[\s\u3000]+/gu, '');
      continue;
    }
    if (titleLines.includes(t)) continue; // a title repeated by the web page
    if (looksLikeTitleLine(t) && titleLines.length < 3 && h.subtitle === null && h.date === null && h.speaker === null) {
      titleLines.push(t);
      continue;
    }
    break;
  }
  h.title = titleLines.length ? titleLines.join('') : null;
  h.bodyStart = i;
  return h;
}

function looksLikeTitleLine(t: string): boolean {
  return t.length <= 60 && !SENTENCE_MARK.test(t) && !/[，,：:]$/u.test(t) && matchMarker(t, LINE_MARKERS) === null;
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
