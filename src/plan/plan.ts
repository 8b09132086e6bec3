// Document tree + theme → slide plan. Pure and deterministic: every decision about the deck is made here.
import type { DocTree, Paragraph, Section } from '../doc/types.js';
import { INLINE_MARKERS, matchMarker } from '../text/markers.js';
import { attachmentsIn } from '../parse/tail.js';
import type { Theme } from '../theme/schema.js';
import { framesFor, type Frames } from '../theme/geometry.js';
import { intToCn } from '../text/numerals.js';
import { splitSentences, stripEndPunctuation } from '../text/sentences.js';
import { headingAfterTitle } from '../text/headings.js';
import type { AgendaItem, AgendaSlide, ClosingSlide, CoverSlide, FiguresSlide, PartCue, PlannedSlide, QuoteSlide, Ratio, SectionSlide, SizedText, SlidePlan } from './types.js';
import { fitOneLine, fitText, parasOf, makeContext, TITLE_SPACING, type PlanContext } from './context.js';
import { pointSlides } from './points.js';
import { groupsForParagraphs, groupsForSection, type Density } from './bullets.js';
import type { BulletGroup } from './paginate.js';
import { figuresSlide } from './figures.js';
import { coverText } from './cover.js';
import { countLines, innerHeightPt, innerWidthPt, largestSizeWithin, linePitch, POINTS_PER_INCH, textEm, truncateToWidth } from './measure.js';
import { fullWidthPunctuation } from '../text/punctuation.js';

export interface PlanOptions {
  ratio: Ratio;
  /** The cover's title when the caller decided it (--title, or a file name that is a title); '' leaves it empty. */
  title?: string;
  /** Shown under the title instead of the document's subtitle or kind (--subtitle). */
  subtitle?: string | null;
  speaker?: string | null;
  date?: string | null;
  /** How much of the text the point slides carry. */
  density?: Density;
  /** Attachments (附件) as slides of their own, marked 附件, before the closing; by default only in the notes. */
  attachments?: boolean;
  /** The boxes text is measured against: an organisation's template's (src/template/frames.ts); default the built-in ones for the ratio. */
  frames?: Frames;
  /** The unit (--org): first on the cover's byline. */
  org?: string | null;
  /** The meeting's name (--meeting): in the footer, and under a title that does not name it (——在……上的讲话). */
  meeting?: string | null;
  /** Dividers carry their part's number in the title (一、总体要求), where a template has no room for a large numeral. */
  numberInSectionTitle?: boolean;
}

const MAX_QUOTES = 3;

export function planDeck(tree: DocTree, theme: Theme, options: PlanOptions): SlidePlan {
  const ctx = makeContext(tree, theme, options.frames ?? framesFor(options.ratio), options.density ?? 'standard');
  const title = options.title ?? tree.title ?? '';
  const cover = coverText(title);
  const speaker = options.speaker ?? tree.speaker ?? cover.speaker;
  const date = options.date ?? tree.date;
  // Under the title: the speaker with the office the text gives (国务院总理 李强); for a notice or a
  // plan, which has none, the office that issues it.
  const byWhom = options.speaker ?? (tree.speaker ? [tree.office, tree.speaker].filter(Boolean).join(' ') : (cover.speaker ?? tree.issuer));
  const org = options.org?.trim() || null;
  const meeting = options.meeting?.trim() || null;
  const byline = [org, byWhom === org ? null : byWhom].filter(Boolean).join('　') || null;
  const under = options.subtitle ?? (meeting && !tree.subtitle && !title.includes(meeting) ? meetingLine(meeting, cover.kind ?? coverText(tree.title ?? '').kind ?? (tree.speaker ? '讲话' : null)) : null) ?? cover.kind ?? tree.subtitle;
  const parts = tree.sections;
  const quotes = { used: 0 };
  // The progress line at the top of content slides: every part's number in small, the current one
  // highlighted (① · ② · ③). The parts' names are made once: each part's cue reads them all.
  // Numbered as the text numbers them (三、 then 七、 keeps 七), unless those numbers do not count up
  // (an unnumbered 总则 before 第一章, a report whose 一、 starts again): then by their places.
  const counts = parts.every((s, i) => s.ordinal >= 1 && (i === 0 || s.ordinal > parts[i - 1]!.ordinal));
  const named = parts.map((s, i) => ({ ordinal: intToCn(counts ? s.ordinal : i + 1), title: s.title }));
  // Built by spreading into arrays, never into push(): a part can have tens of thousands of slides.
  const slides: PlannedSlide[] = [
    coverSlide(ctx, tree, cover.title, under, byline, date),
    ...(parts.length >= 2 ? agendaSlides(ctx, tree) : []),
    ...partsWithDividers(
      ctx,
      parts.map((part, i) => {
        const cue = partCue(ctx, named, i);
        return { part, divider: sectionSlide(ctx, part, cue, parts.length < 2 ? introParas(tree) : [], options.numberInSectionTitle ?? false), content: partSlides(ctx, part, cue, quotes) };
      }),
    ),
    ...(parts.length === 0 ? preambleSlides(ctx, tree) : []),
    ...(options.attachments ? attachmentSlides(ctx, tree) : []),
    closingSlide(ctx, tree),
  ];
  keepEveryParagraph(ctx, tree, slides);
  return {
    version: 1,
    theme: theme.name,
    ratio: options.ratio,
    title,
    footer: footerText(ctx, meeting ?? cover.title, date),
    speaker,
    date,
    slides,
  };
}

