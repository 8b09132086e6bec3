// Level-1 headings without numbers (2024年工作回顾 / 2025年工作安排 / 加强政府自身建设): only their
// layout marks them. In a document with no 一、 parts, short unpunctuated lines standing alone between
// paragraphs are taken as level-1 headings when there are at least two of them.
import type { SourceParagraph } from '../doc/types.js';
import { LINE_MARKERS, matchMarker } from './markers.js';

const PUNCTUATED = /[。！？!?；;：:，,、“”]/u;
const RE_DATE_ONLY = /^[（(]?\d{4}年\d{1,2}月(?:\d{1,2}日)?[）)]?$/u;

export function markUnnumberedParts(paras: SourceParagraph[]): SourceParagraph[] {
  const hasNumberedParts = paras.some((p) => {
    const m = matchMarker(p.text, LINE_MARKERS);
    return m !== null && (m.family === 'cn-dun' || m.family === 'cn-space' || m.family === 'cn-bare') && m.ordinal === 1;
  });
  if (hasNumberedParts) return paras;
  const candidates = paras.filter((p, i) => i > 0 && i < paras.length - 1 && isHeadingLine(p) && !isHeadingLine(paras[i + 1]!));
  if (candidates.length < 2) return paras;
  const chosen = new Set(candidates);
  return paras.map((p) => (chosen.has(p) ? { ...p, level: 1 } : p));
}

function isHeadingLine(p: SourceParagraph): boolean {
  const t = p.text;
  return p.level === undefined && t.length >= 4 && t.length <= 30 && !PUNCTUATED.test(t) && !RE_DATE_ONLY.test(t) && matchMarker(t, LINE_MARKERS) === null;
}
