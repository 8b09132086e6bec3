// Which of the template's layouts each kind of slide is built on, and which of its placeholders each
// text goes into: by placeholder types first, by the layout's name (Chinese or English) second.
import type { LayoutName } from '../plan/types.js';
import type { Rect } from '../theme/geometry.js';
import type { PlaceholderType, Template, TemplateLayout, TemplatePlaceholder } from './read.js';

/** A text box the renderer fills, and the template placeholder it becomes (null: a plain text box). */
export interface Slot {
  /** The renderer's name for it (title, body, kind …). */
  name: string;
  rect: Rect;
  target: TemplatePlaceholder | null;
}

export interface LayoutChoice {
  layout: TemplateLayout;
  /** In the order the renderer's master defines them. */
  slots: Slot[];
}

export type LayoutChoices = Record<LayoutName, LayoutChoice>;

const TITLE_TYPES: readonly PlaceholderType[] = ['title', 'ctrTitle'];
const BODY_TYPES: readonly PlaceholderType[] = ['body', 'obj'];

const usable = (p: TemplatePlaceholder) => p.rect !== null && !p.vertical;
const titleOf = (l: TemplateLayout) => l.placeholders.find((p) => TITLE_TYPES.includes(p.type) && usable(p));
// A vertical box counts against a layout (标题和竖排文字 is no content page for our lines).
const bodiesOf = (l: TemplateLayout) => (l.placeholders.some((p) => p.vertical) ? [] : l.placeholders.filter((p) => BODY_TYPES.includes(p.type) && usable(p)));
const subtitleOf = (l: TemplateLayout) => l.placeholders.find((p) => p.type === 'subTitle' && usable(p)) ?? bodiesOf(l)[0];

const NAMES = {
  cover: /标题幻灯片|封面|title slide/i,
  section: /节标题|章节|过渡|section header|section/i,
  content: /标题和内容|标题与内容|标题，内容|title and content|title, content/i,
  titleOnly: /仅标题|只有标题|title only/i,
  blank: /空白|blank/i,
};

/** How well a layout serves as each role: placeholder types weigh more than names. */
const SCORES = {
  cover: (l: TemplateLayout) =>
    (l.placeholders.some((p) => p.type === 'ctrTitle') ? 4 : titleOf(l) ? 1 : -9) + (l.placeholders.some((p) => p.type === 'subTitle') ? 2 : 0) + (l.kind === 'title' ? 1 : 0) + (NAMES.cover.test(l.name) ? 1.5 : 0),
  section: (l: TemplateLayout) =>
    (titleOf(l) ? 1 : -9) + (bodiesOf(l).length === 1 ? 1 : bodiesOf(l).length > 1 ? -2 : 0) + (l.kind === 'secHead' ? 3 : 0) + (NAMES.section.test(l.name) ? 2.5 : 0),
  content: (l: TemplateLayout) =>
    (titleOf(l) && !l.placeholders.some((p) => p.type === 'ctrTitle') ? 2 : -9) +
    (bodiesOf(l).length === 1 ? 3 : bodiesOf(l).length > 1 ? -1 : -9) +
    (l.kind === 'obj' || l.kind === 'tx' ? 0.5 : 0) +
    (NAMES.content.test(l.name) ? 1.5 : 0) -
    (NAMES.section.test(l.name) || l.kind === 'secHead' ? 2 : 0),
  titleOnly: (l: TemplateLayout) =>
    (titleOf(l) && !l.placeholders.some((p) => p.type === 'ctrTitle') ? 2 : -9) + (bodiesOf(l).length === 0 && !l.placeholders.some((p) => p.type === 'subTitle') ? 3 : -2) + (l.kind === 'titleOnly' ? 1 : 0) + (NAMES.titleOnly.test(l.name) ? 1.5 : 0),
  blank: (l: TemplateLayout) => (titleOf(l) ? -3 : 2) + (bodiesOf(l).length === 0 ? 1 : -2) + (NAMES.blank.test(l.name) ? 1.5 : 0),
};

type Role = keyof typeof SCORES;

/**
 * Where the title sits breaks ties between look-alike layouts (LibreOffice names every master's
 * alike): a title at the top reads as a content page, one in the middle as a cover or divider.
 */
