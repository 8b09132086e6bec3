// Point slides: the point as title; its items (bold lead + key sentence) or its key sentences as
// bullets; what does not fit continues on slides titled ……（续）.
import type { Paragraph, Section } from '../doc/types.js';
import type { Bullet, PartCue, PointsSlide } from './types.js';
import { fitText, TITLE_SPACING, type PlanContext } from './context.js';
import { linePitch } from './measure.js';
import { paginate, sizeForOnePage, type BodyStyle, type BulletGroup } from './paginate.js';
import { keySentences, leadSentencePerParagraph, sentencesOf, trimForSlide, type Candidate } from './summarise.js';
import { stripEndPunctuation } from '../parse/sentences.js';
import { shortTitle } from '../parse/headings.js';
import { fullWidthPunctuation } from './punctuation.js';
import { findInlineList, type InlineList } from './lists.js';

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

/** Three or more paragraphs: one bullet each; fewer: their key sentences. A list inside a paragraph is bullets. */
export function groupsForParagraphs(paragraphs: Paragraph[]): BulletGroup[] {
  const lists = paragraphs.map((p) => findInlineList(p.text));
  if (paragraphs.length < 3 && !lists.some(Boolean)) return keySentences(paragraphs, 4).map(single);
  return paragraphs.flatMap((p, i) => {
    const list = lists[i];
    if (list) return listGroups(p, list);
    const g = paragraphGroup(p);
    return g ? [g] : [];
  });
}

// 信息报送的原则：一是及时报送…… → 信息报送的原则, with the items under it; a list with no
// introduction gives one bullet per item.
function listGroups(p: Paragraph, list: InlineList): BulletGroup[] {
  const items = list.items.map((t) => trimForSlide(t));
  if (!list.intro) return items.map((text) => ({ bullets: [{ lead: null, text, level: 0 }], paras: [p.para] }));
  const intro = trimForSlide(list.intro);
  return [{ bullets: [{ lead: null, text: intro, level: 0 }, ...items.map((text) => ({ lead: null, text, level: 1 as const }))], paras: [p.para] }];
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

export function pointSlides(ctx: PlanContext, heading: string, bodyGroups: BulletGroup[], allParas: number[], cue: PartCue | null): PointsSlide[] {
  const { theme, frames } = ctx;
  // A heading too long for the title box (a whole sentence) gives the title its first clause and
  // opens the bullets with the sentence itself.
  const whole = fitText(heading, frames.points.title, theme.sizes.title, 2, TITLE_SPACING);
  const shortened = whole.text !== fullWidthPunctuation(heading);
  const title = shortened && shortTitle(heading).length >= 4 ? shortTitle(heading) : heading;
  const groups = shortened ? [{ bullets: [{ lead: null, text: trimForSlide(heading), level: 0 as const }], paras: allParas.slice(0, 1) }, ...bodyGroups] : bodyGroups;
  const style = bodyStyle(ctx);
  const [min, max] = theme.sizes.body;
  const one = sizeForOnePage(groups, Math.max(min, Math.min(PREFERRED_MIN, max)), max, style);
  const count = groups.reduce((n, g) => n + g.bullets.length, 0);
  const size = one !== null && count <= MAX_BULLETS ? one : Math.max(min, Math.min(24, max));
  const pages = (one !== null && count <= MAX_BULLETS) || groups.length === 0 ? [groups] : paginate(groups, size, style, MAX_BULLETS);
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
