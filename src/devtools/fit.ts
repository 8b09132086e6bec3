// Whether a slide plan fits its slides, measured box by box: the text boxes the renderer fills, at
// the sizes the plan chose, against the frames of the plan's ratio. Two measures, the larger counts:
// the planner's own (greedy wrapping with kinsoku and slack, measure.ts) and the strict reader's
// estimate (pptx-check: em widths summed per paragraph, no slack). A text set on one line by design
// (a numeral, an agenda item, the cue, the footer, a figure's value) is held to its box's width, as
// the planner sets it. Tiles must lie between the title rule and the footer. For the sweep test and script.
import type { PlannedSlide, SlidePlan } from '../plan/types.js';
import type { Theme } from '../theme/schema.js';
import { framesFor, tileFrames, type Frames, type Rect } from '../theme/geometry.js';
import { countLines, innerHeightPt, innerWidthPt, textEm } from '../plan/measure.js';
import { UNIT_SCALE } from '../plan/figures.js';
import { CUE_GAP } from '../plan/plan.js';
import { assertNever } from '../problems.js';

export interface Overflow {
  /** 1-based, as pptx-check numbers slides. */
  slide: number;
  layout: PlannedSlide['layout'];
  box: string;
  /** Points (height) or inches (position). */
  need: number;
  room: number;
  text: string;
}

interface Para {
  text: string;
  size: number;
  pitch: number;
  /** Left margin in points (bullet indents). */
  indent?: number;
  /** Space before the paragraph, points. */
  before?: number;
  /** Line breaks inside the paragraph (code point offsets). */
  breaks?: readonly number[];
  /**
   * A text set on one line by design (truncated to its width, not wrapped: agenda items, the cue, the
   * footer, a figure's value): its width in em, as the planner measures it; it takes two lines when wider.
   */
  em?: number;
}

interface Box {
  name: string;
  rect: Rect;
  paras: Para[];
}

// The strict reader's widths (pptx-check's char_em).
const READER_WIDE = /[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef\u201c\u201d\u2018\u2019\u2014\u2026]/u;

function readerEm(text: string): number {
  let em = 0;
  for (const ch of text) em += READER_WIDE.test(ch) ? 1 : ch === ' ' ? 0.3 : /\p{Lu}/u.test(ch) ? 0.65 : 0.55;
  return em;
}

/** Lines a paragraph takes: the larger of the planner's and the strict reader's count. */
function paraLines(p: Para, widthPt: number): number {
  if (p.em !== undefined) return p.em * p.size <= widthPt + 1e-9 ? 1 : 2;
  const chars = [...p.text];
  const cuts = [0, ...(p.breaks ?? []), chars.length];
  let planner = 0;
  for (let i = 0; i + 1 < cuts.length; i++) planner += countLines(chars.slice(cuts[i], cuts[i + 1]).join(''), p.size, widthPt);
  const reader = Math.max(1, Math.ceil((readerEm(p.text) * p.size) / widthPt - 1e-9));
  return Math.max(planner, reader);
}

function heightOf(box: Box): number {
  const width = innerWidthPt(box.rect);
  return box.paras.reduce((h, p) => h + (p.before ?? 0) + paraLines(p, width - (p.indent ?? 0)) * p.pitch, 0);
}

const lines = (t: { text: string; size: number; pitch: number }): Para[] => t.text.split('\n').map((text) => ({ text, size: t.size, pitch: t.pitch }));

/** Every overflowing text box and every misplaced tile of the plan. */
export function overflowsOf(plan: SlidePlan, theme: Theme): Overflow[] {
  const frames = framesFor(plan.ratio);
  const out: Overflow[] = [];
  plan.slides.forEach((slide, i) => {
    const report = (box: string, need: number, room: number, text: string) => out.push({ slide: i + 1, layout: slide.layout, box, need, room, text });
    for (const box of boxesOf(slide, plan, theme, frames)) {
      const need = heightOf(box);
      const room = innerHeightPt(box.rect);
      if (need > room + 1e-6) report(box.name, need, room, box.paras.map((p) => p.text).join('\n'));
    }
    for (const problem of misplaced(slide, frames)) report(problem.box, problem.need, problem.room, '');
  });
  return out;
}