/** From this many parts on, a divider before each must earn its place. */
const MANY_PARTS = 6;

/**
 * A divider before each part, where the parts run to several slides. A plan of many short parts (活动目的,
 * 活动主题, … ten parts of a slide each) reads better without them: every slide carries its part's cue.
 * A part the text names but never gives keeps its divider, which says so.
 */
function partsWithDividers(ctx: PlanContext, parts: { part: Section; divider: SectionSlide; content: PlannedSlide[] }[]): PlannedSlide[] {
  const long = parts.filter((p) => p.content.length >= 2).length;
  const divided = parts.length < MANY_PARTS || long * 2 >= parts.length;
  return parts.flatMap(({ part, divider, content }) => {
    if (divided || part.missing || content.length === 0) return [divider, ...content];
    // The divider's paragraphs (the part's heading, its introduction) go behind the part's first slide.
    const [first, ...rest] = content;
    return [{ ...first!, ...ctx.sourcesFor([...divider.sources, ...first!.sources]), opens: { ordinal: divider.ordinal, title: part.title } }, ...rest];
  });
}

/** The footer: the meeting and the date on one line of the footer box; a title too long gives way, the date stays. */
function footerText(ctx: PlanContext, title: string, date: string | null): string {
  const size = ctx.theme.sizes.small;
  const room = innerWidthPt(ctx.frames.chrome.footer) - (date ? textEm(`　${date}`) * size : 0);
  return [title && truncateToWidth(title, size, room), date].filter(Boolean).join('　');
}

/** ——在全县工作会议上的讲话: the meeting a speech was given at, under its title; a bare name for other texts. */
function meetingLine(meeting: string, kind: string | null): string {
  return kind ? `——在${meeting}上的${kind}` : meeting;
}

/** A document without parts: its paragraphs as points under 主要内容. */
function preambleSlides(ctx: PlanContext, tree: DocTree): PlannedSlide[] {
  const groups = groupsForParagraphs(tree.preamble, ctx.density);
  return groups.length ? pointSlides(ctx, '主要内容', groups, introParas(tree), null) : [];
}

function attachmentSlides(ctx: PlanContext, tree: DocTree): PlannedSlide[] {
  return attachmentsIn(tree.appendix).flatMap((a) => {
    const [heading, ...rest] = a.paragraphs;
    const body = rest[0] && a.title.endsWith(rest[0].text) ? rest.slice(1) : rest;
    return pointSlides(ctx, a.title, groupsForParagraphs(body, ctx.density), [heading!.para, ...rest.map((p) => p.para)], null);
  });
}

