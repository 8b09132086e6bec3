// Which layout a slide takes: one ordered table, mirrored row for row in docs/internals.md ("版式规则").
// The planner walks the document in order; each rule says when its layout is used.
import type { Bullet, LayoutName } from './types.js';

export interface LayoutRule {
  layout: LayoutName;
  /** The layout's name in the slide master, as PowerPoint and WPS show it. */
  name: string;
  /** When the rule applies, in the words of docs/internals.md. */
  when: string;
}

export const LAYOUT_RULES: readonly LayoutRule[] = [
  { layout: 'cover', name: '封面', when: '每套幻灯片的第一张：会议名称（或文稿标题）、讲话/报告字样、讲话人（带文中给出的职务，如“国务院总理 李强”）和日期；通知、方案没有讲话人时写发文单位。' },
  { layout: 'agenda', name: '目录', when: '文稿有两个以上一级部分时，紧随封面；超过六个部分时分两栏。' },
  { layout: 'section', name: '章节', when: '每个一级部分一张：大号序号、简短标题、完整标题；提纲中有而正文缺失的部分也保留。六个及以上部分、其中不到一半的部分有两张以上内容页时（如通知所附方案的“活动目的、活动主题……”），不加章节页：每部分的第一页打开这一部分（进度线照常，提纲文件里记为 `part`）。' },
  { layout: 'subpoints', name: '分项', when: '要点下还有分项（一要……二要……、1. 2. 等）时：加粗引导语，分项缩进列在其下，分项不与所属要点拆开。' },
  { layout: 'points', name: '要点', when: '其他要点：标题是要点本身，1–6 条，每条加粗引导语加其余文字；放不下时续页“……（续）”。一个部分的各要点都只有一两句（标题加正文不超过 100 字）时，合为一页列表，每个要点一条、标题加粗。整个要点只是一句长句时，标题取第一个分句，整句作为要点。' },
  { layout: 'figures', name: '数据', when: '每个部分中数字最多的一段（至少两个有干净标签的数字）：2–6 个大号数字块，标题“主要数据”或“预期目标”（带年份时写明）；目标与实绩、不同年份不同页，数值或标签放不下的数字不显示。' },
  { layout: 'quote', name: '引语', when: '一个部分中第一句完整引语（如“民心是最大的政治。”），全篇最多三张；这句话不再同时作为前一页的要点。' },
  { layout: 'closing', name: '结束', when: '最后一张：结束语中放得下的完整句子（“让我们……”，或最后一句），从不截半句；都放不下时为“谢谢！”。' },
];

/** Points with sub-points take their own layout. */
export function contentLayout(bullets: Bullet[]): 'points' | 'subpoints' {
  return bullets.some((b) => b.level === 1) ? 'subpoints' : 'points';
}
