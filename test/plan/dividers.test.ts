// Dividers before parts: kept where parts run to several slides, left out for a plan of many short
// parts, where each part's first slide opens it (and a plan file says so, to be rebuilt the same).
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/parse.js';
import { planDeck } from '../../src/plan/plan.js';
import { planToFile } from '../../src/plan/plan-file.js';
import { validatePlanFile } from '../../src/plan/plan-schema.js';
import { refitPlan } from '../../src/plan/refit.js';
import { builtInTheme } from '../helpers/samples.js';

const HEADINGS = ['活动目的', '活动主题', '组织领导', '评选范围', '申报要求', '奖项设立', '评选程序', '总结表彰'];
const numerals = '一二三四五六七八';
const short = ['关于开展优秀自制玩教具评选活动的方案', ...HEADINGS.flatMap((h, i) => [`${numerals[i]}、${h}`, `做好${h}的各项工作，确保评选活动顺利开展。`])];

describe('dividers', () => {
  const plan = planDeck(parseDocument(short.join('\n')).tree, builtInTheme(), { ratio: '16:9' });

  it('are left out for many parts of a slide each, each part opened by its slide', () => {
    expect(plan.slides.filter((s) => s.layout === 'section')).toEqual([]);
    const opening = plan.slides.filter((s) => s.opens);
    expect(opening.map((s) => s.opens!.title)).toEqual(HEADINGS);
    // The heading's paragraph stays behind the slide: in its notes.
    expect(opening[0]!.notes).toContain('一、活动目的');
    expect(opening.map((s) => s.cue?.index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('are kept where the parts run to several slides', () => {
    const said = '要切实提高认识，加强领导，明确责任，确保各项工作落到实处。'.repeat(4);
    const long = ['关于开展优秀自制玩教具评选活动的方案', ...HEADINGS.flatMap((h, i) => [`${numerals[i]}、${h}`, `（一）提高认识。${said}`, `（二）明确责任。${said}`])];
    const divided = planDeck(parseDocument(long.join('\n')).tree, builtInTheme(), { ratio: '16:9' });
    expect(divided.slides.filter((s) => s.layout === 'section')).toHaveLength(8);
    expect(divided.slides.some((s) => s.opens)).toBe(false);
  });

  it('a plan file without dividers is rebuilt as the planner made it', () => {
    const file = planToFile(plan);
    expect(file.slides.flatMap((s) => ('part' in s && s.part ? [s.part.title] : []))).toEqual(HEADINGS);
    const checked = validatePlanFile(JSON.parse(JSON.stringify(file)));
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    const again = refitPlan(checked.value, builtInTheme());
    expect(again.ok && again.value.slides.map((s) => [s.layout, s.cue?.index ?? null, s.opens?.title ?? null])).toEqual(plan.slides.map((s) => [s.layout, s.cue?.index ?? null, s.opens?.title ?? null]));
  });
});

describe('the numbers dividers show', () => {
  const said = '要切实提高认识，加强领导，明确责任，确保各项工作落到实处。'.repeat(3);
  const labels = (lines: string[]) =>
    planDeck(parseDocument(lines.join('\n')).tree, builtInTheme(), { ratio: '16:9' }).slides.flatMap((s) => (s.layout === 'section' ? [s.label.text] : []));

  it("are the text's own where they count up, a skipped number kept", () => {
    expect(labels(['工作方案', '一、总体要求', said, '三、重点任务', said])).toEqual(['第一部分', '第三部分']);
  });

  it('are the parts’ places where the numbers do not count up: an unnumbered 总则 before 第一章, a restart', () => {
    expect(labels(['某某规划', '总 则', '一、指导思想', said, '二、规划原则', said, '第一章 规划定位', '一、定位', said, '第二章 规划目标', '一、目标', said])).toEqual(['第一部分', '第二部分', '第三部分']);
    expect(labels(['工作总结', '一、完成了产品发布。', said, '今年的计划如下：', '一、继续完善功能。', said])).toEqual(['第一部分', '第二部分']);
  });
});
