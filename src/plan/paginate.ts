// Bullets → pages, by measurement. A group (a bullet and its sub-bullets) is never split unless it
// is taller than a page by itself, and a continuation page never carries a single orphaned bullet
// when the page before can spare one.
import type { Bullet } from './types.js';
import { innerHeightPt, innerWidthPt, linePitch, lineStarts, measureWidths, type TextBox, type TextWidths } from './measure.js';
import { linesWithBreaks, readingBreaks } from './bullet-lines.js';

export interface BulletGroup {
  bullets: Bullet[];
  /** The source paragraphs the bullets come from. */
  paras: number[];
}

export interface BodyStyle {
  box: TextBox;
  spacing: number;
  /** Space before each bullet, as a fraction of the font size. */
  gap: number;
  /** Indent of level-0 and level-1 bullet text, in points, per point of font size. */
  indentEm: [number, number];
}

/** The bullet as it is drawn: the bold lead, then the rest. */
export function bulletText(b: Bullet): string {
  return (b.lead ?? '') + b.text;
}

/** The width a bullet's text wraps in, at `size` (the drawn indent is whole points: rounded up, to be safe). */
export function bulletWidthPt(b: Bullet, size: number, style: BodyStyle): number {
  return innerWidthPt(style.box, Math.ceil(style.indentEm[b.level] * size));
}

// Pagination measures every bullet at each size it tries: its widths, and its lines per size, are
// kept with the bullet (bullets are not changed once made), rather than worked out again each time.
const bulletWidths = new WeakMap<Bullet, TextWidths>();
const bulletLineCounts = new WeakMap<Bullet, Map<string, number>>();

function widthsOfBullet(b: Bullet): TextWidths {
  let widths = bulletWidths.get(b);
  if (!widths) {
    widths = measureWidths(bulletText(b));
    bulletWidths.set(b, widths);
  }
  return widths;
}

/** The soft breaks a bullet is drawn with at `size`: its own, or those chosen for reading. */
export function breaksFor(b: Bullet, size: number, style: BodyStyle): number[] {
  return b.softBreaks ?? readingBreaks(bulletText(b), size, bulletWidthPt(b, size, style));
}

/** Lines the bullet takes as drawn at `size`, reading breaks included. */
export function bulletLines(b: Bullet, size: number, style: BodyStyle): number {
  const width = bulletWidthPt(b, size, style);
  const key = `${size}|${width}`;
  let counts = bulletLineCounts.get(b);
  if (!counts) {
    counts = new Map();
    bulletLineCounts.set(b, counts);
  }
  let lines = counts.get(key);
  if (lines === undefined) {
    lines = linesWithBreaks(widthsOfBullet(b), breaksFor(b, size, style), size, width);
    counts.set(key, lines);
  }
  return lines;
}

export function bulletHeight(b: Bullet, size: number, style: BodyStyle): number {
  return bulletLines(b, size, style) * linePitch(size, style.spacing) + Math.round(style.gap * size);
}

export function groupHeight(g: BulletGroup, size: number, style: BodyStyle): number {
  return g.bullets.reduce((h, b) => h + bulletHeight(b, size, style), 0);
}

// Whether the groups' heights at `size` add up to no more than `room`; stops at the first group over.
function fitsIn(groups: BulletGroup[], size: number, style: BodyStyle, room: number): boolean {
  let h = 0;
  for (const g of groups) {
    h += groupHeight(g, size, style);
    if (h > room) return false;
  }
  return true;
}

/** The largest size at which everything fits on one page, or null. */
export function sizeForOnePage(groups: BulletGroup[], min: number, max: number, style: BodyStyle): number | null {
  const room = innerHeightPt(style.box);
  for (let size = max; size >= min; size--) if (fitsIn(groups, size, style, room)) return size;
  return null;
}

export function paginate(groups: BulletGroup[], size: number, style: BodyStyle, maxBullets: number): BulletGroup[][] {
  const room = innerHeightPt(style.box);
  const pages: BulletGroup[][] = [];
  let page: BulletGroup[] = [];
  let used = 0;
  let count = 0;
  for (const g of groups.flatMap((g) => pieceByPage(g, size, style, room))) {
    const h = groupHeight(g, size, style);
    if (page.length > 0 && (used + h > room || count + g.bullets.length > maxBullets)) {
      pages.push(page);
      page = [];
      used = 0;
      count = 0;
    }
    page.push(g);
    used += h;
    count += g.bullets.length;
  }
  if (page.length) pages.push(page);
  const lines = (page: BulletGroup[]) => page.reduce((n, g) => n + g.bullets.reduce((m, b) => m + bulletLines(b, size, style), 0), 0);
  balanceLastPage(pages, lines, (p) => p.reduce((h, g) => h + groupHeight(g, size, style), 0) <= room);
  return pages;
}

