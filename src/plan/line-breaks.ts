// Where a title or a label breaks, chosen rather than left to the viewer's wrapping: lines of even
// length, so that no character is left alone on the last line (腐败问/题); a number never parted from
// its unit (126万亿元); no line starting with closing punctuation, none ending with an opening one.
import { LINE_SLACK, measureWidths } from './measure.js';

const DIGIT = /[0-9０-９.．,，%％‰]/u;
// What may follow a number as its unit (余人, 万亿元, 个百分点).
const UNIT_CHAR = /[余多万亿千百十元人个件项次户家所座条亩吨名倍位年月日天米公里斤台套辆批份篇部张点]/u;
const OPENING = /[“‘《（(【「『〔]/u;

interface Token {
  text: string;
  em: number;
}

/**
 * The text broken into exactly `lines` lines of even width that each fit `widthPt` at `size` pt,
 * joined with line feeds; null when it cannot be done without parting what belongs together.
 */
export function breakForReading(text: string, size: number, widthPt: number, lines: number): string | null {
  if (lines <= 1) return text;
  const tokens = tokensOf(text);
  const limit = widthPt / size - LINE_SLACK;
  const total = tokens.reduce((sum, t) => sum + t.em, 0);
  if (lines === 2) return twoLines(tokens, limit, total);
  // The narrowest measure that still needs no more lines: the lines come out as even as they can.
  for (let measure = total / lines; measure <= limit + 1e-9; measure += 0.25) {
    const wrapped = wrap(tokens, Math.min(measure, limit));
    if (wrapped && wrapped.length <= lines) return wrapped.join('\n');
  }
  const wrapped = wrap(tokens, limit);
  return wrapped && wrapped.length <= lines ? wrapped.join('\n') : null;
}

// After a clause mark a line may end as a reader pauses.
const PAUSE = /[，、；：,;:——]$/u;

/**
 * Two lines: of the breaks where both halves fit, the one after a clause mark if any is near enough
 * to the middle, else the most even; never one leaving a character alone.
 */
function twoLines(tokens: Token[], limit: number, total: number): string | null {
  let best: { at: number; cost: number } | null = null;
  let first = 0;
  for (let at = 1; at < tokens.length; at++) {
    first += tokens[at - 1]!.em;
    const second = total - first;
    if (first > limit + 1e-9 || second > limit + 1e-9 || first < 2 || second < 2) continue;
    const pause = PAUSE.test(tokens[at - 1]!.text);
    // Without a dictionary, the joints between words that are easiest to see: before 和/与/及, after 的.
    const joint = /^[和与及并或]/u.test(tokens[at]!.text) || /的$/u.test(tokens[at - 1]!.text);
    const cost = Math.abs(first - second) / total - (pause ? 0.5 : 0) - (joint ? 0.15 : 0);
    if (!best || cost < best.cost) best = { at, cost };
  }
  if (!best) return null;
  const text = (from: number, to: number) => tokens.slice(from, to).map((t) => t.text).join('');
  return hangSpaces([text(0, best.at), text(best.at, tokens.length)]).join('\n');
}

/**
 * A space where a line breaks stays at the end of the line before (where it is not seen), so that the
 * text without its breaks (a plan file's) is the text again: 欢迎 / 不抓 → 欢迎 不抓, not 欢迎不抓.
 */
function hangSpaces(lines: string[]): string[] {
  const out = lines.map((l) => l);
  for (let i = 1; i < out.length; i++) {
    const lead = /^\s+/u.exec(out[i]!)?.[0] ?? '';
    if (lead) {
      out[i - 1] += lead;
      out[i] = out[i]!.slice(lead.length);
    }
  }
  return out.map((l, i) => (i === 0 ? l.trimStart() : l)).map((l, i, all) => (i === all.length - 1 ? l.trimEnd() : l));
}

function wrap(tokens: Token[], measure: number): string[] | null {
  const out: string[] = [];
  let line = '';
  let used = 0;
  for (const t of tokens) {
    if (t.em > measure + 1e-9) return null;
    if (line && used + t.em > measure + 1e-9) {
      out.push(line);
      line = '';
      used = 0;
    }
    line += t.text;
    used += t.em;
  }
  if (line) out.push(line);
  return hangSpaces(out);
}

/** Where a line may begin (code point offsets): between the units that never part. */
export function tokenStarts(text: string): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const t of tokensOf(text)) {
    starts.push(at);
    at += [...t.text].length;
  }
  return starts;
}

/** Where the unit that starts at `i` ends: a number with its unit, a Latin word, or one character. */
function unitEnd(chars: string[], i: number): number {
  let j = i + 1;
  if (DIGIT.test(chars[i]!)) {
    while (j < chars.length && DIGIT.test(chars[j]!)) j++;
    for (let k = 0; k < 3 && j < chars.length && UNIT_CHAR.test(chars[j]!); k++) j++;
  } else if (/[A-Za-z]/u.test(chars[i]!)) {
    while (j < chars.length && /[A-Za-z0-9\-_']/u.test(chars[j]!)) j++;
  }
  return j;
}

/** Units that never part: a number with its unit, a Latin word, a character with the marks that cling to it. */
function tokensOf(text: string): Token[] {
  const chars = [...text];
  const { em, noLineStart } = measureWidths(text);
  const tokens: Token[] = [];
  let i = 0;
  while (i < chars.length) {
    // An opening mark goes with what it opens: a character, a number with its unit, a Latin word (（CnWizards).
    let start = i;
    while (start < chars.length && OPENING.test(chars[start]!)) start++;
    let j = start < chars.length ? unitEnd(chars, start) : start;
    // Closing marks go with what they close.
    while (j < chars.length && noLineStart[j]) j++;
    let w = 0;
    for (let k = i; k < j; k++) w += em[k]!;
    tokens.push({ text: chars.slice(i, j).join(''), em: w });
    i = j;
  }
  return tokens;
}
