// The Markdown a user would have to write to give pandoc the same document: the title as pandoc's
// title line, every part and point as a heading (# for parts, ## for points, deeper levels below),
// and every other paragraph as text, in source order. Built from doc2deck's own parse, so both tools
// get the same content; nothing is left out (doc2deck keeps every paragraph in the notes).
import type { DocTree, Section } from '../doc/types.js';

export function treeToMarkdown(tree: DocTree): string {
  const headings = new Map<number, Section>();
  const walk = (s: Section) => {
    if (!s.missing && !headings.has(s.para)) headings.set(s.para, s);
    s.children.forEach(walk);
  };
  tree.sections.forEach(walk);
  const out: string[] = tree.title ? [`% ${tree.title}`, ''] : [];
  for (const p of tree.paragraphs) {
    if (tree.title && p.text === tree.title) continue;
    const s = headings.get(p.para);
    if (!s) {
      out.push(p.text, '');
      continue;
    }
    out.push(`${'#'.repeat(s.level)} ${s.marker}${s.heading}`, '');
    // A point's heading is its first sentence; the rest of its paragraph is text under it.
    const at = p.text.indexOf(s.heading);
    const rest = at >= 0 ? p.text.slice(at + s.heading.length).trim() : '';
    if (rest) out.push(rest, '');
  }
  return out.join('\n');
}
