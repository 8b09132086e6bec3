// Material after the body that is not part of the speech: attachments, glossaries, contact lines,
// news-agency and licence trailers, notes on the occasion. It is kept (as the appendix), never a section.
import type { SourceParagraph } from '../doc/types.js';

// 附件1 / 附件2 名词解释 / 附件：1.… / 名词解释 / 注释
const RE_APPENDIX = /^(?:附件\s*[0-9０-９一二三四五六七八九十]*\s*(?:[:：].*|\s+\S.{0,30})?|名词解释|注释|注\s*释)$/u;
const RE_CONTACT = /^(?:联系人|联系电话|电话|传真|联系地址|地址|邮箱|电子邮箱|邮编)\s*[:：]/u;
// Lines after which everything is trailer: a news-agency credit, a newspaper line, a wiki licence,
// an editor's note on the occasion (（这是邓小平同志在……的讲话。）).
const RE_TRAILER = /^(?:\??[\s\u3000]*[（(]这是.{2,60}(?:讲话|报告|谈话|文章|发言)|[（(]新华社.{2,20}电[）)]|《\s*人民日报\s*》|本作品(?:是|来自)|Public domain$)/u;

/** Index of the first paragraph of the tail (paragraphs.length when there is none). */
export function findTail(paras: SourceParagraph[], bodyStart: number): number {
  const half = Math.max(bodyStart, Math.floor(paras.length / 2));
  let start = paras.findIndex((p, i) => i >= half && RE_TRAILER.test(p.text));
  if (start < 0) start = paras.length;
  const appendix = paras.findIndex((p, i) => i > bodyStart && RE_APPENDIX.test(p.text));
  if (appendix >= 0 && appendix < start) start = appendix;
  // Contact lines just before the attachments or at the end belong with them.
  while (start > bodyStart + 1 && RE_CONTACT.test(paras[start - 1]!.text)) start--;
  return start;
}
