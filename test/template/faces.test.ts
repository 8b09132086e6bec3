// Which of a template's East Asian faces the deck's Simplified Chinese may be set in.
import { describe, expect, it } from 'vitest';
import { isChineseFace } from '../../src/template/theme.js';

describe('isChineseFace', () => {
  it('takes faces made for Simplified Chinese, by their Chinese or Latin names', () => {
    for (const f of ['黑体', '微软雅黑', '方正小标宋简体', '仿宋_GB2312', '等线', '华文细黑', 'SimSun', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC']) {
      expect(isChineseFace(f), f).toBe(true);
    }
  });

  it('leaves out Latin faces and faces made for Traditional Chinese, Japanese or Korean', () => {
    for (const f of ['DejaVu Sans', 'Calibri', '新細明體', '微軟正黑體', '標楷體', 'PMingLiU', 'Microsoft JhengHei', 'Noto Sans CJK TC', 'PingFang TC', '游ゴシック', 'ＭＳ 明朝', 'Yu Gothic', 'Malgun Gothic', '맑은 고딕']) {
      expect(isChineseFace(f), f).toBe(false);
    }
  });
});
