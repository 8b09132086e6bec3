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
  agenda: { panel: Rect; heading: Rect; list: Rect };
  section: { panel: Rect; numeral: Rect; title: Rect; subtitle: Rect };
  points: { title: Rect; body: Rect };
  figures: { title: Rect; tiles: Rect };
  quote: { text: Rect };
  closing: { text: Rect };
  /** Shared by the content layouts. */
  chrome: { bar: Rect; rule: Rect; cue: Rect; footer: Rect; page: Rect };
}

export function framesFor(ratio: Ratio): Frames {
  const w = ratio === '16:9' ? 13.333 : 10;
  const h = 7.5;
  const m = 0.75; // side margin
  const inner = w - 2 * m;
  return {
    slide: { w, h },
    cover: {
      title: { x: m, y: 1.9, w: inner, h: 2.3 },
      kind: { x: m, y: 4.35, w: inner, h: 0.75 },
      byline: { x: m, y: 5.2, w: inner, h: 0.6 },
    },
    agenda: {
      panel: { x: 0, y: 0, w: w * 0.3, h },
      heading: { x: 0.3, y: 2.6, w: w * 0.3 - 0.6, h: 1.4 },
      list: { x: w * 0.3 + 0.6, y: 0.9, w: w * 0.7 - 1.2, h: 5.7 },
    },
    section: {
      panel: { x: 0, y: 0, w: w * 0.32, h },
      numeral: { x: 0.3, y: 2.0, w: w * 0.32 - 0.6, h: 2.8 },
      title: { x: w * 0.32 + 0.6, y: 2.0, w: w * 0.68 - 1.2, h: 1.4 },
      subtitle: { x: w * 0.32 + 0.6, y: 3.55, w: w * 0.68 - 1.2, h: 2.4 },
    },
    points: {
      title: { x: m, y: 0.65, w: inner, h: 1.05 },
      body: { x: m, y: 1.95, w: inner, h: 4.75 },
    },
    figures: {
      title: { x: m, y: 0.65, w: inner, h: 1.05 },
      tiles: { x: m, y: 2.0, w: inner, h: 4.6 },
    },
    quote: { text: { x: m + 0.8, y: 1.8, w: inner - 1.6, h: 3.6 } },
    closing: { text: { x: m, y: 2.3, w: inner, h: 2.6 } },
    chrome: {
      bar: { x: 0, y: 0, w: 0.18, h },
      rule: { x: m, y: 1.78, w: inner, h: 0.03 },
      cue: { x: w - m - 5.5, y: 0.18, w: 5.5, h: 0.42 },
      footer: { x: m, y: 6.9, w: inner - 1.2, h: 0.4 },
      page: { x: w - m - 1.0, y: 6.9, w: 1.0, h: 0.4 },
    },
  };
}

export interface TileFrame {
  tile: Rect;
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
      value: { x: x + 0.1, y: y + 0.12, w: w - 0.2, h: h * 0.48 },
      label: { x: x + 0.1, y: y + 0.12 + h * 0.48, w: w - 0.2, h: h * 0.52 - 0.24 },
    });
  }
  return out;
}
