// The title zone: what a web page, a bulletin or a notice puts above and around the title, and the
// forms people type titles, subtitles, dates and speakers in.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/parse.js';
import { titleFromFileName, titleFromOpening } from '../../src/plan/cover.js';
import { analyse } from '../../src/convert.js';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { tmpDir } from '../helpers/io.js';
import { isMasthead, isPageFurniture, isPostingNote } from '../../src/parse/furniture.js';

const BODY = ['同志们：', '今天召开这次会议，主要任务是总结工作、部署任务。', '一、提高认识', '要充分认识这项工作的重要性。', '二、狠抓落实', '要把各项任务落到实处。'];
const parse = (...lines: string[]) => parseDocument(lines.join('\n')).tree;

describe('page furniture above the title', () => {
  it('skips a breadcrumb, the site column, source and click-count lines', () => {
    const tree = parse('当前位置：首页 > 新闻中心 > 领导讲话', '每周一学（第十二期）', '在全县安全生产工作会议上的讲话', '文章来源：县政府办　发布时间：2023-04-12　点击数：1024', ...BODY);
    expect(tree.title).toBe('在全县安全生产工作会议上的讲话');
    expect(tree.sections.map((s) => s.title)).toEqual(['提高认识', '狠抓落实']);
    expect(tree.preamble.map((p) => p.text)).toEqual([BODY[1]]);
  });

  it("skips a site's navigation bar and the post's date-and-site line around the title", () => {
    const tree = parse('笔杆子素材库 首页', '', '县长在全县春节前后安全生产工作会议上的讲话', '', '10-28 笔杆子素材库', ...BODY);
    expect(tree.title).toBe('县长在全县春节前后安全生产工作会议上的讲话');
    expect(tree.sections).toHaveLength(2);
    expect(['首页 | 范文大全 | 讲话稿', '网站首页', '返回首页', '2019-10-28 09:30 某某网'].every(isPageFurniture)).toBe(true);
    // 首页 inside a sentence or a word is not navigation.
    expect(['首页县长在全县工作会议上的讲话', '在全县首页设计大赛上的讲话', '10月28日 县委办公室'].some(isPageFurniture)).toBe(false);
  });

  it("skips a compilation site's lines and a red-headed document's issuing mark (…文件) above a two-line title", () => {
    const tree = parse(
      '湖南省人民政府办公厅文件',
      '时间:2019-05-14 10:45:55下载本文作者:会员上传',
      '简介:写写帮文库小编为你整理了多篇相关的《湖南省人民政府办公厅文件》,但愿对你工作学习有帮助。',
      '第一篇:湖南省人民政府办公厅文件',
      '湖南省人民政府办公厅文件',
      '湘政办发〔2009〕24号',
      '湖南省人民政府办公厅关于加强普通高等学校',
      '毕业生就业工作的通知',
      '各市州、县市区人民政府,省政府各厅委、各直属机构:',
      ...BODY.slice(1),
    );
    expect(tree.title).toBe('湖南省人民政府办公厅关于加强普通高等学校毕业生就业工作的通知');
    expect(tree.sections).toHaveLength(2);
    expect(isMasthead('中共某某县委文件')).toBe(true);
    expect(isMasthead('关于转发省委文件的通知')).toBe(false);
  });

  it("skips a post's time with its fields, and drops a site's version number after the title's kind", () => {
    const tree = parse('乡镇政府工作报告1', '', '乡镇政府工作报告1', '', '01-16 15:29:25  浏览次数:419次  栏目:政府报告', '标签:政府工作报告,乡镇政府工作报告', ...BODY);
    expect(tree.title).toBe('乡镇政府工作报告');
    expect(parse('关于印发2024年工作要点的通知', ...BODY).title).toBe('关于印发2024年工作要点的通知');
    expect(parse('手机版', '2022年度专题党课：从党史中汲取智慧和力量(精选文档)', ...BODY).title).toBe('2022年度专题党课：从党史中汲取智慧和力量');
    expect(parse('某县乡村振兴实施方案（试行）', ...BODY).title).toBe('某县乡村振兴实施方案（试行）');
    // The title restated under its kind label is the same title.
    expect(parse('喜迎二十大，奋进新征程', '党课：喜迎二十大，奋进新征程', ...BODY).title).toBe('喜迎二十大，奋进新征程');
    // A page title's column and site: … -- 大案 -- 传送门, …_新华网.
    expect(parse('习近平：欢迎知识分子提出批评 -- 大案 -- 传送门', ...BODY).title).toBe('习近平：欢迎知识分子提出批评');
    expect(parse('在全县工作会议上的讲话_某某新闻网', ...BODY).title).toBe('在全县工作会议上的讲话');
    expect(['微信扫一扫在手机阅读、分享本文', '版权声明', '作者原创,不允许二次传播,一经发现收回', '- 下一篇:区工商联五年工作总结'].every(isPageFurniture)).toBe(true);
  });

  it('skips a posting note that introduces the re-posted speech', () => {
    const tree = parse('现将县委书记在全县作风建设大会上的讲话摘录如下，请认真学习。', '在全县作风建设大会上的讲话', '（2019年3月2日）', ...BODY);
    expect(tree.title).toBe('在全县作风建设大会上的讲话');
    expect(tree.date).toBe('2019年3月2日');
  });

  it('skips a record\'s metadata lines (索引号, 发文机关, 标题, 发布日期) above the text', () => {
    const tree = parse('索引号：000014349/2023-00123', '主题分类：城乡建设', '发文机关：某区人民政府', '标题：某区人民政府关于推进城市更新工作的实施意见', '发文字号：某府发〔2023〕5号', '发布日期：2023-05-06', '某区人民政府关于推进城市更新工作的实施意见', ...BODY.slice(2));
    expect(tree.title).toBe('某区人民政府关于推进城市更新工作的实施意见');
    expect(tree.sections).toHaveLength(2);
  });

  it('skips a bulletin masthead and its issue number', () => {
    const tree = parse('工作简报', '〔2019〕第14期', '县委办公室编　　2019年5月6日', '关于全县脱贫攻坚工作推进情况的通报', ...BODY.slice(1));
    expect(tree.title).toBe('关于全县脱贫攻坚工作推进情况的通报');
    expect(tree.sections).toHaveLength(2);
  });

  it('takes furniture for furniture and titles for titles', () => {
    expect(['当前位置：首页 > 通知公告', '发布时间：2020-01-02 10:11:12', '【打印正文】', '上一篇：关于做好春节工作的通知', '2020-01-02 10:11', '（来源：人民网）'].every(isPageFurniture)).toBe(true);
    expect(['第3期', '〔2019〕第14期', '纪检监察工作简报'].every(isMasthead)).toBe(true);
    expect(isMasthead('关于全县脱贫攻坚工作推进情况的通报')).toBe(false);
    expect(isPageFurniture('在全县工作会议上的讲话')).toBe(false);
    expect(isPostingNote('现将《实施方案》印发给你们，请认真贯彻执行。')).toBe(true);
  });

  it("reads a plan's own contents (entries with dotted leaders and page numbers) after its title as no parts, and its period as part of its name", () => {
    const tree = parse(
      '北京市生态安全格局专项规划',
      '（2021 年-2035 年）',
      '（草案）',
      '北京市规划和自然资源委员会',
      '前  言',
      '生态安全是国家安全体系的重要基石。',
      '目  录',
      '一、指导思想 ........................................ 1',
      '二、规划原则 ........................................ 1',
      '三、规划依据 ........................................ 2',
      '一、指导思想',
      '以习近平新时代中国特色社会主义思想为指导。',
      '二、规划原则',
      '坚持生态优先。',
      '三、规划依据',
      '依据有关法律法规。',
    );
    expect(tree.title).toBe('北京市生态安全格局专项规划（2021 年-2035 年）');
    expect(tree.sections.map((s) => s.heading)).toEqual(['指导思想', '规划原则', '规划依据']);
    expect(tree.preamble.map((p) => p.text)).toContain('一、指导思想 ........................................ 1');
  });

  it('keeps a single year in brackets under a title out of it: a label, not a period', () => {
    expect(parse('海口市水务局关于生产建设项目水土保持方案审批决定的公告', '（2020年）', '根据有关规定，现将审批决定公告如下。', '一、审批事项', '正文。', '二、权利告知', '正文。').title).toBe(
      '海口市水务局关于生产建设项目水土保持方案审批决定的公告',
    );
  });

  it('takes the 附件 label above an attached document for a label, not the start of its title', () => {
    expect(parse('附件', '', '2020年城市体检工作方案', '按照要求，制定本方案。', '一、总体要求', '要全面推进。', '二、工作任务', '要抓好落实。').title).toBe('2020年城市体检工作方案');
  });

  it('takes a button bar written one button a line, its brackets alone, for furniture, not a title', () => {
    const tree = parse('下载', '打印', '全屏', '收藏', '【字号：', '加大', '还原', '减小', '】', '2026年某省政府工作报告', '——2026年1月26日在某省人民代表大会上', '各位代表：', '一、过去五年回顾', '过去五年，经济实力跃上新台阶。', '二、今年工作安排', '今年要抓好以下工作。');
    expect(tree.title).toBe('2026年某省政府工作报告');
    expect(tree.sections.map((s) => s.heading)).toEqual(['过去五年回顾', '今年工作安排']);
    expect(isPageFurniture('减小之后的效果')).toBe(false);
  });
});

