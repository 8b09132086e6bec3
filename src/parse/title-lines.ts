// What each line of a title block looks like: the title (and what a title line may carry), the
// subtitle, the date, the speaker and the office, the document number, notes on the edition, the
// salutation. Shapes only; header.ts decides where the title block is.
import { HAN } from '../text/han.js';
import { LINE_MARKERS, matchMarker } from '../text/markers.js';

// One term of a salutation: 尊敬的……, 各位代表/各位院士, 同志们, 亲爱的同学们 …
const ADDRESS = '(?:尊敬的[^。！？：:]{1,30}?|各位[^。！？：:，,、\\s]{1,8}?|(?:亲爱的|青年)?(?:同志|朋友|女士|先生|同学|老师|同胞|同事|代表|来宾|家长|战友|校友)们)';
/** A salutation: address terms separated by ，、 and ended by ：. */
export const SALUTATION = `(?:${ADDRESS}[，,、]?){1,8}[：:]`;
export const RE_SALUTATION = new RegExp(`^${SALUTATION}$`, 'u');
// 主送机关 of a notice: 各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
export const RE_ADDRESSEES = /^[^。！？]{0,120}(?:人民政府|各部委|直属机构|各单位|各部门|各地|局|委|办|厅|处、室)[^。！？]{0,40}[：:]$/u;
// 2022年10月23日, 二○一二年六月十二日 (○ U+25CB as well as 〇 U+3007), 2022.10.23, 2022-10-23, with 上午/下午.
export const DATE =
  '(?:\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|[一二三四五六七八九〇○零Ｏ]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日|\\d{4}[.．\\-/]\\d{1,2}[.．\\-/]\\d{1,2})(?:\\s*(?:上午|下午|晚上))?';
// The date may carry the place: （2026年9月1日，比什凯克）.
export const RE_DATE_LINE = new RegExp(`^[（(]?\\s*(${DATE})\\s*(?:[，,、]\\s*[${HAN}]{2,10})?\\s*[）)]?$`, 'u');
// The dash that opens a subtitle, however it was typed: —— ―― ── -- －－ or a single long dash.
const DASH = '(?:[—―─]{1,2}|[-－]{2})';
// ——2024年3月5日在第十四届全国人民代表大会第二次会议上, or the same without the dash.
export const RE_SUBTITLE = new RegExp(`^(?:${DASH}\\s*(.+)|(${DATE})\\s*在.{4,60}上(?:的(?:讲话|报告|致辞|发言))?)$`, 'u');
export const RE_DASH = new RegExp(`^${DASH}\\s*`, 'u');
export const RE_SUBTITLE_DATE = new RegExp(`(${DATE})`, 'u');
// Lines a web copy adds: 来源 : 南方日报, 原文链接：…, 【法宝引证码】…
export const RE_SOURCE_LINE = /^(?:来源|原文链接|原文地址|发布时间|发布日期|作者|编辑|责任编辑|【法宝引证码】|链接)\s*[:：】]?/u;
// 国发〔2019〕4号, （新质监办发〔2012〕24号）
export const RE_DOC_NUMBER = new RegExp(`^[（(]?[${HAN}]{1,12}〔\\d{4}〕\\d{1,4}号[）)]?$`, 'u');
// （此件公开发布）, （根据录音整理）, （译自……档案俄文稿）, （选自《……》）
export const RE_PUBLISH_NOTE = /^[（(](?:此件|根据|有删节|略有删节|节选|摘要|摘编|整理|译自|譯自|选自|選自|摘自|转自|原载|原載)[^）)]{0,30}[）)]$/u;
const OFFICE = '(?:总理|副总理|省长|副省长|主席|副主席|书记|副书记|部长|市长|副市长|县长|副县长|区长|州长|主任|局长|厅长|委员长|校长|院长|党委书记)';
export const RE_OFFICE_LINE = new RegExp(`^[${HAN}]{2,20}${OFFICE}$`, 'u');
// 李　强, 习　近　平, 省长 罗东川, 广东省省长 王伟中, 四川省人民政府省长 施小琳
// Group 1 is the office when the line gives it, group 2 the name.
export const RE_SPEAKER = new RegExp(`^(?:([${HAN}]{0,20}${OFFICE})[\\s\\u3000]*)?([${HAN}](?:[\\s\\u3000]*[${HAN}]){1,3})$`, 'u');
// Two or three characters on a line of their own that name a part, not a person.
export const RE_NOT_A_NAME = /^(?:总则|附则|总论|绪论|前言|引言|序言|导言|结语|结束语|目录|说明|概述|背景|附件|附录|附表|正文)$/u;
// What a document's title ends with: the kind of text it is (……的讲话, ……工作报告, ……实施方案, ……的通知),
// maybe followed by a bracketed note (（摘要）, （2023年修订）).
export const RE_TITLE_KIND =
  /(?:讲话|报告|方案|通知|意见|决定|办法|规定|规划|纲要|总结|发言|致辞|讲话稿|讲稿|演讲|摘要|要点|公告|通告|通报|提纲|细则|决议|主持词|贺信|倡议书|指南|批复|请示|纪要|党课|计划|安排|部署|建议|条例|章程|的函)(?:[（(][^）)]{1,16}[）)])?$/u;