/**
 * Nothing of the document is lost: a paragraph no slide stands for (a caption, a point with no text
 * of its own) joins the notes of the slide that holds the paragraph before it.
 */
function keepEveryParagraph(ctx: PlanContext, tree: DocTree, slides: PlannedSlide[]): void {
  // The last slide that stands for each paragraph; one pass over the slides, one over the paragraphs.
  const holder = new Map<number, PlannedSlide>();
  for (const s of slides) for (const n of s.sources) holder.set(n, s);
  const extra = new Map<PlannedSlide, number[]>();
  let home = slides[0]!;
  for (const p of tree.paragraphs) {
    const own = holder.get(p.para);
    if (own) {
      home = own;
      continue;
    }
    const list = extra.get(home);
    if (list) list.push(p.para);
    else extra.set(home, [p.para]);
  }
  for (const [slide, paras] of extra) Object.assign(slide, ctx.sourcesFor([...slide.sources, ...paras]));
}

/** The progress line for the part at `current`, from every part's ordinal (一, 二 …) and title. */
export function partCue(ctx: PlanContext, parts: { ordinal: string; title: string }[], current: number): PartCue {
  const band = ctx.frames.chrome.cue;
  // The theme's size, or the largest below it whose line the band above the title holds (a theme
  // may ask for more than it has room for; 14 pt always fits).
  let size = ctx.theme.sizes.cue;
  while (size > 1 && linePitch(size, CUE_SPACING) > innerHeightPt(band)) size--;
  const room = innerWidthPt(band);
  const label = (s: { ordinal: string; title: string }) => `${s.ordinal} ${fullWidthPunctuation(s.title)}`;
  // Circled numbers, as in the agenda: a small 一 reads as a dash.
  // The line is at least its gaps wide: past that many parts it is not built (and measured) for each part.
  const numerals = (parts.length - 1) * textEm(CUE_GAP) * size <= room ? parts.map((_, i) => circled(i + 1)) : [];
  const texts = numerals.length > 0 && textEm(numerals.join(CUE_GAP)) * size <= room ? numerals : null;
  const part = parts[current]!;
  return {
    index: current + 1,
    ordinal: part.ordinal,
    size,
    pitch: Math.round(size * CUE_SPACING),
    parts: texts
      ? texts.map((text, i) => ({ text, current: i === current }))
      : [{ text: truncateToWidth(label(part), size, room), current: true }],
  };
}

/** Size ranges (points) of the texts whose sizes the theme does not set; the masters' defaults come from them too. */
export const SIZES = { coverKind: [24, 28], coverByline: [20, 24], agendaHeading: [28, 44] } as const;

/** Between parts on the progress line. */
export const CUE_GAP = '　·　';
/** The progress line's pitch, as a multiple of its size. */
const CUE_SPACING = 1.3;

function introParas(tree: DocTree): number[] {
  return [...tree.outline.map((o) => o.para), ...(tree.salutation ? [tree.salutation.para] : []), ...tree.preamble.map((p) => p.para)];
}

function coverSlide(ctx: PlanContext, tree: DocTree, title: string, kind: string | null, speaker: string | null, date: string | null): CoverSlide {
  const byline = [speaker, date].filter(Boolean).join('　');
  const firstBody = tree.salutation?.para ?? tree.preamble[0]?.para ?? tree.sections.find((s) => !s.missing)?.para ?? Infinity;
  const titleParas = tree.paragraphs.filter((p) => p.para < firstBody).map((p) => p.para);
  const outline = new Set(tree.outline.map((o) => o.para));
  return { layout: 'cover', ...ctx.sourcesFor(titleParas.filter((n) => !outline.has(n))), cue: null, ...coverTexts(ctx, title, kind, byline || null) };
}

/** The cover's three lines, each at the largest size its box takes. */
export function coverTexts(ctx: PlanContext, title: string, kind: string | null, byline: string | null): Pick<CoverSlide, 'title' | 'kind' | 'byline'> {
  const { frames, theme } = ctx;
  return {
    title: fitText(title, frames.cover.title, theme.sizes.coverTitle, 3, TITLE_SPACING),
    kind: kind ? fitText(kind, frames.cover.kind, SIZES.coverKind, 1, TITLE_SPACING) : null,
    byline: byline ? fitText(byline, frames.cover.byline, SIZES.coverByline, 1, TITLE_SPACING) : null,
  };
}

