// An organisation's template (.pptx, .potx, WPS's .dpt saved as .pptx): opened and read into plain
// data — its slide size, its layouts with their placeholders (positions resolved from the master),
// its theme fonts. Bad files are problems, never exceptions.
import { readZip, readZipDirectory } from '../zip/zip.js';
import { fail, ok, type Result } from '../problems.js';
import type { Rect } from '../theme/geometry.js';
import { colorsOnMaster, type TemplateColors } from './colors.js';

export const EMU_PER_INCH = 914400;
/** ECMA-376's ST_SlideSizeCoordinate: one inch to 56 inches, in EMU. */
const SLIDE_SIZE_EMU = { min: 914400, max: 51206400 };

/** Placeholder types as the schema names them (`obj` when a <p:ph> gives none). */
export type PlaceholderType = 'title' | 'ctrTitle' | 'subTitle' | 'body' | 'obj' | 'dt' | 'ftr' | 'sldNum' | 'other';

export interface TemplatePlaceholder {
  type: PlaceholderType;
  /** `idx` as written (null when absent, as on most titles). */
  idx: string | null;
  /** The box text is measured against, in inches (less any insets wider than ours); null when neither the layout nor its master places it. */
  rect: Rect | null;
  /** Where the placeholder is, in inches, as the layout (or its master) places it. */
  box: Rect | null;
  /** Set for vertical text (标题和竖排文字): never given our horizontal lines. */
  vertical: boolean;
  /** The whole <p:sp> element on the layout, for footers copied onto slides. */
  xml: string;
}

export interface TemplateLayout {
  /** Part name, e.g. ppt/slideLayouts/slideLayout2.xml. */
  part: string;
  /** As the layout gallery shows it (标题幻灯片, Title Slide …). */
  name: string;
  /** The slide master it belongs to (part name). */
  master: string;
  /** The fonts of that master's theme. */
  fonts: TemplateFonts;
  /** The scheme colours text reads in on this layout's background. */
  colors: TemplateColors;
  /** The layout's declared kind (title, obj, secHead, titleOnly, blank …), or ''. */
  kind: string;
  placeholders: TemplatePlaceholder[];
  /**
   * Footer and slide-number placeholders the template shows (its <p:hf> does not turn them off), and
   * the date only where the template's own slides show one (PowerPoint's layouts all have a date
   * box, which few units want on every slide).
   */
  footers: TemplatePlaceholder[];
}

export interface TemplateFonts {
  major: { latin: string; ea: string };
  minor: { latin: string; ea: string };
}

export interface Template {
  /** The file as given, for messages. */
  file: string;
  /** Every part of the package, unpacked. */
  parts: ReadonlyMap<string, Uint8Array>;
  /** Slide size in inches. */
  size: { w: number; h: number };
  layouts: TemplateLayout[];
  /** Whether the package is a .potx (its main part must be declared a presentation in the deck). */
  isTemplate: boolean;
}

