// Items that begin inside a paragraph (……一要强化以案开路。……二要……) become sections one level down:
// the first sentence is the item, the rest its body.
import type { Paragraph, Section } from '../doc/types.js';
import { INLINE_MARKERS, matchMarker, type InlineMarkerFamily } from './markers.js';
import { splitSentences, stripEndPunctuation } from './sentences.js';
import { shortTitle } from './headings.js';

interface Piece {
  text: string;
  line: number;
  para: number;
}

/** Rewrites leaf sections in place: inline items found in their body become children. */
export function liftInlineItems(sections: Section[]): void {
  for (const s of sections) {
    if (s.children.length > 0) liftInlineItems(s.children);
    else if (s.level < 4) extractItems(s);
  }
}

function extractItems(section: Section): void {
  const sentences: Piece[] = section.body.flatMap((p) =>
    splitSentences(p.text).map((x) => ({ text: x.text, line: p.line, para: p.para })),
  );
  let family: InlineMarkerFamily | null = null;
  const before: Piece[] = [];
  const items: { marker: string; ordinal: number; lead: Piece; rest: Piece[] }[] = [];
  for (const s of sentences) {
    const m = matchMarker(s.text, INLINE_MARKERS);
    const expected = items.length + 1;
    if (m && m.ordinal === expected && (family === null || m.family === family) && m.rest.length > 0) {
      family = m.family;
      items.push({ marker: m.marker, ordinal: m.ordinal, lead: { text: m.rest, line: s.line, para: s.para }, rest: [] });
      continue;
    }
    const current = items[items.length - 1];
    if (current) current.rest.push(s);
    else before.push(s);
  }
  if (items.length === 0) return;
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
      missing: false,
    };
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
