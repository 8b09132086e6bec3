// Theme → slide masters, one per layout, with real title and body placeholders. Backgrounds and
// ornaments are shapes drawn from the theme's colours (no images).
import type PptxGenJS from 'pptxgenjs';
import type { Theme } from '../theme/schema.js';
import type { Fonts } from '../theme/fonts.js';
import type { Frames, Rect } from '../theme/geometry.js';
import type { LayoutName } from '../plan/types.js';
import { LAYOUT_RULES } from '../plan/layouts.js';
import { escapeXml } from './postprocess.js';

/** Layout names as PowerPoint and WPS show them in the layout gallery. */
// pptxgenjs writes master titles unescaped.
export const MASTER_NAME = Object.fromEntries(LAYOUT_RULES.map((r) => [r.layout, escapeXml(r.name)])) as Record<LayoutName, string>;

type MasterObject = NonNullable<PptxGenJS.SlideMasterProps['objects']>[number];

/** Colours that depend on how the theme dresses its slides. */
export interface Palette {
  /** Title text on content slides. */
  title: string;
  /** Cue text: the current part, and the others. */
  cueCurrent: string;
  cueOther: string;
  /** Field pages (cover, agenda panel, divider panel, closing): background and text on it. */
  field: string;
  onField: string;
  /** Accent on field pages. */
  fieldAccent: string;
}

export function paletteFor(theme: Theme): Palette {
  const c = theme.colors;
  const band = theme.style.content === 'band';
  const field = theme.style.cover === 'field';
  return {
    title: band ? c.onPrimary : c.primary,
    cueCurrent: band ? c.accent : c.primary,
    cueOther: band ? c.onPrimary : c.muted,
    field: field ? c.primary : c.background,
    onField: field ? c.onPrimary : c.primary,
    fieldAccent: c.accent,
  };
}

