// Choosing what a slide shows of a paragraph: its key sentences, trimmed at a clause boundary.
import type { Paragraph } from '../doc/types.js';
import { splitSentences, stripEndPunctuation } from '../text/sentences.js';
import { fullWidthPunctuation } from '../text/punctuation.js';

export interface Candidate {
  text: string;
  /** The source paragraph it comes from. */
  para: number;
}

// Words that mark a sentence as a demand or a conclusion, the sentences a listener must take away.
const RE_KEY = /必须|要|坚持|坚决|确保|务必|切实|推动|强化|加强|着力|深入|全面|不断|力争|目标/u;
const MAX_BULLET = 64;

export function sentencesOf(paragraphs: Paragraph[]): Candidate[] {
  return paragraphs.flatMap((p) => splitSentences(p.text).map((s) => ({ text: s.text, para: p.para })));
}

/** Up to `max` sentences, the strongest first chosen, returned in reading order. */
export function keySentences(paragraphs: Paragraph[], max: number): Candidate[] {
  const all = sentencesOf(paragraphs).filter((s) => stripEndPunctuation(s.text).length >= 6);
  const scored = all.map((s, i) => ({ s, i, score: score(s.text, i) }));
  const chosen = [...scored].sort((a, b) => b.score - a.score || a.i - b.i).slice(0, max);
  return chosen.sort((a, b) => a.i - b.i).map((c) => ({ text: trimForSlide(c.s.text), para: c.s.para }));
}

function score(text: string, index: number): number {
  let s = 0;
  if (RE_KEY.test(text)) s += 2;
  if (text.length >= 10 && text.length <= 60) s += 1;
  if (index === 0) s += 1;
  return s;
}

// Clause boundaries a bullet may be cut at; a shared regex run with exec (matchAll clones it per call).
const CLAUSE_MARK = /[，,；;：:]/gu;

/** A sentence cut to slide length at its last clause boundary that fits, without its end mark. */
export function trimForSlide(sentence: string, max = MAX_BULLET): string {
  const s = stripEndPunctuation(fullWidthPunctuation(sentence));
  if (s.length <= max) return s;
  let cut = -1;
  CLAUSE_MARK.lastIndex = 0;
  for (let m = CLAUSE_MARK.exec(s); m !== null; m = CLAUSE_MARK.exec(s)) {
    if (m.index <= max && m.index >= 8) cut = m.index;
  }
  return cut > 0 ? s.slice(0, cut) : `${s.slice(0, max - 1)}…`;
}
