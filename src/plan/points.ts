// Point slides: the point as title, its bullets measured onto as many slides as they need; what
// does not fit continues on slides titled ……（续）.
import type { Bullet, PartCue, PointsSlide, SizedText } from './types.js';
import { fitText, TITLE_SPACING, type PlanContext } from './context.js';
import { linePitch } from './measure.js';
import { breaksFor, paginate, sizeForOnePage, type BodyStyle, type BulletGroup } from './paginate.js';
import { trimForSlide } from './summarise.js';
import { shortTitle } from '../text/headings.js';
import { fullWidthPunctuation } from '../text/punctuation.js';
import { contentLayout } from './layouts.js';

const MAX_BULLETS = 6;
// Below this a single page would be too dense: continue on a second slide instead.
const PREFERRED_MIN = 22;

export function bodyStyle(ctx: PlanContext): BodyStyle {
  return { box: ctx.frames.points.body, spacing: ctx.theme.lineSpacing, gap: 0.35, indentEm: [1.2, 2.4] };
}

/** The bullet with the soft breaks it is measured and drawn with at `size`. */
function withReadingBreaks(b: Bullet, size: number, style: BodyStyle): Bullet {
  const breaks = breaksFor(b, size, style);
  return breaks.length ? { ...b, softBreaks: breaks } : b;
}

export function pointSlides(ctx: PlanContext, heading: string, bodyGroups: BulletGroup[], allParas: number[], cue: PartCue | null): PointsSlide[] {
  const { theme, frames } = ctx;
  // A heading too long for the title box (a whole sentence) gives the title its first clause and
  // opens the bullets with the sentence itself; so does a sentence of several clauses that is all
  // the point says (a two-line title over an empty slide).
  const whole = fitText(heading, frames.points.title, theme.sizes.title, 2, TITLE_SPACING);
  const sentenceOnly = bodyGroups.length === 0 && whole.text.includes('\n') && shortTitle(heading) !== heading;
  const shortened = sentenceOnly || whole.text.replace(/\n/g, '') !== fullWidthPunctuation(heading);
  const title = shortened && shortTitle(heading).length >= 4 ? shortTitle(heading) : heading;
  const groups = shortened ? [{ bullets: [{ lead: null, text: trimForSlide(heading), level: 0 as const }], paras: allParas.slice(0, 1) }, ...bodyGroups] : bodyGroups;
  const style = bodyStyle(ctx);
  const [min, max] = theme.sizes.body;
  const count = groups.reduce((n, g) => n + g.bullets.length, 0);
  // More bullets than a slide takes: no need to measure whether they would fit on one.
  const one = count <= MAX_BULLETS ? sizeForOnePage(groups, Math.max(min, Math.min(PREFERRED_MIN, max)), max, style) : null;
  const size = one ?? Math.max(min, Math.min(24, max));
  const pages = one !== null || groups.length === 0 ? [groups] : paginate(groups, size, style, MAX_BULLETS);
  const mainTitle = pointTitle(ctx, title);
  return pages.map((page, i): PointsSlide => {
    // The first page stands for the whole point; a continuation for what it shows.
    const paras = i === 0 ? allParas : page.flatMap((g) => g.paras);
    return pointPage(ctx, { ...ctx.sourcesFor(paras), cue, title: i === 0 ? mainTitle : continuedTitle(ctx, mainTitle.text) }, page, size, { index: i + 1, of: pages.length });
  });
}

/** One page of a point: its bullets drawn at `size` (reading breaks included), the body's measures from the size. */
function pointPage(ctx: PlanContext, head: Pick<PointsSlide, 'sources' | 'notes' | 'cue' | 'title'>, groups: BulletGroup[], size: number, page: { index: number; of: number }): PointsSlide {
  const style = bodyStyle(ctx);
  const bullets = groups.flatMap((g) => g.bullets).map((b) => withReadingBreaks(b, size, style));
  return {
    layout: contentLayout(bullets),
    ...head,
    bullets,
    bodySize: size,
    bodyPitch: linePitch(size, ctx.theme.lineSpacing),
    bulletIndent: Math.round(size * style.indentEm[0]),
    bulletGap: Math.round(size * style.gap),
    continuation: page.of > 1 ? page : null,
  };
}

/**
 * Point slides fitted again from their bullets as a reviewer left them (plan-file.ts): a slide and
 * its continuations share one size, chosen as pointSlides chooses it; a page that no longer fits
 * (bullets added or lengthened) continues on further pages, as the planner would have continued it.
 */
export function refitPointSlides(ctx: PlanContext, title: string, pages: { bullets: Bullet[]; notes: string }[], cue: PartCue | null): PointsSlide[] {
  const { theme } = ctx;
  const style = bodyStyle(ctx);
  const [min, max] = theme.sizes.body;
  const groupsOf = (bullets: Bullet[]): BulletGroup[] => {
    const groups: BulletGroup[] = [];
    for (const b of bullets) {
      const last = groups[groups.length - 1];
      if (b.level === 1 && last) last.bullets.push(b);
      else groups.push({ bullets: [b], paras: [] });
    }
    return groups;
  };
  const paged = Math.max(min, Math.min(24, max));
  const count = (page: BulletGroup[]) => page.reduce((n, g) => n + g.bullets.length, 0);
  const single = pages.length === 1 ? groupsOf(pages[0]!.bullets) : null;
  const one = single && count(single) <= MAX_BULLETS ? sizeForOnePage(single, Math.max(min, Math.min(PREFERRED_MIN, max)), max, style) : null;
  const size = one ?? paged;
  const out: { groups: BulletGroup[]; notes: string }[] = [];
  for (const page of pages) {
    const groups = groupsOf(page.bullets);
    const fits = one !== null || groups.length === 0 || (count(groups) <= MAX_BULLETS && sizeForOnePage(groups, size, size, style) !== null);
    const split = fits ? [groups] : paginate(groups, size, style, MAX_BULLETS);
    split.forEach((g, i) => out.push({ groups: g, notes: i === 0 ? page.notes : '' }));
  }
  const mainTitle = pointTitle(ctx, title);
  return out.map((page, i): PointsSlide => {
    const title = i === 0 ? mainTitle : continuedTitle(ctx, mainTitle.text);
    return pointPage(ctx, { sources: [], notes: page.notes, cue, title }, page.groups, size, { index: i + 1, of: out.length });
  });
}

export function pointTitle(ctx: PlanContext, title: string): SizedText {
  return fitText(title, ctx.frames.points.title, ctx.theme.sizes.title, 2, TITLE_SPACING);
}

/** A continuation's title: the point's, marked ……（续）, fitted as a title (so shortened when long). */
export function continuedTitle(ctx: PlanContext, title: string): SizedText {
  return fitText(`${title}${ctx.theme.continuedSuffix}`, ctx.frames.points.title, ctx.theme.sizes.title, 2, TITLE_SPACING);
}
