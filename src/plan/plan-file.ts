// The slide plan as a reviewer edits it (`doc2deck outline --json`, then `doc2deck 提纲.json`): each
// slide's layout, title and content as the outline shows them, without the sizes and line breaks the
// planner chose — those are chosen again from what the reviewer left (refit.ts).
import type { PlannedSlide, Ratio, SlidePlan } from './types.js';
import { assertNever } from '../problems.js';

export const PLAN_FILE_VERSION = 1;

/** What the deck as a whole says: the document properties, the footer, and how it is drawn. */
export interface PlanFileDeck {
  version: typeof PLAN_FILE_VERSION;
  theme: string;
  ratio: Ratio;
  /** The presentation's title (document properties). */
  title: string;
  /** The line at the foot of content slides. */
  footer: string;
  speaker: string | null;
  date: string | null;
  /**
   * The organisation's template (.pptx/.potx) the deck is built on, by its full path: the file is
   * built on it again. Absent for a built-in theme.
   */
  template?: string;
}

export interface FileBullet {
  /** The bold lead phrase, or null. */
  lead: string | null;
  text: string;
  /** 0 a point, 1 a sub-point under the point before it. */
  level: 0 | 1;
}

export interface FileAgendaItem {
  text: string;
  /** A part the text names but never gives: shown muted. */
  missing: boolean;
}

export interface FileFigure {
  /** As shown: qualifier, number and unit (超过40件, 5.2%). */
  value: string;
  label: string;
}

interface Notes {
  /** Speaker notes (the source paragraphs, one per line). */
  notes: string;
}

/**
 * On the first slide of a part that has no divider (a plan of many short parts): the part it opens,
 * as a divider would name it.
 */
export interface FilePart {
  ordinal: string;
  title: string;
}

interface InPart {
  part?: FilePart;
}

/** The slides that can open a part: content slides. */
function canOpen(s: FileSlide): s is Extract<FileSlide, { layout: 'points' | 'subpoints' | 'figures' | 'quote' }> {
  return s.layout === 'points' || s.layout === 'subpoints' || s.layout === 'figures' || s.layout === 'quote';
}

/** The part a file slide opens, if it opens one. */
export function partOpened(s: FileSlide): FilePart | undefined {
  return canOpen(s) ? s.part : undefined;
}

export type FileSlide =
  | ({ layout: 'cover'; title: string; kind: string | null; byline: string | null } & Notes)
  | ({ layout: 'agenda'; title: string; items: FileAgendaItem[] } & Notes)
  | ({ layout: 'section'; ordinal: string; title: string; subtitle: string | null; missing: boolean } & Notes)
  // `appendix`: an attachment's slide, in no part (no progress line).
  | ({ layout: 'points' | 'subpoints'; title: string; bullets: FileBullet[]; appendix?: boolean } & InPart & Notes)
  | ({ layout: 'figures'; title: string; figures: FileFigure[] } & InPart & Notes)
  | ({ layout: 'quote'; text: string } & InPart & Notes)
  | ({ layout: 'closing'; text: string } & Notes);

export interface PlanFile {
  deck: PlanFileDeck;
  slides: FileSlide[];
}

/** A plan file is given by its name: 提纲.json. */
export function isPlanFileName(path: string): boolean {
  return /\.json$/i.test(path);
}

/**
 * The planner's texts carry its line breaks; the file holds what the reviewer reads and edits. A
 * space where a line breaks stays before the break (line-breaks.ts), so taking the breaks out gives
 * the text back: CnWizards 0.8.0 and 0.8.1, 2024-2025.
 */
export const unbroken = (text: string): string => text.replace(/\n/g, '');

/** `template`: the path of the organisation's template the plan was made on, if any. */
export function planToFile(plan: SlidePlan, template?: string): PlanFile {
  let inPart = false;
  const slides = plan.slides.map((s): FileSlide => {
    if (s.layout === 'section' || s.opens) inPart = true;
    const file = fileSlide(s, inPart);
    return s.opens && canOpen(file) ? { ...file, part: s.opens } : file;
  });
  return {
    deck: { version: PLAN_FILE_VERSION, theme: plan.theme, ratio: plan.ratio, title: plan.title, footer: plan.footer, speaker: plan.speaker, date: plan.date, ...(template ? { template } : {}) },
    slides,
  };
}

function fileSlide(s: PlannedSlide, inPart: boolean): FileSlide {
  const notes = s.notes;
  switch (s.layout) {
    case 'cover':
      return { layout: 'cover', title: unbroken(s.title.text), kind: s.kind && unbroken(s.kind.text), byline: s.byline && unbroken(s.byline.text), notes };
    case 'agenda':
      return { layout: 'agenda', title: unbroken(s.heading.text), items: s.columns.flat().map((i) => ({ text: i.text, missing: i.missing })), notes };
    case 'section':
      return { layout: 'section', ordinal: s.ordinal, title: unbroken(s.title.text), subtitle: s.subtitle && unbroken(s.subtitle.text), missing: s.missing, notes };
    case 'points':
    case 'subpoints':
      return {
        layout: s.layout,
        title: unbroken(s.title.text),
        bullets: s.bullets.map((b) => ({ lead: b.lead, text: b.text, level: b.level })),
        ...(inPart && s.cue === null ? { appendix: true } : {}),
        notes,
      };
    case 'figures':
      return { layout: 'figures', title: unbroken(s.title.text), figures: s.tiles.map((t) => ({ value: `${t.qualifier}${t.value}${t.unit}`, label: unbroken(t.label) })), notes };
    case 'quote':
      return { layout: 'quote', text: unbroken(s.text.text), notes };
    case 'closing':
      return { layout: 'closing', text: unbroken(s.text.text), notes };
    default:
      return assertNever(s);
  }
}

/** slides[3].title — as a person finds it in the file (slides counted from 0), with the slide counted from 1. */
export function jsonPathOf(path: readonly PropertyKey[]): string {
  let out = '';
  for (const k of path) out += typeof k === 'number' ? `[${k}]` : `${out ? '.' : ''}${String(k)}`;
  const slide = path[0] === 'slides' && typeof path[1] === 'number' ? `（第${path[1] + 1}张幻灯片）` : '';
  return `${out || '文件'}${slide}`;
}
