// Which of a template's colours text can be read in. A template's text colours are made for its own
// background, and that is not always light: a dark master fills its background with tx1 (its text
// colour, mapped to black) and sets its text in bg1. Text we colour ourselves (bullets, agenda items,
// figure tiles) takes the scheme colour with the most contrast against the background the layout
// really has, so that nothing is drawn black on black.

/** Scheme names (tx1, bg1, accent1 …) or, where the background is a fixed colour, six hex digits. */
export interface TemplateColors {
  primary: string;
  accent: string;
  background: string;
  ink: string;
  muted: string;
  onPrimary: string;
  surface: string;
  /**
   * What text in the layout's own title and body placeholders is set in, where the master's styles
   * give a colour that does not read on the background (a template whose example slides coloured
   * their text by hand); null where the template's own colour reads, and is kept.
   */
  title: string | null;
  body: string | null;
}

type Rgb = [number, number, number];

/**
 * The colours text is set in on a layout: from its theme, its master's colour map and the background
 * it shows. `slide`: the slide size in EMU (a picture that covers the slide is the background).
 */
export function readableColors(themeXml: string, masterXml: string, layoutXml: string, slide: { cx: number; cy: number }): TemplateColors {
  return colorsOnMaster(themeXml, masterXml, slide)(layoutXml);
}

/** readableColors for each layout of one master: what the theme and the master say is read once. */
export function colorsOnMaster(themeXml: string, masterXml: string, slide: { cx: number; cy: number }): (layoutXml: string) => TemplateColors {
  const scheme = schemeColors(themeXml);
  const map = colorMap(masterXml);
  const rgb = (name: string): Rgb | null => {
    const hex = /^[0-9A-Fa-f]{6}$/.test(name) ? name : scheme.get(map.get(name) ?? name);
    return hex ? toRgb(hex) : null;
  };
  const masterCovered = coversSlide(masterXml, slide);
  const masterBackground = backgroundColor(masterXml);
  // A picture behind the text: the master's body text colour is the one its designer chose for it.
  const designed = styleColor(masterXml, 'bodyStyle');
  const titleStyle = styleColor(masterXml, 'titleStyle') ?? 'tx1';
  const bodyStyle = designed ?? 'tx1';
  return (layoutXml) => {
    // A picture over the whole slide (many templates place their background so) hides the fill behind it.
    const masterShows = !/<p:sldLayout\b[^>]*\bshowMasterSp="(0|false)"/.test(layoutXml);
    const covered = coversSlide(layoutXml, slide) || (masterShows && masterCovered);
    const bg = covered ? null : (backgroundColor(layoutXml) ?? masterBackground);
    const back = bg !== null ? rgb(bg) : null;
    const against = back ?? (designed && rgb(designed) && luminance(rgb(designed)!) > 0.5 ? toRgb('000000') : toRgb('FFFFFF'));
    const contrastOf = (name: string) => {
      const c = rgb(name);
      return c ? contrast(c, against) : 0;
    };
    const ink = contrastOf('bg1') > contrastOf('tx1') ? 'bg1' : 'tx1';
    const second = ink === 'tx1' ? 'tx2' : 'bg2';
    // 3:1, WCAG's least for large text: the accent colours text too (the agenda's numerals).
    const readable = (name: string, fallback: string) => (contrastOf(name) >= 3 ? name : fallback);
    const primary = readable('accent1', ink);
    const surface = bg ?? (ink === 'tx1' ? 'bg1' : 'tx1');
    const primaryRgb = rgb(primary);
    const onPrimary = primaryRgb && rgb(surface) && contrast(primaryRgb, rgb(surface)!) >= 3 ? surface : ink === 'tx1' ? 'bg1' : 'tx1';
    const styled = (style: string, instead: string) => (contrastOf(style) >= 3 ? null : instead);
    return { primary, accent: readable('accent2', primary), background: surface, ink, muted: readable(second, ink), onPrimary, surface, title: styled(titleStyle, primary), body: styled(bodyStyle, ink) };
  };
}

/** The colour a master's title or body style gives its first level of text, if it names one. */
function styleColor(masterXml: string, style: 'titleStyle' | 'bodyStyle'): string | null {
  const block = new RegExp(`<p:${style}>[\\s\\S]*?</p:${style}>`).exec(masterXml)?.[0] ?? '';
  const first = /<a:lvl1pPr\b[\s\S]*?<\/a:lvl1pPr>/.exec(block)?.[0] ?? '';
  return colorRef(/<a:solidFill>\s*(<a:[^>]*>)/.exec(first)?.[1] ?? '');
}

/** Whether a picture on the layout or master spans at least 80% of the slide both ways. */
function coversSlide(xml: string, slide: { cx: number; cy: number }): boolean {
  for (const pic of xml.matchAll(/<p:pic>[\s\S]*?<\/p:pic>/g)) {
    const ext = /<a:ext\b[^>]*\bcx="(\d+)"[^>]*\bcy="(\d+)"/.exec(pic[0]);
    if (ext && Number(ext[1]) >= 0.8 * slide.cx && Number(ext[2]) >= 0.8 * slide.cy) return true;
  }
  return false;
}

/** dk1, lt1, accent1 … → hex, from the theme's colour scheme. */
function schemeColors(themeXml: string): Map<string, string> {
  const out = new Map<string, string>();
  const block = /<a:clrScheme\b[\s\S]*?<\/a:clrScheme>/.exec(themeXml)?.[0] ?? '';
  for (const m of block.matchAll(/<a:(dk1|lt1|dk2|lt2|accent[1-6]|hlink|folHlink)>\s*<a:(?:srgbClr val|sysClr\b[^>]*\blastClr)="([0-9A-Fa-f]{6})"/g)) {
    out.set(m[1]!, m[2]!);
  }
  return out;
}

/** bg1 → lt1, tx1 → dk1 … as the master maps them (PowerPoint's default where it says nothing). */
function colorMap(masterXml: string): Map<string, string> {
  const map = new Map([['bg1', 'lt1'], ['tx1', 'dk1'], ['bg2', 'lt2'], ['tx2', 'dk2']]);
  const tag = /<p:clrMap\b[^>]*>/.exec(masterXml)?.[0] ?? '';
  for (const m of tag.matchAll(/\b(bg1|tx1|bg2|tx2)="(\w+)"/g)) map.set(m[1]!, m[2]!);
  return map;
}

/** The colour a <p:bg> fills with (its first, for a gradient), or null: none given, or a picture. */
function backgroundColor(xml: string): string | null {
  const bg = /<p:bg>([\s\S]*?)<\/p:bg>/.exec(xml)?.[1];
  if (!bg || /<a:blipFill\b/.test(bg)) return null;
  return colorRef(/<a:(?:schemeClr|srgbClr|sysClr)\b[^>]*>/.exec(bg)?.[0] ?? '');
}

/** <a:schemeClr val="tx1"/> → tx1, <a:srgbClr val="1F2D3D"/> → 1F2D3D, a system colour → its last value. */
function colorRef(tag: string): string | null {
  const scheme = /<a:schemeClr\b[^>]*\bval="(\w+)"/.exec(tag)?.[1];
  if (scheme) return scheme === 'phClr' ? null : scheme;
  return /<a:(?:srgbClr\b[^>]*\bval|sysClr\b[^>]*\blastClr)="([0-9A-Fa-f]{6})"/.exec(tag)?.[1]?.toUpperCase() ?? null;
}

function toRgb(hex: string): Rgb {
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as Rgb;
}

/** WCAG relative luminance. */
function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio, 1 to 21. */
function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
