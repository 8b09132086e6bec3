// What the readers hand the parser: lines of text, some of them marked as headings by their markup.

export type HeadingLevel = 1 | 2 | 3 | 4;

export interface SourceLine {
  text: string;
  /** Set when the markup says the line is a heading: Markdown `#`, Word's heading styles. */
  level?: HeadingLevel;
}

/** Plain text: one source line per text line, none marked. */
export function linesOfText(text: string): SourceLine[] {
  return text.split('\n').map((t) => ({ text: t }));
}