// The agenda: one column, two when there are more than six parts, and further agenda slides
// (目录（续）) when even two columns at the smallest size cannot hold them all.
function agendaSlides(ctx: PlanContext, tree: DocTree): AgendaSlide[] {
  const { frames, theme } = ctx;
  const items = tree.sections.map((s, i) => ({ ordinal: circled(i + 1), text: s.title, missing: s.missing }));
  const rows = Math.max(1, Math.floor(innerHeightPt(frames.agenda.list) / linePitch(theme.sizes.agenda[0], 2)));
  const perSlide = 2 * rows;
  const chunks: AgendaItem[][] = [];
  for (let i = 0; i < items.length; i += perSlide) chunks.push(items.slice(i, i + perSlide));
  return chunks.map((chunk, k) => agendaSlide(ctx, chunk, k === 0 ? '目录' : `目录${theme.continuedSuffix}`, k === 0 ? introParas(tree) : []));
}

export function agendaSlide(ctx: PlanContext, items: AgendaItem[], heading: string, paras: number[]): AgendaSlide {
  const { frames, theme } = ctx;
  const columns = items.length > 6 ? 2 : 1;
  const perColumn = Math.ceil(items.length / columns);
  const box = frames.agenda.list;
  const colWidth = innerWidthPt({ w: box.w / columns, h: box.h }) - 8;
  const ordinalEm = items.reduce((max, it) => Math.max(max, textEm(`${it.ordinal}　`)), 0);
  let size = theme.sizes.agenda[0];
  for (let s = theme.sizes.agenda[1]; s >= theme.sizes.agenda[0]; s--) {
    // Each item keeps to one line after its number, with a line's room between items.
    const fits = items.every((it) => countLines(it.text, s, colWidth - ordinalEm * s) === 1);
    if (fits && perColumn * linePitch(s, 2) <= innerHeightPt(box)) {
      size = s;
      break;
    }
  }
  const room = colWidth - ordinalEm * size;
  return {
    layout: 'agenda',
    ...ctx.sourcesFor(paras),
    cue: null,
    heading: fitText(heading, frames.agenda.heading, SIZES.agendaHeading, 1, TITLE_SPACING),
    columns: Array.from({ length: columns }, (_, c) =>
      items.slice(c * perColumn, (c + 1) * perColumn).map((it) => ({ ...it, text: truncateToWidth(fullWidthPunctuation(it.text), size, room) })),
    ),
    itemSize: size,
    itemPitch: linePitch(size, 2),
  };
}

/** ① … ⑳, then 21. 22. … */
export function circled(n: number): string {
  return n <= 20 ? String.fromCharCode(0x245f + n) : `${n}.`;
}

const MISSING_REMARK = '（原稿中这一部分只有标题，没有正文。）';

// The divider's panel: a large numeral over 第…部分, each on one line of the numeral box.
const NUMERAL_SIZES = [60, 110] as const;
const NUMERAL_SPACING = 1.1;
const LABEL_SIZES = [18, 24] as const;
const LABEL_SPACING = 1.3;

export function dividerNumeral(ctx: PlanContext, cue: PartCue): Pick<SectionSlide, 'number' | 'label'> {
  const box = ctx.frames.section.numeral;
  const label = fitOneLine(`第${cue.ordinal}部分`, box, LABEL_SIZES, LABEL_SPACING);
  const number = fitOneLine(String(cue.index).padStart(2, '0'), { w: box.w, h: box.h - label.pitch / POINTS_PER_INCH }, NUMERAL_SIZES, NUMERAL_SPACING);
  return { number, label };
}

