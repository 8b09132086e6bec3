// The cover: 在XX会议上的讲话 → the meeting name in large type and 讲话 as its label.

const RE_AT_MEETING = /^(?:(.{1,20}?)(?:同志)?)?在(.+?)上的(讲话|报告|致辞|发言|总结讲话|主持词)$/u;

export interface CoverText {
  title: string;
  kind: string | null;
  speaker: string | null;
}

// Names a program or a person gave a file, not a title: 新建 Microsoft Word 文档, 副本, 未命名.
const RE_MACHINE_NAME = /新建|文档|副本|未命名|未标题|无标题|演示文稿|^文稿|^[Cc]opy|[_]/u;

// What people and programs add to a title when they name a file: 附件1： before it, a date written
// as digits (20241205, 2024.12.5) before it, and a draft's version (（终稿）, -定稿, 最终版, 改2) or a
// download's copy number ((1), （2）) after it. 征求意见稿 and 送审稿 say what the document is: kept.
const RE_NAME_PREFIX = /^(?:附件\s*[0-9０-９一二三四五六七八九十]*\s*[：:、.．\-—_\s]\s*|(?:19|20)\d{2}[.\-_]?\d{1,2}[.\-_]?\d{1,2}\s*[\-—_]?\s*)/u;
const RE_NAME_SUFFIX = /\s*(?:[(（]\s*\d{1,2}\s*[)）]|[(（【\[]\s*(?:终稿|定稿|最终稿|最终版|最新版|修改稿|修改版|修订稿|改稿|改|第[一二三四五六七八九十\d]+稿|v\d+|V\d+)\s*[)）】\]]|[\-—_\s]+(?:终稿|定稿|最终稿|最终版|最新版|修改稿|修改版|改\d*|v\d+|V\d+)|(?:终稿|定稿|最终稿|最终版|最新版))$/u;

/**
 * A file name that is a Chinese title itself (在全县工作会议上的讲话（终稿）(1) → 在全县工作会议上的讲话),
 * or null (11_xi2020_tuopin_speech).
 */
export function titleFromFileName(stem: string): string | null {
  let name = stem.trim().replace(RE_NAME_PREFIX, '');
  for (let before = ''; before !== name; ) {
    before = name;
    name = name.replace(RE_NAME_SUFFIX, '').trim();
  }
  const han = (name.match(/[\u4e00-\u9fff]/gu) ?? []).length;
  if (han < 4 || /[A-Za-z]/u.test(name) || RE_MACHINE_NAME.test(name)) return null;
  return name;
}

export function coverText(title: string): CoverText {
  const m = RE_AT_MEETING.exec(title);
  if (m) return { title: m[2]!, kind: m[3]!, speaker: m[1] ?? null };
  return { title, kind: null, speaker: null };
}

// 今天，我们召开一个企业家座谈会 / 今天我们在这里隆重召开全县经济工作会议: the speaker names the meeting
// they address. Only a name of at least four characters (座谈会 alone names no meeting).
const RE_OPENING_MEETING =
  /^(?:今天|今天上午|今天下午|今天晚上|这次)?[，,]?\s*我们(?:在这里)?(?:隆重)?召开(?:了)?([\u4e00-\u9fff“”]{1,24}?(?:会议|大会|座谈会|推进会|动员会|部署会|报告会|表彰会|研讨会|论坛))/u;

/**
 * The title a speech without one gives itself in its first sentence: 在企业家座谈会上的讲话 (the speaker
 * says 我们召开…, so the text is their speech there), or null.
 */
export function titleFromOpening(opening: string): string | null {
  const m = RE_OPENING_MEETING.exec(opening.trim());
  const meeting = m?.[1]?.replace(/^(?:一个|这次|这个|今天的)/u, '');
  return meeting && meeting.length >= 4 ? `在${meeting}上的讲话` : null;
}
