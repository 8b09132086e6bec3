// Items that begin inside a paragraph (……一要强化以案开路。……二要……) become sections one level down:
// the first sentence is the item, the rest its body.
import type { Paragraph, Section } from '../doc/types.js';
import { INLINE_MARKERS, matchMarker, type InlineMarkerFamily } from '../text/markers.js';
import { splitSentences, stripEndPunctuation } from '../text/sentences.js';
import { shortTitle } from '../text/headings.js';

interface Piece {
  text: string;
  line: number;
  para: number;
  /** The sentence is the first of its paragraph. */
  opens: boolean;
}

/** Rewrites leaf sections in place: inline items found in their body become children. */
export function liftInlineItems(sections: Section[]): void {
  for (const s of sections) {
    if (s.children.length === 0 && s.level < 4) extractItems(s);
    // Lists nest (一是……。一要……二要……): the items found are searched in turn.
    if (s.children.length > 0) liftInlineItems(s.children);
  }
}

function extractItems(section: Section): void {
  const sentences: Piece[] = section.body.flatMap((p) =>
    // Text on the heading's own line (第一，……。一是……) does not open a paragraph.
    splitSentences(p.text).map((x, i) => ({ text: x.text, line: p.line, para: p.para, opens: i === 0 && p.para !== section.para })),
  );
  let family: InlineMarkerFamily | null = null;
  const before: Piece[] = [];
  const items: { marker: string; ordinal: number; lead: Piece; rest: Piece[] }[] = [];
  for (const s of sentences) {
    const m = matchMarker(s.text, INLINE_MARKERS);
    const expected = items.length + 1;
    const first = items[0];
    // Under a part (level 1) only paragraphs that open with 一是… are points; 一要… and lists inside a
    // paragraph stay text. A list whose first item opens a paragraph continues only with items that do.
    const fits = first ? m?.family === family && (!first.lead.opens || s.opens) : section.level > 1 || (m?.family === 'shi' && s.opens);
    if (m && m.ordinal === expected && fits && m.rest.length > 0) {
      family = m.family;
      items.push({ marker: m.marker, ordinal: m.ordinal, lead: { ...s, text: m.rest }, rest: [] });
      continue;
    }
    const current = items[items.length - 1];
    if (current) current.rest.push(s);
    else before.push(s);
  }
  // A list written inside one sentence (一是……；二是……) is the sentence's, not items of the section.
  if (items.length === 0 || items.some((it) => nextItemInside(it.lead.text, family!, it.ordinal))) return;
  section.body = joinByLine(before);
  section.children = items.map((it) => {
    const heading = stripEndPunctuation(it.lead.text);
    return {
      type: 'section',
      level: (section.level + 1) as Section['level'],
      marker: it.marker,
      ordinal: it.ordinal,
      heading,
      title: shortTitle(heading),
      line: it.lead.line,
      para: it.lead.para,
      body: joinByLine(it.rest),
      children: [],
      tail: [],
      missing: false,
    };
  });
}

/** Whether the item's next one begins inside its sentence, after a clause: ……不够深入；二是…… */
function nextItemInside(lead: string, family: InlineMarkerFamily, ordinal: number): boolean {
  return lead
    .split(/[；;，,]/u)
    .slice(1)
    .some((clause) => {
      const m = matchMarker(clause.trim(), INLINE_MARKERS);
      return m !== null && m.family === family && m.ordinal === ordinal + 1;
    });
}

/** Consecutive sentences from the same source paragraph become one paragraph again. */
function joinByLine(pieces: Piece[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const p of pieces) {
    const last = out[out.length - 1];
    if (last && last.para === p.para) last.text += p.text;
    else out.push({ type: 'paragraph', text: p.text, line: p.line, para: p.para });
  }
  return out;
}
