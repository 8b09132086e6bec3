// A table of contents at the top of a plan (目录 / 一、总体要求 / 二、重点任务 …, or 1 总则 / 1.1 编制目的
// …) is its headings listed before they come: short lines, the first a numbered heading, that the
// text then gives again, in order, each with its text. The list is no part: its lines stay with the
// text before the parts (the notes of the first slides), and the parts are read once.
import type { SourceParagraph } from '../doc/types.js';
import { LINE_MARKERS, matchMarker } from '../text/markers.js';

/** A contents list names at least this many parts. */
const MIN_ENTRIES = 3;
// A line of a contents list: short, no sentence in it (a page number may end it).
const RE_ENTRY = /^[^。！？；，,;!?]{1,40}$/u;
const RE_LABEL = /^目\s*录$/u;

// An entry that gives its page: a leader of dots (or ·, …) and a number — a line no text has but a contents list.
const RE_PAGED_ENTRY = /^[^。！？；;!?]{1,60}?[\s\u3000]*(?:[.·…．]{4,}|…{2,})[\s\u3000]*\d{1,4}$/u;

/** The paragraphs of a contents list near the top of the body, or none. */
export function contentsLines(paras: SourceParagraph[]): Set<SourceParagraph> {
  // Entries with page numbers are the list wherever they are, with its 目录 label and the blank-page lines between.
  const paged = paras.filter((p) => RE_PAGED_ENTRY.test(p.text));
  if (paged.length >= MIN_ENTRIES) {
    const first = paras.indexOf(paged[0]!);
    const label = first > 0 && RE_LABEL.test(paras[first - 1]!.text.trim()) ? [paras[first - 1]!] : [];
    return new Set([...label, ...paged]);
  }
  return listedAgain(paras);
}

/** A list of short numbered lines that the text then gives again, in order. */
function listedAgain(paras: SourceParagraph[]): Set<SourceParagraph> {
  const key = (p: SourceParagraph) => p.text.replace(/[\s\u3000.·…\d]+$/u, '').replace(/\s+/gu, '');
  for (let i = 0; i < paras.length; i++) {
    const first = matchMarker(paras[i]!.text, LINE_MARKERS);
    if (!first || first.ordinal !== 1 || !RE_ENTRY.test(paras[i]!.text)) continue;
    // The list runs over short lines until its first entry comes again.
    let end = i + 1;
    while (end < paras.length && RE_ENTRY.test(paras[end]!.text) && key(paras[end]!) !== key(paras[i]!)) end++;
    const entries = paras.slice(i, end).filter((p) => matchMarker(p.text, LINE_MARKERS)?.family === first.family);
    if (entries.length < MIN_ENTRIES || end >= paras.length || key(paras[end]!) !== key(paras[i]!)) continue;
    // Given again, in order, after the list.
    let at = end;
    for (const e of entries) {
      while (at < paras.length && key(paras[at]!) !== key(e)) at++;
      if (at === paras.length) break;
    }
    if (at === paras.length) continue;
    const start = i > 0 && RE_LABEL.test(paras[i - 1]!.text.trim()) ? i - 1 : i;
    return new Set(paras.slice(start, end));
  }
  return new Set();
}