// A continuation page must not carry a single orphaned line, nor a lone bullet when the page before
// can spare one: a group moves down from the page before.
function balanceLastPage(pages: BulletGroup[][], lines: (page: BulletGroup[]) => number, fits: (page: BulletGroup[]) => boolean): void {
  if (pages.length < 2) return;
  const last = pages[pages.length - 1]!;
  const prev = pages[pages.length - 2]!;
  const lonely = last.length === 1 && (lines(last) === 1 || prev.length >= 3);
  if (!lonely || prev.length < 2) return;
  const moved = [prev[prev.length - 1]!, ...last];
  if (fits(moved)) {
    prev.pop();
    last.unshift(moved[0]!);
  }
}

/**
 * A group taller than a page, in pieces that each fit one: its bullets as they fit, and a bullet
 * taller than a page by itself cut where a page ends (cutToPage). Any other group is left whole.
 */
function pieceByPage(g: BulletGroup, size: number, style: BodyStyle, room: number): BulletGroup[] {
  if (groupHeight(g, size, style) <= room) return [g];
  const pieces: BulletGroup[] = [];
  let piece: Bullet[] = [];
  let used = 0;
  const flush = () => {
    if (piece.length) pieces.push({ bullets: piece, paras: g.paras });
    piece = [];
    used = 0;
  };
  for (const whole of g.bullets) {
    for (const b of cutToPage(whole, size, style, room)) {
      const h = bulletHeight(b, size, style);
      if (used + h > room) flush();
      piece.push(b);
      used += h;
    }
  }
  flush();
  return pieces;
}

// Where a bullet cut between pages may end: after a sentence, else after a clause.
const SENTENCE_END = /[。！？；!?;]/u;
const CLAUSE_END = /[，、：,:]/u;

/**
 * A bullet taller than a page, as bullets that each fit one: each piece as long as a page takes, cut
 * after its last sentence (else clause) that ends in the page's second half, else where the page's
 * last line ends. Later pieces continue the text without a lead of their own (the lead stays bold).
 */
function cutToPage(b: Bullet, size: number, style: BodyStyle, room: number): Bullet[] {
  if (bulletHeight(b, size, style) <= room) return [b];
  const chars = [...bulletText(b)];
  const leadLength = [...(b.lead ?? '')].length;
  const piece = (from: number, to: number): Bullet => {
    const lead = chars.slice(from, Math.max(from, Math.min(to, leadLength))).join('');
    return { lead: lead || null, text: chars.slice(Math.max(from, leadLength), to).join(''), level: b.level };
  };
  const fits = (p: Bullet) => bulletHeight(p, size, style) <= room;
  const perPage = Math.max(1, Math.floor((room - Math.round(style.gap * size)) / linePitch(size, style.spacing)));
  const out: Bullet[] = [];
  let from = 0;
  while (from < chars.length) {
    const rest = piece(from, chars.length);
    if (fits(rest)) {
      out.push(rest);
      break;
    }
    // The plain wrapping's start of the first line past the page: no piece can reach beyond it.
    const limit = from + (lineStarts(chars.slice(from).join(''), size, bulletWidthPt(b, size, style))[perPage - 1] ?? chars.length - from);
    let to = endBefore(chars, from, limit);
    // Reading breaks can cost a line: end earlier until the piece fits (one character always does).
    while (to > from + 1 && !fits(piece(from, to))) to = endBefore(chars, from, to - 1);
    out.push(piece(from, to));
    from = to;
  }
  return out;
}

/** The end of a piece at or before `limit`: after a sentence, else a clause, in the second half; else `limit`. */
function endBefore(chars: string[], from: number, limit: number): number {
  const half = from + Math.floor((limit - from) / 2);
  for (const mark of [SENTENCE_END, CLAUSE_END]) {
    for (let i = limit - 1; i >= half && i > from; i--) if (mark.test(chars[i]!)) return i + 1;
  }
  return Math.max(from + 1, limit);
}