describe('the title block', () => {
  it('joins a letter-spaced title', () => {
    expect(parse('弘 扬 伟 大 精 神　提 振 干 事 激 情', '——在全市干部大会上的讲话', ...BODY).title).toBe('弘扬伟大精神提振干事激情');
  });

  it.each(['――', '──', '--', '－－', '——'])('reads a subtitle opened with %s', (dash) => {
    const tree = parse('凝心聚力开新局', `${dash}在全市经济工作会议上的讲话`, ...BODY);
    expect(tree.title).toBe('凝心聚力开新局');
    expect(tree.subtitle).toBe('——在全市经济工作会议上的讲话');
  });

  it.each([
    ['2022年10月23日', '2022年10月23日'],
    ['（2010年2月22日）', '2010年2月22日'],
    ['2022.10.23', '2022.10.23'],
    ['2022-10-23', '2022-10-23'],
    ['二○一二年六月十二日', '二○一二年六月十二日'],
    ['二〇一二年六月十二日上午', '二〇一二年六月十二日上午'],
  ])('reads the date line %s', (line, date) => {
    const tree = parse('在全县工作会议上的讲话', line, ...BODY);
    expect(tree.date).toBe(date);
    expect(tree.title).toBe('在全县工作会议上的讲话');
  });

  it('reads a speaker after the date, with the office before the name', () => {
    const tree = parse('政府工作报告', '2023年1月10日', '省长 罗东川', ...BODY);
    expect(tree.speaker).toBe('罗东川');
    expect(tree.date).toBe('2023年1月10日');
  });

  it('never takes 总则 for a speaker', () => {
    const tree = parse('某县城市管理实施方案', '总则', '为加强城市管理，制定本方案。', '一、目标', '整洁有序。', '二、措施', '加强执法。');
    expect(tree.speaker).toBeNull();
  });

  it('reads a title over two lines whose second line names the kind of text', () => {
    expect(parse('县人民政府关于印发全县农村人居环境', '整治实施方案的通知', '各乡镇人民政府：', '现将方案印发给你们。').title).toBe('县人民政府关于印发全县农村人居环境整治实施方案的通知');
  });
});

