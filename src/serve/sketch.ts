// A sketch of each planned slide as SVG, for the local page when LibreOffice is not there to draw the
// real thing: the planner's frames, sizes and line breaks, the theme's colours, lines wrapped as the
// planner measured them. A likeness for reviewing, not the rendering (render.ts draws the deck).
import type { PlannedSlide, SlidePlan, SizedText } from '../plan/types.js';
import type { Theme } from '../theme/schema.js';
import { framesFor, tileFrames, type Rect } from '../theme/geometry.js';
import { innerWidthPt, lineStarts, POINTS_PER_INCH } from '../plan/measure.js';
import { assertNever } from '../problems.js';
import { UNIT_SCALE } from '../plan/figures.js';

const PT = POINTS_PER_INCH;

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface Style {
  color: string;
  weight?: 'bold' | 'normal';
  anchor?: 'start' | 'middle' | 'end';
  /** Vertical placement of the block in its box. */
  valign?: 'top' | 'middle';
}

/** Lines of text in a box (inches), at a size and pitch in points. */
function textBlock(box: Rect, lines: string[], size: number, pitch: number, style: Style): string {
  const x = style.anchor === 'middle' ? (box.x + box.w / 2) * PT : style.anchor === 'end' ? (box.x + box.w) * PT - 7 : box.x * PT + 7;
  const height = lines.length * pitch;
  const top = style.valign === 'middle' ? box.y * PT + (box.h * PT - height) / 2 : box.y * PT + 4;
  const spans = lines.map((l, i) => `<tspan x="${x.toFixed(1)}" y="${(top + i * pitch + size).toFixed(1)}">${esc(l)}</tspan>`).join('');
  return `<text font-size="${size}" fill="#${style.color}" font-weight="${style.weight ?? 'normal'}" text-anchor="${style.anchor ?? 'start'}">${spans}</text>`;
}

const sized = (box: Rect, t: SizedText, style: Style): string => textBlock(box, t.text.split('\n'), t.size, t.pitch, style);

/** A text wrapped to the box's width as the planner measures it. */
function wrapped(text: string, size: number, widthPt: number): string[] {
  const chars = [...text];
  const starts = [0, ...lineStarts(text, size, widthPt)];
  return starts.map((s, i) => chars.slice(s, starts[i + 1] ?? chars.length).join(''));
}

export function sketchPlan(plan: SlidePlan, theme: Theme): string[] {
  return plan.slides.map((s, i) => sketchSlide(s, i + 1, plan, theme));
}

