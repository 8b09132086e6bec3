// Sentence and clause boundaries in Chinese text with mixed full- and half-width punctuation.

const TERMINAL = '。！？!?';
const CLOSERS = '”’」』）)》】';

export interface Sentence {
  text: string;
  /** Offset of the sentence in the text it came from. */
  start: number;
}

/** Split after 。！？!? (keeping closing quotes with the sentence they close). */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    i++;
    if (!TERMINAL.includes(ch)) continue;
    while (i < text.length && (TERMINAL.includes(text[i]!) || CLOSERS.includes(text[i]!))) i++;
    push(out, text, start, i);
    start = i;
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

/** Drop one trailing sentence mark (。；：！？ and their ASCII forms). */
export function stripEndPunctuation(s: string): string {
  return s.replace(/[。；;：:！？!?，,、]+$/u, '');
}

export function endsSentence(s: string): boolean {
  return /[。！？!?…”」』）)\]》：:；;]$/u.test(s);
}