describe('a title block run together on one line', () => {
  const body = '很高兴同大家相聚。'.repeat(80) + '第一，要坚持团结合作。' + '合作是基础。'.repeat(60) + '第二，要坚持开放包容。' + '开放是方向。'.repeat(60);
  it('cuts the dateline, title, subtitle, date with place, speaker, photo caption and salutation apart', () => {
    const line = `新华社北京9月1日电推动合作实现更高质量发展——在合作组织成员国元首理事会会议上的讲话（2026年9月1日，北京）中华人民共和国主席　习近平  当地时间9月1日上午，会议在北京举行。新华社记者 李响 摄尊敬的各位同事，女士们，先生们：  ${body}`;
    const tree = parse(line);
    expect(tree).toMatchObject({ title: '推动合作实现更高质量发展', subtitle: '——在合作组织成员国元首理事会会议上的讲话', date: '2026年9月1日', speaker: '习近平' });
    expect(tree.salutation?.text).toBe('尊敬的各位同事，女士们，先生们：');
    expect(tree.sections.map((s) => s.title)).toEqual(['要坚持团结合作', '要坚持开放包容']);
  });
});

describe('a title line that carries more', () => {
  it('splits a subtitle joined to the title by a dash', () => {
    const tree = parse('常怀爱国之心，常抒爱国之情──某某校长在2011届毕业典礼上的讲话', '同学们：', '今天我们欢聚一堂。');
    expect(tree.title).toBe('常怀爱国之心，常抒爱国之情');
    expect(tree.subtitle).toBe('——某某校长在2011届毕业典礼上的讲话');
  });

  it('takes a date bracket at the end of the title line for the date', () => {
    const tree = parse('党和国家领导制度的改革（1980年8月18日）', '同志们：', '今天讲一个问题。');
    expect(tree).toMatchObject({ title: '党和国家领导制度的改革', date: '1980年8月18日' });
  });

  it('skips an editorial byline under the title', () => {
    expect(parse('关系兴衰成败的大事', '《红旗》杂志社论', '精神文明建设是一件大事。').title).toBe('关系兴衰成败的大事');
  });

  it('never takes a line cut off before a bracket for a title', () => {
    expect(parse('(译自档案俄文稿)现在我代表中央委员会作关于上届代表会议[', '1', ']以来的工作报告。').title).toBeNull();
  });
});

