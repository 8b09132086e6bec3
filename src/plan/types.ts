// The slide plan: every decision about the deck, as plain JSON. The renderer only draws it.

export type LayoutName = 'cover' | 'agenda' | 'section' | 'subpoints' | 'points' | 'figures' | 'quote' | 'closing';

/** Which part of the speech a slide belongs to, for the progress cue. */
export interface PartCue {
  /** 1-based number of the current part. */
  index: number;
  /** 一, 二 … as written. */
  ordinal: string;
  /** The line at the top of content slides: every part in small, the current one highlighted. */
  parts: { text: string; current: boolean }[];
  /** Font size in points (≥ 14: read from the back of a hall). */
  size: number;
  /** Fixed line pitch in points. */
  pitch: number;
}

export interface SlideBase {
  /** The source paragraphs the slide stands for (numbers into the document tree's `paragraphs`). */
  sources: number[];
  /** Speaker notes: the verbatim source paragraphs. */
  notes: string;
  cue: PartCue | null;
  /** The part this slide opens, where the part has no divider (a plan of many short parts). */
  opens?: { ordinal: string; title: string };
}

/** A text with the size the planner chose for its box. */
export interface SizedText {
  text: string;
  /** Font size in points. */
  size: number;
  /** Fixed line pitch in points. */
  pitch: number;
}

export interface CoverSlide extends SlideBase {
  layout: 'cover';
  title: SizedText;
  /** 讲话 / 报告 … or the subtitle line. */
  kind: SizedText | null;
  byline: SizedText | null;
}

export interface AgendaItem {
  ordinal: string;
  text: string;
  missing: boolean;
}

export interface AgendaSlide extends SlideBase {
  layout: 'agenda';
  heading: SizedText;
  /** One column, or two when there are many parts. */
  columns: AgendaItem[][];
  itemSize: number;
  itemPitch: number;
}

export interface SectionSlide extends SlideBase {
  layout: 'section';
  /** 一, 二 … as in the document. */
  ordinal: string;
  /** 01, 02 … the large numeral, sized to its box (100 is wider). */
  number: SizedText;
  /** 第一部分 under the numeral. */
  label: SizedText;
  title: SizedText;
  subtitle: SizedText | null;
  missing: boolean;
}

export interface Bullet {
  /** A bold lead phrase with its own closing mark (强化以案开路。 / 工业经济提质增效，), or null. */
  lead: string | null;
  text: string;
  level: 0 | 1;
  /**
   * Where (code point offsets into lead + text) soft line breaks go, so that no number is parted from
   * its unit and the last line does not hold a single character: set by the planner when the bullet's
   * own wrapping would do either.
   */
  softBreaks?: number[];
}

export interface Continuation {
  index: number;
  of: number;
}

export interface PointsSlide extends SlideBase {
  /** `subpoints` when some bullets are sub-points. */
  layout: 'points' | 'subpoints';
  title: SizedText;
  bullets: Bullet[];
  bodySize: number;
  bodyPitch: number;
  /** A bullet's hanging indent, and the space before each bullet, in points. */
  bulletIndent: number;
  bulletGap: number;
  continuation: Continuation | null;
}

export interface FigureTile {
  /** `40`, `50`, `15` */
  value: string;
  /** `件`, `余人`, `万元`, `%` */
  unit: string;
  /** `超过`, `不低于` or empty. */
  qualifier: string;
  label: string;
}

export interface FiguresSlide extends SlideBase {
  layout: 'figures';
  title: SizedText;
  tiles: FigureTile[];
  valueSize: number;
  valuePitch: number;
  /** The qualifier and unit beside the value, smaller (UNIT_SCALE of it). */
  unitSize: number;
  labelSize: number;
  labelPitch: number;
}

export interface QuoteSlide extends SlideBase {
  layout: 'quote';
  text: SizedText;
}

export interface ClosingSlide extends SlideBase {
  layout: 'closing';
  text: SizedText;
}

export type PlannedSlide = CoverSlide | AgendaSlide | SectionSlide | PointsSlide | FiguresSlide | QuoteSlide | ClosingSlide;

export type Ratio = '16:9' | '4:3';

export interface SlidePlan {
  version: 1;
  theme: string;
  ratio: Ratio;
  title: string;
  /** The meeting, for the footer. */
  footer: string;
  speaker: string | null;
  date: string | null;
  slides: PlannedSlide[];
}
