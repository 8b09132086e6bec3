// The closing slide shows a whole sentence, never one cut mid-sentence.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/parse.js';
import { planDeck } from '../../src/plan/plan.js';
import { builtInTheme } from '../helpers/samples.js';

function closingOf(last: string): string {
  const text = ['在全县工作会议上的讲话', '同志们：', '一、提高认识', '要提高认识。', '二、狠抓落实', '要抓好落实。', last].join('\n');
  const plan = planDeck(parseDocument(text).tree, builtInTheme(), { ratio: '16:9' });
  const closing = plan.slides[plan.slides.length - 1]!;
  if (closing.layout !== 'closing') throw new Error('no closing slide');
  return closing.text.text;
}

describe('the closing slide', () => {
  it('shows the call when it fits', () => {
    // Broken for reading where the reader pauses, not wherever the line runs out.
    expect(closingOf('同志们！让我们团结一心，为完成全年目标任务而努力奋斗！')).toBe('让我们团结一心，\n为完成全年目标任务而努力奋斗！');
  });

  it('shows the last whole sentence when the call is too long, never a cut one', () => {
    const call = '让我们更加紧密地团结在党中央周围，坚定信心、鼓足干劲、真抓实干、攻坚克难，以更加昂扬的精神状态、更加务实的工作作风、更加有力的工作举措，全力以赴抓好各项工作落实，奋力推动全县经济社会高质量发展，为全面建设社会主义现代化国家贡献更大力量！';
    expect(closingOf(`同志们！${call}谢谢大家！`)).toBe('谢谢大家！');
    expect(closingOf(`同志们！${call}`)).toBe('谢谢！');
  });
});

describe('brief density', () => {
  it('shows whole clauses, never one cut short with …', async () => {
    const { briefPhrase } = await import('../../src/plan/bullets.js');
    expect(briefPhrase('坚持以人民为中心的发展思想，把解决群众急难愁盼问题作为工作的重中之重，用整治的实际成效回应群众期盼。')).toBe('坚持以人民为中心的发展思想');
    expect(briefPhrase('全面推进政务服务事项标准化规范化便利化和一体化政务服务平台建设工作')).toBe('全面推进政务服务事项标准化规范化便利化和一体化政务服务平台建设工作');
  });

  it('puts no … on any slide of the seed deck', async () => {
    const { parseDocument } = await import('../../src/parse/parse.js');
    const { readText, SEED } = await import('../helpers/samples.js');
    const plan = planDeck(parseDocument(readText(SEED)).tree, builtInTheme(), { ratio: '16:9', density: 'brief' });
    const texts = plan.slides.flatMap((s) => (s.layout === 'points' || s.layout === 'subpoints' ? s.bullets.map((b) => `${b.lead ?? ''}${b.text}`) : []));
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.filter((t) => t.includes('…'))).toEqual([]);
  });
});

describe('brief density on a passage with more to say', () => {
  it('shows six whole phrases, not four', async () => {
    const { groupsForParagraphs } = await import('../../src/plan/bullets.js');
    const text = '坚持把结构调整作为主攻方向。全社会研发投入增长8.4%。科技进步贡献率达到61%。八项成果获国家科学技术奖。高新技术企业达到2463家。专精特新企业新增120家。新型研发机构达到56家。';
    const groups = groupsForParagraphs([{ type: 'paragraph', text, line: 1, para: 1 }], 'brief');
    expect(groups.flatMap((g) => g.bullets)).toHaveLength(6);
  });
});
