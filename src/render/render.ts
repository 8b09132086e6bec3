// Slide plan + theme → .pptx bytes. Draws what the plan says; every decision was made by the planner.
import PptxGenJS from 'pptxgenjs';
import type { Theme } from '../theme/schema.js';
import { resolveFonts, type FontMode, type Fonts } from '../theme/fonts.js';
import { framesFor, tileFrames, type Frames } from '../theme/geometry.js';
import { assertNever } from '../problems.js';
import type { AgendaItem, AgendaSlide, ClosingSlide, CoverSlide, FiguresSlide, PlannedSlide, PointsSlide, QuoteSlide, SectionSlide, SlidePlan } from '../plan/types.js';
import { CUE_GAP } from '../plan/plan.js';
import { defineMasters, MASTER_NAME, paletteFor, type Palette } from './masters.js';
import { escapeXml, repairPackage, type RepairOptions } from './postprocess.js';
import { sanitizeText } from '../input/sanitize.js';
import type { LayoutName } from '../plan/types.js';
import type { Template } from '../template/read.js';
import type { LayoutChoices } from '../template/choose.js';
import { templateFrames } from '../template/frames.js';
import { defineTemplateMasters } from '../template/masters.js';

type Slide = PptxGenJS.Slide;
type Run = PptxGenJS.TextProps;
type RunOptions = NonNullable<Run['options']>;

export interface RenderOptions {
  /** Written into docProps/core.xml; fixed so that the same input gives the same bytes. */
  timestamp: Date;
  /** `safe` (default): fonts every Chinese Windows has; `preferred`: the faces the convention asks for. */
  fonts?: FontMode;
  /** An organisation's template the deck is built on, with the layout chosen for each kind of slide. */
  template?: { template: Template; choices: LayoutChoices };
}

export async function renderDeck(plan: SlidePlan, theme: Theme, options: RenderOptions): Promise<Uint8Array> {
  const template = options.template ?? null;
  const frames = template ? templateFrames(template.choices, template.template.size) : framesFor(plan.ratio);
  const fonts = resolveFonts(theme, options.fonts ?? 'safe');
  // pptxgenjs writes font names into attributes unescaped; everything else it escapes.
  const xmlFonts = Object.fromEntries(Object.entries(fonts).map(([k, v]) => [k, escapeXml(v)])) as Fonts;
  const pptx = new PptxGenJS();
  // The layout must be set before masters are defined: they keep the size current at creation.
  pptx.defineLayout({ name: 'DOC2DECK', width: frames.slide.w, height: frames.slide.h });
  pptx.layout = 'DOC2DECK';
  const oneLine = (t: string) => sanitizeText(t).replace(/\n/g, ' ');
  const title = oneLine(plan.title);
  const author = oneLine(plan.speaker ?? 'doc2deck');
  pptx.title = title;
  pptx.author = author;
  pptx.company = '';
  pptx.theme = { headFontFace: xmlFonts.title, bodyFontFace: xmlFonts.body };
  if (template) defineTemplateMasters(pptx, template.choices);
  else defineMasters(pptx, theme, xmlFonts, frames, oneLine(plan.footer));
  const draw = new Drawer(theme, xmlFonts, frames, template?.choices ?? null);
  const notes = plan.slides.map((s) => sanitizeText(s.notes));
  // Speaker notes are not given to pptxgenjs: it would write them as one run, which repairPackage
  // replaces with a paragraph per source paragraph (rewriteNotes) on every notes page anyway.
  for (const planned of plan.slides) {
    const slide = pptx.addSlide({ masterName: MASTER_NAME[planned.layout] });
    draw.slide(slide, planned);
  }
  const repair: RepairOptions = {
    notes,
    fonts: { latin: fonts.body, eastAsian: fonts.body, heading: fonts.title },
    title,
    author,
    timestamp: options.timestamp,
  };
  // pptxgenjs stores its parts uncompressed: repairPackage deflates them once, when it writes the deck.
  const raw = (await pptx.write({ outputType: 'nodebuffer', compression: false })) as Uint8Array;
  const bytes = await repairPackage(raw, repair);
  if (!template) return bytes;
  // Loaded only for a template: a plain conversion never needs the template code.
  const { graftIntoTemplate } = await import('../template/graft.js');
  return graftIntoTemplate({ ...template, plan: { ...plan, footer: oneLine(plan.footer) }, deck: bytes, timestamp: options.timestamp, font: fonts.body });
}