function placement(role: Role, l: TemplateLayout, slideH: number): number {
  const title = titleOf(l)?.rect;
  if (!title) return 0;
  const atTop = title.y + title.h / 2 < slideH * 0.3;
  return (role === 'cover' || role === 'section') === !atTop ? 0.75 : 0;
}

/**
 * The best layout for a role (the first in the gallery on a tie), or null if none scores above zero.
 * With `near`, a layout of the same master wins a tie: slides of one deck keep to one look.
 */
function best(t: Template, role: Role, near?: TemplateLayout | null): TemplateLayout | null {
  let found: TemplateLayout | null = null;
  let top = 0;
  for (const l of t.layouts) {
    const s = SCORES[role](l) + placement(role, l, t.size.h) + (near && l.master === near.master ? 0.5 : 0);
    if (s > top) [found, top] = [l, s];
  }
  return found;
}

/** One layout per slide kind, with the boxes it offers the planner. */
export function chooseLayouts(t: Template): LayoutChoices {
  const { w, h } = t.size;
  const content = best(t, 'content') ?? best(t, 'titleOnly') ?? best(t, 'section') ?? best(t, 'blank') ?? t.layouts[0]!;
  const cover = best(t, 'cover') ?? content;
  const section = best(t, 'section', content) ?? content;
  const figures = best(t, 'titleOnly', content) ?? content;

  // Where a layout has no placeholder for a text, the box is drawn where the content layout has it.
  const contentTitle = titleOf(content)?.rect ?? { x: w * 0.06, y: h * 0.05, w: w * 0.88, h: h * 0.14 };
  const below = (r: Rect): Rect => {
    const y = r.y + r.h + 0.2;
    return { x: Math.max(0.4, r.x), y, w: Math.min(w - 0.8, r.w), h: Math.max(1, h * 0.9 - y) };
  };
  const contentBody = bodiesOf(content)[0]?.rect ?? below(contentTitle);
  const slot = (name: string, target: TemplatePlaceholder | undefined, fallback: Rect): Slot => ({ name, rect: target?.rect ?? fallback, target: target ?? null });
  const titleSlot = (l: TemplateLayout, fallback = contentTitle) => slot('title', titleOf(l), fallback);
  const bodySlot = (l: TemplateLayout, name = 'body') => {
    const title = titleOf(l)?.rect;
    return slot(name, bodiesOf(l)[0] ?? subtitleOf(l), title ? below(title) : contentBody);
  };
  const middle = { x: w * 0.1, y: h * 0.3, w: w * 0.8, h: h * 0.3 };
  const coverTitle = titleOf(cover)?.rect ?? middle;
  const coverSubtitle = subtitleOf(cover);
  return {
    cover: { layout: cover, slots: [slot('title', titleOf(cover), middle), { name: 'kind', rect: roomFor(coverSubtitle?.rect ?? below(coverTitle), h), target: coverSubtitle ?? null }] },
    agenda: { layout: content, slots: [titleSlot(content), bodySlot(content)] },
    section: { layout: section, slots: [titleSlot(section), bodySlot(section)] },
    points: { layout: content, slots: [titleSlot(content), bodySlot(content)] },
    subpoints: { layout: content, slots: [titleSlot(content), bodySlot(content)] },
    figures: { layout: figures, slots: [titleSlot(figures)] },
    // The quote is the slide's text: the content layout's body, where the template sets text.
    quote: { layout: content, slots: [bodySlot(content, 'title')] },
    closing: { layout: cover, slots: [slot('title', titleOf(cover), middle)] },
  };
}

/** The cover's kind and byline share one box: at least an inch high, grown downwards, then upwards. */
function roomFor(r: Rect, slideH: number): Rect {
  if (r.h >= 1.0) return r;
  const bottom = Math.min(slideH - 0.2, r.y + 1.0);
  return { ...r, y: Math.max(0.2, bottom - 1.0), h: bottom - Math.max(0.2, bottom - 1.0) };
}

/** The tiles' area on a figures slide: the content layout's body, or the room below the title. */
export function figuresArea(choices: LayoutChoices): Rect {
  const body = choices.points.slots[1]!.rect;
  const title = choices.figures.slots[0]!.rect;
  const top = Math.max(body.y, title.y + title.h + 0.15);
  return { x: body.x, y: top, w: body.w, h: Math.max(1.5, body.y + body.h - top) };
}
