// Point slides: the point as title, its bullets measured onto as many slides as they need; what
// does not fit continues on slides titled ……（续）.
import type { Bullet, PartCue, PointsSlide } from './types.js';
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
  // opens the bullets with the sentence itself.
  const whole = fitText(heading, frames.points.title, theme.sizes.title, 2, TITLE_SPACING);
  const shortened = whole.text.replace(/\n/g, '') !== fullWidthPunctuation(heading);
  const title = shortened && shortTitle(heading).length >= 4 ? shortTitle(heading) : heading;
  const groups = shortened ? [{ bullets: [{ lead: null, text: trimForSlide(heading), level: 0 as const }], paras: allParas.slice(0, 1) }, ...bodyGroups] : bodyGroups;
  const style = bodyStyle(ctx);
  const [min, max] = theme.sizes.body;
  const count = groups.reduce((n, g) => n + g.bullets.length, 0);
  // More bullets than a slide takes: no need to measure whether they would fit on one.
  const one = count <= MAX_BULLETS ? sizeForOnePage(groups, Math.max(min, Math.min(PREFERRED_MIN, max)), max, style) : null;
  const size = one ?? Math.max(min, Math.min(24, max));
  const pages = one !== null || groups.length === 0 ? [groups] : paginate(groups, size, style, MAX_BULLETS);
  const mainTitle = fitText(title, frames.points.title, theme.sizes.title, 2, TITLE_SPACING);
  return pages.map((page, i): PointsSlide => {
    // The first page stands for the whole point; a continuation for what it shows.
    const paras = i === 0 ? allParas : page.flatMap((g) => g.paras);
    const t = i === 0 ? mainTitle : fitText(`${mainTitle.text}${theme.continuedSuffix}`, frames.points.title, theme.sizes.title, 2, TITLE_SPACING);
    const bullets = page.flatMap((g) => g.bullets).map((b) => withReadingBreaks(b, size, style));
    return {
      layout: contentLayout(bullets),
      ...ctx.sourcesFor(paras),
      cue,
      title: t,
      bullets,
      bodySize: size,
      bodyPitch: linePitch(size, theme.lineSpacing),
      bulletIndent: Math.round(size * style.indentEm[0]),
      bulletGap: Math.round(size * style.gap),
      continuation: pages.length > 1 ? { index: i + 1, of: pages.length } : null,
    };
  });
}
