// A template's look as a Theme for the planner and the renderer: the template's theme colours (by
// their scheme names, so PowerPoint and WPS show the template's own, chosen to read on the content
// pages' background: colors.ts) and its fonts; sizes and spacing from the built-in theme it stands in for.
import type { Theme } from '../theme/schema.js';
import type { TemplateLayout } from './read.js';

/**
 * Text in the fonts and colours of the layout the content pages are on; where its theme names no
 * Chinese face, the built-in theme's.
 */
export function templateTheme(base: Theme, { fonts, colors }: Pick<TemplateLayout, 'fonts' | 'colors'>): Theme {
  const face = (name: string, fallback: string) => {
    const f = isChineseFace(name) ? name : fallback;
    return { face: f, fallback: f };
  };
  const heading = face(fonts.major.ea, base.fonts.heading.fallback);
  const body = face(fonts.minor.ea, base.fonts.body.fallback);
  return {
    ...base,
    // The name stays the built-in theme's, whose sizes and spacing these are: a plan file names it,
    // with the template beside it, and is built again on both.
    label: '单位模板',
    colors,
    fonts: { title: face(fonts.major.ea, base.fonts.title.fallback), heading, point: heading, body, figure: heading },
    style: { cover: 'light', content: 'rule' },
    // A template's title boxes are often a band of one line: titles may be set smaller than ours.
    sizes: { ...base.sizes, title: [Math.min(20, base.sizes.title[0]), base.sizes.title[1]], coverTitle: [Math.min(28, base.sizes.coverTitle[0]), base.sizes.coverTitle[1]], sectionTitle: [Math.min(24, base.sizes.sectionTitle[0]), base.sizes.sectionTitle[1]] },
  };
}

// Faces that carry Simplified Chinese, under their Latin names (a Chinese name carries Chinese by itself).
const CHINESE_LATIN_NAMES = /^(SimSun|NSimSun|SimHei|SimKai|SimFang|KaiTi|FangSong|Microsoft YaHei|DengXian|STXihei|STHeiti|STSong|STKaiti|STFangsong|PingFang|Hiragino Sans GB|Source Han|Noto (Sans|Serif) (CJK|SC)|WenQuanYi|FZ|HYQiHei)/i;
// Faces made for Traditional Chinese, Japanese or Korean: many simplified characters are missing from
// them, and would come out in another face, one by one (新細明體, 微軟正黑體, 標楷體, 游ゴシック, ＭＳ 明朝 …).
const OTHER_CJK = /[體細標軟華繁圓黃\u3040-\u30ff\uac00-\ud7af]|明朝|PMingLiU|MingLiU|DFKai|JhengHei|Meiryo|Yu (Gothic|Mincho)|MS P?(Gothic|Mincho)|Malgun|Gulim|Batang|Dotum|\b(TC|HK|JP|KR)\b/i;

/**
 * Whether a theme's East Asian face can show the deck's Simplified Chinese: LibreOffice, for one,
 * writes its Latin face (DejaVu Sans) there, and a template made for Taiwan or Japan names a face
 * without many simplified characters; text in either falls back to whatever the machine has.
 */
export function isChineseFace(name: string): boolean {
  return (/[\u4e00-\u9fff]/u.test(name) || CHINESE_LATIN_NAMES.test(name)) && !OTHER_CJK.test(name);
}
