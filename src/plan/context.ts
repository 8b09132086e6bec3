// What every slide builder needs: the theme, the frames for the ratio, and the source paragraphs.
import type { DocTree, Figure, Quote, Section } from '../doc/types.js';
import type { Theme } from '../theme/schema.js';
import type { Frames } from '../theme/geometry.js';
import type { SizedText } from './types.js';
import type { Density } from './bullets.js';
import { countLines, innerHeightPt, innerWidthPt, linePitch, textEm, type TextBox } from './measure.js';
import { breakForReading } from './line-breaks.js';
import { trimForSlide } from './summarise.js';
import { fullWidthPunctuation } from '../text/punctuation.js';

export interface PlanContext {
  theme: Theme;
  frames: Frames;
  density: Density;
  /** The figures, and the first whole-sentence quotation, found in a source paragraph. */
  figuresIn: (para: number) => Figure[];
  quoteIn: (para: number) => Quote | undefined;
  /** The verbatim source paragraphs behind a set of paragraph numbers. */
  sourcesFor: (paras: Iterable<number>) => { sources: number[]; notes: string };
}

/** Titles are set tighter than body text. */
export const TITLE_SPACING = 1.15;

export function makeContext(tree: DocTree, theme: Theme, frames: Frames, density: Density): PlanContext {
  const byPara = new Map(tree.paragraphs.map((p) => [p.para, p.text]));
  const figures = new Map<number, Figure[]>();
  for (const f of tree.figures) {
    const list = figures.get(f.para);
    if (list) list.push(f);
    else figures.set(f.para, [f]);
  }
  const quotes = new Map<number, Quote>();
  for (const q of [...tree.quotes].reverse()) quotes.set(q.para, q);
  return {
    theme,
    frames,
    density,
    figuresIn: (para) => figures.get(para) ?? [],
    quoteIn: (para) => quotes.get(para),
    sourcesFor(paras) {
      const sources = [...new Set(paras)].filter((n) => byPara.has(n)).sort((a, b) => a - b);
      return { sources, notes: sources.map((n) => byPara.get(n)!).join('\n') };
    },
  };
}

/** Every source paragraph a section and its descendants stand on. */
export function parasOf(s: Section): number[] {
  return [s.para, ...s.body.map((p) => p.para), ...s.children.flatMap(parasOf), ...s.tail.map((p) => p.para)];
}

/**
 * The text at the largest size in range that fits the box in at most `maxLines` lines, broken for
 * reading (line-breaks.ts: even lines, no orphan, numbers with their units); if even the smallest size
 * does not fit, the text is shortened at a clause boundary until it does.
 */
export function fitText(text: string, box: TextBox, range: readonly [number, number], maxLines: number, spacing: number): SizedText {
  // A text that was fitted before (a title taken for its continuation) is broken afresh.
  let t = fullWidthPunctuation(text.replace(/\n/g, ''));
  for (;;) {
    const fitted = fitBroken(t, box, range, maxLines, spacing);
    if (fitted) return fitted;
    const shorter = trimForSlide(t, Math.max(4, Math.floor(t.length * 0.8)));
    if (shorter.length >= t.length) return { text: t, size: range[0], pitch: linePitch(range[0], spacing) };
    t = shorter;
  }
}

/** The largest size at which the text, broken for reading, takes at most `maxLines` lines of the box. */
export function fitBroken(text: string, box: TextBox, [min, max]: readonly [number, number], maxLines: number, spacing: number): SizedText | null {
  const width = innerWidthPt(box);
  for (let size = max; size >= min; size--) {
    const lines = countLines(text, size, width);
    if (lines > maxLines || lines * linePitch(size, spacing) > innerHeightPt(box)) continue;
    const broken = breakForReading(text, size, width, lines);
    if (broken !== null) return { text: broken, size, pitch: linePitch(size, spacing) };
  }
  return null;
}

/**
 * A text set on one line and never wrapped (a divider's large numeral, its 第…部分): the largest size
 * in range at which it stands within the box's width and height; the smallest when none does.
 */
export function fitOneLine(text: string, box: TextBox, [min, max]: readonly [number, number], spacing: number): SizedText {
  let size = max;
  while (size > min && (textEm(text) * size > innerWidthPt(box) || linePitch(size, spacing) > innerHeightPt(box))) size--;
  return { text, size, pitch: linePitch(size, spacing) };
}