export const RE_SPEECH_OPENING = /^(?:现在|現在|今天|我们|我們|我)/u;
// 每周一学（第十二期）: a column's instalment, not a document's title.
export const RE_ISSUE_IN_BRACKETS = /[（(]第?[0-9一二三四五六七八九十百〇零]+期[）)]$/u;
export const RE_AT_MEETING = /^(?:关于|在.{2,50}上)/u;
export const SENTENCE_MARK = /[。！？!?；;]/u;

// A title line that carries its subtitle or date: 常怀爱国之心──方滨兴校长在……上的讲话, ……的改革（1980年8月18日）.
const RE_INLINE_SUBTITLE = new RegExp(`^(.{4,}?[^\\s\\u3000])[\\s\\u3000]*${DASH}(.{2,60}(?:讲话|报告|致辞|发言|演讲|主持词))$`, 'u');
const RE_TRAILING_DATE = new RegExp(`^(.{4,}?)[\\s\\u3000]*[（(]\\s*(${DATE})\\s*[）)]$`, 'u');

// 国办函〔2018〕46号, 新质监办发〔2012〕24号: an issuer's short name, the year, the number.
const RE_HAN_CHAR = new RegExp(`[${HAN}]`, 'u');
const RE_DOC_NUMBER_TAIL = /〔\d{4}〕\d{1,4}号[）)]?/u;
const RE_DOC_NUMBER_AT_END = /〔\d{4}〕\d{1,4}号[）)]?$/u;

/**
 * Where a document number run onto the text before it begins (……的通报国办函〔2018〕46号): the issuer's
 * short name is one to eight characters, and the title before it names its kind (通报, 通知, 函), so the
 * longest such title wins; without one, a short name of three characters. -1 when there is no number.
 */
export function docNumberStart(text: string): number {
  const m = RE_DOC_NUMBER_TAIL.exec(text);
  if (!m) return -1;
  let start = m.index;
  while (start > 0 && m.index - start < 8 && RE_HAN_CHAR.test(text[start - 1]!)) start--;
  for (let at = m.index; at >= start; at--) if (at >= 4 && RE_TITLE_KIND.test(text.slice(0, at))) return at;
  return Math.max(start, m.index - 3);
}

/** A title line without the document number, subtitle or date it carries, and those apart. */
export function splitTitleLine(line: string): { title: string; subtitle: string | null; date: string | null } {
  const number = docNumberStart(line);
  const t = number > 4 && RE_DOC_NUMBER_AT_END.test(line) ? line.slice(0, number).trim() : line;
  const sub = RE_INLINE_SUBTITLE.exec(t);
  if (sub) return { title: sub[1]!, subtitle: `——${sub[2]!}`, date: null };
  const date = RE_TRAILING_DATE.exec(t);
  if (date) return { title: date[1]!, subtitle: null, date: date[2]! };
  return { title: t, subtitle: null, date: null };
}

/** 弘 扬 伟 大 精 神 → 弘扬伟大精神: a title letter-spaced for the page, not words set apart. */
export function unspaced(t: string): string {
  const tokens = t.split(/[\s\u3000]+/u).filter(Boolean);
  const singles = tokens.filter((x) => [...x].length === 1).length;
  return tokens.length >= 4 && singles >= tokens.length * 0.6 ? tokens.join('') : t;
}

/** A date on a line of its own: 2022年10月23日, （2010年2月22日，北京）, 2022-10-23. */
export function isDateLine(t: string): boolean {
  return RE_DATE_LINE.test(t);
}

/** A line that could be (part of) a title: not a subtitle, date or spaced name. */
export function isTitleLine(t: string): boolean {
  return looksLikeTitleLine(t) && !RE_DATE_LINE.test(t) && !RE_SUBTITLE.test(t) && !(RE_SPEAKER.test(t) && /[\s\u3000]/u.test(t) && unspaced(t) === t);
}

export function looksLikeTitleLine(t: string): boolean {
  // A line ending in a comma, colon or an opening bracket is cut off in mid-sentence.
  return t.length <= 60 && !SENTENCE_MARK.test(t) && !/[，,：:（(“‘《【\[]$/u.test(t) && matchMarker(t, LINE_MARKERS) === null;
}

