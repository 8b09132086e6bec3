// Sentence and clause boundaries in Chinese text with mixed full- and half-width punctuation.

const TERMINAL = '。！？!?';
const CLOSERS = '”’」』）)》】';

export interface Sentence {
  text: string;
  /** Offset of the sentence in the text it came from. */
  start: number;
}

// A sentence ends at a run of 。！？!? and the closing quotes and brackets right after it.
const SENTENCE_END = new RegExp(`[${TERMINAL}][${TERMINAL}${CLOSERS}]*`, 'gu');

/** Split after 。！？!? (keeping closing quotes with the sentence they close). */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  // exec on the shared regex, not matchAll: matchAll clones the regex on every call, and this runs
  // for every paragraph and bullet.
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m !== null; m = SENTENCE_END.exec(text)) {
    const end = m.index + m[0].length;
    push(out, text, start, end);
    start = end;
  }
  push(out, text, start, text.length);
  return out;
}

function push(out: Sentence[], text: string, from: number, to: number): void {
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const t = raw.trim();
  if (t) out.push({ text: t, start: from + lead });
}

// Tested from the end, not with a regex anchored by $: V8 tries such a regex at every position of
// the string, and these run for every paragraph, bullet and clause.
const END_MARKS = new Set('。；;：:！？!?，,、');
const SENTENCE_FINAL = new Set('。！？!?…”」』）)]》：:；;');

/** Drop the trailing sentence marks (。；：！？，、 and their ASCII forms). */
export function stripEndPunctuation(s: string): string {
  let end = s.length;
  while (end > 0 && END_MARKS.has(s[end - 1]!)) end--;
  return end === s.length ? s : s.slice(0, end);
}

export function endsSentence(s: string): boolean {
  return s.length > 0 && SENTENCE_FINAL.has(s[s.length - 1]!);
}
