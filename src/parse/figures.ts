// Figures: a number as written, with its qualifier and unit (超过126万亿元, 40余人, 5%左右, 不低于15%),
// what it measures, and whether it is a target or a result.
//
// The model is the Chinese clause: [时间/范围] 主语 [状语] 谓语 + 数量 (全年城镇新增就业1244万人;
// 居民人均可支配收入增长6.1%; 城镇调查失业率平均为5.2%). The label is the subject with the predicate
// when it says what the figure measures (增长/下降/新增…), never the copula before the number (为/达到)
// and never words from another clause. A clause that yields no clean noun phrase gives no label, and a
// figure with no label is never shown as a tile (the sentence stays a bullet).
import type { Figure, Paragraph } from '../doc/types.js';

// Qualifiers written before and after the number: they are part of the value as written.
const BEFORE = '超过|不低于|不少于|不高于|不超过|不足|高于|低于|突破|将近|接近|近|约|逾|超';
// After the unit: a second unit in brackets (万套（间）), a rate (万吨/日), then 左右, 以上, 以内 …
const AFTER = '(?:[（(][^）)\\d]{1,3}[）)]|/[日天月年人])?(?:左右|以上|以下|以内|上下|之多)?';
// 万 before a counting unit (3万亩, 300万人次) belongs to the unit; 万/亿 alone count what the clause names.
const UNIT =
  '万亿元|亿元|万元|元|个百分点|百分点|%|％|‰|倍|(?:万|亿)?(?:人次|人|名|家|户|个|项|件|起|次|所|座|条|亩|吨|斤|公斤|千克|公里|千米|平方米|平方公里|立方米|千瓦时|千瓦|套|台|辆|批|份|篇|部|张|天|小时)|万|亿';
// The number starts where digits start: tried from inside a run of digits, \d+ would backtrack through
// the whole run at every position (a line of 100,000 digits took minutes). Such a match was skipped anyway.
const RE_FIGURE = new RegExp(`(${BEFORE})?(?<![\\d.])(\\d+(?:\\.\\d+)?)(余|多)?(${UNIT})(${AFTER})`, 'gu');
// Clause boundaries: the label never crosses one.
// (Quotation marks are not: “新三样”出口 is one phrase.)
const CLAUSE_END = /[，,；;。：:！？!?、（(）)]/u;

// Words that open a clause without being its subject: time, scope, 其中.
const RE_LEAD =
  /^(?:(?:19|20)\d{2}年(?:底|末|初|前|以来)?|\d{1,2}月(?:份|底)?|全年|今年|去年|上年|当年|年内|一年来|五年来|十年来|过去一年|过去五年|其中|目前|截至目前|现在|当前|如今|同时|此外|另外|全市|全县|全省|全区|全州|全镇|全国|我市|我县|我省|我区|我国|全市上下|所有的|所有|全部)+/u;
// What stands between the subject and the number without naming anything: copulas and reaching verbs,
// and the adverbs before them (平均为, 分别达到, 累计完成, 同比, 也是).
const RE_LINK =
  /(?:平均|分别|均|累计|共计|共|总计|合计|同比|比上年|较上年|比去年|年均|预计|将|要|力争|全年|也|都|亦|仍|又)?(?:为|是|达到|达|到|至|完成|实现|保持在|控制在|稳定在|保持|提高到|提高至|降至|降到|降低到|增至|增加到|增长到|突破|超|有|迈上|迈过|站上|跨上|拟按|按|拟安排|拟|年均)$/u;
// Growth and change: part of what the figure measures (居民人均可支配收入增长6.1%).
const RE_CHANGE = /(增长|下降|提高|降低|减少|增加|上涨|回落|上升)$/u;
const RE_CHANGE_TO = /(?:增长|下降|提高|降低|减少|增加|上涨|回落|上升|缩减|压减|压缩|精简|扩大|降|增)$/u;
// A label may not end on these: a particle, a preposition, a verb still waiting for its object.
const RE_BAD_END =
  /(?:[的从到至比和与为在对向把被由及或等了着过将要已升涨]|启动|放开|分别|实施|建设|开工|开展|组织|安排|发放|提供|解决|吸引|引进|带动|帮助|惠及|达|计划|预计|力争|确保|推进|推动|加快|建成|新建|改造|打造|培育|创建)$/u;
