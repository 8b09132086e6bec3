// Theme → slide masters, one per layout, with real title and body placeholders. Backgrounds and
// ornaments are shapes drawn from the theme's colours (no images).
import type PptxGenJS from 'pptxgenjs';
import type { Theme } from '../theme/schema.js';
import type { Fonts } from '../theme/fonts.js';
import type { Frames, Rect } from '../theme/geometry.js';
import type { LayoutName } from '../plan/types.js';
import { LAYOUT_RULES } from '../plan/layouts.js';
import { SIZES } from '../plan/plan.js';
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
  const rect = (r: Rect, color: string): MasterObject => ({ rect: { ...r, fill: { color }, line: { color, width: 0 } } });
  const placeholder = (name: string, type: 'title' | 'body', r: Rect, font: string, size: number, color: string, extra: Record<string, unknown> = {}): MasterObject => ({
    placeholder: { options: { name, type, ...r, fontFace: font, fontSize: size, color, lang: 'zh-CN', ...extra }, text: '' },
  });
  const footerText: MasterObject = {
    text: { text: footer, options: { ...frames.chrome.footer, fontFace: fonts.body, fontSize: theme.sizes.small, color: c.muted, align: 'left', valign: 'middle', lang: 'zh-CN' } },
  };
  const slideNumber = { ...frames.chrome.page, fontFace: fonts.body, fontSize: theme.sizes.small, color: c.muted, align: 'right' as const };
  const { field } = frames;

  // Field pages: a coloured field with fine accent rules, or a light page with a band at the top.
  const fieldOrnament: MasterObject[] =
    theme.style.cover === 'field' ? field.rules.map((r) => rect(r, c.accent)) : [rect(field.band, c.primary), rect(field.rules[1], c.accent)];
  const panel = (r: { panel: Rect; strip: Rect }): MasterObject[] => (theme.style.cover === 'field' ? [rect(r.panel, c.primary)] : [rect(r.strip, c.accent)]);

  // Content pages: a bar at the left, a band behind the title, or a rule under it.
  const chrome: MasterObject[] = (() => {
    switch (theme.style.content) {
      case 'bar':
        return [rect(frames.chrome.bar, c.primary), rect(frames.chrome.rule, c.accent), footerText];
      case 'band':
        return [rect(frames.chrome.band, c.primary), rect(frames.chrome.bandEdge, c.accent), footerText];
      case 'rule':
        return [rect(frames.chrome.rule, c.accent), rect(frames.chrome.ruleMark, c.primary), footerText];
    }
  })();
  const title = (r: Rect): MasterObject => placeholder('title', 'title', r, fonts.title, theme.sizes.title[1], p.title, { valign: 'middle', bold: true });

  pptx.defineSlideMaster({
    title: MASTER_NAME.cover,
    background: { color: p.field },
    objects: [
      ...fieldOrnament,
      placeholder('title', 'title', frames.cover.title, fonts.title, theme.sizes.coverTitle[1], p.onField, { align: 'center', valign: 'middle', bold: true }),
      placeholder('kind', 'body', frames.cover.kind, fonts.heading, SIZES.coverKind[1], p.fieldAccent, { align: 'center', valign: 'middle' }),
      placeholder('byline', 'body', frames.cover.byline, fonts.body, SIZES.coverByline[0], theme.style.cover === 'field' ? p.fieldAccent : c.muted, { align: 'center', valign: 'middle' }),
    ],
  });
  pptx.defineSlideMaster({
    title: MASTER_NAME.agenda,
    background: { color: c.background },
    objects: [
      ...panel(frames.agenda),
      rect(frames.agenda.underline, c.accent),
      placeholder('title', 'title', frames.agenda.heading, fonts.title, SIZES.agendaHeading[1], p.onField, { align: 'center', valign: 'middle' }),
      placeholder('body', 'body', frames.agenda.list, fonts.heading, theme.sizes.agenda[1], c.ink, { valign: 'middle' }),
    ],
  });
  pptx.defineSlideMaster({
    title: MASTER_NAME.section,
    background: { color: c.background },
    objects: [
      ...panel(frames.section),
      rect(frames.section.underline, c.accent),
      placeholder('title', 'title', frames.section.title, fonts.heading, theme.sizes.sectionTitle[1], c.primary, { valign: 'bottom', bold: true }),
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
  const quote = frames.quote;
  pptx.defineSlideMaster({
    title: MASTER_NAME.quote,
    background: { color: c.background },
    objects: [
      footerText,
      ...quote.marks.map((r) => rect(r, c.accent)),
      // The quote is what the slide says: its title, for the outline view, the navigation pane and screen readers.
      placeholder('title', 'title', quote.text, fonts.point, theme.sizes.quote[1], c.primary, { align: 'center', valign: 'middle' }),
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
