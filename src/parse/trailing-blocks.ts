// After a part's numbered points a report often goes on without numbers: 过去的一年，……; 这些成绩的取得，
// ……; 同时，我们也清醒地看到…… These paragraphs are not the last point's. The model: a point looks
// like its siblings. When every earlier point is one paragraph — its heading and its text on one line —
// paragraphs after the last point's own are the part's trailing blocks, not more of that point.
import type { Section } from '../doc/types.js';

/** Enough points that their shape is a pattern, not a coincidence. */
const MIN_SIBLINGS = 3;

/** For each part: its points are the children, and what trails them becomes the part's tail. */
export function separateTrailingBlocks(parts: Section[]): void {
  for (const s of parts) {
    const last = s.children[s.children.length - 1];
    if (!last || s.children.length < MIN_SIBLINGS || last.children.length > 0) continue;
    const earlier = s.children.slice(0, -1);
    const onePara = (c: Section) => c.children.length === 0 && c.body.every((p) => p.para === c.para);
    if (!earlier.every(onePara)) continue;
    const extra = last.body.findIndex((p) => p.para !== last.para);
    if (extra < 0) continue;
    s.tail = [...last.body.slice(extra), ...s.tail];
    last.body = last.body.slice(0, extra);
  }
}
