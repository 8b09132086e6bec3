// Text → document tree. Pure and deterministic.
import type { DocTree, Paragraph, Section, SourceParagraph } from '../doc/types.js';
import { problem, type Problem } from '../problems.js';
import { splitParagraphs } from './lines.js';
import { repairParagraphs } from './repair.js';
import { findTail } from './tail.js';
import { findCarried } from './carried.js';
import { contentsLines } from './contents.js';
import { markTopLevel } from './top-level.js';
import { linesOfText, type SourceLine } from '../doc/source.js';
import { withoutMarkup } from './markup.js';
import { readHeader } from './header.js';
import { readBody } from './structure.js';
import { liftInlineItems } from './items.js';
import { detectTruncation, takeClosing } from './frame.js';
import { findFigures, tenseOfPart, type Tense } from './figures.js';
import { findQuotes } from './quotes.js';
import { separateTrailingBlocks } from './trailing-blocks.js';
import { intToCn } from '../text/numerals.js';

export interface ParsedDocument {
  tree: DocTree;
  problems: Problem[];
}

/** Plain text, or lines from a reader that knows which are headings (Markdown, Word). */
export function parseDocument(input: string | SourceLine[]): ParsedDocument {
  const { paragraphs, captions } = repairParagraphs(splitParagraphs(typeof input === 'string' ? linesOfText(withoutMarkup(input)) : input));
  // Captions spliced into a scraped text stand apart from every zone.
  const isCaption = new Set(captions);
  const text = captions.length ? paragraphs.filter((p) => !isCaption.has(p.para)) : paragraphs;
  const header = readHeader(text);
  const tailStart = findTail(text, header.bodyStart);
  const toParagraph = (p: SourceParagraph): Paragraph => ({ type: 'paragraph', text: p.text, line: p.line, para: p.para });
  let bodyParas = text.slice(header.bodyStart, tailStart);
  // A contents list is read as lead text, its headings not as parts.
  const contents = contentsLines(bodyParas);
  let body = readBody(markTopLevel(contents.size ? bodyParas.filter((p) => !contents.has(p)) : bodyParas));
  if (contents.size) body.lead = [...[...contents].map(toParagraph), ...body.lead].sort((a, b) => a.para - b.para);
  let appendixParas = text.slice(tailStart);
  const carried = body.sections.length === 0 ? findCarried(text, tailStart) : null;
  if (carried) {
    const carriedParas = text.slice(carried.start, carried.end);
    const read = readBody(markTopLevel(carriedParas));
    if (read.sections.length >= 2) {
      body = { lead: [...body.lead, ...read.lead], sections: read.sections, problems: [...body.problems, ...read.problems] };
      bodyParas = [...bodyParas, ...carriedParas];
      appendixParas = [...text.slice(tailStart, carried.start), ...text.slice(carried.end)];
    }
  }
  // The end zone first (closing, then blocks trailing the last points), so that a requirements list
  // there (一是……二是……) is not lifted into the last point as its items.
  const closing = takeClosing(body.sections, body.lead);
  separateTrailingBlocks(body.sections);
  liftInlineItems(body.sections);
  const truncated = detectTruncation(bodyParas);
  const sections = addMissingParts(body.sections, header.outline);
  const appendix = appendixParas.map(toParagraph);
  const captionParas = paragraphs.filter((p) => isCaption.has(p.para)).map(toParagraph);

  const all = allParagraphs(body.lead, sections, closing);
  const tree: DocTree = {
    type: 'document',
    title: header.title,
    subtitle: header.subtitle,
    speaker: header.speaker,
    office: header.office,
    issuer: issuerOf(header.title, body.lead, appendix),
    date: header.date ?? signatureDate(body.lead) ?? signatureDate(appendix),
    outline: header.outline,
    salutation: header.salutation,
    preamble: body.lead,
    sections,
    closing,
    appendix,
    captions: captionParas,
    figures: findFigures(all, tenses(sections)),
    quotes: findQuotes(all),
    truncated,
    paragraphs,
  };
  return { tree, problems: [...body.problems, ...reportProblems(tree)] };
}

