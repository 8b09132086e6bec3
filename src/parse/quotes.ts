// Quotations that are whole sentences (“民心是最大的政治。”), as opposed to quoted terms (“两个维护”).
import type { Paragraph, Quote } from '../doc/types.js';

const RE_QUOTE = /“([^“”]{6,80}?[。！？!?])”/gu;

export function findQuotes(paragraphs: Paragraph[]): Quote[] {
  const out: Quote[] = [];
  for (const p of paragraphs) {
    for (const m of p.text.matchAll(RE_QUOTE)) out.push({ text: m[1]!, line: p.line, para: p.para });
  }
  return out;
}
