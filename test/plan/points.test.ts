// How points become slides: brief points (a sentence or two each) are one list; a point that is one
// long sentence and nothing else keeps a short title and shows the sentence.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/parse.js';
import { planDeck } from '../../src/plan/plan.js';
import type { PlannedSlide } from '../../src/plan/types.js';
import { builtInTheme } from '../helpers/samples.js';

const plan = (...lines: string[]) => planDeck(parseDocument(lines.join('\n')).tree, builtInTheme(), { ratio: '16:9' });
const points = (slides: PlannedSlide[]) => slides.flatMap((s) => (s.layout === 'points' || s.layout === 'subpoints' ? [s] : []));

describe('point slides', () => {
  it('puts brief points on one list slide under the part, each point a bullet with its heading in bold', () => {
    const p = plan(
      '关于做好安全生产工作的实施意见',
      '一、重点任务',
      '（一）全面落实企业安全生产主体责任，督促企业主要负责人履行第一责任人职责，健全全员安全生产责任制。',
      '（二）深入开展重点行业领域专项整治，聚焦道路交通、建筑施工等重点行业领域，确保整改到位。',
      '（三）加强安全生产宣传教育培训，提升全民安全素质。',
      '二、保障措施',
      '（一）加强组织领导。各乡镇、各部门要把安全生产工作摆上重要议事日程。',
      '（二）强化督导检查。县安委办要定期开展督导检查。',
    );
    const slides = points(p.slides);
    expect(slides.map((s) => s.title.text)).toEqual(['重点任务', '保障措施']);
    expect(slides[0]!.bullets.map((b) => b.lead)).toEqual(['全面落实企业安全生产主体责任，', '深入开展重点行业领域专项整治，', '加强安全生产宣传教育培训，']);
    expect(slides[1]!.bullets.map((b) => `${b.lead}${b.text}`)).toEqual(['加强组织领导。各乡镇、各部门要把安全生产工作摆上重要议事日程', '强化督导检查。县安委办要定期开展督导检查']);
  });

  it('gives points with more to say a slide each', () => {
    const long = '要加强组织领导，各乡镇、各部门要把安全生产工作摆上重要议事日程，主要负责同志亲自抓、负总责，分管负责同志具体抓，形成一级抓一级、层层抓落实的工作格局。';
    const p = plan('关于做好安全生产工作的实施意见', '一、保障措施', '（一）加强组织领导。', long + long, '（二）强化督导检查。', long.replace('组织领导', '督导检查').repeat(2));
    expect(points(p.slides).map((s) => s.title.text)).toEqual(['加强组织领导', '强化督导检查']);
  });

  it('never leaves a point that is one long sentence as a title over an empty slide', () => {
    const sentence =
      '全面落实企业安全生产主体责任，督促企业主要负责人履行第一责任人职责，健全全员安全生产责任制，建立完善安全风险分级管控和隐患排查治理双重预防机制，坚决防范遏制重特大事故发生。';
    const p = plan('关于做好安全生产工作的实施意见', '一、重点任务', `（一）${sentence}`, '（二）加强安全生产宣传教育培训，深入开展“安全生产月”等活动，提升全民安全素质。');
    for (const s of points(p.slides)) {
      expect(s.bullets.length).toBeGreaterThan(0);
      expect(s.title.text).not.toContain('\n');
    }
  });
});
