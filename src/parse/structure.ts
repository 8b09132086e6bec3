// Body paragraphs → sections. Marker families get their level from the order in which they first
// appear; a numbered line counts as a heading only when its number is the next one expected.
import type { Paragraph, Section, SourceParagraph } from '../doc/types.js';
import { INLINE_MARKERS, LINE_MARKERS, SEQUENCE_MARKERS, matchMarker, otherSpelling, sequenceOf, type LineMarkerFamily, type MarkerMatch } from '../text/markers.js';
import { headingFromNext, shortTitle, splitGluedHeading, splitHeading } from '../text/headings.js';
import { problem, type Problem } from '../problems.js';
import { cutByPreview, readPreview } from './preview.js';

export interface Body {
  /** Paragraphs before the first heading. */
  lead: Paragraph[];
  sections: Section[];
  problems: Problem[];
}

// A paragraph that leads into what follows ends with a colon (计划如下：, 做如下安排:).
const RE_LEAD_IN = /[:：]\s*$/u;

/** How many numbers a sequence may skip, and how long a heading that skips them may be. */
const MAX_GAP = 4;
const MAX_HEADING = 30;

export function readBody(paras: SourceParagraph[]): Body {
  const lead: Paragraph[] = [];
  const sections: Section[] = [];
  const rank = new Map<LineMarkerFamily, number>();
  const lastSeen = new Map<LineMarkerFamily, number>();
  const stack: { family: LineMarkerFamily | 'markup'; node: Section }[] = [];
  const problems: Problem[] = [];
  let previewed: Map<number, string> | undefined;
  /** The paragraph before the current one leads into a list (……如下：). */
  let ledIn = false;
  const marks = paras.map((p) => (p.level === undefined ? matchMarker(p.text, LINE_MARKERS) : null));
  const restarts = confirmedRestarts(marks);

  for (const [i, p] of paras.entries()) {
    if (p.level !== undefined) {
      addMarkedHeading(p, p.level);
      continue;
    }
    const m = marks[i]!;
    // 5.2%… or 8.6个… reads as a decimal unless it is exactly the next item of a running list.
    const decimal = m !== null && /^[0-9０-９]/u.test(m.rest) && m.family === 'arabic-dot';
    ledIn = m !== null && i > 0 && RE_LEAD_IN.test(paras[i - 1]!.text);
    const read = m ? placement(m.family, m.ordinal, decimal, m.rest, restarts.has(i)) : null;
    if (!m || read === null) {
      const para: Paragraph = { type: 'paragraph', text: p.text, line: p.line, para: p.para };
      const top = stack[stack.length - 1];
      if (top) top.node.body.push(para);
      else lead.push(para);
      continue;
    }
    const { family, level } = read;
    place(family, level, sectionAt(p, level, m.marker, m.ordinal, headingAndBody(family, m.rest, paras[i + 1], p, level === 1 ? preview().get(m.ordinal) : undefined)));
    rank.set(family, rank.get(family) ?? level);
    lastSeen.set(family, m.ordinal);
  }
  return { lead, sections, problems };

  function preview(): Map<number, string> {
    return (previewed ??= readPreview(lead));
  }

  /** `previewItem`: what the speech's preview sentence calls this part, if it has one. */
  function headingAndBody(family: LineMarkerFamily, rest: string, next: SourceParagraph | undefined, p: SourceParagraph, previewItem: string | undefined) {
    // A marker alone on its line (　　一, 第一部分): the section is named by the opening words of what follows.
    if (family === 'cn-bare' || rest === '') return { heading: next ? headingFromNext(next.text) : '', body: '' };
    const split = splitHeading(rest);
    const di = sequenceOf(family) === 'di';
    if (family !== 'cn-dun' && family !== 'cn-space' && !di) return split;
    // The speech's own preview names the part (我讲三个问题：一是……): the heading ends where its item does.
    const cut = cutByPreview(rest, previewItem);
    if (cut && cut.heading.length < split.heading.length) return cut;
    if (di) return split;
    const glued = splitGluedHeading(rest);
    if (!glued) return split;
    problems.push(
      problem('heading-uncertain', 'warning', `第${p.line}行的标题与正文连在一起，没有标点分隔，已按“${glued.heading}”切分，请核对。`, p.line),
    );
    return glued;
  }

  /** A new section at `level`: the stack is cut back to its parent, and it becomes the innermost open section. */
  function place(family: LineMarkerFamily | 'markup', level: number, node: Section): void {
    stack.length = level - 1;
    const parent = stack[stack.length - 1];
    (parent ? parent.node.children : sections).push(node);
    stack.push({ family, node });
  }

  // A heading the markup vouches for: no sequence check, its marker (if written) kept.
  function addMarkedHeading(p: SourceParagraph, given: number): void {
    const level = Math.min(given, stack.length + 1);
    const m = matchMarker(p.text, LINE_MARKERS) ?? matchMarker(p.text, SEQUENCE_MARKERS) ?? matchMarker(p.text, INLINE_MARKERS);
    const siblings = level > 1 ? stack[level - 2]!.node.children : sections;
    const ordinal = m && !m.closes ? m.ordinal : siblings.length + 1;
    place('markup', level, sectionAt(p, level, m?.marker ?? '', ordinal, splitHeading(m ? m.rest : p.text)));
  }

  /** The family and level a numbered line is read at: its own family's, else the run its other spelling continues. */
  function placement(family: LineMarkerFamily, n: number, decimal: boolean, rest: string, confirmed: boolean): { family: LineMarkerFamily; level: number } | null {
    const other = otherSpelling(family);
    if (other && rank.has(other) && !rank.has(family)) {
      const level = acceptedLevel(other, n, decimal, rest, confirmed);
      if (level !== null && n > 1) return { family: other, level };
      // A named point (第一个问题) is a larger unit than a bare one (第一，): never inside it, a run
      // of them starting after bare points is a run at the same level.
      const bareLevel = rank.get(other)!;
      if (family === 'di-named' && n === 1 && bareLevel <= stack.length) return { family, level: bareLevel };
    }
    const level = acceptedLevel(family, n, decimal, rest, confirmed);
    return level === null ? null : { family, level };
  }

  /**
   * A division (第一部分, 第一章) is never inside a numbered point. Seen first below points (一、…五、
   * of an unnumbered 总则, then 第一章), it opens at the level of the highest of them, and their
   * families move one level down for what follows. The points already read stay where they are,
   * under the heading line before them when there is one (总 则), else as parts of their own.
   */
  function divisionLevel(family: LineMarkerFamily): number | null {
    const order = DIVISIONS.indexOf(family);
    if (order < 0) return null;
    const k = stack.findIndex((e) => e.family !== 'markup' && DIVISIONS.indexOf(e.family) < order);
    if (k < 0) return null;
    for (const [f, level] of rank) if (level > k) rank.set(f, level + 1);
    if (k === 0) wrapUnderHeadingLine();
    return k + 1;
  }

  /** The parts read so far go under the short unnumbered line that stands before them (总 则), as one part. */
  function wrapUnderHeadingLine(): void {
    const line = lead[lead.length - 1];
    if (!line || sections.length === 0 || !RE_DIVISION_NAME.test(line.text) || sections.some((s) => depth(s) >= 4)) return;
    lead.pop();
    const heading = line.text.trim();
    const wrapped: Section = { ...sectionAt({ ...line, text: heading }, 1, '', 0, { heading, body: '' }), children: sections.splice(0).map(deeper) };
    sections.push(wrapped);
  }

  /** `confirmed`: the line starts a run again, and the lines after it carry that run on (confirmedRestarts). */
  function acceptedLevel(family: LineMarkerFamily, n: number, decimal: boolean, rest: string, confirmed: boolean): number | null {
    const known = rank.get(family);
    if (known === undefined) {
      // A family seen for the first time opens one level below the current one, and must start at 1.
      if (n !== 1 || decimal) return null;
      const above = divisionLevel(family);
      if (above !== null) return above;
      return stack.length < 4 ? stack.length + 1 : null;
    }
    if (known > stack.length + 1) return null;
    const sibling = stack[known - 1];
    if (sibling && sibling.family === family) {
      const expected = sibling.node.ordinal + 1;
      // The source may skip numbers (三、 then 七、): a line that reads as a heading keeps its number.
      // Not a run of numerals (四、五岁的孩子, 五、六月份): that is a range in a sentence.
      const gap = n > expected && n <= expected + MAX_GAP && !decimal && !/^[一二三四五六七八九十两0-9０-９]/u.test(rest) && splitHeading(rest).heading.length <= MAX_HEADING;
      // A run that starts again after a line leading into it (今年的计划如下：) is more of the same level.
      const restart = (n === 1 && ledIn) || confirmed;
      return n === expected || gap || (restart && !decimal) ? known : null;
    }
    if (decimal) return null;
    // A new parent: numbering restarts, or (as in some plans) runs on from the previous parent.
    return n === 1 || n === (lastSeen.get(family) ?? 0) + 1 ? known : null;
  }
}

