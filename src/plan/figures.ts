// A figures slide: the numbers of one point as large tiles, each with what it counts.
import type { Figure } from '../doc/types.js';
import type { FigureTile, FiguresSlide, PartCue } from './types.js';
import { tileFrames, type TileFrame } from '../theme/geometry.js';
import { fitBroken, fitText, TITLE_SPACING, type PlanContext } from './context.js';
import { innerHeightPt, innerWidthPt, linePitch, textEm } from './measure.js';

const MAX_TILES = 6;
/** The qualifier and unit are set at this fraction of the number's size. */
export const UNIT_SCALE = 0.45;
/** Line pitch of the number, as a multiple of its size. */
export const VALUE_SPACING = 1.15;

/**
 * The tiles of one passage: only figures with a clean label, and only of one kind and one year —
 * targets never beside results, this year's figures never beside last year's. The largest such group
 * wins; its title says what it is (预期目标, 2024年主要数据).
 */
export function figuresSlide(ctx: PlanContext, figures: Figure[], cue: PartCue | null): FiguresSlide | null {
  const groups = new Map<string, Figure[]>();
  for (const f of dedupe(figures)) {
    if (f.label === null) continue;
    const key = `${f.kind}|${f.year ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const best = [...groups.values()].reduce<Figure[]>((a, b) => (b.length > a.length ? b : a), []);
  const { theme, frames } = ctx;
  const labelRange = theme.sizes.figureLabel;
  // A label is shown whole or not at all, and so is a value (1200万人以上 over two lines is no figure):
  // a figure that does not fit its tile is left out, and fewer tiles have larger cells.
  const fitsIn = (cell: TileFrame) => (f: Figure) =>
    fitBroken(f.label!, cell.label, labelRange, 2, theme.lineSpacing) !== null &&
    valueSizeFor({ qualifier: f.qualifier, value: f.value, unit: f.approx + f.unit + f.after }, cell.value, theme.sizes.figureValue) !== null;
  let unique: Figure[] = [];
  for (let n = Math.min(best.length, MAX_TILES); n >= 2 && unique.length === 0; n--) {
    const fitting = best.filter(fitsIn(tileFrames(frames.figures.tiles, n)[0]!));
    if (fitting.length >= n) unique = fitting.slice(0, n);
  }
  if (unique.length < 2) return null;
  const first = unique[0]!;
  const title = `${first.year ? `${first.year}年` : ''}${first.kind === 'target' ? '预期目标' : '主要数据'}`;
  const tiles = unique.map((f) => ({ value: f.value, unit: f.approx + f.unit + f.after, qualifier: f.qualifier, label: f.label! }));
  return { layout: 'figures', ...ctx.sourcesFor(unique.map((f) => f.para)), cue, ...sizeTiles(ctx, title, tiles)! };
}

/**
 * The title and tiles sized together: one label size for all tiles, the largest every label fits,
 * each label broken for reading at it (a label too long for its tile is shortened), and one value
 * size. Null when a value does not stand on one line even at the smallest size.
 */
export function sizeTiles(ctx: PlanContext, title: string, given: FigureTile[], valueRange = ctx.theme.sizes.figureValue): Omit<FiguresSlide, 'layout' | 'sources' | 'notes' | 'cue'> | null {
  const { theme, frames } = ctx;
  const labelRange = theme.sizes.figureLabel;
  const cell = tileFrames(frames.figures.tiles, given.length)[0]!;
  const shown = given.map((t) => {
    const whole = fitBroken(t.label, cell.label, labelRange, 2, theme.lineSpacing);
    if (whole) return { label: t.label, size: whole.size };
    const cut = fitText(t.label, cell.label, labelRange, 2, theme.lineSpacing);
    return { label: cut.text.replace(/\n/g, ''), size: cut.size };
  });
  const labelSize = shown.reduce((min, f) => Math.min(min, f.size), Infinity);
  const tiles: FigureTile[] = given.map((t, i) => ({ ...t, label: fitBroken(shown[i]!.label, cell.label, [labelSize, labelSize], 2, theme.lineSpacing)?.text ?? shown[i]!.label }));
  const sizes = tiles.map((t) => valueSizeFor(t, cell.value, valueRange));
  if (sizes.some((s) => s === null)) return null;
  const valueSize = (sizes as number[]).reduce((min, s) => Math.min(min, s), Infinity);
  return {
    title: fitText(title, frames.figures.title, theme.sizes.title, 1, TITLE_SPACING),
    tiles,
    valueSize,
    valuePitch: linePitch(valueSize, VALUE_SPACING),
    unitSize: Math.round(valueSize * UNIT_SCALE),
    labelSize,
    labelPitch: linePitch(labelSize, theme.lineSpacing),
  };
}

/** The largest size at which the value stands on one line of its box; null when not even the smallest does. */
function valueSizeFor(t: Pick<FigureTile, 'qualifier' | 'value' | 'unit'>, box: { w: number; h: number }, [min, max]: readonly [number, number]): number | null {
  const width = innerWidthPt(box);
  for (let size = max; size >= min; size--) {
    // The unit is measured at full size: a strict reader sizes a paragraph by its first run.
    const em = textEm(t.qualifier) * UNIT_SCALE + textEm(t.value + t.unit);
    if (em * size <= width && linePitch(size, VALUE_SPACING) <= innerHeightPt(box)) return size;
  }
  return null;
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
