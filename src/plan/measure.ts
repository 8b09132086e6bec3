// Text measurement for fitting: the only place with text-size arithmetic. A Han character, a full-width
// mark or a circled number and symbol (①, ■, which CJK fonts set full width) is 1 em; Latin capitals
// 0.65 em, other Latin letters and digits 0.55 em, a space 0.3 em (the widths pptx-check assumes, on
// the safe side of 微软雅黑's and 黑体's real widths).

// Ranges (inclusive) of wide characters, as code points, all in the Basic Multilingual Plane.
const WIDE_RANGES: readonly (readonly [number, number])[] = [
  [0x00b7, 0x00b7], [0x1100, 0x115f], [0x2014, 0x2014], [0x2018, 0x2019], [0x201c, 0x201d], [0x2026, 0x2026],
  [0x2460, 0x27bf], [0x2e80, 0x9fff], [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe30, 0xfe4f], [0xff00, 0xff60], [0xffe0, 0xffe6],
];
// Looked up per character in every measurement: a table, built on first use.
let wideTable: Uint8Array | null = null;

function isWideCode(code: number): boolean {
  if (code > 0xffff) return false;
  if (!wideTable) {
    wideTable = new Uint8Array(0x10000);
    for (const [lo, hi] of WIDE_RANGES) wideTable.fill(1, lo, hi + 1);
  }
  return wideTable[code] === 1;
}
// Characters that must not begin a line; a renderer pulls the previous character down with them.
const NO_LINE_START = new Set([...'，。、；：？！）》」』】〕…—’”％,.;:?!)]}%·'].map((ch) => ch.codePointAt(0)!));

export const POINTS_PER_INCH = 72;
/** Default text-box insets written by the renderer: 0.1 in left and right, 0.05 in top and bottom. */
export const INSET_X_IN = 0.1;
export const INSET_Y_IN = 0.05;

export function charEm(ch: string): number {
  return codeEm(ch.codePointAt(0) ?? 0);
}

function codeEm(code: number): number {
  if (isWideCode(code)) return 1;
  if (code === 0x20) return 0.3;
  if (code >= 0x41 && code <= 0x5a) return 0.65; // A–Z
  return 0.55;
}

// Renderers put a little space where Chinese meets Latin letters or digits (2024 年, 15 %): a quarter em.
const SCRIPT_GAP = 0.25;
// And fonts differ from the nominal widths: each line keeps half an em spare.
export const LINE_SLACK = 0.5;

/** Each character's width in em with the gap before it, and whether it may not start a line. */
export interface TextWidths {
  em: readonly number[];
  noLineStart: readonly boolean[];
}

// The planner measures the same texts at many sizes and in several boxes: widths are worked out once
// per text. Bounded, so that a long batch does not keep every text it has seen.
const widthsCache = new Map<string, TextWidths>();
const WIDTHS_CACHE_LIMIT = 4096;

function widthsOf(text: string): TextWidths {
  const cached = widthsCache.get(text);
  if (cached) return cached;
  const w = measureWidths(text);
  if (widthsCache.size >= WIDTHS_CACHE_LIMIT) widthsCache.clear();
  widthsCache.set(text, w);
  return w;
}

/** widthsOf without the cache, for a caller that keeps the widths itself (the paginator, per bullet). */
export function measureWidths(text: string): TextWidths {
  // One pass over the code points: codeEm's widths, and a SCRIPT_GAP where a wide character meets a
  // narrow one (not next to a space).
  // Plain arrays: two typed arrays per text cost more to allocate (off the heap) than the measuring.
  const em: number[] = [];
  const noLineStart: boolean[] = [];
  let n = 0;
  let prevWide = false;
  let prevIsGapless = true; // at the start, and after a space, no gap
  for (let i = 0; i < text.length; n++) {
    const code = text.codePointAt(i)!;
    i += code > 0xffff ? 2 : 1;
    const w = codeEm(code);
    const wide = w === 1;
    const space = code === 0x20;
    em[n] = w + (!prevIsGapless && !space && prevWide !== wide ? SCRIPT_GAP : 0);
    noLineStart[n] = NO_LINE_START.has(code);
    prevWide = wide;
    prevIsGapless = space;
  }
  return { em, noLineStart };
}

export function textEm(text: string): number {
  let em = 0;
  for (const w of widthsOf(text).em) em += w;
  return em;
}

/** Lines a paragraph takes at `size` pt in a column `widthPt` wide (greedy, per character, with kinsoku). */
export function countLines(text: string, size: number, widthPt: number): number {
  return text ? linesOf(widthsOf(text), size, widthPt) : 1;
}

/** Where each line after the first starts (code point offsets), as linesOf breaks them. */
export function lineStarts(text: string, size: number, widthPt: number): number[] {
  const { em, noLineStart } = widthsOf(text);
  const limit = widthPt / size - LINE_SLACK;
  const starts: number[] = [];
  let used = 0;
  let prevWidth = 0;
  for (let i = 0; i < em.length; i++) {
    const w = em[i]!;
    if (used + w > limit + 1e-9) {
      starts.push(noLineStart[i] ? i - 1 : i);
      used = noLineStart[i] ? prevWidth : 0;
    }
    used += w;
    prevWidth = w;
  }
  return starts;
}

/** countLines for widths already measured (the paginator keeps them per bullet). */
export function linesOf(widths: TextWidths, size: number, widthPt: number): number {
  const { em, noLineStart } = widths;
  if (em.length === 0) return 1;
  const limit = widthPt / size - LINE_SLACK;
  let lines = 1;
  let used = 0;
  let prevWidth = 0;
  for (let i = 0; i < em.length; i++) {
    const w = em[i]!;
    if (used + w > limit + 1e-9) {
      lines++;
      // A closing mark cannot start the new line: the previous character comes down with it.
      used = noLineStart[i] ? prevWidth : 0;
    }
    used += w;
    prevWidth = w;
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

/** The text cut (with …) so that it takes one line of `widthPt` at `size` pt: a one-line text, kept within the width itself. */
export function truncateToWidth(text: string, size: number, widthPt: number): string {
  const limit = widthPt;
  if (textEm(text) * size <= limit) return text;
  const chars = [...text];
  const widths = measureWidths(text).em;
  let out = '';
  // The mark may meet a Latin letter or digit: its gap is counted.
  let em = charEm('…') + SCRIPT_GAP;
  for (let i = 0; i < chars.length; i++) {
    if ((em + widths[i]!) * size > limit) break;
    out += chars[i];
    em += widths[i]!;
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
