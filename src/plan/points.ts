// Point slides: the point as title; its items (bold lead + key sentence) or its key sentences as
// bullets; what does not fit continues on slides titled ……（续）.
import type { Paragraph, Section } from '../doc/types.js';
import type { Bullet, PartCue, PointsSlide } from './types.js';
import { fitText, TITLE_SPACING, type PlanContext } from './context.js';
import { linePitch } from './measure.js';
import { paginate, sizeForOnePage, type BodyStyle, type BulletGroup } from './paginate.js';
import { keySentences, leadSentencePerParagraph, sentencesOf, trimForSlide, type Candidate } from './summarise.js';
import { stripEndPunctuation } from '../parse/sentences.js';

const MAX_BULLETS = 6;
// Below this a single page would be too dense: continue on a second slide instead.
const PREFERRED_MIN = 22;
/** A first sentence this short is a paragraph's lead phrase. */
const MAX_LEAD = 20;

export function bodyStyle(ctx: PlanContext): BodyStyle {
  return { box: ctx.frames.points.body, spacing: ctx.theme.lineSpacing, gap: 0.35, indentEm: [1.2, 2.4] };
}

/** Bullets for a point: its children as bold-lead bullets, or its key sentences. */
export function groupsForSection(s: Section): BulletGroup[] {
  if (s.children.length === 0) return groupsForParagraphs(s.body);
  // With one or two items there is room for an introduction and for sub-bullets.
  const roomy = s.children.length <= 2;
  const intro = roomy ? keySentences(s.body, 1).map(single) : [];
  return [...intro, ...s.children.map((c) => itemGroup(c, roomy))];
}

function itemGroup(item: Section, roomy: boolean): BulletGroup {
  // 工业经济提质增效，新开工亿元以上项目18个 → lead 工业经济提质增效, then the rest of the sentence.
  const split = item.title !== item.heading && item.title.length <= MAX_LEAD && item.heading.startsWith(item.title);
  const lead = split ? item.title : item.heading;
  const rest = split ? item.heading.slice(item.title.length).replace(/^[，,；;：:]+/u, '') : '';
  const keys = keySentences(item.body, roomy ? 3 : 1);
  const text = rest ? trimForSlide(rest) : (keys[0]?.text ?? '');
  const subs: Candidate[] =
    item.children.length > 0
      ? item.children.map((g) => ({ text: trimForSlide(g.heading), para: g.para }))
      : roomy
        ? keys.slice(rest ? 0 : 1)
        : [];
  const bullets: Bullet[] = [{ lead: trimForSlide(lead), text, level: 0 }];
  const paras = [item.para, ...keys.map((k) => k.para)];
  for (const sub of subs.slice(0, 3)) {
    bullets.push({ lead: null, text: sub.text, level: 1 });
    paras.push(sub.para);
  }
  return { bullets, paras };
}

/** Three or more paragraphs: one bullet each; fewer: their key sentences. */
export function groupsForParagraphs(paragraphs: Paragraph[]): BulletGroup[] {
  if (paragraphs.length < 3) return keySentences(paragraphs, 4).map(single);
  return paragraphs.map(paragraphGroup).filter((g): g is BulletGroup => g !== null);
}

// A paragraph that opens with a short sentence (要压紧压实安全生产责任。……) reads as that lead in bold
// followed by its strongest other sentence; otherwise its strongest sentence alone.
function paragraphGroup(p: Paragraph): BulletGroup | null {
  const [first, ...rest] = sentencesOf([p]);
  if (!first) return null;
  const lead = stripEndPunctuation(first.text);
  if (lead.length <= MAX_LEAD && rest.length > 0) {
    const key = keySentences([{ ...p, text: rest.map((r) => r.text).join('') }], 1)[0];
    return { bullets: [{ lead: trimForSlide(lead), text: key?.text ?? '', level: 0 }], paras: [p.para] };
  }
  const key = leadSentencePerParagraph([p])[0];
  return key ? single(key) : null;
}

function single(c: Candidate): BulletGroup {
  return { bullets: [{ lead: null, text: c.text, level: 0 }], paras: [c.para] };
}

export function pointSlides(ctx: PlanContext, title: string, groups: BulletGroup[], allParas: number[], cue: PartCue | null): PointsSlide[] {
  const { theme, frames } = ctx;
  const style = bodyStyle(ctx);
  const [min, max] = theme.sizes.body;
  const one = sizeForOnePage(groups, Math.max(min, Math.min(PREFERRED_MIN, max)), max, style);
  const count = groups.reduce((n, g) => n + g.bullets.length, 0);
  const size = one !== null && count <= MAX_BULLETS ? one : Math.max(min, Math.min(24, max));
  const pages = one !== null && count <= MAX_BULLETS ? [groups] : paginate(groups, size, style, MAX_BULLETS);
  const mainTitle = fitText(title, frames.points.title, theme.sizes.title, 2, TITLE_SPACING);
  return pages.map((page, i): PointsSlide => {
    // The first page stands for the whole point; a continuation for what it shows.
    const paras = i === 0 ? allParas : page.flatMap((g) => g.paras);
    const t = i === 0 ? mainTitle : fitText(`${mainTitle.text}${theme.continuedSuffix}`, frames.points.title, theme.sizes.title, 2, TITLE_SPACING);
    return {
      layout: 'points',
      ...ctx.sourcesFor(paras),
      cue,
      title: t,
      bullets: page.flatMap((g) => g.bullets),
      bodySize: size,
      bodyPitch: linePitch(size, theme.lineSpacing),
      continuation: pages.length > 1 ? { index: i + 1, of: pages.length } : null,
    };
  });
}
