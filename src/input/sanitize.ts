// One cleaning step at the boundary: whatever reaches the parser and, later, the XML is text that
// XML 1.0 can carry and that a reader would see.

// Word uses U+000B (vertical tab) for a manual line break; U+000C is a page break.
const LINE_BREAKS = /[\u000B\u000C\u2028\u2029\u0085]/g;
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F\uFFFE\uFFFF]/g;
// With the u flag a well-formed pair is one code point outside this range: only lone halves match.
const LONE_SURROGATE = /[\uD800-\uDFFF]/gu;
// Zero-width characters and the BOM used as a word joiner: invisible, but they break matching.
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;

// Everything the steps below touch (tab and line feed stay); most text has none of it and is returned as it is.
const ANYTHING_TO_CLEAN = /[\u0000-\u0008\u000B-\u001F\u007F\u0085\u200B-\u200D\u2028\u2029\u2060\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/;

export function sanitizeText(s: string): string {
  if (!ANYTHING_TO_CLEAN.test(s)) return s;
  return s
    .replace(/\r\n?/g, '\n')
    .replace(LINE_BREAKS, '\n')
    .replace(CONTROL, '')
    .replace(LONE_SURROGATE, '')
    .replace(ZERO_WIDTH, '');
}