class Drawer {
  private readonly palette: Palette;
  /** The layout being drawn (which template placeholders its boxes become). */
  private layout: LayoutName = 'cover';

  /** `template`: on an organisation's template, whose placeholders give titles their colour, weight and alignment. */
  constructor(
    private readonly theme: Theme,
    private readonly fonts: Fonts,
    private readonly frames: Frames,
    private readonly template: LayoutChoices | null = null,
  ) {
    this.palette = paletteFor(theme);
  }

  slide(s: Slide, p: PlannedSlide): void {
    this.layout = p.layout;
    switch (p.layout) {
      case 'cover':
        return this.cover(s, p);
      case 'agenda':
        return this.agenda(s, p);
      case 'section':
        return this.section(s, p);
      case 'points':
      case 'subpoints':
        return this.points(s, p);
      case 'figures':
        return this.figures(s, p);
      case 'quote':
        return this.quote(s, p);
      case 'closing':
        return this.closing(s, p);
      default:
        return assertNever(p);
    }
  }

  // Plans can come from library callers too: whatever text reaches pptxgenjs is made XML-safe here.
  private run(text: string, font: string, size: number, color: string, extra: RunOptions = {}): Run {
    // A line feed is a break the planner chose (a title broken for reading): pptxgenjs makes it a new line.
    return { text: sanitizeText(text), options: { fontFace: font, fontSize: size, color, lang: 'zh-CN', ...extra } };
  }

  /**
   * Text into a placeholder; the line pitch rides on the runs, the only place pptxgenjs reads it for
   * placeholders. A title-like text (`templateLook`) that lands in a template's placeholder takes the
   * template's colour, weight and alignment rather than ours.
   */
  private fill(s: Slide, placeholder: string, runs: Run[], pitch: number, templateLook = false): void {
    const choice = this.template?.[this.layout];
    const target = templateLook ? choice?.slots.find((slot) => slot.name === placeholder)?.target : null;
    // The template's colour, unless its style gives one that does not read on the background (colors.ts).
    const color = target ? (target.type === 'title' || target.type === 'ctrTitle' ? choice!.layout.colors.title : choice!.layout.colors.body) : null;
    s.addText(
      runs.map((r) => {
        const options: RunOptions = { lineSpacing: pitch, ...r.options };
        if (target) {
          if (color) options.color = color;
          else delete options.color;
          delete options.bold;
          delete options.align;
        }
        return { text: r.text, options };
      }),
      { placeholder },
    );
  }

  /** The progress line: every part in small, the current one highlighted (on the title band, if any). */
  private cue(s: Slide, p: PlannedSlide, onBand = true): void {
    // A template's corners hold the organisation's emblem and name: no progress line there.
    if (!p.cue || this.template) return;
    const { colors } = this.theme;
    const current = onBand ? this.palette.cueCurrent : colors.primary;
    const other = onBand ? this.palette.cueOther : colors.muted;
    // One run per stretch of parts that look alike (before the current one, it, after it): the same
    // text as a run per part, in at most three runs instead of one per part.
    const stretches: { text: string; current: boolean }[] = [];
    p.cue.parts.forEach((part, i) => {
      const text = i < p.cue!.parts.length - 1 ? `${part.text}${CUE_GAP}` : part.text;
      const last = stretches[stretches.length - 1];
      if (last && last.current === part.current) last.text += text;
      else stretches.push({ text, current: part.current });
    });
    const size = p.cue.size;
    const runs = stretches.map((st): Run => this.run(st.text, this.fonts.heading, size, st.current ? current : other, { bold: st.current }));
    s.addText(runs, { ...this.frames.chrome.cue, align: 'right', valign: 'middle', lineSpacing: p.cue.pitch });
  }

