// The document tree: plain data, JSON-serialisable, every node with its 1-based source line.

/**
 * Nodes carry `line`, the 1-based line of the input where they start (for people and messages), and
 * `para`, the 1-based number of the source paragraph they come from (`paragraphs[para - 1]`). They
 * differ when one input line holds many paragraphs, as in text scraped onto a single line.
 */
export interface SourceParagraph {
  para: number;
  line: number;
  /** The paragraph as it stands in the decoded text (whitespace trimmed). */
  text: string;
  /** A heading level given by markup (Markdown, Word styles), when there was one. */
  level?: 1 | 2 | 3 | 4;
}

export interface Paragraph {
  type: 'paragraph';
  text: string;
  line: number;
  para: number;
}

export interface Section {
  type: 'section';
  level: 1 | 2 | 3 | 4;
  /** The marker as written: `一、`, `第一，`, `一要`, `（一）`, `1.` … */
  marker: string;
  ordinal: number;
  /** The heading without its marker: a whole heading line, or the first sentence of a point. */
  heading: string;
  /** A short title for slides and the agenda: the heading up to its first comma. */
  title: string;
  line: number;
  para: number;
  /** Text under the heading before any child section. */
  body: Paragraph[];
  children: Section[];
  /**
   * Unnumbered paragraphs after the last child that are not the last child's own: a report's
   * 成就/体会/问题 paragraphs after its numbered points. Each is a block titled by its lead sentence.
   */
  tail: Paragraph[];
  /** Known (from the outline at the top) but absent from the body. */
  missing: boolean;
}

export type DocNode = Section | Paragraph;

export interface OutlineEntry {
  ordinal: number;
  text: string;
  line: number;
  para: number;
}

export interface Figure {
  /** As written, e.g. `超过40件`, `5%左右`. */
  text: string;
  /** Before the number: `超过`, `不低于`, `近` …, `预计` for an estimate, or empty. */
  qualifier: string;
  value: string;
  /** `余`, `多` or empty. */
  approx: string;
  unit: string;
  /** After the unit: `左右`, `以上` … or empty. */
  after: string;
  /** What the number measures, a noun phrase from its own clause; null when the clause gives none. */
  label: string | null;
  /** A goal set (预期目标, 力争, 计划, ……左右) or a result reported. */
  kind: 'target' | 'result';
  /** The year its sentence puts it in, when it says. */
  year: string | null;
  line: number;
  para: number;
}

export interface Quote {
  text: string;
  line: number;
  para: number;
}

export interface Truncation {
  line: number;
  /** The last words of the text. */
  tail: string;
}

export interface DocTree {
  type: 'document';
  title: string | null;
  subtitle: string | null;
  speaker: string | null;
  /** The speaker's office when the text gives it (县委书记, 国务院总理). */
  office: string | null;
  /** Who issues a notice or plan: the title's 国务院办公厅（关于……）, or the signature. */
  issuer: string | null;
  date: string | null;
  outline: OutlineEntry[];
  salutation: Paragraph | null;
  preamble: Paragraph[];
  sections: Section[];
  closing: Paragraph[];
  /** Trailing material that is not part of the speech body (attachments, source lines). */
  appendix: Paragraph[];
  /** Photo captions found spliced into the text (scraped web pages). */
  captions: Paragraph[];
  figures: Figure[];
  quotes: Quote[];
  truncated: Truncation | null;
  /** Every non-empty paragraph of the text, verbatim, for speaker notes. */
  paragraphs: SourceParagraph[];
}