function boxesOf(s: PlannedSlide, plan: SlidePlan, theme: Theme, f: Frames): Box[] {
  const oneLine = (text: string, size: number, pitch: number): Para => ({ text, size, pitch, em: Math.max(textEm(text), readerEm(text)) });
  const cue: Box[] = s.cue ? [{ name: 'cue', rect: f.chrome.cue, paras: [oneLine(s.cue.parts.map((p) => p.text).join(CUE_GAP), s.cue.size, s.cue.pitch)] }] : [];
  // The footer is one line of the master: a longer one would run off the slide's foot.
  const footer: Box = { name: 'footer', rect: f.chrome.footer, paras: [oneLine(plan.footer, theme.sizes.small, Math.floor(innerHeightPt(f.chrome.footer)))] };
  switch (s.layout) {
    case 'cover':
      return [
        { name: 'title', rect: f.cover.title, paras: lines(s.title) },
        ...(s.kind ? [{ name: 'kind', rect: f.cover.kind, paras: lines(s.kind) }] : []),
        ...(s.byline ? [{ name: 'byline', rect: f.cover.byline, paras: lines(s.byline) }] : []),
      ];
    case 'agenda': {
      const list = f.agenda.list;
      const rows = s.columns.reduce((max, c) => Math.max(max, c.length), 0);
      const column = (c: number): Box => {
        const items = s.columns[c]!;
        const paras = items.map((it) => oneLine(`${it.ordinal}　${it.text}`, s.itemSize, s.itemPitch));
        while (paras.length < rows) paras.push({ text: '', size: s.itemSize, pitch: s.itemPitch });
        const w = list.w / s.columns.length;
        return { name: `column ${c + 1}`, rect: { ...list, x: list.x + c * w, w }, paras };
      };
      return [{ name: 'heading', rect: f.agenda.heading, paras: lines(s.heading) }, ...s.columns.map((_, c) => column(c))];
    }
    case 'section':
      return [
        { name: 'numeral', rect: f.section.numeral, paras: [oneLine(s.number.text, s.number.size, s.number.pitch), oneLine(s.label.text, s.label.size, s.label.pitch)] },
        { name: 'title', rect: f.section.title, paras: lines(s.title) },
        ...(s.subtitle ? [{ name: 'subtitle', rect: f.section.subtitle, paras: lines(s.subtitle) }] : []),
      ];
    case 'points':
    case 'subpoints':
      return [
        ...cue,
        { name: 'title', rect: f.points.title, paras: lines(s.title) },
        {
          name: 'body',
          rect: f.points.body,
          paras: s.bullets.map((b) => ({
            text: `${b.lead ?? ''}${b.text}`,
            size: s.bodySize,
            pitch: s.bodyPitch,
            indent: Math.round(s.bodySize * 1.2) * (b.level + 1),
            before: Math.round(s.bodySize * 0.35),
            breaks: b.softBreaks ?? [],
          })),
        },
        footer,
      ];
    case 'figures': {
      const cells = tileFrames(f.figures.tiles, s.tiles.length);
      return [
        ...cue,
        { name: 'title', rect: f.figures.title, paras: lines(s.title) },
        ...s.tiles.flatMap((t, k): Box[] => [
          // The number on one line, its qualifier and unit smaller (measured as the planner does: the unit at full size).
          { name: `tile ${k + 1} value`, rect: cells[k]!.value, paras: [{ text: `${t.qualifier}${t.value}${t.unit}`, size: s.valueSize, pitch: s.valuePitch, em: textEm(t.qualifier) * UNIT_SCALE + textEm(t.value + t.unit) }] },
          { name: `tile ${k + 1} label`, rect: cells[k]!.label, paras: t.label.split('\n').map((text) => ({ text, size: s.labelSize, pitch: s.labelPitch })) },
        ]),
        footer,
      ];
    }
    case 'quote':
      return [...cue, { name: 'text', rect: f.quote.text, paras: lines(s.text) }, footer];
    case 'closing':
      return [{ name: 'text', rect: f.closing.text, paras: lines(s.text) }];
    default:
      return assertNever(s);
  }
}

/** Tiles outside the content area: over the title rule, over the footer, off the slide. */
function misplaced(s: PlannedSlide, f: Frames): { box: string; need: number; room: number }[] {
  if (s.layout !== 'figures') return [];
  const top = f.chrome.rule.y + f.chrome.rule.h;
  const bottom = Math.min(f.chrome.footer.y, f.chrome.page.y);
  const out: { box: string; need: number; room: number }[] = [];
  tileFrames(f.figures.tiles, s.tiles.length).forEach((c, k) => {
    const t = c.tile;
    if (t.y + t.h > bottom + 1e-6) out.push({ box: `tile ${k + 1} over the footer`, need: t.y + t.h, room: bottom });
    if (t.y < top - 1e-6) out.push({ box: `tile ${k + 1} over the title`, need: top, room: t.y });
    if (t.x < 0 || t.x + t.w > f.slide.w + 1e-6) out.push({ box: `tile ${k + 1} off the slide`, need: t.x + t.w, room: f.slide.w });
  });
  return out;
}
