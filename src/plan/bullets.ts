// What a point slide shows, at each density: the bullets (a bold lead and the rest) for a section or a
// run of paragraphs. `brief` shows lead phrases, `standard` key sentences, `full` the whole text.
import type { Paragraph, Section } from '../doc/types.js';
import type { Bullet } from './types.js';
import type { BulletGroup } from './paginate.js';
import { keySentences, sentencesOf, trimForSlide, type Candidate } from './summarise.js';
import { findInlineList, type InlineList } from './lists.js';
import { fullWidthPunctuation } from '../text/punctuation.js';
import { stripEndPunctuation } from '../text/sentences.js';
import { headingAfterTitle } from '../text/headings.js';

export type Density = 'brief' | 'standard' | 'full';

/** A first sentence this short is a paragraph's lead phrase. */
const MAX_LEAD = 20;
/** In full density, sentences are gathered into bullets of about this many characters. */
const FULL_CHUNK = 90;
const BRIEF_MAX = 30;
const BRIEF_COUNT = 6;

/** Bullets for a point: its items (bold lead and the rest), or its paragraphs. */
export function groupsForSection(s: Section, density: Density): BulletGroup[] {
  if (density === 'full') return fullGroups(fullPieces(s, false));
  if (s.children.length === 0) return groupsForParagraphs(s.body, density);
  if (density === 'brief') {
    const intro = s.children.length <= 2 ? keySentences(s.body, 1).map(briefGroup) : [];
    return [...intro, ...s.children.map((c) => group([{ lead: null, text: briefPhrase(c.title), level: 0 }], [c.para]))];
  }
  // With one or two items there is room for an introduction and for sub-bullets.
  const roomy = s.children.length <= 2;
  const intro = roomy ? keySentences(s.body, 1).map(sentenceGroup) : [];
  return [...intro, ...s.children.map((c) => itemGroup(c, roomy))];
}

/** Three or more paragraphs: one bullet each; fewer: their key sentences. A list inside a paragraph is bullets. */
export function groupsForParagraphs(paragraphs: Paragraph[], density: Density): BulletGroup[] {
  if (density === 'full') return fullGroups(paragraphs.map((p) => ({ p, heading: false })));
  const lists = paragraphs.map((p) => findInlineList(p.text));
  if (paragraphs.length < 3 && !lists.some(Boolean)) {
    // Brief phrases take a line each: six of them fill the slide that four sentences fill.
    return keySentences(paragraphs, density === 'brief' ? BRIEF_COUNT : 4).map((c) => (density === 'brief' ? briefGroup(c) : sentenceGroup(c)));
  }
  return paragraphs.flatMap((p, i) => {
    const list = lists[i];
    if (list) return listGroups(p, list, density);
    const g = paragraphGroup(p, density);
    return g ? [g] : [];
  });
}

function group(bullets: Bullet[], paras: number[]): BulletGroup {
  return { bullets, paras };
}

function itemGroup(item: Section, roomy: boolean): BulletGroup {
  // 工业经济提质增效，新开工亿元以上项目18个 → lead 工业经济提质增效, then the rest of the sentence.
  const after = headingAfterTitle(item.heading, item.title);
  const split = !!after && item.title.length <= MAX_LEAD;
  const rest = split ? after : '';
  const keys = keySentences(item.body, roomy ? 3 : 1);
  const text = rest ? trimForSlide(rest) : (keys[0]?.text ?? '');
  const lead = trimForSlide(split ? item.title : item.heading) + (text ? (split ? '，' : '。') : '');
  const subs: Candidate[] =
    item.children.length > 0
      ? item.children.map((g) => ({ text: trimForSlide(g.heading), para: g.para }))
      : roomy
        ? keys.slice(rest ? 0 : 1)
        : [];
  const bullets: Bullet[] = [{ lead, text, level: 0 }];
  const paras = [item.para, ...keys.map((k) => k.para)];
  for (const sub of subs.slice(0, 3)) {
    bullets.push(sentenceBullet(sub.text, 1));
    paras.push(sub.para);
  }
  return group(bullets, paras);
}

// 信息报送的原则：一是及时报送…… → 信息报送的原则, with the items under it; a list with no
// introduction gives one bullet per item.
function listGroups(p: Paragraph, list: InlineList, density: Density): BulletGroup[] {
  const cut = (t: string) => (density === 'brief' ? briefPhrase(t) : trimForSlide(t));
  const items = list.items.map(cut);
  if (!list.intro) return items.map((text) => group([{ lead: null, text, level: 0 }], [p.para]));
  return [group([{ lead: null, text: cut(list.intro), level: 0 }, ...items.map((text): Bullet => ({ lead: null, text, level: 1 }))], [p.para])];
}

