// The planner's boxes for a template: its placeholders where the chosen layouts have them, so that
// text is measured against the boxes it will be shown in.
import type { Frames, Rect } from '../theme/geometry.js';
import type { Ratio } from '../plan/types.js';
import { figuresArea, type LayoutChoices } from './choose.js';

export function templateFrames(choices: LayoutChoices, size: { w: number; h: number }): Frames {
  const { w, h } = size;
  const rect = (name: keyof LayoutChoices, i: number): Rect => choices[name].slots[i]!.rect;
  const kindAndByline = rect('cover', 1);
  const kindH = kindAndByline.h * 0.55;
  const m = Math.min(0.75, w * 0.06);
  // The built-in themes' ornaments (panels, strips, rules, marks): none on a template.
  const none: Rect = { x: 0, y: 0, w: 0, h: 0 };
  const list = rect('agenda', 1);
  return {
    slide: { w, h },
    cover: {
      title: rect('cover', 0),
      kind: { ...kindAndByline, h: kindH },
      byline: { ...kindAndByline, y: kindAndByline.y + kindH, h: kindAndByline.h - kindH },
    },
    // No panel and no numeral: the template's own pictures dress the slides.
    agenda: { panel: none, strip: none, heading: rect('agenda', 0), list, secondColumn: { ...list, x: list.x + list.w / 2, w: list.w / 2 }, underline: none },
    section: { panel: none, strip: none, numeral: none, title: rect('section', 0), subtitle: rect('section', 1), underline: none },
    points: { title: rect('points', 0), body: rect('points', 1) },
    figures: { title: rect('figures', 0), tiles: figuresArea(choices) },
    quote: { text: rect('quote', 0), marks: [none, none] },
    closing: { text: rect('closing', 0) },
    field: { rules: [none, none], band: none },
    chrome: {
      bar: none,
      band: none,
      bandEdge: none,
      rule: { x: m, y: 0, w: 0, h: 0 },
      ruleMark: none,
      // Not drawn on a template (its corners hold the organisation's emblem); sized for the planner.
      cue: { x: w - m - Math.min(5.5, w / 2), y: 0.18, w: Math.min(5.5, w / 2), h: 0.42 },
      footer: { x: m, y: h - 0.6, w: w - 2 * m - 1.2, h: 0.4 },
      page: { x: w - m - 1.0, y: h - 0.6, w: 1.0, h: 0.4 },
    },
  };
}

/** The built-in ratio nearest the template's shape (for the plan's record; the frames carry the size). */
export function nearestRatio(size: { w: number; h: number }): Ratio {
  return Math.abs(size.w / size.h - 16 / 9) < Math.abs(size.w / size.h - 4 / 3) ? '16:9' : '4:3';
}