/** What a template may unpack to: pictures and fonts included, far more than any real one holds. */
const MAX_TEMPLATE_BYTES = 200 * 1024 * 1024;

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Reads a template file's bytes; `file` is only for messages. */
export async function readTemplate(file: string, bytes: Uint8Array): Promise<Result<Template>> {
  // Office writes encrypted documents (and old .ppt/.pot) as OLE compound files, not zips.
  if (OLE_SIGNATURE.every((b, i) => bytes[i] === b)) {
    return fail('template-invalid', `模板 ${file} 是加密的文件，或旧版 .ppt/.pot、WPS 的 .dps/.dpt 文件，无法读取。请在 PowerPoint/WPS 中打开（取消密码），另存为 .pptx 或 .potx 后重试。`);
  }
  let parts: Map<string, Uint8Array>;
  try {
    // A template is a few MB of pictures at most: one that says it unpacks to more is refused unread.
    if (readZipDirectory(bytes).reduce((n, e) => n + e.size, 0) > MAX_TEMPLATE_BYTES) {
      return fail('template-invalid', `模板 ${file} 解压后超过 ${MAX_TEMPLATE_BYTES / 1024 / 1024} MB，不像是一个演示文稿模板。`);
    }
    parts = new Map(readZip(bytes).map((e) => [e.name, e.data]));
  } catch {
    return fail('template-invalid', `模板 ${file} 不是 PowerPoint 演示文稿（.pptx/.potx）。`);
  }
  const decoder = new TextDecoder();
  const text = async (part: string): Promise<string | null> => {
    const data = parts.get(part);
    return data === undefined ? null : decoder.decode(data);
  };
  const presentation = await text('ppt/presentation.xml');
  if (presentation === null) return fail('template-invalid', `模板 ${file} 不是 PowerPoint 演示文稿（缺少 ppt/presentation.xml）。`);
  const rels = relationships((await text('ppt/_rels/presentation.xml.rels')) ?? '', 'ppt/presentation.xml');
  const masters = rels.filter((r) => r.type.endsWith('/slideMaster')).map((r) => r.target);
  const size = /<p:sldSz\b[^>]*\bcx="(\d+)"[^>]*\bcy="(\d+)"/.exec(presentation);
  if (masters.length > 0 && !size) return fail('template-invalid', `模板 ${file} 没有写明幻灯片大小（ppt/presentation.xml 不完整）。请在 PowerPoint/WPS 中打开它并另存后重试。`);
  if (size && [size[1], size[2]].some((v) => Number(v) < SLIDE_SIZE_EMU.min || Number(v) > SLIDE_SIZE_EMU.max)) {
    return fail('template-invalid', `模板 ${file} 的幻灯片大小超出 PowerPoint 允许的范围（1 到 56 英寸）。请在 PowerPoint/WPS 中“设计 → 幻灯片大小”改正后另存。`);
  }
  if (masters.length === 0 || !size) return fail('template-invalid', `模板 ${file} 中没有幻灯片母版，无法作为模板使用。请在 PowerPoint/WPS 中打开它，确认“视图→幻灯片母版”中有母版后另存。`);

  const slideParts = rels.filter((r) => r.type.endsWith('/slide')).map((r) => r.target);
  let showsDate = false;
  for (const part of slideParts) showsDate ||= /<p:ph\b[^>]*\btype="dt"/.test((await text(part)) ?? '');
  const layouts: TemplateLayout[] = [];
  for (const master of masters) {
    const masterXml = await text(master);
    if (masterXml === null) return fail('template-invalid', `模板 ${file} 已损坏（缺少 ${master}）。`);
    const masterRels = relationships((await text(relsOf(master))) ?? '', master);
    const themePart = masterRels.find((r) => r.type.endsWith('/theme'))?.target;
    const themeXml = themePart ? ((await text(themePart)) ?? '') : '';
    const fonts = themeFonts(themeXml);
    const colorsOf = colorsOnMaster(themeXml, masterXml, { cx: Number(size[1]), cy: Number(size[2]) });
    const inherited = placeholdersIn(masterXml, []);
    // The master's own order of layouts (its sldLayoutIdLst), as the gallery shows them.
    const byId = new Map(masterRels.map((r) => [r.id, r.target]));
    for (const m of masterXml.matchAll(/<p:sldLayoutId\b[^>]*\br:id="([^"]+)"/g)) {
      const part = byId.get(m[1]!);
      const xml = part ? await text(part) : null;
      if (!part || xml === null) continue;
      const placeholders = placeholdersIn(xml, inherited);
      const hf = /<p:hf\b[^>]*>/.exec(xml)?.[0] ?? /<p:hf\b[^>]*>/.exec(masterXml)?.[0] ?? '';
      layouts.push({
        part,
        master,
        fonts,
        colors: colorsOf(xml),
        name: unescapeXml(/<p:cSld\b[^>]*\bname="([^"]*)"/.exec(xml)?.[1] ?? ''),
        kind: /<p:sldLayout\b[^>]*\btype="([^"]+)"/.exec(xml)?.[1] ?? '',
        placeholders,
        footers: placeholders.filter((p) => ((p.type === 'dt' && showsDate) || p.type === 'ftr' || p.type === 'sldNum') && !new RegExp(`\\b${p.type}="(0|false)"`).test(hf)),
      });
    }
  }
  if (layouts.length === 0) return fail('template-invalid', `模板 ${file} 的母版中没有版式，无法作为模板使用。`);
  const types = (await text('[Content_Types].xml')) ?? '';
  return ok({
    file,
    parts,
    size: { w: Number(size[1]) / EMU_PER_INCH, h: Number(size[2]) / EMU_PER_INCH },
    layouts,
    isTemplate: /presentationml\.template\.main\+xml/.test(types),
  });
}

export interface Relationship {
  id: string;
  type: string;
  /** Resolved to a part name (no leading slash); external targets as written. */
  target: string;
  external: boolean;
}

/** The relationships of a part, targets resolved against the part's folder. */
export function relationships(xml: string, source: string): Relationship[] {
  const out: Relationship[] = [];
  for (const m of xml.matchAll(/<Relationship\b([^>]*?)\/?>/g)) {
    const attrs = m[1]!;
    const get = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1] ?? '';
    const external = get('TargetMode') === 'External';
    const target = get('Target');
    out.push({ id: get('Id'), type: get('Type'), target: external ? target : resolvePart(source, unescapeXml(target)), external });
  }
  return out;
}

/** The .rels part that holds a part's relationships. */
export function relsOf(part: string): string {
  const at = part.lastIndexOf('/');
  return `${part.slice(0, at + 1)}_rels/${part.slice(at + 1)}.rels`;
}

