// The sentence in which a speech announces its parts: 下面，我讲三个问题：一是坚定发展信心；二是突出工作
// 重点；三是狠抓工作落实。Its items name the parts as the speaker will head them, so where a heading runs
// into its text with nothing between (one-line texts), the preview says where the heading ends.
import type { Paragraph } from '../doc/types.js';
import { CN } from '../text/markers.js';
import { cnToInt } from '../text/numerals.js';

const RE_ANNOUNCE = /(?:讲|谈|强调|提出|说)(?:[一二三四五六七八九十两几]+|以下几|这么几)(?:个问题|点意见|点看法|点要求|个方面|点)[^。：:]{0,20}[：:]([^。]+)。/u;
const RE_ITEM = new RegExp(`(?:^|[；;，,、])\\s*(?:(${CN})是|第(${CN})[，,是]|(${CN})、)`, 'gu');

/** Item texts by their number, from the last announcing sentence before the parts. */
export function readPreview(lead: readonly Paragraph[]): Map<number, string> {
  const items = new Map<number, string>();
  for (let i = lead.length - 1; i >= 0; i--) {
    const m = RE_ANNOUNCE.exec(lead[i]!.text);
    if (!m) continue;
    const list = m[1]!;
    const marks = [...list.matchAll(RE_ITEM)];
    marks.forEach((mark, k) => {
      const n = cnToInt(mark[1] ?? mark[2] ?? mark[3]!);
      const end = marks[k + 1]?.index ?? list.length;
      const text = list.slice(mark.index! + mark[0].length, end).replace(/[；;，,、\s]+$/u, '').trim();
      if (text.length >= 2) items.set(n, text);
    });
    if (items.size >= 2) return items;
    items.clear();
  }
  return items;
}

/** Where the preview's item n is the heading's first words, with text run on after it: the cut. */
export function cutByPreview(rest: string, item: string | undefined): { heading: string; body: string } | null {
  if (!item || !rest.startsWith(item) || rest.length === item.length) return null;
  const body = rest.slice(item.length).replace(/^[，,。；;：:\s]+/u, '');
  return body ? { heading: item, body } : null;
}