const RE_PLACE_ONLY = /^(?:城区|市区|县城|城乡|农村|乡镇|全域|城市|各地|各级|地方)$/u;
// A measure with no subject names nothing (总量, 产量, 增幅 alone; 年均增幅).
const RE_BARE_MEASURE = /^(?:年均|平均)?(?:总量|产量|规模|数量|比例|比重|增幅|增速|总额|总数|总计|企业|首批)$/u;
// A speaker's words, not a measure: pronouns, a modal 要 (not 主要/重要/需要), 每年, 就是.
const RE_SPOKEN = /我们|我国|我区|我市|我县|我省|你们|他们|每年|就是|后来|当时|(?:^|[^主重需必纲])要(?![素求点])|将(?!军)|会(?![议展员谈商])/u;
// A goal's opening words (目标是全年……, 力争……): they say the figure is a target, not what it measures.
const RE_GOAL = /^(?:主要预期目标是|预期目标是|目标是|目标为|力争|确保|努力|预计|拟|已|共|全力)/u;
// Verbs that open the phrase naming what is counted, after a long subject.
const RE_COUNTING_VERB =
  /查处|处分|处理|问责|立案|挽回|追回|收回|完成|实现|新增|培训|建成|新建|改造|投入|覆盖|整改|移送|发现|受理|办结|惠及|带动|吸纳|帮助|解决|排查|开展|组织/u;
// A verb with no object yet: what it counts is named after the number (新建24座公厕).
const RE_VERB_ONLY =
  /^(?:计划|预计|力争|拟|将|要|共|累计|全年|先后|先|再)?(?:新建|改建|扩建|新改建|改造|建成|建设|建立|完成|实施|开工|培训|新增|引进|招引|落地|签约|发放|安置|帮扶|救助|解决|创建|打造|培育|修复|治理|清理|拆除|整治|化解|处置|办结|受理|查处|投入|投资|争取|吸引|提供|举办|开展|组织|评选|表彰|推动|带动|实现|达到|减少|增加|派出|办好|精简|增发|发行|落实|用好)$/u;
const RE_SECOND_VERB = /支持|用于|推动|带动|实现|完成|开展|建设|提升|促进|保障|覆盖/u;
const MAX_LABEL = 18;
/** Characters of a clause read before (or after) a number when looking for its label. */
const MAX_CLAUSE = 64;

/**
 * What a part of a report does: look back (2024年工作回顾 — its figures are results) or plan ahead
 * (2025年工作安排, 重点任务 — its figures are targets, said plainly: 新改建农村公路8000公里).
 */
export type Tense = 'review' | 'plan';

const RE_REVIEW_PART = /回顾|成绩|成效|过去|总结|取得|主要工作|工作情况|(?:19|20)\d{2}年工作(?!安排|任务|计划|打算|部署|要点)/u;
const RE_PLAN_PART = /安排|任务|计划|打算|部署|建议|目标|总体要求|政策取向|重点工作|工作要求|工作要点|下一步|今后/u;

export function tenseOfPart(heading: string): Tense | null {
  if (RE_REVIEW_PART.test(heading)) return 'review';
  if (RE_PLAN_PART.test(heading)) return 'plan';
  return null;
}

export function findFigures(paragraphs: Paragraph[], tenseOf: (para: number) => Tense | null = () => null): Figure[] {
  const out: Figure[] = [];
  for (const p of paragraphs) {
    const sentences = new Sentences(p.text);
    RE_FIGURE.lastIndex = 0; // exec on the shared regex: matchAll would clone it for every paragraph
    for (let m = RE_FIGURE.exec(p.text); m !== null; m = RE_FIGURE.exec(p.text)) {
      const at = m.index;
      const prev = p.text[at - 1] ?? '';
      // Only the next few characters are looked at: a paragraph may hold thousands of figures.
      const next = p.text.slice(at + m[0].length, at + m[0].length + 4);
      // Part of a longer number, an ordinal (第3), or a year, a date, a name (5G); or the visible end
      // of a number a template masked (xx458元, xx0.9%, **6.8%): what shows is not the figure.
      if (/[0-9.第xX×*＊?？]/u.test(prev) || /^[年月日号届期]/u.test(next)) continue;
      // A signed value (-3.5%), the end of a range (15-20家, 5~8亿元, 3至5亿元) or of a number written in
      // groups (1,234.5万元, 1 234亿元): the digits after the mark are not the figure either.
      if (/[-－−–+＋]/u.test(prev) || (/[,，\s~～至到、]/u.test(prev) && /\d/u.test(p.text[at - 2] ?? ''))) continue;
      // 万 or 亿 alone, with the unit still to come (1.3万亿斤): not a figure this reader can write whole.
      if (/^[万亿]$/u.test(m[4] ?? '') && next !== '' && !CLAUSE_END.test(next[0]!)) continue;
      const [text, qualifier = '', value = '', approx = '', unit = '', after = ''] = m;
      const label = labelFor(p.text, at + qualifier.length, at + text.length, qualifier);
      out.push({
        text,
        // An estimate is shown as one: 预计 19.92亿元, never as the year's result.
        qualifier: sentences.estimatedBefore(at) ? `预计${qualifier}` : qualifier,
        value,
        approx,
        unit: unit === '％' ? '%' : unit,
        after,
        label,
        kind: sentences.kindAt(at, after, tenseOf(p.para)),
        year: sentences.yearBefore(at),
        line: p.line,
        para: p.para,
      });
    }
  }
  return out;
}

