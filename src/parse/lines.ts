// Decoded text → paragraphs with their 1-based line numbers, repairing lines that were broken apart.
import type { SourceParagraph } from '../doc/types.js';
import type { SourceLine } from '../doc/source.js';

// A line that opens with closing punctuation was split from the line before it (HTML inline breaks).
// (Not ASCII ? or !: a lone ? at the start of a line is a character lost in an old conversion.)
const CONTINUATION = /^[，。；、）)：:！？”’]/u;

export function splitParagraphs(lines: SourceLine[]): SourceParagraph[] {
  const out: SourceParagraph[] = [];
  for (let i = 0; i < lines.length; i++) {
    const { text, level } = lines[i]!;
    // trim() removes exactly \s (which includes the full-width space U+3000 and U+00A0), natively.
    const t = text.trim();
    if (!t) continue;
    const prev = out[out.length - 1];
    if (prev && level === undefined && prev.level === undefined && CONTINUATION.test(t)) {
      prev.text += t;
      continue;
    }
    const para = out.length + 1;
    out.push(level === undefined ? { para, line: i + 1, text: t } : { para, line: i + 1, text: t, level });
  }
  return out;
}