  private title(s: Slide, p: { title: { text: string; size: number; pitch: number } }): void {
    this.fill(s, 'title', [this.run(p.title.text, this.fonts.title, p.title.size, this.palette.title, { bold: true, align: 'left' })], p.title.pitch, true);
  }

  private cover(s: Slide, p: CoverSlide): void {
    const { fonts, palette } = this;
    this.fill(s, 'title', [this.run(p.title.text, fonts.title, p.title.size, palette.onField, { bold: true, align: 'center' })], p.title.pitch, true);
    const byline = this.theme.style.cover === 'field' ? palette.fieldAccent : this.theme.colors.muted;
    if (this.template) {
      // One box on a template (its subtitle placeholder): the kind above the byline, each at its own size.
      const runs = [
        ...(p.kind ? [this.run(p.kind.text, fonts.heading, p.kind.size, palette.fieldAccent, { align: 'center', lineSpacing: p.kind.pitch, breakLine: !!p.byline })] : []),
        ...(p.byline ? [this.run(p.byline.text, fonts.body, p.byline.size, byline, { align: 'center', lineSpacing: p.byline.pitch })] : []),
      ];
      if (runs.length) this.fill(s, 'kind', runs, p.kind?.pitch ?? p.byline!.pitch, true);
      return;
    }
    if (p.kind) this.fill(s, 'kind', [this.run(p.kind.text, fonts.heading, p.kind.size, palette.fieldAccent, { align: 'center' })], p.kind.pitch);
    if (p.byline) this.fill(s, 'byline', [this.run(p.byline.text, fonts.body, p.byline.size, byline, { align: 'center' })], p.byline.pitch);
  }

  private agenda(s: Slide, p: AgendaSlide): void {
    const { fonts, palette } = this;
    const { colors } = this.theme;
    this.fill(s, 'title', [this.run(p.heading.text, fonts.title, p.heading.size, palette.onField, { align: 'center' })], p.heading.pitch, true);
    const rows = p.columns.reduce((max, c) => Math.max(max, c.length), 0);
    const column = (items: AgendaItem[]): Run[] => {
      const runs = items.flatMap((it, i): Run[] => [
        this.run(`${it.ordinal}　`, fonts.heading, p.itemSize, colors.accent, { bold: true, lineSpacing: p.itemPitch }),
        this.run(it.text, fonts.heading, p.itemSize, it.missing ? colors.muted : colors.ink, { breakLine: i < items.length - 1 || items.length < rows }),
      ]);
      // A shorter column gets an empty last row, so that both columns, centred vertically, line up.
      if (items.length < rows) runs.push(this.run('', fonts.heading, p.itemSize, colors.ink, { lineSpacing: p.itemPitch }));
      return runs;
    };
    const [first = [], second] = p.columns;
    this.fill(s, 'body', column(first), p.itemPitch);
    if (second) s.addText(column(second), { ...this.frames.agenda.secondColumn, valign: 'middle', lineSpacing: p.itemPitch });
  }

  private section(s: Slide, p: SectionSlide): void {
    const { fonts, palette } = this;
    const { colors } = this.theme;
    // On a template the part's number is in the title (the plan put it there): no room for a large numeral.
    if (!this.template) s.addText(
      [
        this.run(p.number.text, fonts.figure, p.number.size, colors.accent, { bold: true, breakLine: true, align: 'center', lineSpacing: p.number.pitch }),
        this.run(p.label.text, fonts.heading, p.label.size, palette.onField, { align: 'center', lineSpacing: p.label.pitch }),
      ],
      { ...this.frames.section.numeral, valign: 'middle' },
    );
    this.fill(s, 'title', [this.run(p.title.text, fonts.heading, p.title.size, colors.primary, { bold: true, align: 'left' })], p.title.pitch, true);
    if (p.subtitle) {
      this.fill(s, 'body', [this.run(p.subtitle.text, fonts.point, p.subtitle.size, p.missing ? colors.muted : colors.ink)], p.subtitle.pitch, true);
    }
  }