/** The subject and predicate before the number in its clause; or, when the number opens the clause, what follows it. */
export function labelFor(text: string, numberStart: number, end: number, qualifier = ''): string | null {
  const valueStart = numberStart - qualifier.length;
  let from = valueStart;
  while (from > 0 && valueStart - from <= MAX_CLAUSE && !CLAUSE_END.test(text[from - 1]!)) from--;
  // A clause this long before its number names nothing a tile could carry (and is not read twice).
  if (valueStart - from > MAX_CLAUSE) return null;
  // 老年人、患病者、残疾人的比例: the clause is one item of a list that shares the subject; no label.
  if (text[from - 1] === '、') return null;
  let pre = untilSettled(text.slice(from, valueStart).trim(), (s) => s.replace(RE_GOAL, '').replace(RE_LEAD, ''));
  if (pre === '') return labelAfter(text, end);
  if (/分别/u.test(pre)) return null; // one subject, several figures: no figure has a label of its own
  // 新建24座公厕: a verb whose object follows the number; the label is the verb with its object.
  if (RE_VERB_ONLY.test(pre)) return clean(pre + objectAfter(text, end));
  // 大唐700万吨露天煤矿, 起步区2.6公里路网: a number with a noun right after it describes that noun;
  // it is not what the clause measures.
  const following = text.slice(end, end + 2);
  if (/^[\u4e00-\u9fff]/u.test(following) && !/^(?:的|之|和|及|与|或|等|以上|以下|左右|上下)/u.test(following)) return null;
  // 缩减到130项, 提高至96%: the number is the level reached, so the change is not what it measures.
  const reached = /(?:到|至)$/u.test(pre);
  const change = reached ? null : RE_CHANGE.exec(pre);
  if (!change) {
    pre = untilSettled(pre, (s) => s.replace(RE_LINK, ''));
    if (reached) pre = pre.replace(RE_CHANGE_TO, '');
  } else if (/^(?:同比|比上年|较上年|比去年|年均)?$/u.test(pre.slice(0, change.index))) {
    return null; // 增长, 同比增长 alone name nothing
  }
  // 核技术应用等新兴产业: the examples before 等 are not what is measured.
  pre = pre.replace(/^.{1,12}等(?=.{2,}$)/u, '');
  // 完成营造林106万亩: the verb of doing says nothing the object does not (营造林).
  pre = pre.replace(/^再?(?:完成|实现|落实)(?=.{3,}$)/u, '');
  // 各级纪检监察机关查处……案件: a long subject before the verb; the verb and its object say what is counted.
  if (pre.length > MAX_LABEL) {
    const verb = RE_COUNTING_VERB.exec(pre);
    if (verb && verb.index > 0) pre = pre.slice(verb.index);
  }
  return clean(pre);
}

/** The text with `strip` applied until it takes nothing more off (全年目标是力争…… loses each in turn). */
function untilSettled(text: string, strip: (s: string) => string): string {
  for (let before = ''; before !== text; ) {
    before = text;
    text = strip(text);
  }
  return text;
}

// 40余人受到党纪政务处分: the figure opens its clause, and what it undergoes names it. Anything
// else after a number (12.98万户一期工程圆满收官) is a sentence about it, not its name.
function labelAfter(text: string, end: number): string | null {
  let to = end;
  while (to < text.length && to - end <= MAX_CLAUSE && !CLAUSE_END.test(text[to]!)) to++;
  const rest = text.slice(end, to);
  const passive = /^(?:受到|得到|获得|被)(.+)$/u.exec(rest);
  return passive ? clean(passive[1]!) : null;
}

/** The noun the number counts, right after it (24座公厕 → 公厕), up to the clause's end. */
function objectAfter(text: string, end: number): string {
  let to = end;
  while (to < text.length && to - end <= MAX_CLAUSE && !CLAUSE_END.test(text[to]!)) to++;
  const object = text.slice(end, to);
  // 投资2599万元的某公路: the number belongs to what follows 的, not to the verb; 增发1万亿元国债支持
  // 灾后重建: a second verb makes a sentence, not a name.
  const plain = object.length >= 2 && object.length <= 8 && !object.startsWith('的') && !RE_SECOND_VERB.test(object);
  return plain ? object : '';
}