// The date under a signature: 2019年1月24日 on a line of its own.
const RE_SIGNATURE_DATE = /^(\d{4}年\d{1,2}月\d{1,2}日)$/u;

/** 国务院办公厅关于……的通知 → 国务院办公厅; else the line above the signature's date. */
function issuerOf(title: string | null, lead: Paragraph[], appendix: Paragraph[]): string | null {
  const byTitle = title ? /^(.{2,30}?)(?:关于|转发|印发)/u.exec(title)?.[1] : undefined;
  if (byTitle) return byTitle.trim();
  for (const paras of [lead, appendix]) {
    const at = paras.findIndex((p) => RE_SIGNATURE_DATE.test(p.text));
    const above = at > 0 ? paras[at - 1]!.text.replace(/[\s\u3000\u00a0]+/gu, '') : '';
    if (above.length >= 2 && above.length <= 30 && !/[，。；：,.;:]/u.test(above)) return above;
  }
  return null;
}

// A notice's cover letter ends with the issuer and a date line (国务院 / 2019年1月24日).
function signatureDate(lead: Paragraph[]): string | null {
  const m = lead.map((p) => RE_SIGNATURE_DATE.exec(p.text)).find((x) => x !== null);
  return m?.[1] ?? null;
}

// Parts listed in the outline at the top but absent from the body stay in the tree, marked missing.
function addMissingParts(sections: Section[], outline: DocTree['outline']): Section[] {
  if (outline.length === 0) return sections;
  const byOrdinal = new Map(sections.filter((s) => s.level === 1).map((s) => [s.ordinal, s]));
  const extra: Section[] = outline
    .filter((o) => !byOrdinal.has(o.ordinal))
    .map((o) => ({
      type: 'section',
      level: 1,
      marker: `${intToCn(o.ordinal)}、`,
      ordinal: o.ordinal,
      heading: o.text,
      title: o.text,
      line: o.line,
      para: o.para,
      body: [],
      children: [],
      tail: [],
      missing: true,
    }));
  return [...sections, ...extra].sort((a, b) => a.ordinal - b.ordinal);
}

/** Each paragraph's part looks back or plans ahead, by the part's heading (figures.ts says how). */
function tenses(sections: Section[]): (para: number) => Tense | null {
  const byPara = new Map<number, Tense>();
  for (const part of sections) {
    const tense = tenseOfPart(part.heading);
    if (!tense) continue;
    const mark = (s: Section): void => {
      for (const n of [s.para, ...s.body.map((p) => p.para), ...s.tail.map((p) => p.para)]) byPara.set(n, tense);
      s.children.forEach(mark);
    };
    mark(part);
  }
  return (para) => byPara.get(para) ?? null;
}

function allParagraphs(lead: Paragraph[], sections: Section[], closing: Paragraph[]): Paragraph[] {
  const walk = (s: Section): Paragraph[] => [{ type: 'paragraph', text: s.heading, line: s.line, para: s.para }, ...s.body, ...s.children.flatMap(walk), ...s.tail];
  return [...lead, ...sections.flatMap(walk), ...closing];
}

function reportProblems(tree: DocTree): Problem[] {
  const out: Problem[] = [];
  const where = tree.truncated ? `（正文在第${tree.truncated.line}行“……${tree.truncated.tail}”处中断）` : '';
  for (const s of tree.sections) {
    if (s.missing) {
      out.push(
        problem('part-missing', 'warning', `第${intToCn(s.ordinal)}部分“${s.title}”只出现在开头的提纲里，正文缺少这一部分${where}。幻灯片中保留了它的章节页。`, s.line),
      );
    }
  }
  if (tree.truncated) {
    out.push(
      problem('text-truncated', 'warning', `文本在第${tree.truncated.line}行“……${tree.truncated.tail}”处中断，句子没有结束，后面的内容可能缺失。请核对原稿是否完整。`, tree.truncated.line),
    );
  }
  if (tree.sections.length === 0) {
    out.push(problem('no-structure', 'warning', '没有找到“一、”“（一）”“第一，”等层次标记，将按段落生成幻灯片。'));
  }
  return out;
}
