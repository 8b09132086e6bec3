// A notice that issues a document (现将《……方案》印发给你们，请认真贯彻执行) says little itself: its
// substance is the document it carries, after the signature, under a lone 附件 label and the
// document's own title. When the notice's own text has no parts and the carried document has, the
// carried document's parts are the deck's (the notice stays the cover and the preamble).
import type { SourceParagraph } from '../doc/types.js';

// 附件 / 附件1 / 附件： alone on its line (附件：……方案 with its name is the notice's list of attachments).
const RE_LABEL = /^附\s*件\s*[0-9０-９一二三四五六七八九十]*\s*[:：]?$/u;
/** A title line: short, no sentence in it. */
const RE_TITLE = /^[^。；！？，,;!?]{4,60}$/u;

export interface Carried {
  /** Index of the carried document's first paragraph after its title. */
  start: number;
  /** Index after its last paragraph: the next lone 附件 label, or the end. */
  end: number;
}

/** Where the first document carried after `tailStart` lies; null when there is none. */
export function findCarried(paras: SourceParagraph[], tailStart: number): Carried | null {
  for (let i = tailStart; i < paras.length - 2; i++) {
    if (!RE_LABEL.test(paras[i]!.text) || !RE_TITLE.test(paras[i + 1]!.text)) continue;
    const start = i + 2;
    let end = start;
    while (end < paras.length && !RE_LABEL.test(paras[end]!.text)) end++;
    return { start, end };
  }
  return null;
}