function clean(label: string): string | null {
  const t = label.trim();
  // Two things under one number (转运站以及停车场, 公厕、驿站) say no one thing it measures.
  if (t.length < 2 || t.length > MAX_LABEL || /\d/u.test(t) || /以及|、/u.test(t) || RE_BAD_END.test(t) || RE_VERB_ONLY.test(t)) return null;
  // A template's blanks (xx镇, XX县, ××, **, 某某) stand for a name the text never gives.
  if (/[xX]{2,}|[×*＊]|某某/u.test(t)) return null;
  // A comparison (高于全国), a finished action (贡献了全国), a place alone (城区) measure nothing.
  // One subject for several figures (收入均增长) is no label of any one of them.
  if (/^(?:[对向在从把被为给与和跟按]|围绕|按照|根据|通过|依托|结合|高于|低于|比|较|相当于|占)|了|高于|低于|快于|慢于|均(?:增长|下降|提高|为|达)/u.test(t) || RE_PLACE_ONLY.test(t)) return null;
  if (RE_BARE_MEASURE.test(t) || RE_SPOKEN.test(t) || /[中后前时]$/u.test(t)) return null;
  return t;
}

// A goal said outright, whatever part it stands in; a deadline ahead (到2025年底) sets one too.
const RE_GOAL_SAID = /预期目标|主要目标|目标是|目标为|目标任务|力争|确保|要达到|将达到|拟安排|拟按|(?:^|[，,；;。])(?:到|至)(?:19|20)\d{2}年/u;
// A plan or an estimate: a target where the part does not say whether it looks back or ahead.
const RE_PLANNED = /计划|预计/u;

/** The index of the last value in the sorted list that is at most `at` (the list starts with 0). */
function lastAtOrBefore(sorted: readonly number[], at: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * A paragraph's sentences, read once: where each begins and ends, whether it sets a goal, which years
 * it names. A paragraph may hold thousands of figures; each then costs a look-up, not a re-reading.
 */
class Sentences {
  /** Start of each sentence (after 。！？), of each part of one (after ；too), and the years with their positions. */
  private readonly starts: number[] = [0];
  private readonly partStarts: number[] = [0];
  private readonly years: { at: number; year: string }[] = [];
  /** Where a list of goals opens (主要预期目标是：), or -1. */
  private readonly opener: number;
  /** What each sentence part says of goals, by its span. */
  private readonly said = new Map<string, { goal: boolean; planned: boolean }>();

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      if (/[。！？!?]/u.test(text[i]!)) this.starts.push(i + 1);
      if (/[。！？!?；;]/u.test(text[i]!)) this.partStarts.push(i + 1);
    }
    for (const m of text.matchAll(/(?:19|20)\d{2}(?=年)/gu)) this.years.push({ at: m.index, year: m[0] });
    this.opener = text.search(/目标(?:任务)?[是为：:。]/u);
  }

  /** Where the sentence holding position `at` begins, and where it ends: [from, to). */
  private sentence(at: number): [number, number] {
    const i = lastAtOrBefore(this.starts, at);
    return [this.starts[i]!, this.starts[i + 1] ?? this.text.length];
  }

  /**
   * A plan's figures are targets and a review's results, unless the sentence says a goal outright;
   * elsewhere the sentence decides (计划, 预计, ……左右 in a list of goals).
   */
  kindAt(at: number, after: string, tense: Tense | null): Figure['kind'] {
    const [, to] = this.sentence(at);
    const from = this.partStarts[lastAtOrBefore(this.partStarts, at)]!;
    // The part of the sentence after the last ；, or the list of goals opened earlier in the paragraph.
    const start = this.opener >= 0 && this.opener < from ? this.opener : from;
    const key = `${start}:${to}`;
    let said = this.said.get(key);
    if (!said) {
      const sentence = this.text.slice(start, to);
      said = { goal: RE_GOAL_SAID.test(sentence), planned: RE_PLANNED.test(sentence) };
      this.said.set(key, said);
    }
    if (said.goal) return 'target';
    if (tense !== null) return tense === 'plan' ? 'target' : 'result';
    return said.planned || after === '左右' ? 'target' : 'result';
  }

  /** The last year the sentence names before `at`. */
  yearBefore(at: number): string | null {
    const [from] = this.sentence(at);
    let found: string | null = null;
    for (const y of this.years) {
      if (y.at >= at) break;
      if (y.at >= from) found = y.year;
    }
    return found;
  }

  /** Whether the sentence calls what comes before `at` an estimate (预计实现GDP19.92亿元; 预计，全年……). */
  estimatedBefore(at: number): boolean {
    const [from] = this.sentence(at);
    return this.text.slice(from, at).includes('预计');
  }
}