export function defineMasters(pptx: PptxGenJS, theme: Theme, fonts: Fonts, frames: Frames, footer: string): void {
  const c = theme.colors;
  const p = paletteFor(theme);
  const { w, h } = frames.slide;
  const rect = (r: Rect, color: string): MasterObject => ({ rect: { ...r, fill: { color }, line: { color, width: 0 } } });
  const placeholder = (name: string, type: 'title' | 'body', r: Rect, font: string, size: number, color: string, extra: Record<string, unknown> = {}): MasterObject => ({
    placeholder: { options: { name, type, ...r, fontFace: font, fontSize: size, color, lang: 'zh-CN', ...extra }, text: '' },
  });
  const footerText: MasterObject = {
    text: { text: footer, options: { ...frames.chrome.footer, fontFace: fonts.body, fontSize: theme.sizes.small, color: c.muted, align: 'left', valign: 'middle', lang: 'zh-CN' } },
  };
  const slideNumber = { ...frames.chrome.page, fontFace: fonts.body, fontSize: theme.sizes.small, color: c.muted, align: 'right' as const };
  const rule = (y: number, color = c.accent): MasterObject => rect({ x: 0.75, y, w: w - 1.5, h: 0.03 }, color);

  // Field pages: a coloured field with fine accent rules, or a light page with a band at the top.
  const fieldOrnament: MasterObject[] =
    theme.style.cover === 'field' ? [rule(1.45), rule(6.05)] : [rect({ x: 0, y: 0, w, h: 0.14 }, c.primary), rule(6.05)];
  const panel = (r: Rect): MasterObject[] =>
    theme.style.cover === 'field' ? [rect(r, c.primary)] : [rect({ x: r.x + r.w - 0.06, y: 0.9, w: 0.06, h: h - 1.8 }, c.accent)];

  // Content pages: a bar at the left, a band behind the title, or a rule under it.
  const chrome: MasterObject[] = (() => {
    switch (theme.style.content) {
      case 'bar':
        return [rect(frames.chrome.bar, c.primary), rect(frames.chrome.rule, c.accent), footerText];
      case 'band':
        return [rect({ x: 0, y: 0, w, h: frames.chrome.rule.y }, c.primary), rect({ x: 0, y: frames.chrome.rule.y, w, h: 0.05 }, c.accent), footerText];
      case 'rule':
        return [rect(frames.chrome.rule, c.accent), rect({ x: frames.chrome.rule.x, y: frames.chrome.rule.y, w: 1.2, h: 0.06 }, c.primary), footerText];
    }
  })();
  const title = (r: Rect): MasterObject => placeholder('title', 'title', r, fonts.title, theme.sizes.title[1], p.title, { valign: 'middle', bold: true });

  pptx.defineSlideMaster({
    title: MASTER_NAME.cover,
    background: { color: p.field },
    objects: [
      ...fieldOrnament,
      placeholder('title', 'title', frames.cover.title, fonts.title, theme.sizes.coverTitle[1], p.onField, { align: 'center', valign: 'middle', bold: true }),
      placeholder('kind', 'body', frames.cover.kind, fonts.heading, 28, p.fieldAccent, { align: 'center', valign: 'middle' }),
      placeholder('byline', 'body', frames.cover.byline, fonts.body, 20, theme.style.cover === 'field' ? p.fieldAccent : c.muted, { align: 'center', valign: 'middle' }),
    ],
  });
  const heading = frames.agenda.heading;
  pptx.defineSlideMaster({
    title: MASTER_NAME.agenda,
    background: { color: c.background },
    objects: [
      ...panel(frames.agenda.panel),
      rect({ x: heading.x + 0.3, y: heading.y + heading.h + 0.1, w: heading.w - 0.6, h: 0.04 }, c.accent),
      placeholder('title', 'title', heading, fonts.title, 44, p.onField, { align: 'center', valign: 'middle' }),
      placeholder('body', 'body', frames.agenda.list, fonts.heading, theme.sizes.agenda[1], c.ink, { valign: 'middle' }),
    ],
  });
  const sectionTitle = frames.section.title;
  pptx.defineSlideMaster({
    title: MASTER_NAME.section,
    background: { color: c.background },
    objects: [
      ...panel(frames.section.panel),
      rect({ x: sectionTitle.x + 0.1, y: sectionTitle.y + sectionTitle.h + 0.05, w: 1.6, h: 0.05 }, c.accent),
      placeholder('title', 'title', sectionTitle, fonts.heading, theme.sizes.sectionTitle[1], c.primary, { valign: 'bottom', bold: true }),
      placeholder('body', 'body', frames.section.subtitle, fonts.point, theme.sizes.sectionSubtitle[1], c.ink, { valign: 'top' }),
    ],
  });
  for (const layout of ['points', 'subpoints'] as const) {
    pptx.defineSlideMaster({
      title: MASTER_NAME[layout],
      background: { color: c.background },
      objects: [...chrome, title(frames.points.title), placeholder('body', 'body', frames.points.body, fonts.body, theme.sizes.body[1], c.ink, { valign: 'top' })],
      slideNumber,
    });
  }
  pptx.defineSlideMaster({
    title: MASTER_NAME.figures,
    background: { color: c.background },
    objects: [...chrome, title(frames.figures.title)],
    slideNumber,
  });
  const quote = frames.quote.text;
  pptx.defineSlideMaster({
    title: MASTER_NAME.quote,
    background: { color: c.background },
    objects: [
      footerText,
      rect({ x: quote.x, y: quote.y - 0.25, w: 1.2, h: 0.06 }, c.accent),
      rect({ x: quote.x + quote.w - 1.2, y: quote.y + quote.h + 0.2, w: 1.2, h: 0.06 }, c.accent),
      // The quote is what the slide says: its title, for the outline view, the navigation pane and screen readers.
      placeholder('title', 'title', quote, fonts.point, theme.sizes.quote[1], c.primary, { align: 'center', valign: 'middle' }),
    ],
    slideNumber,
  });
  pptx.defineSlideMaster({
    title: MASTER_NAME.closing,
    background: { color: p.field },
    objects: [
      ...fieldOrnament,
      placeholder('title', 'title', frames.closing.text, fonts.title, theme.sizes.closing[1], p.onField, { align: 'center', valign: 'middle', bold: true }),
    ],
  });
}
