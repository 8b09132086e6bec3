// Decoded text → paragraphs with their 1-based line numbers, repairing lines that were broken apart.
import type { SourceParagraph } from '../doc/types.js';

const EDGE_SPACE = /^[\s\u3000\u00A0]+|[\s\u3000\u00A0]+$/gu;
// A line that opens with closing punctuation was split from the line before it (HTML inline breaks).
const CONTINUATION = /^[，。；、）)：:！？!?”’]/u;

export function splitParagraphs(text: string): SourceParagraph[] {
  const out: SourceParagraph[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.replace(EDGE_SPACE, '');
    if (!t) continue;
    const prev = out[out.length - 1];
    if (prev && CONTINUATION.test(t)) {
      prev.text += t;
      continue;
    }
    out.push({ line: i + 1, text: t });
  }
  return out;
}
