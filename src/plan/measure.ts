// Text measurement for fitting: the only place with text-size arithmetic. A Han character, a full-width
// mark or a circled number and symbol (①, ■, which CJK fonts set full width) is 1 em; Latin capitals
// 0.65 em, other Latin letters and digits 0.55 em, a space 0.3 em (the widths pptx-check assumes, on
// the safe side of 微软雅黑's and 黑体's real widths).

const WIDE = /[\u1100-\u115f\u2460-\u27bf\u2e80-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u201c\u201d\u2018\u2019\u2014\u2026\u00b7]/u;
// Characters that must not begin a line; a renderer pulls the previous character down with them.
const NO_LINE_START = new Set('，。、；：？！）》」』】〕…—’”％,.;:?!)]}%·');

export const POINTS_PER_INCH = 72;
/** Default text-box insets written by the renderer: 0.1 in left and right, 0.05 in top and bottom. */
export const INSET_X_IN = 0.1;
export const INSET_Y_IN = 0.05;

export function charEm(ch: string): number {
  if (WIDE.test(ch)) return 1;
  if (ch === ' ') return 0.3;
  if (ch >= 'A' && ch <= 'Z') return 0.65;
  return 0.55;
}

// Renderers put a little space where Chinese meets Latin letters or digits (2024 年, 15 %): a quarter em.
const SCRIPT_GAP = 0.25;
// And fonts differ from the nominal widths: each line keeps half an em spare.
const LINE_SLACK = 0.5;

function isWide(ch: string): boolean {
  return charEm(ch) === 1;
}

function gapBetween(prev: string, ch: string): number {
  return prev !== '' && prev !== ' ' && ch !== ' ' && isWide(prev) !== isWide(ch) ? SCRIPT_GAP : 0;
}

export function textEm(text: string): number {
  let em = 0;
  let prev = '';
  for (const ch of text) {
    em += charEm(ch) + gapBetween(prev, ch);
    prev = ch;
  }
  return em;
}

/** Lines a paragraph takes at `size` pt in a column `widthPt` wide (greedy, per character, with kinsoku). */
export function countLines(text: string, size: number, widthPt: number): number {
  if (!text) return 1;
  const limit = widthPt / size - LINE_SLACK;
  let lines = 1;
  let used = 0;
  let prevWidth = 0;
  let prev = '';
  for (const ch of text) {
    const w = charEm(ch) + gapBetween(prev, ch);
    if (used + w > limit + 1e-9) {
      lines++;
      // A closing mark cannot start the new line: the previous character comes down with it.
      used = NO_LINE_START.has(ch) ? prevWidth : 0;
    }
    used += w;
    prevWidth = w;
    prev = ch;
  }
  return lines;
}

export interface TextBox {
  /** Inches. */
  w: number;
  h: number;
}

export function innerWidthPt(box: TextBox, indentPt = 0): number {
  return (box.w - 2 * INSET_X_IN) * POINTS_PER_INCH - indentPt;
}

export function innerHeightPt(box: TextBox): number {
  return (box.h - 2 * INSET_Y_IN) * POINTS_PER_INCH;
}

/** Fixed line pitch in points for a font size (written as spcPts, so every reader agrees). */
export function linePitch(size: number, spacing: number): number {
  return Math.round(size * spacing);
}

/** The text cut (with …) so that it takes one line of `widthPt` at `size` pt. */
export function truncateToWidth(text: string, size: number, widthPt: number): string {
  if (textEm(text) * size <= widthPt) return text;
  let out = '';
  let em = charEm('…');
  for (const ch of text) {
    if ((em + charEm(ch)) * size > widthPt) break;
    out += ch;
    em += charEm(ch);
  }
  return `${out}…`;
}

/** The largest size in [min, max] (whole points) at which the text takes at most `maxLines` lines. */
export function largestSizeWithin(text: string, box: TextBox, min: number, max: number, maxLines: number, spacing: number): number | null {
  for (let size = max; size >= min; size--) {
    const lines = countLines(text, size, innerWidthPt(box));
    if (lines <= maxLines && lines * linePitch(size, spacing) <= innerHeightPt(box)) return size;
  }
  return null;
}