// A paragraph that opens with a short sentence (要压紧压实安全生产责任。……) reads as that lead in bold
// followed by its strongest other sentence; otherwise its strongest sentence alone.
function paragraphGroup(p: Paragraph, density: Density): BulletGroup | null {
  const [first, ...rest] = sentencesOf([p]);
  if (!first) return null;
  const lead = stripEndPunctuation(first.text);
  if (density === 'brief') return briefGroup({ text: first.text, para: p.para });
  if (lead.length <= MAX_LEAD && rest.length > 0) {
    const key = keySentences([{ ...p, text: rest.map((r) => r.text).join('') }], 1)[0];
    return group([{ lead: `${trimForSlide(lead)}${key ? '。' : ''}`, text: key?.text ?? '', level: 0 }], [p.para]);
  }
  const key = keySentences([p], 1)[0];
  return key ? sentenceGroup(key) : null;
}

function sentenceGroup(c: Candidate): BulletGroup {
  return group([sentenceBullet(c.text, 0)], [c.para]);
}

// Brief: the sentence's first clause that says something (not 党的十八大以来, 过去一年, 同时).
function briefGroup(c: Candidate): BulletGroup {
  const clauses = stripEndPunctuation(fullWidthPunctuation(c.text)).split(/[，；：]/u);
  const telling = clauses.find((k) => k.length >= 4 && !RE_NOT_LEAD_START.test(k) && !RE_NOT_LEAD_END.test(k)) ?? clauses[0] ?? c.text;
  return group([{ lead: null, text: briefPhrase(telling), level: 0 }], [c.para]);
}

/**
 * What brief density shows of a text: whole clauses up to BRIEF_MAX characters, never a clause cut
 * short (a half clause ending in … reads as nothing): a first clause longer than that is shown whole.
 */
export function briefPhrase(text: string): string {
  const clauses = stripEndPunctuation(fullWidthPunctuation(text)).split(/(?<=[，；：])/u);
  let out = clauses[0] ?? '';
  for (const c of clauses.slice(1)) {
    if ((out + c).length > BRIEF_MAX) break;
    out += c;
  }
  return stripEndPunctuation(out);
}

/** A sentence as a bullet: its opening clause in bold when that clause can stand as a lead phrase. */
export function sentenceBullet(text: string, level: 0 | 1): Bullet {
  const phrase = leadPhrase(text);
  return phrase ? { lead: phrase.lead, text: phrase.rest, level } : { lead: null, text, level };
}

// A clause that can lead: short, and not a connective or a time phrase (党的十八大以来，…).
const RE_NOT_LEAD_START = /^(?:如果|但|而|同时|因此|所以|这|那|其中|另外|此外|对此|为此|当前|目前|同样|并且|而且)/u;
const RE_NOT_LEAD_END = /(?:以来|之后|以后|期间|时候|时|中|上|下|前|后|里|一年|今年|去年|年来|年底|年初)$/u;

export function leadPhrase(text: string): { lead: string; rest: string } | null {
  const m = /^([^，,；;：:]{4,16})([，,；;：:])(.+)$/u.exec(text);
  if (!m) return null;
  const [, clause = '', mark = '', rest = ''] = m;
  if (RE_NOT_LEAD_START.test(clause) || RE_NOT_LEAD_END.test(clause) || rest.length < 4) return null;
  return { lead: clause + mark, rest };
}

// Full density: the point's whole text, its items' headings in bold, in bullets of a few sentences.
interface FullPiece {
  p: Paragraph;
  heading: boolean;
}

function fullPieces(s: Section, withHeading: boolean): FullPiece[] {
  const own: FullPiece[] = withHeading ? [{ p: { type: 'paragraph', text: `${s.marker}${s.heading}`, line: s.line, para: s.para }, heading: true }] : [];
  return [...own, ...s.body.map((p) => ({ p, heading: false })), ...s.children.flatMap((c) => fullPieces(c, true))];
}

function fullGroups(pieces: FullPiece[]): BulletGroup[] {
  const out: BulletGroup[] = [];
  for (const { p, heading } of pieces) {
    if (heading) {
      out.push(group([{ lead: fullWidthPunctuation(p.text), text: '', level: 0 }], [p.para]));
      continue;
    }
    let chunk = '';
    const flush = (): void => {
      if (chunk) out.push(group([{ lead: null, text: fullWidthPunctuation(chunk), level: 0 }], [p.para]));
      chunk = '';
    };
    for (const s of sentencesOf([p])) {
      if (chunk && chunk.length + s.text.length > FULL_CHUNK) flush();
      chunk += s.text;
    }
    flush();
  }
  return out;
}
