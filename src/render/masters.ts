// Theme → slide masters, one per layout, with real title and body placeholders.
import type PptxGenJS from 'pptxgenjs';
import type { Theme } from '../theme/schema.js';
import type { Frames, Rect } from '../theme/geometry.js';
import type { LayoutName } from '../plan/types.js';

/** Layout names as PowerPoint and WPS show them in the layout gallery. */
export const MASTER_NAME: Record<LayoutName, string> = {
  cover: '封面',
  agenda: '目录',
  section: '章节',
  points: '要点',
  figures: '数据',
  quote: '引语',
  closing: '结束',
};

type MasterObject = NonNullable<PptxGenJS.SlideMasterProps['objects']>[number];

export function defineMasters(pptx: PptxGenJS, theme: Theme, frames: Frames, footer: string): void {
  const c = theme.colors;
  const f = theme.fonts;
  const rect = (r: Rect, color: string): MasterObject => ({ rect: { ...r, fill: { color }, line: { color, width: 0 } } });
  const placeholder = (name: string, type: 'title' | 'body', r: Rect, font: string, size: number, color: string, extra: Record<string, unknown> = {}): MasterObject => ({
    placeholder: { options: { name, type, ...r, fontFace: font, fontSize: size, color, lang: 'zh-CN', ...extra }, text: '' },
  });
  const smallText = (text: string, r: Rect, color: string, align: 'left' | 'right'): MasterObject => ({
    text: { text, options: { ...r, fontFace: f.body, fontSize: theme.sizes.small, color, align, valign: 'middle', lang: 'zh-CN' } },
  });
  const slideNumber = { ...frames.chrome.page, fontFace: f.body, fontSize: theme.sizes.small, color: c.muted, align: 'right' as const };
  const { w } = frames.slide;
  const goldRule = (y: number): MasterObject => rect({ x: 0.75, y, w: w - 1.5, h: 0.03 }, c.accent);
  const chrome: MasterObject[] = [
    rect(frames.chrome.bar, c.primary),
    rect(frames.chrome.rule, c.accent),
    smallText(footer, frames.chrome.footer, c.muted, 'left'),
  ];

  pptx.defineSlideMaster({
    title: MASTER_NAME.cover,
    background: { color: c.primary },
    objects: [
      goldRule(1.45),
      goldRule(6.05),
      placeholder('title', 'title', frames.cover.title, f.title, theme.sizes.coverTitle[1], c.onPrimary, { align: 'center', valign: 'middle', bold: true }),
      placeholder('kind', 'body', frames.cover.kind, f.heading, 28, c.accent, { align: 'center', valign: 'middle' }),
      placeholder('byline', 'body', frames.cover.byline, f.body, 20, c.accent, { align: 'center', valign: 'middle' }),
    ],
  });
  pptx.defineSlideMaster({
    title: MASTER_NAME.agenda,
    background: { color: c.background },
    objects: [
      rect(frames.agenda.panel, c.primary),
      rect({ x: frames.agenda.heading.x + 0.3, y: frames.agenda.heading.y + frames.agenda.heading.h + 0.1, w: frames.agenda.heading.w - 0.6, h: 0.04 }, c.accent),
      placeholder('title', 'title', frames.agenda.heading, f.title, 44, c.onPrimary, { align: 'center', valign: 'middle' }),
      placeholder('body', 'body', frames.agenda.list, f.heading, theme.sizes.agenda[1], c.ink, { valign: 'middle' }),
    ],
  });
  pptx.defineSlideMaster({
    title: MASTER_NAME.section,
    background: { color: c.background },
    objects: [
      rect(frames.section.panel, c.primary),
      rect({ x: frames.section.title.x + 0.1, y: frames.section.title.y + frames.section.title.h + 0.05, w: 1.6, h: 0.05 }, c.accent),
      placeholder('title', 'title', frames.section.title, f.heading, theme.sizes.sectionTitle[1], c.primary, { valign: 'bottom', bold: true }),
      placeholder('body', 'body', frames.section.subtitle, f.point, theme.sizes.sectionSubtitle[1], c.ink, { valign: 'top' }),
    ],
  });
  pptx.defineSlideMaster({
    title: MASTER_NAME.points,
    background: { color: c.background },
    objects: [
      ...chrome,
      placeholder('title', 'title', frames.points.title, f.title, theme.sizes.title[1], c.primary, { valign: 'middle', bold: true }),
      placeholder('body', 'body', frames.points.body, f.body, theme.sizes.body[1], c.ink, { valign: 'top' }),
    ],
    slideNumber,
  });
  pptx.defineSlideMaster({
    title: MASTER_NAME.figures,
    background: { color: c.background },
    objects: [...chrome, placeholder('title', 'title', frames.figures.title, f.title, theme.sizes.title[1], c.primary, { valign: 'middle', bold: true })],
    slideNumber,
  });
  pptx.defineSlideMaster({
    title: MASTER_NAME.quote,
    background: { color: c.background },
    objects: [
      rect(frames.chrome.bar, c.primary),
      smallText(footer, frames.chrome.footer, c.muted, 'left'),
      rect({ x: frames.quote.text.x, y: frames.quote.text.y - 0.25, w: 1.2, h: 0.06 }, c.accent),
      rect({ x: frames.quote.text.x + frames.quote.text.w - 1.2, y: frames.quote.text.y + frames.quote.text.h + 0.2, w: 1.2, h: 0.06 }, c.accent),
      placeholder('body', 'body', frames.quote.text, f.point, theme.sizes.quote[1], c.primary, { align: 'center', valign: 'middle' }),
    ],
    slideNumber,
  });
  pptx.defineSlideMaster({
    title: MASTER_NAME.closing,
    background: { color: c.primary },
    objects: [
      goldRule(1.45),
      goldRule(6.05),
      placeholder('title', 'title', frames.closing.text, f.title, theme.sizes.closing[1], c.onPrimary, { align: 'center', valign: 'middle', bold: true }),
    ],
  });
}
