// A figures slide: the numbers of one point as large tiles, each with what it counts.
import type { Figure } from '../doc/types.js';
import type { FigureTile, FiguresSlide, PartCue } from './types.js';
import { tileFrames } from '../theme/geometry.js';
import { fitText, TITLE_SPACING, type PlanContext } from './context.js';
import { innerHeightPt, innerWidthPt, largestSizeWithin, linePitch, textEm } from './measure.js';

const MAX_TILES = 6;
/** The qualifier and unit are set at this fraction of the number's size. */
export const UNIT_SCALE = 0.45;
/** Line pitch of the number, as a multiple of its size. */
export const VALUE_SPACING = 1.15;

export function figuresSlide(ctx: PlanContext, figures: Figure[], title: string, cue: PartCue | null): FiguresSlide | null {
  const unique = dedupe(figures).filter((f) => usableLabel(f.label)).slice(0, MAX_TILES);
  if (unique.length < 2) return null;
  const { theme, frames } = ctx;
  const cells = tileFrames(frames.figures.tiles, unique.length);
  const cell = cells[0]!;
  const labelRange = theme.sizes.figureLabel;
  const tiles: FigureTile[] = unique.map((f) => ({
    value: f.value,
    unit: f.approx + f.unit,
    qualifier: f.qualifier,
    label: fitText(f.label, cell.label, labelRange, 2, theme.lineSpacing).text,
  }));
  const labelSize = Math.min(...tiles.map((t) => largestSizeWithin(t.label, cell.label, labelRange[0], labelRange[1], 2, theme.lineSpacing) ?? labelRange[0]));
  const valueSize = Math.min(...tiles.map((t) => valueSizeFor(t, cell.value, theme.sizes.figureValue)));
  return {
    layout: 'figures',
    ...ctx.sourcesFor(unique.map((f) => f.para)),
    cue,
    title: fitText(title, frames.figures.title, theme.sizes.title, 1, TITLE_SPACING),
    tiles,
    valueSize,
    valuePitch: linePitch(valueSize, VALUE_SPACING),
    labelSize,
    labelPitch: linePitch(labelSize, theme.lineSpacing),
  };
}

function valueSizeFor(t: FigureTile, box: { w: number; h: number }, [min, max]: readonly [number, number]): number {
  const width = innerWidthPt(box);
  for (let size = max; size > min; size--) {
    // The unit is measured at full size: a strict reader sizes a paragraph by its first run.
    const em = textEm(t.qualifier) * UNIT_SCALE + textEm(t.value + t.unit);
    if (em * size <= width && linePitch(size, VALUE_SPACING) <= innerHeightPt(box)) return size;
  }
  return min;
}

// A label must name something: not a fragment ending in a particle or preposition (贫困人口从2012年年底的).
function usableLabel(label: string): boolean {
  return label.length >= 2 && !/[的从到至比和与为在对向把被由及或]$/u.test(label) && !/\d/u.test(label);
}

function dedupe(figures: Figure[]): Figure[] {
  const seen = new Set<string>();
  return figures.filter((f) => {
    const key = `${f.text}|${f.label}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