/** Divisions of a long document, largest first: they outrank every numbered point. */
const DIVISIONS: readonly LineMarkerFamily[] = ['part', 'chapter'];
// The name of an unnumbered division: short, no sentence, no number (总 则, 前言, 基本情况).
const RE_DIVISION_NAME = /^[^\d，,。；;：:！？!?、]{2,12}$/u;

function depth(s: Section): number {
  return 1 + s.children.reduce((d, c) => Math.max(d, depth(c)), 0);
}

function deeper(s: Section): Section {
  return { ...s, level: (s.level + 1) as Section['level'], children: s.children.map(deeper) };
}

/**
 * The lines where a run of numbered lines starts again and the numbers after it prove it: its number
 * steps back (第三点 then 第二点), and the same family's next lines count on from it past where the
 * run before it stopped (第二点 第三点 第四点 第五点 after 第一个问题 第二个问题 第三点). Read one
 * number at a time, the run would skip the restart and continue at 第四点; read as two runs, every
 * numbered line is a heading. A step back whose run stops sooner (1. 2. 2. 4.) proves nothing.
 */
function confirmedRestarts(marks: readonly (MarkerMatch<LineMarkerFamily> | null)[]): Set<number> {
  const out = new Set<number>();
  const byFamily = new Map<LineMarkerFamily, { at: number; n: number }[]>();
  marks.forEach((m, at) => {
    if (!m || m.closes) return;
    const run = byFamily.get(m.family);
    if (run) run.push({ at, n: m.ordinal });
    else byFamily.set(m.family, [{ at, n: m.ordinal }]);
  });
  for (const run of byFamily.values()) {
    for (let k = 1; k < run.length; k++) {
      const { at, n } = run[k]!;
      const before = run[k - 1]!.n;
      if (n < 2 || n > before) continue;
      let reached = n;
      for (let j = k + 1; j < run.length && run[j]!.n === reached + 1; j++) reached++;
      if (reached > before) out.add(at);
    }
  }
  return out;
}

function sectionAt(p: SourceParagraph, level: number, marker: string, ordinal: number, { heading, body }: { heading: string; body: string }): Section {
  return {
    type: 'section',
    level: level as Section['level'],
    marker,
    ordinal,
    heading,
    title: shortTitle(heading),
    line: p.line,
    para: p.para,
    body: body ? [{ type: 'paragraph', text: body, line: p.line, para: p.para }] : [],
    children: [],
    tail: [],
    missing: false,
  };
}
