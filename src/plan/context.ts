// What every slide builder needs: the theme, the frames for the ratio, and the source paragraphs.
import type { DocTree, Section } from '../doc/types.js';
import type { Theme } from '../theme/schema.js';
import type { Frames } from '../theme/geometry.js';
import type { SizedText } from './types.js';
import { largestSizeWithin, linePitch, type TextBox } from './measure.js';
import { trimForSlide } from './summarise.js';
import { fullWidthPunctuation } from './punctuation.js';

export interface PlanContext {
  theme: Theme;
  frames: Frames;
  /** The verbatim paragraphs behind a set of lines. */
  sourcesFor: (lines: Iterable<number>) => { sources: number[]; notes: string };
}

/** Titles are set tighter than body text. */
export const TITLE_SPACING = 1.15;

export function makeContext(tree: DocTree, theme: Theme, frames: Frames): PlanContext {
  const byLine = new Map(tree.paragraphs.map((p) => [p.line, p.text]));
  return {
    theme,
    frames,
    sourcesFor(lines) {
      const sources = [...new Set(lines)].filter((l) => byLine.has(l)).sort((a, b) => a - b);
      return { sources, notes: sources.map((l) => byLine.get(l)!).join('\n') };
    },
  };
}

/** Every line a section and its descendants stand on. */
export function linesOf(s: Section): number[] {
  return [s.line, ...s.body.map((p) => p.line), ...s.children.flatMap(linesOf)];
}

/**
 * The text at the largest size in range that fits the box in at most `maxLines` lines; if even the
 * smallest size does not fit, the text is shortened at a clause boundary until it does.
 */
export function fitText(text: string, box: TextBox, range: readonly [number, number], maxLines: number, spacing: number): SizedText {
  let t = fullWidthPunctuation(text);
  for (;;) {
    const size = largestSizeWithin(t, box, range[0], range[1], maxLines, spacing);
    if (size !== null) return { text: t, size, pitch: linePitch(size, spacing) };
    const shorter = trimForSlide(t, Math.max(4, Math.floor(t.length * 0.8)));
    if (shorter.length >= t.length) return { text: t, size: range[0], pitch: linePitch(range[0], spacing) };
    t = shorter;
  }
}
