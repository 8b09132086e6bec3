import { describe, expect, it } from 'vitest';
import { INLINE_MARKERS, LINE_MARKERS, matchMarker } from '../../src/text/markers.js';

// matchMarker tries a family's pattern only on text that begins with one of the family's `first`
// characters. That must lose nothing: no pattern may match text that begins with any other
// character. Every BMP code unit is tried in front of endings that complete each kind of marker.
const ENDINGS = ['、总体要求', '　解放思想', '', '）加强领导', '）', '. 目标', '．', '、', '，', '个方面', '要坚持', '是因为', '是坚持', '十、', '2）'];

describe('marker families', () => {
  for (const spec of [...LINE_MARKERS, ...INLINE_MARKERS]) {
    it(`${spec.family}: matches only text beginning with one of its first characters`, () => {
      const strays: string[] = [];
      for (let c = 0; c <= 0xffff; c++) {
        const ch = String.fromCharCode(c);
        if (spec.first.includes(ch)) continue;
        for (const end of ENDINGS) if (spec.pattern.test(ch + end)) strays.push(ch + end);
      }
      expect(strays).toEqual([]);
    });
  }

  it('still finds every family', () => {
    const cases: [string, string][] = [
      ['一、总体要求', 'cn-dun'],
      ['一　解放思想', 'cn-space'],
      ['三', 'cn-bare'],
      ['（二）加强领导', 'cn-paren'],
      ['1. 目标', 'arabic-dot'],
      ['（3）措施', 'arabic-paren'],
      ['②保障', 'circled'],
      ['第一，', 'di'],
      ['第一个问题：', 'di-named'],
    ];
    for (const [text, family] of cases) expect(matchMarker(text, LINE_MARKERS)?.family).toBe(family);
    expect(matchMarker('一要坚持', INLINE_MARKERS)?.family).toBe('yao');
    expect(matchMarker('二是加强', INLINE_MARKERS)?.family).toBe('shi');
    expect(matchMarker('', LINE_MARKERS)).toBeNull();
    expect(matchMarker('𠀀、', LINE_MARKERS)).toBeNull();
  });

  it('counts points a speech names as it counts them, the naming word in the marker', () => {
    const cases: [string, number, string][] = [
      ['第一个关键词是“忠诚”。对党忠诚……', 1, '“忠诚”。对党忠诚……'],
      ['第二个方面是思想认识要到位。', 2, '思想认识要到位。'],
      ['第三点，要加强领导。', 3, '要加强领导。'],
      ['第二个要求：守住底线。', 2, '守住底线。'],
      ['第一个问题，关于形势。', 1, '关于形势。'],
      ['第四方面要抓落实。', 4, '要抓落实。'],
    ];
    for (const [text, ordinal, rest] of cases) {
      const m = matchMarker(text, LINE_MARKERS);
      expect(m?.family).toBe('di-named');
      expect(m?.ordinal).toBe(ordinal);
      expect(m?.rest.replace(/^[，,：:]/u, '')).toBe(rest);
    }
    // A sentence that begins with an ordinal is no point: 第一次, and a long noun phrase before 是.
    expect(matchMarker('第一次全国代表大会在上海召开。', LINE_MARKERS)).toBeNull();
    expect(matchMarker('第一个百年奋斗目标已经实现。', LINE_MARKERS)).toBeNull();
  });
});
