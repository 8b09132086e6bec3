// Figures: a number with its unit and qualifier (超过40件、40余人、超过50万元、不低于15%), and what it counts.
import type { Figure, Paragraph } from '../doc/types.js';

const QUALIFIER = '超过|不低于|不少于|不高于|不超过|高于|低于|达到|突破|近|约|逾|累计|共计|共|增长|下降|提高|减少';
// 万 before a counting unit (3万亩, 300万人次) belongs to the unit.
const UNIT = '万亿元|亿元|万元|元|个百分点|%|％|倍|万?(?:人次|人|名|家|户|个|项|件|起|次|所|座|条|亩|吨|公里|千米|平方米|套|台|辆|批)';
const RE_FIGURE = new RegExp(`(${QUALIFIER})?(\\d+(?:\\.\\d+)?)(余|多)?(${UNIT})`, 'gu');
// Verbs that usually open the phrase naming what a figure counts.
const RE_VERB =
  /查处|处分|处理|问责|立案|挽回|追回|收回|增长|下降|减少|完成|实现|新增|提高|培训|建成|投入|覆盖|整改|移送|发现|受理|办结|惠及|带动|吸纳|帮助|解决|排查|开展|组织|达到/u;
const CLAUSE_START = /[，,；;。：:！？!?、]/u;
const MAX_LABEL = 20;

export function findFigures(paragraphs: Paragraph[]): Figure[] {
  const out: Figure[] = [];
  for (const p of paragraphs) {
    RE_FIGURE.lastIndex = 0; // exec on the shared regex: matchAll would clone it for every paragraph
    for (let m = RE_FIGURE.exec(p.text); m !== null; m = RE_FIGURE.exec(p.text)) {
      const at = m.index;
      const prev = p.text[at - 1] ?? '';
      // Part of a longer number, an ordinal (第3), or a year/date.
      if (/[0-9.第]/u.test(prev)) continue;
      const [text, qualifier = '', value = '', approx = '', unit = ''] = m;
      out.push({ text, qualifier, value, approx, unit: unit === '％' ? '%' : unit, label: labelFor(p.text, at, at + text.length), line: p.line, para: p.para });
    }
  }
  return out;
}

function labelFor(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !CLAUSE_START.test(text[from - 1]!)) from--;
  let clause = text.slice(from, start);
  if (!clause) {
    // The figure opens its clause (40余人受到处分): what follows names it.
    let to = end;
    while (to < text.length && !CLAUSE_START.test(text[to]!)) to++;
    clause = text.slice(end, to);
  }
  const verb = RE_VERB.exec(clause);
  if (clause.length > MAX_LABEL / 2 && verb && verb.index > 0 && clause.length - verb.index >= 4) clause = clause.slice(verb.index);
  if (clause.length > MAX_LABEL) clause = clause.slice(clause.length - MAX_LABEL);
  return clause;
}
