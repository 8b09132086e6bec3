// The top level when markers alone do not give it. Candidates compete, strongest first:
//  1. sub-documents: 一、 restarts under titles of their own (a notice carrying three 方案, two
//     "××同志的讲话摘要"): the titles are the parts, and each 一、 run their children;
//  2. unnumbered heading lines (2024年工作回顾 / 2025年工作安排) in a body with no 一、 parts;
//  3. paragraphs opening 首先，/其次，/再次，/最后， in a body that nothing else structures.
// The chosen paragraphs are marked level 1, as markup would mark them; the body reader does the rest.
import type { SourceParagraph } from '../doc/types.js';
import { splitSentences } from '../text/sentences.js';
import { INLINE_MARKERS, LINE_MARKERS, SEQUENCE_MARKERS, matchMarker, sequenceOf, type LineMarkerFamily, type MarkerFamilySpec } from '../text/markers.js';

const PUNCTUATED = /[。！？!?；;：:，,、“”]/u;
const RE_DATE_ONLY = /^[（(]?\d{4}年\d{1,2}月(?:\d{1,2}日)?[）)]?$/u;
const RE_CEREMONY = /^(?:请允许我)?(?:我|让我)?(?:谨)?代表|^(?:我)?(?:衷心)?祝(?:愿)?(?:大家|各位|同志们|全体)|^(?:向|对)[^。，]{1,30}(?:致以|表示)/u;
/** The families a document's parts are numbered in. */
export const TOP_FAMILIES: readonly LineMarkerFamily[] = ['cn-dun', 'cn-space', 'cn-bare', 'arabic-space', 'part', 'chapter'];

export function markTopLevel(paras: SourceParagraph[]): SourceParagraph[] {
  const chosen = hasNumberedTop(paras) ? subDocumentTitles(paras) : (unnumberedHeadings(paras) ?? sequenceWords(paras));
  if (!chosen) return paras;
  return paras.map((p) => (chosen.has(p) ? { ...p, level: 1 } : p));
}

function hasNumberedTop(paras: SourceParagraph[]): boolean {
  return paras.some((p) => {
    const m = matchMarker(p.text, LINE_MARKERS);
    return m !== null && TOP_FAMILIES.includes(m.family) && m.ordinal === 1;
  });
}

/** A heading line: short, no punctuation, no marker. */
function isHeadingLine(p: SourceParagraph): boolean {
  const t = p.text;
  return p.level === undefined && t.length >= 4 && t.length <= 30 && !PUNCTUATED.test(t) && !RE_DATE_ONLY.test(t) && matchMarker(t, LINE_MARKERS) === null;
}

/**
 * Each 一、 that opens a run (the first, and every restart) is preceded, within a few paragraphs of
 * lead text, by a heading line of its own: those lines are the parts. All or nothing — a single
 * run, or a restart without a title, leaves the body as it is.
 */
function subDocumentTitles(paras: SourceParagraph[]): Set<SourceParagraph> | null {
  const starts = paras.flatMap((p, i) => {
    const m = matchMarker(p.text, LINE_MARKERS);
    return m && TOP_FAMILIES.includes(m.family) && m.ordinal === 1 ? [i] : [];
  });
  if (starts.length < 2) return null;
  const titles = new Set<SourceParagraph>();
  let floor = 0;
  for (const start of starts) {
    let found: SourceParagraph | null = null;
    for (let k = start - 1; k >= Math.max(floor, start - 4); k--) {
      const p = paras[k]!;
      if (matchMarker(p.text, LINE_MARKERS)) break;
      if (isHeadingLine(p)) {
        found = p;
        break;
      }
    }
    if (!found) return null;
    titles.add(found);
    floor = start + 1;
  }
  return titles;
}

/** Unnumbered level-1 lines, standing alone between paragraphs: at least two of them. */
function unnumberedHeadings(paras: SourceParagraph[]): Set<SourceParagraph> | null {
  const candidates = paras.filter((p, i) => i > 0 && i < paras.length - 1 && isHeadingLine(p) && !isHeadingLine(paras[i + 1]!));
  return candidates.length >= 2 ? new Set(candidates) : null;
}

/**
 * Paragraphs that open 首先，…其次，…最后，… (or 一是……二是……), when no marker family runs through the
 * body (two items in order). The run that starts at the last 首先 before its 其次 wins: an opening
 * 首先，我代表…… greets, it does not structure.
 */
function sequenceWords(paras: SourceParagraph[]): Set<SourceParagraph> | null {
  if (hasMarkerSequence(paras)) return null;
  return openingRun(paras, SEQUENCE_MARKERS) ?? openingRun(paras, INLINE_MARKERS) ?? leadSentences(paras);
}

/**
 * With no words of order either, a speech may still be built of paragraphs that each open with a short
 * lead sentence of one clause (要压紧压实安全生产责任。……): three or more of them in a row are its parts.
 */
function leadSentences(paras: SourceParagraph[]): Set<SourceParagraph> | null {
  let run: SourceParagraph[] = [];
  let best: SourceParagraph[] = [];
  for (const p of paras) {
    const sentences = splitSentences(p.text);
    const lead = sentences[0]?.text ?? '';
    const isLead = sentences.length >= 2 && lead.length >= 5 && lead.length <= 20 && /[。！]$/u.test(lead) && !/[，,；;：:、]/u.test(lead);
    run = isLead ? [...run, p] : [];
    if (run.length > best.length) best = run;
  }
  return best.length >= 3 ? new Set(best) : null;
}

function openingRun<F extends string>(paras: SourceParagraph[], families: readonly MarkerFamilySpec<F>[]): Set<SourceParagraph> | null {
  let run: SourceParagraph[] = [];
  let second = false;
  for (const p of paras) {
    const m = matchMarker(p.text, families);
    // 首先，我代表……致以问候 and 最后，祝大家…… greet and take leave: they are no items.
    if (!m || m.rest === '' || RE_CEREMONY.test(m.rest)) continue;
    if (m.ordinal === 1) {
      run = [p];
      second = false;
    } else if (run.length > 0 && (m.closes || m.ordinal === run.length + 1)) {
      run.push(p);
      second ||= m.ordinal === 2 && !m.closes;
      if (m.closes) break;
    }
  }
  // 首先 and 最后 alone frame a speech; with 其次 they structure it.
  return run.length >= 2 && second ? new Set(run) : null;
}

/** Some marker family opens paragraphs numbered 1 and 2 in order. */
function hasMarkerSequence(paras: SourceParagraph[]): boolean {
  const next = new Map<LineMarkerFamily, number>();
  for (const p of paras) {
    const m = matchMarker(p.text, LINE_MARKERS);
    if (!m) continue;
    const family = sequenceOf(m.family);
    const want = next.get(family) ?? 1;
    if (m.ordinal !== want) continue;
    if (want === 2) return true;
    next.set(family, 2);
  }
  return false;
}
