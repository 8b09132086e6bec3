// What comes after the document's end is appended material, never parts: a web page's lines, an
// attachment after the signature, a second article posted after the first.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/parse.js';

const SPEECH = ['在全县工作会议上的讲话', '同志们：', '今天召开会议。', '一、提高认识', '要提高认识。', '二、狠抓落实', '要抓好落实。', '同志们！让我们团结一心，为完成全年目标任务而努力奋斗！'];
const parse = (...lines: string[]) => parseDocument(lines.join('\n')).tree;
const titles = (tree: ReturnType<typeof parse>) => tree.sections.map((s) => s.title);

describe('the tail zone', () => {
  it('takes a task table flattened one cell a line after the last part as appended, its 一、 group rows no parts', () => {
    const plan = ['关于印发工作方案的通知', '一、编制规划', '（一）编制体系规划。着力优化布局。', '二、推进建设', '（一）强化管理。控制成本。', '三、工作要求', '（一）加强组织领导。明确责任。'];
    const table = ['全面推进体系建设任务分解表', '序号', '内容', '牵头部门', '配合部门', '一、编制规划', '1', '编制体系规划', '综合规划处', '二、推进建设', '2', '强化管理', '建设处'];
    const tree = parse(...plan, ...table);
    expect(titles(tree)).toEqual(['编制规划', '推进建设', '工作要求']);
    expect(tree.appendix.map((p) => p.text)).toEqual(table);
    // A table between two parts is the text's: the parts go on after it.
    const between = parse(...plan.slice(0, 4), '重点项目一览表', '序号', '项目', '单位', '1', '道路改造', '交通局', ...plan.slice(4));
    expect(titles(between)).toEqual(['编制规划', '推进建设', '工作要求']);
    expect(between.appendix).toEqual([]);
  });

  it("takes an official document's imprint (抄送, the printing office and date) as appended, not as a cut-off last point", () => {
    const plan = ['关于印发工作方案的通知', '一、总体要求', '要全面推进。', '二、保障措施', '（一）加强组织领导。各乡镇要成立专班。', '（二）强化资金保障。县财政安排专项资金。'];
    const imprint = ['抄送：县委办公室，县人大常委会办公室。', 'XX县人民政府办公室　　　　　　　　2024年3月1日印发'];
    const { tree, problems } = parseDocument([...plan, ...imprint].join('\n'));
    expect(titles(tree)).toEqual(['总体要求', '保障措施']);
    expect(tree.appendix.map((p) => p.text)).toEqual(imprint);
    expect(tree.truncated).toBeNull();
    expect(problems.map((p) => p.code)).not.toContain('text-truncated');
  });

  it('takes a bracketed label alone on its line late in the text (【互动问答摘录】) and what follows it as appended', () => {
    const qa = ['【互动问答摘录】', 'Q1：我们怎样看待这个问题？', '任总：要以客户需求为导向。', 'Q2：干部怎样选拔？', '任总：从成功的实践中选拔。'];
    const tree = parse(...SPEECH.slice(0, 7), ...qa);
    expect(titles(tree)).toEqual(['提高认识', '狠抓落实']);
    expect(tree.appendix.map((p) => p.text)).toEqual(qa);
    // Early in the text, such a label is the text's own (【导读】 before a speech).
    expect(titles(parse(SPEECH[0]!, '【导读】', '这是一篇讲话。', ...SPEECH.slice(1)))).toEqual(['提高认识', '狠抓落实']);
  });

  it('takes a web page\'s editor, source and link lines as appended', () => {
    const tree = parse(...SPEECH, '（来源：县融媒体中心）', '责任编辑：张三', '【打印正文】', '上一篇：关于做好防汛工作的通知', '下一篇：县委常委会召开会议');
    expect(titles(tree)).toEqual(['提高认识', '狠抓落实']);
    expect(tree.appendix.map((p) => p.text)).toEqual(['（来源：县融媒体中心）', '责任编辑：张三', '【打印正文】', '上一篇：关于做好防汛工作的通知', '下一篇：县委常委会召开会议']);
    expect(tree.closing.map((p) => p.text)).toEqual([SPEECH[7]]);
  });

  it("takes a page's sharing and copyright lines as appended, and finds the closing before them", () => {
    const page = ['微信扫一扫在手机阅读、分享本文', '版权声明', '作者原创,不允许二次传播,一经发现收回', '- 下一篇:区工商联五年工作总结'];
    const tree = parse(...SPEECH, ...page);
    expect(titles(tree)).toEqual(['提高认识', '狠抓落实']);
    expect(tree.closing.map((p) => p.text)).toEqual([SPEECH[7]]);
    expect(tree.appendix.map((p) => p.text)).toEqual(page);
  });

  it('keeps a reading site\'s preview wall after a cut text out of the last part', () => {
    const wall = ['预览结束,免费获取全文或定制代笔此类文章!', '请点击👉 mbgs777 👈联系老师', '（未完，全文共1662字，当前显示422字）'];
    const tree = parse(...SPEECH.slice(0, 6), '要抓好落实，主观......', ...wall);
    expect(titles(tree)).toEqual(['提高认识', '狠抓落实']);
    const shown = tree.sections.flatMap((s) => [...s.body, ...s.children.flatMap((c) => c.body)]).map((p) => p.text);
    for (const line of wall) expect(shown).not.toContain(line);
  });

  it('does not take a second article after the closing as parts 3 and 4', () => {
    const tree = parse(...SPEECH, '在全县安全生产工作会议上的讲话', '一、认清形势', '当前形势依然严峻。', '二、压实责任', '要压实各方责任。');
    expect(titles(tree)).toEqual(['提高认识', '狠抓落实']);
    expect(tree.appendix[0]!.text).toBe('在全县安全生产工作会议上的讲话');
  });

  it('takes an attachment after the signature and date as appended, with its own numbering', () => {
    const tree = parse(
      '关于开展安全生产大检查的通知',
      '各乡镇人民政府，县直各单位：',
      '为切实做好安全生产工作，现就有关事项通知如下。',
      '一、检查范围',
      '全县所有生产经营单位。',
      '二、工作要求',
      '各单位要高度重视。',
      '县安全生产委员会办公室',
      '2023年5月6日',
      '附件',
      '安全生产大检查责任分工表',
      '一、县应急局',
      '负责综合协调。',
    );
    expect(titles(tree)).toEqual(['检查范围', '工作要求']);
    expect(tree.appendix.slice(0, 3).map((p) => p.text)).toEqual(['县安全生产委员会办公室', '2023年5月6日', '附件']);
    expect(tree.date).toBe('2023年5月6日');
  });

  it('takes 附：… lines as appended', () => {
    const tree = parse(...SPEECH, '附：全县重点工作任务清单', '1.抓好项目建设');
    expect(titles(tree)).toEqual(['提高认识', '狠抓落实']);
    expect(tree.appendix).toHaveLength(2);
  });
});

