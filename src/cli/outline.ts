// `doc2deck outline`: the document tree and the planned slides, as JSON or for a person to read.
import type { DocTree, Section } from '../doc/types.js';
import type { PlannedSlide, SlidePlan } from '../plan/types.js';
import type { Problem } from '../problems.js';
import { assertNever } from '../problems.js';
import { LAYOUT_RULES } from '../plan/layouts.js';
import { planToFile } from '../plan/plan-file.js';

interface OutlineNode {
  level: number;
  marker: string;
  heading: string;
  title: string;
  line: number;
  missing: boolean;
  children: OutlineNode[];
  /** Unnumbered blocks after the children, by their first words. */
  tail: string[];
}

/** `layouts`: the template layout each slide is built on (its name in the template), when there is a template. */
export function outlineJson(tree: DocTree, plan: SlidePlan, problems: Problem[], layouts: string[] | null = null, template?: string): string {
  const node = (s: Section): OutlineNode => ({
    level: s.level,
    marker: s.marker,
    heading: s.heading,
    title: s.title,
    line: s.line,
    missing: s.missing,
    children: s.children.map(node),
    tail: s.tail.map((p) => p.text.slice(0, 24)),
  });
  const data = {
    title: tree.title,
    subtitle: tree.subtitle,
    speaker: tree.speaker,
    date: tree.date,
    salutation: tree.salutation?.text ?? null,
    sections: tree.sections.map(node),
    closing: tree.closing.map((p) => p.text),
    figures: tree.figures.map(({ text, label, kind, year, line }) => ({ text, label, kind, year, line })),
    quotes: tree.quotes,
    truncated: tree.truncated,
    // The plan as a reviewer edits it: `doc2deck 提纲.json` builds what these two say (plan-file.ts).
    ...planToFile(plan, template),
    // Which of the template's layouts each slide is built on (--template), slide by slide.
    ...(layouts ? { templateLayouts: layouts } : {}),
    warnings: problems.map(({ code, message, line }) => ({ code, message, ...(line ? { line } : {}) })),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}

export function outlineText(tree: DocTree, plan: SlidePlan, layouts: string[] | null = null): string {
  const out: string[] = [];
  out.push(`标题：${tree.title ?? '（未找到）'}`);
  if (tree.subtitle) out.push(`副标题：${tree.subtitle}`);
  if (tree.speaker) out.push(`讲话人：${tree.speaker}`);
  if (tree.date) out.push(`日期：${tree.date}`);
  if (tree.salutation) out.push(`称谓：${tree.salutation.text}`);
  out.push('', '结构：');
  const walk = (s: Section, depth: number): void => {
    out.push(`${'  '.repeat(depth)}${s.marker}${s.heading}${s.missing ? '  〔正文缺失〕' : ''}  (第${s.line}行)`);
    s.children.forEach((c) => walk(c, depth + 1));
    for (const p of s.tail) out.push(`${'  '.repeat(depth + 1)}· ${p.text.slice(0, 24)}……  (第${p.line}行，无编号段落)`);
  };
  tree.sections.forEach((s) => walk(s, 1));
  if (tree.sections.length === 0) out.push('  （没有找到层次标记）');
  if (tree.figures.length) out.push('', `数据：${tree.figures.map((f) => `${f.text}（${f.label ?? '—'}${f.kind === 'target' ? '，目标' : ''}）`).join('、')}`);
  out.push('', `幻灯片（${plan.slides.length} 张）：`);
  plan.slides.forEach((s, i) => out.push(`  ${String(i + 1).padStart(2)}. [${LAYOUT_LABEL[s.layout]}${layouts ? ` → 模板版式“${layouts[i]}”` : ''}] ${slideTitle(s)}`));
  return `${out.join('\n')}\n`;
}

const LAYOUT_LABEL = Object.fromEntries(LAYOUT_RULES.map((r) => [r.layout, r.name])) as Record<PlannedSlide['layout'], string>;

/** What a slide says, on one line: the planner's line breaks are for the slide, not for the listing. */
function slideTitle(s: PlannedSlide): string {
  return slideText(s).replace(/\n/g, '');
}

function slideText(s: PlannedSlide): string {
  switch (s.layout) {
    case 'cover':
      return s.title.text;
    case 'agenda':
      return `${s.heading.text}：${s.columns.flat().map((i) => i.text).join('、')}`;
    case 'section':
      // On a template the number is already in the title.
      return s.title.text.startsWith(`${s.ordinal}、`) ? s.title.text : `${s.ordinal}、${s.title.text}`;
    case 'points':
    case 'subpoints':
      return s.title.text;
    case 'figures':
      return `${s.title.text}：${s.tiles.map((t) => `${t.qualifier}${t.value}${t.unit}`).join('、')}`;
    case 'quote':
      return s.text.text;
    case 'closing':
      return s.text.text;
    default:
      return assertNever(s);
  }
}