export function sketchSlide(s: PlannedSlide, page: number, plan: SlidePlan, theme: Theme): string {
  const f = framesFor(plan.ratio);
  const c = theme.colors;
  const W = f.slide.w * PT;
  const H = f.slide.h * PT;
  const rect = (r: Rect, fill: string) => `<rect x="${r.x * PT}" y="${r.y * PT}" width="${r.w * PT}" height="${r.h * PT}" fill="#${fill}"/>`;
  const parts: string[] = [rect({ x: 0, y: 0, w: f.slide.w, h: f.slide.h }, c.background)];
  const chrome = (): void => {
    parts.push(rect(f.chrome.bar, c.primary), rect(f.chrome.rule, c.accent));
    if (s.cue) parts.push(textBlock(f.chrome.cue, [s.cue.parts.map((p) => p.text).join('　·　')], s.cue.size, s.cue.size * 1.3, { color: c.muted, anchor: 'end', valign: 'middle' }));
    parts.push(textBlock(f.chrome.footer, [plan.footer], theme.sizes.small, theme.sizes.small * 1.3, { color: c.muted, valign: 'middle' }));
    parts.push(textBlock(f.chrome.page, [String(page)], theme.sizes.small, theme.sizes.small * 1.3, { color: c.muted, anchor: 'end', valign: 'middle' }));
  };
  switch (s.layout) {
    case 'cover': {
      const field = theme.style.cover === 'field';
      if (field) parts.push(rect({ x: 0, y: 0, w: f.slide.w, h: f.slide.h }, c.primary));
      const ink = field ? c.onPrimary : c.primary;
      parts.push(sized(f.cover.title, s.title, { color: ink, weight: 'bold', anchor: 'middle', valign: 'middle' }));
      if (s.kind) parts.push(sized(f.cover.kind, s.kind, { color: ink, anchor: 'middle', valign: 'middle' }));
      if (s.byline) parts.push(sized(f.cover.byline, s.byline, { color: ink, anchor: 'middle', valign: 'middle' }));
      break;
    }
    case 'agenda': {
      parts.push(rect(f.agenda.panel, c.primary), sized(f.agenda.heading, s.heading, { color: c.onPrimary, weight: 'bold', anchor: 'middle', valign: 'middle' }));
      const colW = f.agenda.list.w / s.columns.length;
      s.columns.forEach((items, k) => {
        const box = { ...f.agenda.list, x: f.agenda.list.x + k * colW, w: colW };
        parts.push(textBlock(box, items.map((it) => `${it.ordinal}　${it.text}`), s.itemSize, s.itemPitch, { color: c.ink, valign: 'middle' }));
      });
      break;
    }
    case 'section':
      parts.push(rect(f.section.panel, c.primary));
      parts.push(textBlock(f.section.numeral, [s.number.text], s.number.size, s.number.pitch, { color: c.onPrimary, weight: 'bold', anchor: 'middle', valign: 'middle' }));
      parts.push(sized(f.section.title, s.title, { color: c.primary, weight: 'bold' }));
      if (s.subtitle) parts.push(sized(f.section.subtitle, s.subtitle, { color: s.missing ? c.muted : c.ink }));
      break;
    case 'points':
    case 'subpoints': {
      chrome();
      parts.push(sized(f.points.title, s.title, { color: c.primary, weight: 'bold', valign: 'middle' }));
      let y = f.points.body.y * PT + 4;
      for (const b of s.bullets) {
        const indent = (b.level === 0 ? 1.2 : 2.4) * s.bodySize;
        const lines = wrapped(`${b.lead ?? ''}${b.text}`, s.bodySize, innerWidthPt(f.points.body, indent));
        const x = f.points.body.x * PT + 7;
        parts.push(`<rect x="${(x + (indent - 1.2 * s.bodySize) + s.bodySize * 0.2).toFixed(1)}" y="${(y + s.bodySize * 0.35).toFixed(1)}" width="${(s.bodySize * 0.45).toFixed(1)}" height="${(s.bodySize * 0.45).toFixed(1)}" fill="#${b.level === 0 ? c.primary : c.muted}"/>`);
        parts.push(textBlock({ x: (x + indent) / PT - 7 / PT, y: (y - 4) / PT, w: 0, h: 0 }, lines, s.bodySize, s.bodyPitch, { color: c.ink }));
        y += lines.length * s.bodyPitch + Math.round(0.35 * s.bodySize);
      }
      break;
    }
    case 'figures': {
      chrome();
      parts.push(sized(f.figures.title, s.title, { color: c.primary, weight: 'bold', valign: 'middle' }));
      tileFrames(f.figures.tiles, s.tiles.length).forEach((cell, i) => {
        const t = s.tiles[i]!;
        parts.push(`<rect x="${cell.tile.x * PT}" y="${cell.tile.y * PT}" width="${cell.tile.w * PT}" height="${cell.tile.h * PT}" fill="#${c.surface}" stroke="#${c.accent}" stroke-width="1.5"/>`);
        parts.push(rect({ ...cell.tile, h: 0.08 }, c.primary));
        // As render.ts sets it: the qualifier and the unit small beside the number.
        const small = Math.round(s.valueSize * UNIT_SCALE);
        const baseline = (cell.value.y + cell.value.h) * PT - s.valueSize * 0.25;
        parts.push(
          `<text x="${((cell.value.x + cell.value.w / 2) * PT).toFixed(1)}" y="${baseline.toFixed(1)}" text-anchor="middle" font-weight="bold" fill="#${c.primary}">` +
            `<tspan font-size="${small}" fill="#${c.muted}" font-weight="normal">${esc(t.qualifier)}</tspan><tspan font-size="${s.valueSize}">${esc(t.value)}</tspan><tspan font-size="${small}">${esc(t.unit)}</tspan></text>`,
        );
        parts.push(textBlock(cell.label, t.label.split('\n'), s.labelSize, s.labelPitch, { color: c.ink, anchor: 'middle' }));
      });
      break;
    }
    case 'quote':
      chrome();
      parts.push(sized(f.quote.text, s.text, { color: c.primary, weight: 'bold', anchor: 'middle', valign: 'middle' }));
      break;
    case 'closing':
      parts.push(rect({ x: 0, y: 0, w: f.slide.w, h: f.slide.h }, theme.style.cover === 'field' ? c.primary : c.background));
      parts.push(sized(f.closing.text, s.text, { color: theme.style.cover === 'field' ? c.onPrimary : c.primary, weight: 'bold', anchor: 'middle', valign: 'middle' }));
      break;
    default:
      return assertNever(s);
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W.toFixed(0)} ${H.toFixed(0)}" font-family="'Noto Sans CJK SC','Microsoft YaHei','PingFang SC',sans-serif">${parts.join('')}</svg>`;
}
