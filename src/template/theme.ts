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

// Faces that carry Chinese, under their Latin names (a Chinese name carries Chinese by itself).
const CHINESE_LATIN_NAMES = /^(SimSun|NSimSun|SimHei|SimKai|SimFang|KaiTi|FangSong|Microsoft YaHei|Microsoft JhengHei|DengXian|STXihei|STHeiti|STSong|STKaiti|STFangsong|PingFang|Hiragino Sans GB|Source Han|Noto (Sans|Serif) (CJK|SC)|WenQuanYi|FZ|HYQiHei)/i;

/**
 * Whether a theme's East Asian face can show Chinese: LibreOffice, for one, writes its Latin face
 * (DejaVu Sans) there, and Chinese text set in it falls back to whatever the machine has.
 */
export function isChineseFace(name: string): boolean {
  return /[\u4e00-\u9fff]/u.test(name) || CHINESE_LATIN_NAMES.test(name);
}