function sectionSlide(ctx: PlanContext, part: Section, cue: PartCue, extraParas: number[], numberInTitle: boolean): SectionSlide {
  const own = [part.para, ...(part.children.length ? part.body.map((p) => p.para) : []), ...extraParas];
  const rest = headingAfterTitle(part.heading, part.title);
  // A part the text names but never gives: the remark is for the speaker (notes, and the warning), not the hall.
  const subtitle = part.missing ? null : rest === null ? part.heading : rest || null;
  const sources = ctx.sourcesFor(own);
  if (part.missing) sources.notes = [MISSING_REMARK, sources.notes].filter(Boolean).join('\n');
  return {
    layout: 'section',
    ...sources,
    cue,
    ordinal: cue.ordinal,
    ...dividerNumeral(ctx, cue),
    ...sectionTexts(ctx, numberInTitle ? `${cue.ordinal}、${part.title}` : part.title, subtitle),
    missing: part.missing,
  };
}

/** A divider's short title and, under it, the whole heading. */
export function sectionTexts(ctx: PlanContext, title: string, subtitle: string | null): Pick<SectionSlide, 'title' | 'subtitle'> {
  const { frames, theme } = ctx;
  return {
    title: fitText(title, frames.section.title, theme.sizes.sectionTitle, 2, TITLE_SPACING),
    subtitle: subtitle ? fitText(subtitle, frames.section.subtitle, theme.sizes.sectionSubtitle, 4, theme.lineSpacing) : null,
  };
}

// One figures slide per part at most, for the passage richest in numbers: a report has figures in
// nearly every paragraph, and a deck of number tiles says less than one well-chosen slide.
function partSlides(ctx: PlanContext, part: Section, cue: PartCue, quotes: { used: number }): PlannedSlide[] {
  if (part.missing) return [];
  const out: PlannedSlide[] = [];
  let best: { at: number; slide: FiguresSlide } | null = null;
  const offerFigures = (paras: number[]): void => {
    const slide = figuresSlide(ctx, [...new Set(paras)].sort((a, b) => a - b).flatMap((n) => ctx.figuresIn(n)), cue);
    if (slide && (!best || slide.tiles.length > best.slide.tiles.length)) best = { at: out.length, slide };
  };
  // Figures in the part's own introduction (今年以来……增长5.2%……) would come before the points.
  if (part.children.length) offerFigures(part.body.map((p) => p.para));
  // Points that each say all they have in a sentence or two are one list, not a slide apiece.
  const asList = part.children.length >= 2 && part.children.every(isBriefPoint);
  const units: Section[] = part.children.length && !asList ? part.children : [part];
  let partQuote = false;
  for (const unit of units) {
    const paras = unit !== part ? parasOf(unit) : [part.para, ...part.body.map((p) => p.para), ...(asList ? part.children.flatMap(parasOf) : [])];
    const found = paras.map((n) => ctx.quoteIn(n)).find((q) => q !== undefined);
    const quote = found && !partQuote && quotes.used < MAX_QUOTES ? found : null;
    const all = unit !== part || asList ? groupsForSection(unit, ctx.density) : groupsForParagraphs(part.body, ctx.density);
    // The quote gets a slide of its own right after: not also a bullet just before it.
    const groups = quote ? withoutQuote(all, quote.text) : all;
    // A point with no text of its own still gets its slide: the heading is what the speaker says.
    if (groups.length || unit !== part) for (const s of pointSlides(ctx, unit === part ? part.title : unit.heading, groups, paras, cue)) out.push(s);
    offerFigures(paras);
    if (quote) {
      out.push(quoteSlide(ctx, quote.text, quote.para, cue));
      partQuote = true;
      quotes.used++;
    }
  }
  // Blocks after the numbered points, each under its own lead words, never as the last point continued.
  for (const block of tailBlocks(part.tail)) {
    const [first, ...rest] = block;
    // A one-sentence opener (我再提三点要求。) is the slide's title, not also its first bullet.
    const titleOnly = rest.length > 0 && splitSentences(first!.text).length === 1;
    const paras = block.map((p) => p.para);
    for (const s of pointSlides(ctx, leadTitle(first!.text), groupsForParagraphs(titleOnly ? rest : block, ctx.density), paras, cue)) out.push(s);
    offerFigures(paras);
  }
  const chosen = best as { at: number; slide: FiguresSlide } | null;
  if (chosen) out.splice(chosen.at, 0, chosen.slide);
  return out;
}