export function resolvePart(source: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = source.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

const PH_TYPES = new Set<PlaceholderType>(['title', 'ctrTitle', 'subTitle', 'body', 'obj', 'dt', 'ftr', 'sldNum']);

/** A layout's placeholders; where one has no position of its own, the master's of the same kind. */
function placeholdersIn(xml: string, master: TemplatePlaceholder[]): TemplatePlaceholder[] {
  const out: TemplatePlaceholder[] = [];
  for (const sp of xml.match(/<p:sp>[\s\S]*?<\/p:sp>/g) ?? []) {
    const ph = /<p:ph\b([^>]*?)\/?>/.exec(sp);
    if (!ph) continue;
    const written = /\btype="([^"]+)"/.exec(ph[1]!)?.[1] ?? 'obj';
    const type: PlaceholderType = PH_TYPES.has(written as PlaceholderType) ? (written as PlaceholderType) : 'other';
    const idx = /\bidx="(\d+)"/.exec(ph[1]!)?.[1] ?? null;
    const own = rectOf(sp);
    const from = master.find((m) => inheritsFrom(type) === inheritsFrom(m.type));
    const rect = own ?? from?.rect ?? null;
    const vertical = /\borient="vert"/.test(ph[1]!) || /<a:bodyPr\b[^>]*\bvert="(vert|eaVert|vert270|wordArtVert|wordArtVertRtl|mongolianVert)"/.test(sp);
    out.push({ type, idx, rect: rect && shrinkByInsets(rect, sp, from?.xml), box: rect, vertical, xml: sp });
  }
  return out;
}

/** The master placeholder a layout's placeholder takes its place and style from. */
function inheritsFrom(type: PlaceholderType): string {
  switch (type) {
    case 'title':
    case 'ctrTitle':
      return 'title';
    case 'subTitle':
    case 'body':
    case 'obj':
      return 'body';
    default:
      return type;
  }
}

function rectOf(sp: string): Rect | null {
  const off = /<a:off\b[^>]*\bx="(-?\d+)"[^>]*\by="(-?\d+)"/.exec(sp);
  const ext = /<a:ext\b[^>]*\bcx="(\d+)"[^>]*\bcy="(\d+)"/.exec(sp);
  if (!off || !ext) return null;
  const inch = (v: string) => Number(v) / EMU_PER_INCH;
  return { x: inch(off[1]!), y: inch(off[2]!), w: inch(ext[1]!), h: inch(ext[2]!) };
}

/**
 * The planner measures text with the default insets (0.1 in at the sides, 0.05 in top and bottom):
 * a placeholder with wider insets is given to it as a box that much smaller.
 */
function shrinkByInsets(rect: Rect, sp: string, masterSp: string | undefined): Rect {
  const inset = (name: string, fallback: number): number => {
    for (const xml of [sp, masterSp ?? '']) {
      const body = /<a:bodyPr\b([^>]*)/.exec(xml)?.[1] ?? '';
      const m = new RegExp(`\\b${name}="(\\d+)"`).exec(body);
      if (m) return Number(m[1]) / EMU_PER_INCH;
    }
    return fallback;
  };
  const extraX = Math.max(0, inset('lIns', 0.1) - 0.1) + Math.max(0, inset('rIns', 0.1) - 0.1);
  const extraY = Math.max(0, inset('tIns', 0.05) - 0.05) + Math.max(0, inset('bIns', 0.05) - 0.05);
  const left = Math.max(0, inset('lIns', 0.1) - 0.1);
  const top = Math.max(0, inset('tIns', 0.05) - 0.05);
  return { x: rect.x + left, y: rect.y + top, w: Math.max(0.5, rect.w - extraX), h: Math.max(0.3, rect.h - extraY) };
}

function themeFonts(theme: string): TemplateFonts {
  const face = (which: 'major' | 'minor', script: 'latin' | 'ea'): string => {
    const block = new RegExp(`<a:${which}Font>([\\s\\S]*?)</a:${which}Font>`).exec(theme)?.[1] ?? '';
    const direct = new RegExp(`<a:${script}\\b[^>]*\\btypeface="([^"]*)"`).exec(block)?.[1] ?? '';
    if (direct || script === 'latin') return unescapeXml(direct);
    // No East Asian face of its own: the one the theme names for Simplified Chinese.
    return unescapeXml(/<a:font\b[^>]*\bscript="Hans"[^>]*\btypeface="([^"]*)"/.exec(block)?.[1] ?? '');
  };
  return {
    major: { latin: face('major', 'latin'), ea: face('major', 'ea') },
    minor: { latin: face('minor', 'latin'), ea: face('minor', 'ea') },
  };
}

export function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp);/g, (_m, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);
}
