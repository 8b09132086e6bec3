// Where each layout puts its boxes, in inches, for each slide ratio. Themes vary colour, type and
// ornament; the frames are shared so that every theme fits the same measured text.
import type { Ratio } from '../plan/types.js';

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Frames {
  slide: { w: number; h: number };
  cover: { title: Rect; kind: Rect; byline: Rect };
  /** `list` holds one column, or the first of two beside `secondColumn`, its right half. */
  agenda: { panel: Rect; strip: Rect; heading: Rect; list: Rect; secondColumn: Rect; underline: Rect };
  section: { panel: Rect; strip: Rect; numeral: Rect; title: Rect; subtitle: Rect; underline: Rect };
  points: { title: Rect; body: Rect };
  figures: { title: Rect; tiles: Rect };
  /** `marks`: the short rules above the quote's left and below its right corner. */
  quote: { text: Rect; marks: [Rect, Rect] };
  closing: { text: Rect };
  /**
   * Field pages (cover, closing): rules above and below the text on a coloured field; a light page
   * has a band across the top and the lower rule. (The agenda and divider panels, on a light page,
   * are their `strip` along the panel's right edge.)
   */
  field: { rules: [Rect, Rect]; band: Rect };
  /**
   * Shared by the content layouts: a bar at the left, or a band behind the title (with an edge under
   * it), or a rule under the title (with a mark at its start).
   */
  chrome: { bar: Rect; band: Rect; bandEdge: Rect; rule: Rect; ruleMark: Rect; cue: Rect; footer: Rect; page: Rect };
}

export function framesFor(ratio: Ratio): Frames {
  const w = ratio === '16:9' ? 13.333 : 10;
  const h = 7.5;
  const m = 0.75; // side margin
  const inner = w - 2 * m;
  const agendaHeading = { x: 0.3, y: 2.6, w: w * 0.3 - 0.6, h: 1.4 };
  const sectionTitle = { x: w * 0.32 + 0.6, y: 2.0, w: w * 0.68 - 1.2, h: 1.4 };
  const quote = { x: m + 0.8, y: 1.8, w: inner - 1.6, h: 3.6 };
  const rule = { x: m, y: 1.78, w: inner, h: 0.03 };
  return {
    slide: { w, h },
    cover: {
      title: { x: m, y: 1.9, w: inner, h: 2.3 },
      kind: { x: m, y: 4.35, w: inner, h: 0.75 },
      byline: { x: m, y: 5.2, w: inner, h: 0.6 },
    },
    agenda: {
      panel: { x: 0, y: 0, w: w * 0.3, h },
      strip: { x: w * 0.3 - 0.06, y: 0.9, w: 0.06, h: h - 1.8 },
      heading: agendaHeading,
      list: { x: w * 0.3 + 0.6, y: 0.9, w: w * 0.7 - 1.2, h: 5.7 },
      secondColumn: { x: w * 0.3 + 0.6 + (w * 0.7 - 1.2) / 2, y: 0.9, w: (w * 0.7 - 1.2) / 2, h: 5.7 },
      underline: { x: agendaHeading.x + 0.3, y: agendaHeading.y + agendaHeading.h + 0.1, w: agendaHeading.w - 0.6, h: 0.04 },
    },
    section: {
      panel: { x: 0, y: 0, w: w * 0.32, h },
      strip: { x: w * 0.32 - 0.06, y: 0.9, w: 0.06, h: h - 1.8 },
      numeral: { x: 0.3, y: 2.0, w: w * 0.32 - 0.6, h: 2.8 },
      title: sectionTitle,
      subtitle: { x: w * 0.32 + 0.6, y: 3.55, w: w * 0.68 - 1.2, h: 2.4 },
      underline: { x: sectionTitle.x + 0.1, y: sectionTitle.y + sectionTitle.h + 0.05, w: 1.6, h: 0.05 },
    },
    points: {
      title: { x: m, y: 0.65, w: inner, h: 1.05 },
      body: { x: m, y: 1.95, w: inner, h: 4.75 },
    },
    figures: {
      title: { x: m, y: 0.65, w: inner, h: 1.05 },
      tiles: { x: m, y: 2.0, w: inner, h: 4.6 },
    },
    quote: {
      text: quote,
      marks: [
        { x: quote.x, y: quote.y - 0.25, w: 1.2, h: 0.06 },
        { x: quote.x + quote.w - 1.2, y: quote.y + quote.h + 0.2, w: 1.2, h: 0.06 },
      ],
    },
    closing: { text: { x: m, y: 2.3, w: inner, h: 2.6 } },
    field: {
      rules: [
        { x: m, y: 1.45, w: inner, h: 0.03 },
        { x: m, y: 6.05, w: inner, h: 0.03 },
      ],
      band: { x: 0, y: 0, w, h: 0.14 },
    },
    chrome: {
      bar: { x: 0, y: 0, w: 0.18, h },
      band: { x: 0, y: 0, w, h: rule.y },
      bandEdge: { x: 0, y: rule.y, w, h: 0.05 },
      rule,
      ruleMark: { x: rule.x, y: rule.y, w: 1.2, h: 0.06 },
      cue: { x: w - m - 5.5, y: 0.18, w: 5.5, h: 0.42 },
      footer: { x: m, y: 6.9, w: inner - 1.2, h: 0.4 },
      page: { x: w - m - 1.0, y: 6.9, w: 1.0, h: 0.4 },
    },
  };
}

export interface TileFrame {
  tile: Rect;
  /** The coloured bar along the tile's top edge. */
  bar: Rect;
  value: Rect;
  label: Rect;
}

/** Tiles in a grid: one row for up to three, two rows for four to six. */
export function tileFrames(area: Rect, count: number): TileFrame[] {
  const rows = count <= 3 ? 1 : 2;
  const cols = Math.ceil(count / rows);
  const gap = 0.3;
  const w = (area.w - gap * (cols - 1)) / cols;
  const h = rows === 1 ? Math.min(area.h, 3.6) : (area.h - gap) / 2;
  const top = rows === 1 ? area.y + (area.h - h) / 2 : area.y;
  const out: TileFrame[] = [];
  for (let i = 0; i < count; i++) {
    const r = Math.floor(i / cols);
    const c = i % cols;
    const x = area.x + c * (w + gap);
    const y = top + r * (h + gap);
    out.push({
      tile: { x, y, w, h },
      bar: { x, y, w, h: 0.08 },
      value: { x: x + 0.1, y: y + 0.12, w: w - 0.2, h: h * 0.48 },
      label: { x: x + 0.1, y: y + 0.12 + h * 0.48, w: w - 0.2, h: h * 0.52 - 0.24 },
    });
  }
  return out;
}
