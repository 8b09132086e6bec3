// Unnumbered paragraphs after a part's numbered points are the part's own blocks, not the last point's.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/parse.js';
import { planDeck } from '../../src/plan/plan.js';
import { builtInTheme } from '../helpers/samples.js';

const REPORT = [
  '政府工作报告',
  '各位代表：',
  '一、2018年工作回顾',
  '（一）三大攻坚战强力突破。全年化解政府债务12亿元，脱贫攻坚取得决定性进展。',
  '（二）城市建管水平有效提升。新建公厕26座，改造老旧小区29个。',
  '（三）民生事业提标升级。城镇新增就业5661人，城镇登记失业率控制在3.5%。',
  '过去的一年，我们认真落实区人大及其常委会的决议，主动接受监督，各项工作取得新进展。',
  '在看到成绩的同时，我们也清醒地认识到，发展不充分不平衡的问题依然突出。',
  '二、2019年工作安排',
  '（一）全力打好三大攻坚战。坚决守住不发生系统性风险的底线。',
  '（二）全力补短板强基础。加快城市基础设施建设。',
];

describe('blocks after the numbered points', () => {
  const { tree } = parseDocument(REPORT.join('\n'));
  it('are the part\'s tail, not more of the last point', () => {
    const part = tree.sections[0]!;
    expect(part.children.map((c) => c.title)).toEqual(['三大攻坚战强力突破', '城市建管水平有效提升', '民生事业提标升级']);
    expect(part.children[2]!.body.map((p) => p.text)).toEqual(['城镇新增就业5661人，城镇登记失业率控制在3.5%。']);
    expect(part.tail.map((p) => p.text)).toEqual([REPORT[6], REPORT[7]]);
  });

  it('get slides titled by their own lead words, never the last point continued', () => {
    const plan = planDeck(tree, builtInTheme(), { ratio: '16:9' });
    const titles = plan.slides.flatMap((s) => (s.layout === 'points' ? [s.title.text] : []));
    expect(titles).toContain('过去的一年，我们认真落实区人大及其常委会的决议');
    expect(titles).toContain('在看到成绩的同时，我们也清醒地认识到');
    // The three brief points are one list; the blocks after them are on slides of their own.
    const list = plan.slides.find((s) => s.layout === 'points' && s.bullets.some((b) => (b.lead ?? '').startsWith('民生事业提标升级')));
    expect(list?.layout === 'points' && list.bullets.map((b) => b.lead)).toEqual(['三大攻坚战强力突破。', '城市建管水平有效提升。', '民生事业提标升级。']);
    expect(list?.notes).not.toContain('过去的一年');
  });

  it('keep a requirements list after the last part out of the last point', () => {
    const { tree: t } = parseDocument(
      [
        '在全县工作会议上的讲话',
        '同志们：',
        '一、认清形势',
        '（一）成绩来之不易。全县经济稳中有进。',
        '（二）困难不容低估。下行压力依然较大。',
        '二、突出重点',
        '（一）抓项目。全年开工项目50个。',
        '（二）抓产业。培育壮大主导产业。',
        '（三）抓民生。办好十件民生实事。',
        '为确保各项任务落到实处，我再提三点要求。',
        '一是要加强组织领导。各级党委要把工作摆上重要议程。',
        '二是要压实工作责任。层层分解任务，明确责任到人。',
        '三是要强化督促检查。定期通报进展情况。',
        '同志们！让我们团结一心，为完成全年目标任务而努力奋斗！',
      ].join('\n'),
    );
    const last = t.sections[1]!;
    expect(last.children.map((c) => [c.title, c.children.length])).toEqual([['抓项目', 0], ['抓产业', 0], ['抓民生', 0]]);
    expect(last.tail.map((p) => p.text.slice(0, 5))).toEqual(['为确保各项', '一是要加强', '二是要压实', '三是要强化']);
    expect(t.closing).toHaveLength(1);
  });

  it('stay with the last point when points run over several paragraphs', () => {
    const { tree: t } = parseDocument(['讲话', '一、甲', '（一）第一点', '正文一。', '正文二。', '（二）第二点', '正文三。', '（三）第三点', '正文四。', '正文五。'].join('\n'));
    expect(t.sections[0]!.tail).toEqual([]);
    expect(t.sections[0]!.children[2]!.body).toHaveLength(2);
  });
});

describe('a requirements list trailing the last part, on slides', () => {
  it('is one block titled by its opener, its items as bullets', () => {
    const { tree } = parseDocument(
      ['讲话', '一、甲', '（一）子一。正文一。', '（二）子二。正文二。', '（三）子三。正文三。', '我再提三点要求。', '一是要加强组织领导。各级要重视。', '二是要压实工作责任。层层分解任务。', '三是要强化督促检查。定期通报。'].join('\n'),
    );
    const plan = planDeck(tree, builtInTheme(), { ratio: '16:9' });
    const slide = plan.slides.find((s) => (s.layout === 'points' || s.layout === 'subpoints') && s.title.text === '我再提三点要求');
    if (!slide || (slide.layout !== 'points' && slide.layout !== 'subpoints')) throw new Error('no slide for the requirements');
    const text = JSON.stringify(slide.bullets);
    expect(text).toContain('加强组织领导');
    expect(text).toContain('强化督促检查');
    expect(text).not.toContain('我再提三点要求');
  });
});