describe('a cover title from the file name', () => {
  it('takes a file name that is a Chinese title', () => {
    expect(titleFromFileName('在全县工作会议上的讲话')).toBe('在全县工作会议上的讲话');
    expect(titleFromFileName('2024年政府工作报告')).toBe('2024年政府工作报告');
  });

  it.each([
    ['在全县工作会议上的讲话（终稿）(1)', '在全县工作会议上的讲话'],
    ['附件1：全县2024年工作要点-定稿', '全县2024年工作要点'],
    ['20241205县长在全县经济工作会议上的讲话 最终版', '县长在全县经济工作会议上的讲话'],
    ['2024.12.5全县安全生产工作方案（第二稿）（2）', '全县安全生产工作方案'],
    ['关于加强基层治理的实施意见（征求意见稿）', '关于加强基层治理的实施意见（征求意见稿）'],
  ])('takes %s without what the file name added: %s', (name, title) => {
    expect(titleFromFileName(name)).toBe(title);
  });

  it.each(['11_xi2020_tuopin_speech', '新建 Microsoft Word 文档', '讲话稿 - 副本', 'speech2020', '演示文稿', '文件1'])('never shows %s', (name) => {
    expect(titleFromFileName(name)).toBeNull();
  });
});

describe('a cover title from the meeting a speech opens by naming', () => {
  it('takes the meeting the speaker says they hold, and only a named one', () => {
    expect(titleFromOpening('今天，我们召开一个企业家座谈会，一是同大家谈谈心。')).toBe('在企业家座谈会上的讲话');
    expect(titleFromOpening('今天我们在这里隆重召开全县经济工作会议，主要任务是部署工作。')).toBe('在全县经济工作会议上的讲话');
    for (const t of ['今天，我们在这里召开一个座谈会，请大家来座谈。', '今天我们召开这次会议，主要任务是部署工作。', '这次会议的主要任务是分析形势。', '同志们，我们召开了三次全会。']) {
      expect(titleFromOpening(t), t).toBeNull();
    }
  });

  it('puts it on the cover of a speech that has no title, and says so', async () => {
    const input = path.join(tmpDir(), 'speech_2020.txt');
    writeFileSync(input, ['今天，我们召开一个企业家座谈会，听听大家的意见和建议。下面，我讲几点意见。', ...BODY.slice(2)].join('\n'));
    const r = await analyse({ input, theme: 'dangzheng', ratio: '16:9', timestamp: new Date(0) }, { readStdin: async () => new Uint8Array() });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const cover = r.value.plan.slides[0]!;
    expect(cover.layout === 'cover' && [cover.title.text.replace(/\n/g, ''), cover.kind?.text]).toEqual(['企业家座谈会', '讲话']);
    expect(r.problems.map((p) => p.message).join()).toContain('封面按开头所说的会议写作“在企业家座谈会上的讲话”');
  });
});

describe('who the cover names', () => {
  it('keeps the office the text gives the speaker', () => {
    const tree = parse('在全县工作会议上的讲话', '县委书记 张三', '（2024年2月1日）', ...BODY);
    expect(tree).toMatchObject({ speaker: '张三', office: '县委书记' });
  });

  it('takes the issuer of a notice from its title', () => {
    expect(parse('某县人民政府办公室关于印发全县防汛工作方案的通知', '各乡镇人民政府：', '现将方案印发给你们。').issuer).toBe('某县人民政府办公室');
  });
});
