// The cover: 在XX会议上的讲话 → the meeting name in large type and 讲话 as its label.

const RE_AT_MEETING = /^(?:(.{1,20}?)(?:同志)?)?在(.+?)上的(讲话|报告|致辞|发言|总结讲话|主持词)$/u;

export interface CoverText {
  title: string;
  kind: string | null;
  speaker: string | null;
}

export function coverText(title: string): CoverText {
  const m = RE_AT_MEETING.exec(title);
  if (m) return { title: m[2]!, kind: m[3]!, speaker: m[1] ?? null };
  return { title, kind: null, speaker: null };
}
