// How a bullet is drawn at a size: where its reading breaks go, and how many lines it then takes.
// The paginator measures bullets as they will be drawn, breaks included, so that a break chosen for
// reading (which moves a line end back) can never push a page past its box.
import { lineStarts, linesOf, type TextWidths } from './measure.js';
import { tokenStarts } from './line-breaks.js';

/**
 * Soft line breaks (code point offsets) where the viewer's own wrapping would read badly: before a
 * number that a line end would part from its unit (126万/亿元), and one character early when the last
 * line would hold a single character (……致以崇高的敬/意). Each break only moves a line end back.
 */
export function readingBreaks(text: string, size: number, widthPt: number): number[] {
  const chars = [...text];
  const tokens = tokensOf(text); // ascending
  const allowed = new Set(tokens);
  const breaks: number[] = [];
  let from = 0;
  for (let guard = 0; guard < chars.length; guard++) {
    const starts = lineStarts(chars.slice(from).join(''), size, widthPt).map((s) => from + s);
    const split = starts.find((at) => !allowed.has(at));
    // The line then begins with the whole unit the viewer would have parted: at its start.
    let back = -1;
    for (const t of tokens) {
      if (split === undefined || t >= split) break;
      back = t;
    }
    if (back > from) {
      breaks.push(back);
      from = back;
      continue;
    }
    const last = starts[starts.length - 1];
    const visible = last === undefined ? 2 : chars.slice(last).filter((c) => !/[\p{P}\s]/u.test(c)).length;
    if (last !== undefined && visible <= 1 && last - 1 > (starts[starts.length - 2] ?? from)) breaks.push(last - 1);
    break;
  }
  return breaks;
}

// A bullet is measured at several sizes: its tokens are found once. Bounded, as measure.ts's widths.
const tokenCache = new Map<string, number[]>();
const TOKEN_CACHE_LIMIT = 4096;

function tokensOf(text: string): number[] {
  let tokens = tokenCache.get(text);
  if (!tokens) {
    tokens = tokenStarts(text);
    if (tokenCache.size >= TOKEN_CACHE_LIMIT) tokenCache.clear();
    tokenCache.set(text, tokens);
  }
  return tokens;
}

/** Lines of a text with soft breaks at `breaks`: each stretch between breaks wraps on its own. */
export function linesWithBreaks(widths: TextWidths, breaks: readonly number[], size: number, widthPt: number): number {
  if (breaks.length === 0) return linesOf(widths, size, widthPt);
  const cuts = [0, ...breaks, widths.em.length];
  let lines = 0;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i]!, cuts[i + 1]!];
    lines += linesOf({ em: widths.em.slice(from, to), noLineStart: widths.noLineStart.slice(from, to) }, size, widthPt);
  }
  return lines;
}
