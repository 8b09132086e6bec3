// Some templates (WPS's among them) dress their example slides rather than their layouts: a slide
// background picture, a full-bleed cover image, an emblem in the header band. Those go onto our
// slides of the same layout; an example's own content (a photo mid-slide, its text) does not.
import { EMU_PER_INCH, relationships, relsOf, type Relationship } from './read.js';

export interface Decoration {
  /** The example slide's <p:bg>, or null. */
  background: string | null;
  /** Its decorative pictures (<p:pic>), in drawing order. */
  pictures: string[];
  /** The example slide's relationships the XML above refers to (by r:embed / r:link / r:id). */
  rels: Relationship[];
}

/**
 * For each layout an example slide is on (the first such slide), what that slide adds to it.
 * `slides`: the template's slide parts in order; `text` reads a part.
 */
export function decorationsByLayout(slides: string[], text: (part: string) => string | null, size: { w: number; h: number }): Map<string, Decoration> {
  const out = new Map<string, Decoration>();
  for (const slide of slides) {
    const xml = text(slide);
    if (xml === null) continue;
    const rels = relationships(text(relsOf(slide)) ?? '', slide);
    const layout = rels.find((r) => r.type.endsWith('/slideLayout'))?.target;
    if (!layout || out.has(layout)) continue;
    const background = /<p:bg>[\s\S]*?<\/p:bg>/.exec(xml)?.[0] ?? null;
    const pictures = (xml.match(/<p:pic>[\s\S]*?<\/p:pic>/g) ?? []).filter((pic) => !pic.includes('<p:ph') && isDecorative(pic, size));
    if (!background && pictures.length === 0) continue;
    const used = new Set([...[background ?? '', ...pictures].join('').matchAll(/\br:(?:embed|link|id)="([^"]+)"/g)].map((m) => m[1]!));
    out.set(layout, { background, pictures, rels: rels.filter((r) => used.has(r.id)) });
  }
  return out;
}

/** A picture covering most of the slide, or one inside the top or bottom band (an emblem, a logo). */
function isDecorative(pic: string, size: { w: number; h: number }): boolean {
  const off = /<a:off\b[^>]*\bx="(-?\d+)"[^>]*\by="(-?\d+)"/.exec(pic);
  const ext = /<a:ext\b[^>]*\bcx="(\d+)"[^>]*\bcy="(\d+)"/.exec(pic);
  if (!off || !ext) return false;
  const [x, y, w, h] = [off[1], off[2], ext[1], ext[2]].map((v) => Number(v) / EMU_PER_INCH) as [number, number, number, number];
  if (w * h >= 0.8 * size.w * size.h) return true;
  return y + h <= size.h * 0.2 || y >= size.h * 0.85 || (x + w <= size.w * 0.12 && h <= size.h * 0.25) || (x >= size.w * 0.88 && h <= size.h * 0.25);
}

/**
 * Our slide with the decoration: the background (where ours has none) and the pictures behind
 * everything else, their relationships renumbered after ours.
 */
export function decorate(xml: string, decoration: Decoration, nextId: (old: Relationship) => string): string {
  const ids = new Map(decoration.rels.map((r) => [r.id, nextId(r)]));
  const renumber = (s: string) => s.replace(/\b(r:(?:embed|link|id))="([^"]+)"/g, (m, attr: string, id: string) => (ids.has(id) ? `${attr}="${ids.get(id)}"` : m));
  let out = xml;
  if (decoration.background && !out.includes('<p:bg>')) out = out.replace(/(<p:cSld\b[^>]*>)/, (m) => `${m}${renumber(decoration.background!)}`);
  if (decoration.pictures.length) out = out.replace(/(<\/p:grpSpPr>)/, (m) => `${m}${decoration.pictures.map(renumber).join('')}`);
  return out;
}
