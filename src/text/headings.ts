// A numbered line → heading (and any body text that shares its line).
import { splitSentences, stripEndPunctuation } from './sentences.js';

export interface SplitHeading {
  heading: string;
  body: string;
}

/**
 * `提高政治站位，深刻认识……` stays whole; `纵深推进……的经验交流。党的十八大以来……` splits after the first
 * sentence; `思想认识要到位：各级领导干部要……` after its lead, a heading set before a colon.
 */
export function splitHeading(rest: string): SplitHeading {
  const led = RE_LEAD_COLON.exec(rest.trim());
  if (led) return { heading: led[1]!, body: led[2]! };
  const sentences = splitSentences(rest);
  const first = sentences[0];
  if (!first || sentences.length === 1) {
    const whole = stripEndPunctuation(rest.trim());
    return { heading: whole, body: '' };
  }
  return { heading: stripEndPunctuation(first.text), body: rest.slice(first.start + first.text.length).trim() };
}

// A short lead with no clause break, a colon, then text (总体要求：坚持……; 思想认识要到位：各级……).
const RE_LEAD_COLON = /^([^，,。；;：:！？!?“”"]{2,20})[：:]\s*([^\s][\s\S]{5,})$/u;

// Words that open body text; where a level-1 heading runs into its body with no punctuation
// (一、保护和激发市场主体活力改革开放以来，我国……), the heading ends before them.
const RE_BODY_OPENER = /刚刚过去的(?:一|五|十)年|(?:19|20)\d{2}年(?:是|以来)|改革开放以来|党的十八大以来|新中国成立以来|近年来|长期以来|多年来|今年以来|去年以来|一年来|五年来|十年来|过去一年|当前|目前|我在|我们|我国|这些年|以习近平|以邓小平|以马克思|全面贯彻|深入贯彻|认真贯彻|按照党中央|根据《|为深入|为全面|为进一步|为切实|为加快|各地区|各部门|各级/u;
const MAX_HEADING = 40;
// A report's part heading ends in words like these (2022年工作回顾, 2023年工作安排, 总体要求): one run
// into an opener is cut there however short the sentence.
const REPORT_HEADING_ENDS = '回顾|安排|任务|目标|要求|思路|举措|措施|建议';
const RE_HEADING_END = new RegExp(`(?:${REPORT_HEADING_ENDS})$`, 'u');

/** For a level-1 line whose first sentence is too long to be a heading: the heading glued to its body. */
export function splitGluedHeading(rest: string): SplitHeading | null {
  const first = splitSentences(rest)[0]?.text ?? rest;
  const clause = /^[^，,；;：:]*/u.exec(first)![0];
  const named = namedHeading(clause, first);
  if (named) return { heading: named, body: rest.slice(named.length) };
  const opener = RE_BODY_OPENER.exec(clause);
  if (!opener || opener.index < 4) return null;
  if (first.length <= MAX_HEADING && !RE_HEADING_END.test(clause.slice(0, opener.index))) return null;
  // ……实施要以习近平……为指导: a verb or modal before the opener makes it the heading's own words.
  if (/[要应须将可是为在把对从以和与及]$/u.test(clause.slice(0, opener.index))) return null;
  return { heading: clause.slice(0, opener.index), body: rest.slice(opener.index) };
}

// The nouns a rule's or a plan's headings end in (主要职责, 成员单位, 议事规则, 工作要求).
const RE_HEADING_NOUN = new RegExp(`(?:${REPORT_HEADING_ENDS}|职责|职能|单位|规则|制度|原则|范围|程序|分工|机制|保障|依据|对象|条件|方式|内容|步骤)$`, 'u');
const MAX_NAMED = 8;

/**
 * 主要职责在党中央、国务院领导下，…… : a heading of a few characters ending in such a noun, glued to a
 * long sentence that goes on (not with 是, 的, 和…, which make the noun the sentence's own subject).
 * The longest such opening is the heading (明确工作目标任务 is one heading, not 明确工作目标).
 */
function namedHeading(clause: string, first: string): string | null {
  if (first.length <= 20) return null;
  // The clause goes on well past the heading (加强制度学习，…: a short clause is a heading of its own).
  for (let n = Math.min(MAX_NAMED, clause.length - 6); n >= 4; n--) {
    const head = clause.slice(0, n);
    if (RE_HEADING_NOUN.test(head) && !/^[是为有的和与及、等]/u.test(clause.slice(n))) return head;
  }
  return null;
}

/** A title for a section that has only a number: the first clause of the text that follows, kept short. */
export function headingFromNext(text: string): string {
  const clause = /^[^，,；;：:。！？]*/u.exec(text)![0];
  return clause.length <= 40 ? clause : clause.slice(0, 20);
}

/**
 * The heading after its short title (提高政治站位，深刻认识…… → 深刻认识……): '' when the title is the whole
 * heading, null when the heading does not open with it.
 */
export function headingAfterTitle(heading: string, title: string): string | null {
  if (heading === title) return '';
  if (!heading.startsWith(title)) return null;
  return heading.slice(title.length).replace(/^[，,；;：:\s]+/u, '');
}

/** The agenda form of a heading: the words before its first comma. */
export function shortTitle(heading: string): string {
  const m = /^(.{2,}?)[，,；;：:]/u.exec(heading);
  return m?.[1] ?? heading;
}
