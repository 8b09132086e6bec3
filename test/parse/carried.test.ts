// A notice that issues a document: with no parts of its own, the carried document's parts are the deck's.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/parse.js';
import { splitGluedHeading } from '../../src/text/headings.js';

const NOTICE = [
  '关于开展幼儿园自制玩教具评选活动的通知',
  '各区教育局：',
  '经研究，决定开展自制玩教具评选活动。现将《自制玩教具评选活动方案》印发给你们，请认真组织实施。',
  '附件：自制玩教具评选活动方案',
  '市教育委员会',
  '2018年2月13日',
  '附件',
  '自制玩教具评选活动方案',
  '为组织好评选活动，特制定本方案。',
  '一、活动目的',
  '推动幼儿教师专业技能发展。',
  '二、评选范围',
  '全市各级各类幼儿园。',
  '三、评选程序',
  '各区初评，全市复评。',
];

describe('a carried document', () => {
  it('gives its parts to a notice that has none, the notice staying title and preamble', () => {
    const { tree } = parseDocument(NOTICE.join('\n'));
    expect(tree.title).toBe('关于开展幼儿园自制玩教具评选活动的通知');
    expect(tree.sections.map((s) => s.title)).toEqual(['活动目的', '评选范围', '评选程序']);
    expect(tree.preamble.map((p) => p.text)).toContain('为组织好评选活动，特制定本方案。');
    expect(tree.appendix.map((p) => p.text)).toContain('2018年2月13日');
  });

  it('leaves the attachment in the appendix when the notice has parts of its own', () => {
    const lines = [...NOTICE.slice(0, 3), '一、高度重视', '各区要高度重视。', '二、按时报送', '请按时报送材料。', ...NOTICE.slice(3)];
    const { tree } = parseDocument(lines.join('\n'));
    expect(tree.sections.map((s) => s.title)).toEqual(['高度重视', '按时报送']);
    expect(tree.appendix.map((p) => p.text)).toContain('一、活动目的');
  });
});

describe('a short heading glued to its text', () => {
  it('is cut after the noun a rule\'s headings end in', () => {
    expect(splitGluedHeading('主要职责在党中央、国务院领导下，分析研判铁路沿线安全环境形势，研究完善相关法律法规。')?.heading).toBe('主要职责');
    expect(splitGluedHeading('成员单位联席会议由交通运输部、中央政法委、公安部等12个部门和单位组成。')?.heading).toBe('成员单位');
  });

  it('is not cut inside a heading of its own or a sentence about the noun', () => {
    expect(splitGluedHeading('强化业务制度学习，树立执行理念，确保制度执行力全面有效开展')).toBeNull();
    expect(splitGluedHeading('主要任务是推进农村人居环境整治，全面提升农村生活垃圾治理水平。')).toBeNull();
  });
});
