// Damaged text: a whole speech scraped onto one line, with paragraphs run together and photo captions
// spliced in. Long paragraphs are split where a reader sees breaks; every piece keeps its source line.
import type { SourceParagraph } from '../doc/types.js';
import { HAN } from './han.js';
import { CN } from './markers.js';

/** A paragraph this long is not one paragraph: it is text whose line breaks were lost. */
const RUN_TOGETHER = 1200;

// Break before: 一、 第一， 同志们！ and news trailers, when they follow the end of a sentence.
const RE_BREAK_BEFORE = new RegExp(
  `(?<=[。！？!?”])(?=${CN}、|第${CN}[，,]|(?:同志们|各位代表)[！!]|（新华社|《\\s*人民日报\\s*》)`,
  'gu',
);
// A date in brackets right after the title, then the speaker glued to the salutation:
// …讲话（2020年1月8日）习近平同志们：在全党…
const RE_HEADER_GLUE = new RegExp(`^(.{4,80}?(?:讲话|报告|致辞|发言))([（(]\\d{4}年\\d{1,2}月\\d{1,2}日[）)])([${HAN}]{2,4}?)?((?:同志们|各位代表)[，,]?(?:朋友们)?[：:])(.*)$`, 'su');
// A photo caption: 2020年1月8日，……。这是……。 新华社记者 鞠鹏/摄
const RE_CAPTION =
  /(?<=[。！？”])((?:\d{4}年)?\d{1,2}月\d{1,2}日(?:至\d{1,2}日)?[，,][^。]{0,250}?。(?:[^。]{0,250}?。){0,3}?\s*新华社记者\s*\S{2,5}\/摄)/gu;

export interface Repaired {
  paragraphs: SourceParagraph[];
  /** Paragraph numbers (after repair) of photo captions found inside the text. */
  captions: number[];
}

export function repairParagraphs(paras: SourceParagraph[]): Repaired {
  if (!paras.some((p) => p.text.length > RUN_TOGETHER)) return { paragraphs: paras, captions: [] };
  const pieces: { line: number; text: string; caption: boolean; level?: SourceParagraph['level'] }[] = [];
  for (const p of paras) {
    if (p.text.length <= RUN_TOGETHER) {
      pieces.push({ line: p.line, text: p.text, caption: false, ...(p.level ? { level: p.level } : {}) });
      continue;
    }
    for (const piece of splitRunTogether(p.text)) pieces.push({ line: p.line, ...piece });
  }
  const paragraphs: SourceParagraph[] = [];
  const captions: number[] = [];
  for (const piece of pieces) {
    const para = paragraphs.length + 1;
    paragraphs.push(piece.level ? { para, line: piece.line, text: piece.text, level: piece.level } : { para, line: piece.line, text: piece.text });
    if (piece.caption) captions.push(para);
  }
  return { paragraphs, captions };
}

function splitRunTogether(text: string): { text: string; caption: boolean }[] {
  const out: { text: string; caption: boolean }[] = [];
  for (const block of text.split(/[\u3000\s]{2,}/u)) {
    for (const part of splitHeader(block)) {
      // Captions come out as pieces of their own, marked.
      let last = 0;
      for (const m of part.matchAll(RE_CAPTION)) {
        const at = m.index ?? 0;
        pushBroken(out, part.slice(last, at));
        out.push({ text: m[1]!.trim(), caption: true });
        last = at + m[0].length;
      }
      pushBroken(out, part.slice(last));
    }
  }
  return out;
}

function splitHeader(block: string): string[] {
  const m = RE_HEADER_GLUE.exec(block);
  if (!m) return [block];
  return [m[1]!, m[2]!, m[3] ?? '', m[4]!, m[5]!].filter((s) => s.trim() !== '');
}

function pushBroken(out: { text: string; caption: boolean }[], text: string): void {
  for (const piece of text.split(RE_BREAK_BEFORE)) {
    const t = piece.trim();
    if (t) out.push({ text: t, caption: false });
  }
}
