// The top level when it is not a plain 一、二、三、 run: sub-documents that restart, gaps kept,
// 首先/其次/最后 speeches, 第一，… speeches, unnumbered blocks.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/parse.js';

const parse = (...lines: string[]) => parseDocument(lines.join('\n')).tree;
const outline = (tree: ReturnType<typeof parse>) => tree.sections.map((s) => [s.title, s.children.map((c) => c.title)]);

describe('the top level', () => {
  it('keeps sub-plans that each restart at 一、 as parts with their own children', () => {
    const tree = parse(
      '关于印发两个实施方案的通知',
      '各乡镇人民政府：',
      '现将两个方案印发给你们，请认真贯彻执行。',
      '农村人居环境整治实施方案',
      '为改善农村人居环境，制定本方案。',
      '一、总体要求',
      '坚持因地制宜。',
      '二、重点任务',
      '推进厕所革命。',
      '农村道路建设实施方案',
      '一、建设目标',
      '到2025年全面完成。',
      '二、保障措施',
      '加强资金保障。',
      '三、工作要求',
      '各单位要高度重视。',
    );
    expect(outline(tree)).toEqual([
      ['农村人居环境整治实施方案', ['总体要求', '重点任务']],
      ['农村道路建设实施方案', ['建设目标', '保障措施', '工作要求']],
    ]);
  });

  it('keeps a numbering gap as written', () => {
    const tree = parse('在全县工作会议上的讲话', '同志们：', '一、提高认识', '要提高认识。', '二、突出重点', '要突出重点。', '三、狠抓落实', '要抓好落实。', '七、加强领导', '要加强领导。');
    expect(tree.sections.map((s) => `${s.ordinal}${s.title}`)).toEqual(['1提高认识', '2突出重点', '3狠抓落实', '7加强领导']);
  });

  it('does not take a range of numerals for a skipped number', () => {
    const tree = parse('在全县工作会议上的讲话', '同志们：', '一、提高认识', '要提高认识。', '四、五岁的孩子需要关爱', '二、狠抓落实', '要抓好落实。');
    expect(tree.sections.map((s) => s.title)).toEqual(['提高认识', '狠抓落实']);
  });

  it('gives a speech built on 首先/其次/再次/最后 one part each', () => {
    const tree = parse(
      '在全县教育工作会议上的讲话',
      '同志们：',
      '首先，我代表县委、县政府，向全县广大教师致以节日的问候！',
      '今年以来，全县教育工作取得了新成绩。下面，我讲几点意见。',
      '首先，要坚持立德树人。学校要把德育放在首位，各项工作围绕育人展开。',
      '要加强师德建设。',
      '其次，要推进均衡发展。要加大投入，改善办学条件。',
      '再次，要深化教育改革。要推进评价改革。',
      '最后，要加强组织领导。各级党委要把教育摆在优先位置。',
      '同志们！让我们团结一心，为办好人民满意的教育而努力奋斗！',
    );
    expect(tree.sections.map((s) => s.title)).toEqual(['要坚持立德树人', '要推进均衡发展', '要深化教育改革', '要加强组织领导']);
    expect(tree.sections.map((s) => s.ordinal)).toEqual([1, 2, 3, 4]);
    expect(tree.preamble).toHaveLength(2);
  });

  it('gives a short speech built on paragraph-opening 一是/二是/三是 one part each', () => {
    const tree = parse('在全县防汛工作会议上的讲话', '同志们：', '汛期将至，我讲三点意见。', '一是要提高思想认识。防汛工作事关群众生命财产安全。', '二是要压实防汛责任。各级要落实属地责任。', '三是要做好应急准备。物资队伍要提前到位。');
    expect(tree.sections.map((s) => s.title)).toEqual(['要提高思想认识', '要压实防汛责任', '要做好应急准备']);
  });

  it('gives a speech built on 第一个关键词是…/第二个… the words it names as parts', () => {
    const tree = parse(
      '在全市年轻干部培训班开班式上的讲话',
      '同志们：',
      '今天，我围绕三个关键词，和大家谈一些体会。',
      '第一个关键词是忠诚，这是共产党人首要的政治品质，年轻干部要把对党忠诚作为立身之本。始终同党中央保持高度一致。',
      '对党忠诚不是抽象的，而是具体的、实践的。',
      '第二个关键词是担当，干事担当是干部的天职，面对矛盾敢于迎难而上。面对危机敢于挺身而出。',
      '第三个关键词是清廉，廉洁自律是干部的底线，要守住拒腐防变的防线。干干净净做事，清清白白做人。',
      '第一个百年奋斗目标已经实现，我们正在向第二个百年奋斗目标进军。',
      '同志们，希望大家牢记嘱托，在新时代的征程上建功立业。',
    );
    expect(tree.sections.map((s) => s.title)).toEqual(['忠诚', '担当', '清廉']);
  });

  it('reads 第一， under 第一个问题 as its points, and the two spellings of one run as one run', () => {
    const nested = parse(
      '在理论工作座谈会上的讲话',
      '下面，我讲两个问题。',
      '第一个问题：理论指导十分重要。改革开放离不开理论指导。',
      '第二个问题：当前面临的挑战。我认为主要有两个方面。',
      '第一，深化初级阶段理论。这是根本。',
      '第二，开展对策研究。要围绕改革开放。',
      '第三个问题：繁荣理论事业。要解放思想。',
    );
    expect(outline(nested)).toEqual([
      ['理论指导十分重要', []],
      ['当前面临的挑战', ['深化初级阶段理论', '开展对策研究']],
      ['繁荣理论事业', []],
    ]);
    const mixed = parse('在动员大会上的讲话', '第一点，要认识变革的必要。这是前提。', '第二，要请好老师。老师很重要。', '第三个问题，要坚持到底。不能半途而废。');
    expect(outline(mixed).map(([t]) => t)).toEqual(['要认识变革的必要', '要请好老师', '要坚持到底']);
    // Named points after bare ones are a second run at the same level, never inside the last bare point.
    const after = parse('在扩大会议上的讲话', '第一，有好的指导思想。', '第二，有好的党中央。', '我们要健全党的生活。', '第一个问题，民主集中制。要发扬民主。', '第二个问题，建立经常工作。要建立制度。');
    expect(outline(after)).toEqual([
      ['有好的指导思想', []],
      ['有好的党中央', []],
      ['民主集中制', []],
      ['建立经常工作', []],
    ]);
  });

  it('reads a run that starts again after a line leading into it as more parts', () => {
    const tree = parse(
      '2006年工作总结',
      '一、完成了产品发布。',
      '二、参加了开源竞赛。',
      '今年的计划如下：',
      '一、继续完善功能。',
      '二、补充各类文档。',
    );
    expect(tree.sections.map((s) => s.title)).toEqual(['完成了产品发布', '参加了开源竞赛', '继续完善功能', '补充各类文档']);
    // Without the lead-in line, 一、 in mid-text is no new part.
    expect(parse('2006年工作总结', '一、完成了产品发布。', '二、参加了开源竞赛。', '一、继续完善功能。').sections.map((s) => s.title)).toEqual(['完成了产品发布', '参加了开源竞赛']);
  });

  it('reads a run that steps back and then counts on past the first run as a second run, not as text', () => {
    // Three problems, then five expectations whose first is named inside a sentence.
    const tree = parse(
      '在例会上的讲话',
      '第一个问题，关注数字太多。数字是打出来的。',
      '第二个问题，作战方式要转过来。要突破大客户。',
      '第三点，解决方案。要跳出研发的圈子。',
      '我的期望，第一点是销售额，最后一点才是利润。',
      '第二点：对主要市场的突破。',
      '第三点：对中心城市的突破。',
      '第四点：在考核上加强落实。',
      '第五点：考核干部的奋斗意志。',
    );
    expect(tree.sections.map((s) => s.heading)).toEqual(['关注数字太多', '作战方式要转过来', '解决方案', '对主要市场的突破', '对中心城市的突破', '在考核上加强落实', '考核干部的奋斗意志']);
    // A step back that the lines after it do not carry past the first run (1. 2. 2. 4.) is no run:
    // the repeated 2. is text, and 4. goes on from the first 2. (a skipped number).
    const damaged = parse('工作方案', '一、主要任务', '1.加强组织领导。', '2.完善工作机制。', '2.完善工作机制。', '4.强化督促检查。');
    expect(damaged.sections[0]!.children.map((s) => s.heading)).toEqual(['加强组织领导', '完善工作机制', '强化督促检查']);
  });

  it('takes 第一部分 … 第二部分 for the parts of a report, with 一是 under each; 第一部分是… is a sentence', () => {
    const tree = parse(
      '2024年县政府工作报告',
      '各位代表：',
      '第一部分　2023年工作回顾',
      '一年来，我们主要做了以下工作。',
      '一是经济运行稳中向好。全年地区生产总值增长6.2%。',
      '二是项目建设加快推进。新开工项目45个。',
      '第二部分',
      '2024年工作安排',
      '一是抓招商引资。全年引进项目30个以上。',
      '二是抓民生保障。新增城镇就业3000人。',
    );
    expect(outline(tree)).toEqual([
      ['2023年工作回顾', ['经济运行稳中向好', '项目建设加快推进']],
      ['2024年工作安排', ['抓招商引资', '抓民生保障']],
    ]);
    const sentence = parse('在全县工作会议上的讲话', '同志们：', '我的讲话分两个部分。第一部分是回顾。', '第一部分是回顾去年的工作，大家都清楚。', '第二部分的内容是部署今年工作。');
    expect(sentence.sections).toEqual([]);
  });

  it('never puts a chapter inside a numbered point: 第一章 after an unnumbered 总 则 with its own 一、二、', () => {
    const tree = parse(
      '北京市生态安全格局专项规划',
      '前  言',
      '生态安全是国家安全体系的重要基石。',
      '总 则',
      '一、指导思想',
      '以习近平新时代中国特色社会主义思想为指导。',
      '二、规划原则',
      '（一）坚持生态优先。正文。',
      '（二）坚持系统治理。正文。',
      '第一章 规划定位及重点',
      '一、规划定位',
      '首都生态安全的基本盘。',
      '二、规划重点',
      '推进系统治理。',
      '第二章 规划愿景与目标',
      '一、规划愿景',
      '山水相依。',
    );
    expect(outline(tree)).toEqual([
      ['总 则', ['指导思想', '规划原则']],
      ['规划定位及重点', ['规划定位', '规划重点']],
      ['规划愿景与目标', ['规划愿景']],
    ]);
    expect(tree.sections[0]!.children[1]!.children.map((s) => [s.level, s.heading])).toEqual([[3, '坚持生态优先'], [3, '坚持系统治理']]);
    // Without a heading line before them, the points stay parts of their own, the chapters beside them.
    const bare = parse('某某规划', '前言。', '一、指导思想', '正文。', '二、规划原则', '正文。', '第一章 规划定位', '一、定位', '正文。');
    expect(outline(bare)).toEqual([['指导思想', []], ['规划原则', []], ['规划定位', ['定位']]]);
  });

  it('takes a first point written at the end of the paragraph that announces it, when the next opens with the second', () => {
    const tree = parse(
      '在全县经济工作会议上的讲话',
      '同志们：',
      '今天召开会议，部署今年任务。下面，我讲几点意见。第一，要坚定发展信心。去年全县经济稳中向好。',
      '第二，要抓好项目建设。项目是发展的生命线。',
      '第三，要优化营商环境。要深化放管服改革。',
    );
    expect(tree.sections.map((s) => s.heading)).toEqual(['要坚定发展信心', '要抓好项目建设', '要优化营商环境']);
    expect(tree.preamble.map((p) => p.text)).toEqual(['今天召开会议，部署今年任务。下面，我讲几点意见。']);
    // The same for 一是 after a lead-in colon, under a part.
    const report = parse('2024年县政府工作报告', '各位代表：', '一、2023年工作回顾', '过去一年，我们主要做了以下工作：一是经济运行稳中向好。增长6.2%。', '二是项目建设加快推进。新开工项目45个。', '二、2024年工作安排', '要抓好招商引资。');
    expect(outline(report)).toEqual([['2023年工作回顾', ['经济运行稳中向好', '项目建设加快推进']], ['2024年工作安排', []]]);
    // And for 首先，…… at the end of the announcing paragraph, 其次，…… opening the next.
    const spoken = parse('在全镇森林防火工作会议上的讲话', '同志们：', '下面，我讲三点意见。首先，要充分认识重要性。森林防火事关重大。', '其次，要严格落实责任。', '最后，要加强应急准备。');
    expect(spoken.sections.map((s) => s.heading)).toEqual(['要充分认识重要性', '要严格落实责任', '要加强应急准备']);
    // A list the paragraph gives whole (第一，……；第二，……) is its own, whatever follows.
    const inline = parse('在全县工作会议上的讲话', '同志们：', '我讲两点。第一，要提高认识。第二，要抓好落实。', '第二，我再强调一下纪律。');
    expect(inline.sections).toEqual([]);
  });

  it('does not take 一是/二是 inside running text for parts', () => {
    const tree = parse('在全县防汛工作会议上的讲话', '同志们：', '做好防汛工作，一是要提高认识，二是要压实责任。', '各级要高度重视。');
    expect(tree.sections).toEqual([]);
  });

  it('does not take 首先/其次 for the structure when the speech has 一、 parts', () => {
    const tree = parse('在全县工作会议上的讲话', '同志们：', '一、提高认识', '首先，要提高认识。', '其次，要统一思想。', '二、狠抓落实', '要抓好落实。');
    expect(outline(tree)).toEqual([['提高认识', []], ['狠抓落实', []]]);
  });

  it('takes paragraph-opening 第一，…第三， as the parts when there is no 一、', () => {
    const tree = parse('在全县工作会议上的讲话', '同志们：', '今天召开会议。', '第一，要提高政治站位。这是前提。', '第二，要压实工作责任。这是关键。', '第三，要强化督促检查。这是保障。');
    expect(tree.sections.map((s) => s.heading)).toEqual(['要提高政治站位', '要压实工作责任', '要强化督促检查']);
  });

  it('takes the blocks of two speech summaries as the parts', () => {
    const tree = parse(
      '全县经济工作会议召开',
      '12月20日，全县经济工作会议召开，会议传达学习了中央经济工作会议精神。',
      '张三同志的讲话摘要',
      '张三指出，今年全县经济运行稳中向好。',
      '张三强调，要扎实做好明年各项工作。',
      '李四同志的讲话摘要',
      '李四指出，要抓好项目建设。',
      '李四要求，要确保各项任务落到实处。',
    );
    expect(tree.sections.map((s) => s.title)).toEqual(['张三同志的讲话摘要', '李四同志的讲话摘要']);
  });
});

describe('a plain-prose speech', () => {
  it('takes paragraphs that open with a short lead sentence for its parts, and its exhortation for the closing', () => {
    const tree = parse(
      '关于做好今冬明春安全生产工作的讲话',
      '当前已进入冬季，各类安全风险交织叠加。各单位要充分认识做好安全生产工作的重要性。',
      '要压紧压实安全生产责任。各单位主要负责同志要亲自研究、亲自部署。',
      '要深入开展隐患排查整治。聚焦道路交通、燃气、消防等重点行业领域。',
      '要切实加强应急值守。严格落实领导带班和24小时值班制度。',
      '安全生产无小事，责任重于泰山。希望大家以高度负责的态度，抓实抓细各项工作。',
    );
    expect(tree.sections.map((s) => s.heading)).toEqual(['要压紧压实安全生产责任', '要深入开展隐患排查整治', '要切实加强应急值守']);
    expect(tree.closing.map((p) => p.text.slice(0, 7))).toEqual(['安全生产无小事']);
  });
});