  private points(s: Slide, p: PointsSlide): void {
    const { fonts } = this;
    const { colors } = this.theme;
    this.cue(s, p);
    this.title(s, p);
    const runs = p.bullets.flatMap((b, i): Run[] => {
      const last = i === p.bullets.length - 1;
      // Only a paragraph's first run carries the bullet: pptxgenjs starts a new paragraph at every bulleted run.
      const para: RunOptions = {
        bullet: { characterCode: b.level === 0 ? '25A0' : '25CB', indent: p.bulletIndent },
        indentLevel: b.level,
        paraSpaceBefore: p.bulletGap,
      };
      // The bullet in pieces: the bold lead, then the text, each cut at the planner's soft breaks
      // (softBreaks); a piece after a break opens a new line of the same paragraph.
      const breaks = new Set(b.softBreaks ?? []);
      const pieces: { text: string; lead: boolean; softBreakBefore: boolean }[] = [];
      let at = 0;
      for (const [text, lead] of [[b.lead ?? '', true], [b.text, false]] as const) {
        let piece = '';
        let start = at;
        const push = () => piece && pieces.push({ text: piece, lead, softBreakBefore: start > 0 && breaks.has(start) });
        for (const ch of text) {
          if (breaks.has(at) && piece) {
            push();
            piece = '';
            start = at;
          }
          piece += ch;
          at++;
        }
        push();
      }
      return pieces.map((piece, k) =>
        this.run(piece.text, piece.lead ? fonts.point : fonts.body, p.bodySize, piece.lead ? colors.primary : colors.ink, {
          ...(k === 0 ? para : {}),
          ...(piece.lead ? { bold: true } : {}),
          ...(piece.softBreakBefore ? { softBreakBefore: true } : {}),
          breakLine: k === pieces.length - 1 && !last,
        }),
      );
    });
    this.fill(s, 'body', runs, p.bodyPitch);
  }

  private figures(s: Slide, p: FiguresSlide): void {
    const { fonts } = this;
    const { colors } = this.theme;
    this.cue(s, p);
    this.title(s, p);
    tileFrames(this.frames.figures.tiles, p.tiles.length).forEach((cell, i) => {
      const tile = p.tiles[i]!;
      s.addShape('rect', { ...cell.tile, fill: { color: colors.surface }, line: { color: colors.accent, width: 1.5 } });
      s.addShape('rect', { ...cell.bar, fill: { color: colors.primary }, line: { color: colors.primary, width: 0 } });
      const value: Run[] = [];
      if (tile.qualifier) value.push(this.run(tile.qualifier, fonts.body, p.unitSize, colors.muted));
      value.push(this.run(tile.value, fonts.figure, p.valueSize, colors.primary, { bold: true }));
      value.push(this.run(tile.unit, fonts.body, p.unitSize, colors.primary, { bold: true }));
      s.addText(value, { ...cell.value, align: 'center', valign: 'bottom', lineSpacing: p.valuePitch });
      s.addText([this.run(tile.label, fonts.body, p.labelSize, colors.ink)], { ...cell.label, align: 'center', valign: 'top', lineSpacing: p.labelPitch });
    });
  }

  private quote(s: Slide, p: QuoteSlide): void {
    // The quote layout has no title band.
    this.cue(s, p, false);
    // Set apart on a template too: centred, bold, in its first accent colour.
    this.fill(s, 'title', [this.run(p.text.text, this.fonts.point, p.text.size, this.theme.colors.primary, { bold: true, align: 'center' })], p.text.pitch);
  }

  private closing(s: Slide, p: ClosingSlide): void {
    this.fill(s, 'title', [this.run(p.text.text, this.fonts.title, p.text.size, this.palette.onField, { bold: true, align: 'center' })], p.text.pitch, true);
  }
}
