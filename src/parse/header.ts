// The header zone: an outline at the very top, the title block (title, subtitle, date, speaker) and the
// salutation. Returns where the body starts.
import type { OutlineEntry, Paragraph, SourceParagraph } from '../doc/types.js';
import { LINE_MARKERS, matchMarker } from './markers.js';

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
const RE_DATE = /^[（(]?\s*(?:\d{4}年\d{1,2}月\d{1,2}日|[一二三四五六七八九〇○零]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)\s*[）)]?$/u;
const RE_SUBTITLE = /^——/u;
const SENTENCE_MARK = /[。！？!?；;]/u;
// A name line: two to four Han characters, possibly spaced out, possibly after an office.
const RE_SPEAKER = /^(?:[\p{Script=Han}]{2,12}[\s\u3000]+)?[\p{Script=Han}](?:[\s\u3000]*[\p{Script=Han}]){1,3}$/u;

export function readHeader(paras: SourceParagraph[]): Header {
  const h: Header = { outline: [], title: null, subtitle: null, date: null, speaker: null, salutation: null, bodyStart: 0 };
  let i = readOutline(paras, h.outline);
  const titleLines: string[] = [];
  for (; i < paras.length; i++) {
    const p = paras[i]!;
    const t = p.text;
    if (p.level !== undefined) break;
    if (RE_SALUTATION.test(t)) {
      h.salutation = { type: 'paragraph', text: t, line: p.line, para: p.para };
      i++;
      break;
    }
    if (RE_DATE.test(t)) {
      h.date ??= t.replace(/^[（(]\s*|\s*[）)]$/gu, '');
      continue;
    }
    if (RE_SUBTITLE.test(t) && titleLines.length > 0 && !SENTENCE_MARK.test(t)) {
      h.subtitle ??= t;
      continue;
    }
    if (titleLines.length > 0 && h.speaker === null && RE_SPEAKER.test(t) && t.replace(/[\s\u3000]/gu, '').length <= 4) {
      h.speaker = t.replace(/[\s\u3000]+/gu, '');
      continue;
    }
    if (looksLikeTitleLine(t) && titleLines.length < 3 && h.subtitle === null && h.date === null) {
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
  return t.length <= 60 && !SENTENCE_MARK.test(t) && !/[，,]$/u.test(t) && matchMarker(t, LINE_MARKERS) === null;
}

// Lines 一、… 二、… at the very top, repeated later as the body's level-1 headings, are a table of contents.
function readOutline(paras: SourceParagraph[], into: OutlineEntry[]): number {
  let i = 0;
  for (; i < paras.length; i++) {
    const p = paras[i]!;
    const m = matchMarker(p.text, LINE_MARKERS);
    if (!m || m.family !== 'cn-dun' || m.ordinal !== into.length + 1 || SENTENCE_MARK.test(m.rest) || m.rest.length > 30) break;
    into.push({ ordinal: m.ordinal, text: m.rest, line: p.line, para: p.para });
  }
  const restarts = paras.slice(i).some((p) => {
    const m = matchMarker(p.text, LINE_MARKERS);
    return m?.family === 'cn-dun' && m.ordinal === 1;
  });
  if (into.length >= 2 && restarts) return i;
  into.length = 0;
  return 0;
}
