// Decoded text → paragraphs with their 1-based line numbers, repairing lines that were broken apart:
// a line that opens with closing punctuation (HTML inline breaks), and the lines of text copied from a
// PDF, which break wherever the page's measure ran out (……服务平 / 台，……) and at its pages, whose
// numbers come along (— 2 —, 第1页 共10页) and are no part of the text.
import type { SourceParagraph } from '../doc/types.js';
import type { SourceLine } from '../doc/source.js';
import { LINE_MARKERS, matchMarker } from '../text/markers.js';

// A line that opens with closing punctuation was split from the line before it (HTML inline breaks).
// (Not ASCII ? or !: a lone ? at the start of a line is a character lost in an old conversion.)
const CONTINUATION = /^[，。；、）)：:！？”’]/u;

// A page's number on a line of its own: — 2 —, - 2 -, 第1页, 第 1 页，共 10 页, 共10页 第1页, 2/10, Page 2 of 10.
const PAGE_LINE =
  /^(?:[-—–－―]+\s*\d{1,4}\s*[-—–－―]+|第\s*\d{1,4}\s*页(?:\s*[，,/／]?\s*共\s*\d{1,4}\s*页)?|共\s*\d{1,4}\s*页\s*[，,/／]?\s*第\s*\d{1,4}\s*页|\d{1,4}\s*[/／]\s*\d{1,4}|[Pp]age\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$/u;
// The same glued into a line by the copy (……与上级 第1 页共 10 页): the full 第…页共…页 form only, which
// a sentence never says.
const PAGE_INLINE = /\s*第\s*\d{1,4}\s*页\s*[，,/／]?\s*共\s*\d{1,4}\s*页\s*/gu;

export function splitParagraphs(lines: SourceLine[]): SourceParagraph[] {
  const out: SourceParagraph[] = [];
  const measure = pageMeasure(lines);
  // Whether a page's number came since the last line of text: a paragraph left open there goes on after it.
  let pageBreak = false;
  for (let i = 0; i < lines.length; i++) {
    const { text, level } = lines[i]!;
    // trim() removes exactly \s (which includes the full-width space U+3000 and U+00A0), natively.
    const t = text.replace(PAGE_INLINE, '').trim();
    // A line that held only a page's number (or lost everything to one glued in).
    if (level === undefined && (t ? PAGE_LINE.test(t) : text.trim() !== '')) {
      pageBreak = true;
      continue;
    }
    if (!t) continue;
    const prev = out[out.length - 1];
    const acrossPage = pageBreak && prev !== undefined && !LINE_END.test(prev.text) && matchMarker(t, LINE_MARKERS) === null;
    pageBreak = false;
    const wrapped = measure > 0 && prev !== undefined && brokenAtMeasure(lines[i - 1]!.text.trim(), measure) && matchMarker(t, LINE_MARKERS) === null;
    if (prev && level === undefined && prev.level === undefined && (CONTINUATION.test(t) || wrapped || acrossPage)) {
      prev.text += t;
      continue;
    }
    const para = out.length + 1;
    out.push(level === undefined ? { para, line: i + 1, text: t } : { para, line: i + 1, text: t, level });
  }
  return out;
}

// A line ends a sentence, a clause that may close a line, or a heading: 。！？；：…… and closing marks.
const LINE_END = /[。！？!?；;：:…”’」』）)》】]$/u;
// A sentence ends with its mark, perhaps inside closing quotes or brackets (。” ！）). A closing mark
// alone does not end one: a line of a PDF page may stop after 《……法》 or （试行） and run on.
const SENTENCE_END = /[。！？!?；;：:…][”’」』）)》】"]*$/u;

/** Width in full-width characters: ASCII letters and digits are half as wide. */
function width(t: string): number {
  let w = 0;
  for (const ch of t) w += ch.charCodeAt(0) < 0x2e80 ? 0.5 : 1;
  return w;
}

/**
 * The measure of text copied from a PDF: the width at which many lines stop without ending a
 * sentence. 0 when the text is not like that — most lines are paragraphs, which end where they end.
 */
function pageMeasure(lines: SourceLine[]): number {
  const counts = new Map<number, number>();
  let open = 0;
  let all = 0;
  for (const { text, level } of lines) {
    const t = text.trim();
    if (!t || level !== undefined) continue;
    all++;
    if (SENTENCE_END.test(t) || width(t) < 12) continue;
    open++;
    const w = Math.round(width(t));
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  if (open < 5 || open < all * 0.3) return 0;
  // The measure is the width the open lines crowd at (±1 for a half-width character or a squeezed mark).
  let best = 0;
  let bestCount = 0;
  for (const w of counts.keys()) {
    const near = (counts.get(w - 1) ?? 0) + (counts.get(w) ?? 0) + (counts.get(w + 1) ?? 0);
    if (near > bestCount || (near === bestCount && w > best)) [best, bestCount] = [w, near];
  }
  // A page is wider than a heading: lines that crowd at a short width are headings, not a measure.
  return bestCount >= open * 0.5 && best >= MIN_MEASURE ? best : 0;
}

/** Characters a line of a PDF page holds at the least (GB/T 9704 sets 28). */
const MIN_MEASURE = 18;

function brokenAtMeasure(line: string, measure: number): boolean {
  return !SENTENCE_END.test(line) && width(line) >= measure - 1.5;
}
