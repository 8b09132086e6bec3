// The frame around the body: the closing exhortation, and whether the text stops mid-sentence.
import type { Paragraph, Section, SourceParagraph, Truncation } from '../doc/types.js';
import { endsSentence } from '../text/sentences.js';

const RE_CLOSING_START = /^(?:同志们|各位代表|同胞们|朋友们)[！!，,]/u;
const RE_CALL = /让我们|而努力奋斗|而团结奋斗|而不懈奋斗|谢谢大家|谢谢！|希望大家|希望同志们|希望各位/u;

/** The call a speech or report ends with (让我们……！, ……而努力奋斗！, 谢谢大家). */
export function isClosingCall(text: string): boolean {
  return RE_CALL.test(text);
}

/** Moves the closing paragraphs out of the last section's body (the last `同志们！` block, or a final call). */
export function takeClosing(sections: Section[], lead: Paragraph[]): Paragraph[] {
  const body = lastBody(sections) ?? lead;
  for (let i = body.length - 1; i >= Math.max(0, body.length - 3); i--) {
    const p = body[i]!;
    if (RE_CLOSING_START.test(p.text) || (i === body.length - 1 && RE_CALL.test(p.text))) {
      return body.splice(i);
    }
  }
  return [];
}

function lastBody(sections: Section[]): Paragraph[] | null {
  let s = sections[sections.length - 1];
  if (!s) return null;
  while (s.children.length > 0) {
    const child: Section = s.children[s.children.length - 1]!;
    if (child.body.length === 0) break;
    s = child;
  }
  return s.body;
}

/** A long last paragraph that ends without sentence punctuation was cut off. */
export function detectTruncation(paras: SourceParagraph[]): Truncation | null {
  const last = paras[paras.length - 1];
  if (!last || last.text.length <= 20 || endsSentence(last.text)) return null;
  return { line: last.line, tail: lastClause(last.text) };
}

function lastClause(text: string): string {
  const clauses = text.split(/[，,；;。：:！？!?]/u);
  const last = clauses[clauses.length - 1]!.trim();
  return last.length >= 4 && last.length <= 20 ? last : text.slice(-12);
}