describe('attachments as slides, when the user asks', () => {
  const NOTICE = ['关于开展安全生产大检查的通知', '各乡镇人民政府：', '现就有关事项通知如下。', '一、检查范围', '全县所有生产经营单位。', '二、工作要求', '各单位要高度重视。', '县安委会办公室', '2023年5月6日', '附件', '安全生产大检查责任分工表', '一、县应急局负责综合协调。', '二、县公安局负责道路交通安全检查。', '责任编辑：张三'];
  it('gives each attachment its slides, marked 附件, and leaves the page furniture out', async () => {
    const { planDeck } = await import('../../src/plan/plan.js');
    const { builtInTheme } = await import('../helpers/samples.js');
    const tree = parse(...NOTICE);
    const without = planDeck(tree, builtInTheme(), { ratio: '16:9' });
    const withSlides = planDeck(tree, builtInTheme(), { ratio: '16:9', attachments: true });
    const titleOf = (s: (typeof without.slides)[number]) => (s.layout === 'points' || s.layout === 'subpoints' ? s.title.text : '');
    expect(without.slides.map(titleOf)).not.toContain('附件　安全生产大检查责任分工表');
    const added = withSlides.slides.filter((s) => titleOf(s).startsWith('附件'));
    expect(added.map(titleOf)).toEqual(['附件　安全生产大检查责任分工表']);
    expect(JSON.stringify(added)).toContain('县应急局');
    expect(JSON.stringify(added)).not.toContain('责任编辑');
    expect(withSlides.slides[withSlides.slides.length - 1]!.layout).toBe('closing');
  });
});
