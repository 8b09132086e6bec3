// A numbered line → heading (and any body text that shares its line).
import { splitSentences, stripEndPunctuation } from './sentences.js';

export interface SplitHeading {
  heading: string;
  body: string;
}

/** `提高政治站位，深刻认识……` stays whole; `纵深推进……的经验交流。党的十八大以来……` splits after the first sentence. */
export function splitHeading(rest: string): SplitHeading {
  const sentences = splitSentences(rest);
  const first = sentences[0];
  if (!first || sentences.length === 1) {
    const whole = stripEndPunctuation(rest.trim());
    return { heading: whole, body: '' };
  }
  return { heading: stripEndPunctuation(first.text), body: rest.slice(first.start + first.text.length).trim() };
}

/** The agenda form of a heading: the words before its first comma. */
export function shortTitle(heading: string): string {
  const m = /^(.{2,}?)[，,；;：:]/u.exec(heading);
  return m?.[1] ?? heading;
}