/** A point of at most this many characters, heading and text, reads as one bullet of a list. */
const BRIEF_POINT = 100;

function isBriefPoint(s: Section): boolean {
  return s.children.length === 0 && s.tail.length === 0 && s.heading.length + s.body.reduce((n, p) => n + p.text.length, 0) <= BRIEF_POINT;
}

/** Trailing paragraphs as blocks: a list's items (一是……, 二是……) stay with the paragraph that opens it. */
function tailBlocks(tail: Paragraph[]): Paragraph[][] {
  const blocks: Paragraph[][] = [];
  for (const p of tail) {
    const item = matchMarker(p.text, INLINE_MARKERS);
    const last = blocks[blocks.length - 1];
    if (last && item) last.push(p);
    else blocks.push([p]);
  }
  return blocks;
}

/**
 * A block's title from its lead sentence: past an address (各位代表！) and an opening connective (同时，),
 * the sentence when short, else as many of its clauses as fit (同时，我们也清醒地看到……存在一些困难
 * 和问题 → 我们也清醒地看到……).
 */
function leadTitle(text: string): string {
  const sentences = splitSentences(text).map((s) => stripEndPunctuation(s.text.trim()));
  const lead = sentences.find((s) => !RE_ADDRESS.test(s)) ?? sentences[0] ?? text;
  const clauses = lead.split(/(?<=[，,；;：:])/u);
  while (clauses.length > 1 && stripEndPunctuation(clauses[0]!).length <= 4) clauses.shift();
  let title = '';
  for (const c of clauses) {
    if (title && (title + c).length > MAX_LEAD_TITLE) break;
    title += c;
  }
  return stripEndPunctuation(title);
}

const MAX_LEAD_TITLE = 30;
const RE_ADDRESS = /^(?:同志们|各位代表|各位委员|朋友们|同学们)$/u;

function withoutQuote(groups: BulletGroup[], quote: string): BulletGroup[] {
  const bare = (s: string) => s.replace(/[\s“”"‘’'。！？!?，,]/gu, '');
  const q = bare(quote);
  return groups
    .map((g) => ({ ...g, bullets: g.bullets.filter((b) => !bare(`${b.lead ?? ''}${b.text}`).includes(q)) }))
    .filter((g) => g.bullets.length > 0);
}

function quoteSlide(ctx: PlanContext, text: string, para: number, cue: PartCue): QuoteSlide {
  return { layout: 'quote', ...ctx.sourcesFor([para]), cue, text: quoteText(ctx, `“${text}”`) };
}

/** A quotation as shown, marks included, at the largest size its box takes. */
export function quoteText(ctx: PlanContext, shown: string): SizedText {
  return fitText(shown, ctx.frames.quote.text, ctx.theme.sizes.quote, 3, ctx.theme.lineSpacing);
}

function closingSlide(ctx: PlanContext, tree: DocTree): ClosingSlide {
  const { frames, theme } = ctx;
  // A whole sentence, never one cut short: the call (让我们……！) if it fits the slide, else the last
  // sentence (谢谢大家！), else 谢谢！.
  const sentences = tree.closing.flatMap((p) => splitSentences(p.text).map((s) => fullWidthPunctuation(s.text.trim())));
  const fits = (s: string) => largestSizeWithin(s, frames.closing.text, theme.sizes.closing[0], theme.sizes.closing[1], 3, TITLE_SPACING) !== null;
  const calls = sentences.filter((s) => s.includes('让我们')).reverse();
  const text = [...calls, sentences[sentences.length - 1]].find((s): s is string => s !== undefined && s.length >= 2 && fits(s)) ?? '谢谢！';
  return { layout: 'closing', ...ctx.sourcesFor([...tree.closing, ...tree.appendix].map((p) => p.para)), cue: null, text: closingText(ctx, text) };
}

export function closingText(ctx: PlanContext, text: string): SizedText {
  return fitText(text, ctx.frames.closing.text, ctx.theme.sizes.closing, 3, TITLE_SPACING);
}
