// Lists written inside a paragraph (信息报送的原则：一是及时报送。……二是准确报送。……, 一是同大家谈谈心，
// 二是给大家鼓鼓劲, 首先……其次……最后……): on a slide they are bullets.
import { cnToInt } from '../text/numerals.js';
import { splitSentences, stripEndPunctuation } from '../text/sentences.js';

export interface InlineList {
  /** What comes before the first item (信息报送的原则). */
  intro: string;
  /** Each item's words up to the end of its first sentence (or clause, for a list within a sentence). */
  items: string[];
}

const RE_ITEM =
  /(?<=^|[。！？；;：:，,])(?:([一二三四五六七八九十])(是|要)(?![否非求素]|因为|由于)|(首先|其次|再次|然后|最后|第[二三四五六七八九])[，,]?)/gu;
const SEQUENCE: Record<string, number> = { 首先: 1, 其次: 2, 再次: 3 };

function sequenceOrdinal(word: string): number {
  return word.startsWith('第') ? cnToInt(word.slice(1)) : (SEQUENCE[word] ?? 0);
}

export function findInlineList(text: string): InlineList | null {
  const marks: { at: number; end: number; family: string; ordinal: number; last: boolean }[] = [];
  RE_ITEM.lastIndex = 0; // exec on the shared regex: matchAll would clone it for every text
  for (let m = RE_ITEM.exec(text); m !== null; m = RE_ITEM.exec(text)) {
    marks.push({
      at: m.index,
      end: m.index + m[0].length,
      family: m[3] ? 'seq' : m[2]!,
      ordinal: m[3] ? sequenceOrdinal(m[3]) : cnToInt(m[1]!),
      last: m[3] === '最后',
    });
  }
  const run: typeof marks = [];
  for (const m of marks) {
    const prev = run[run.length - 1];
    if (!prev) {
      if (m.ordinal === 1) run.push(m);
      continue;
    }
    if (m.family !== prev.family) continue;
    if (m.ordinal === prev.ordinal + 1 || (m.family === 'seq' && (m.last || m.ordinal === 0))) run.push(m);
  }
  if (run.length < 2) return null;
  const items = run.map((m, i) => {
    const next = run[i + 1];
    const body = text.slice(m.end, next ? next.at : text.length);
    return stripEndPunctuation(firstPiece(body, next === undefined));
  });
  return { intro: stripEndPunctuation(text.slice(0, run[0]!.at)), items: items.filter((t) => t.length > 0) };
}

// An item runs to the next item; on a slide it shows up to its first full stop.
function firstPiece(body: string, last: boolean): string {
  const first = splitSentences(body)[0]?.text ?? body;
  return last ? first : first.length < body.trim().length ? first : body;
}
