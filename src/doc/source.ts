// What the readers hand the parser: lines of text, some of them marked as headings by their markup.

export type HeadingLevel = 1 | 2 | 3 | 4;

export interface SourceLine {
  text: string;
  /** Set when the markup says the line is a heading: Markdown `#`, Word's heading styles. */
  level?: HeadingLevel;
}

/**
 * Plain text: one source line per text line, none marked. A text exported from a table, a CSV cell or
 * JSON with its line breaks escaped (`\n` written as two characters) gets them back.
 */
export function linesOfText(text: string): SourceLine[] {
  return unescapeBreaks(text).split('\n').map((t) => ({ text: t }));
}

const ESCAPED_BREAK = /\\r\\n|\\n|\\r/g;

function unescapeBreaks(text: string): string {
  if (!text.includes('\\')) return text;
  const escaped = text.match(ESCAPED_BREAK)?.length ?? 0;
  const real = text.split('\n').length - 1;
  return escaped >= 3 && escaped > real * 3 ? text.replace(ESCAPED_BREAK, '\n') : text;
}
