// Bullets → pages, by measurement. A group (a bullet and its sub-bullets) is never split, and a
// continuation page never carries a single orphaned bullet when the page before can spare one.
import type { Bullet } from './types.js';
import { innerHeightPt, innerWidthPt, linePitch, linesOf, measureWidths, type TextBox, type TextWidths } from './measure.js';

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

// Pagination measures every bullet at each size it tries: its widths are kept with the bullet
// (bullets are not changed once made), rather than looked up by a freshly joined string each time.
const bulletWidths = new WeakMap<Bullet, TextWidths>();

export function bulletLines(b: Bullet, size: number, style: BodyStyle): number {
  let widths = bulletWidths.get(b);
  if (!widths) {
    widths = measureWidths(bulletText(b));
    bulletWidths.set(b, widths);
  }
  return linesOf(widths, size, innerWidthPt(style.box, style.indentEm[b.level] * size));
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
  for (const g of groups) {
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
