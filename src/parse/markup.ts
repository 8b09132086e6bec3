// A text copied from a web page's source keeps the page's markup: block tags (<p>, <br>, <div>,
// <li>, <tr>) end a paragraph, inline tags (<b>, <span style=…>, <a href=…>) carry nothing, and
// character references (&nbsp;, &ldquo;, even &amp;amp;nbsp; escaped twice) stand for a character.
// Only tags of HTML's own names are touched: a title in angle brackets (<安全生产法>) stays.
import { decodeEntities } from '../input/entities.js';

const BLOCK = 'p|div|br|li|tr|h[1-6]|table|ul|ol|section|article|blockquote|center|hr';
const INLINE = 'b|strong|i|em|u|s|span|font|a|sup|sub|small|big|td|th|tbody|thead|img|label|ins|del|mark|o:p';
const RE_TAG = new RegExp(`<(/?)(?:(${BLOCK})|${INLINE})(?:\\s[^<>\\n]*)?/?>`, 'giu');
/** Escaped more than this many times is not an accident of copying. */
const MAX_ESCAPES = 3;

export function withoutMarkup(text: string): string {
  let out = text.includes('<') ? text.replace(RE_TAG, (_m, _close: string, block: string | undefined) => (block ? '\n' : '')) : text;
  for (let i = 0; i < MAX_ESCAPES && out.includes('&'); i++) {
    const decoded = decodeEntities(out);
    if (decoded === out) break;
    out = decoded;
  }
  return out;
}
