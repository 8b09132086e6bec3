// Our slides, grafted into the organisation's template: its masters, layouts, theme, pictures and
// slide size stay; its example slides go; each of our slides is tied to the layout chosen for its
// kind, and its boxes become that layout's placeholders.
import { readZip, writeZip } from '../zip/zip.js';
import type { SlidePlan } from '../plan/types.js';
import { escapeXml, uniqueShapeIds } from '../render/postprocess.js';
import type { LayoutChoice, LayoutChoices, Slot } from './choose.js';
import { EMU_PER_INCH, relationships, relsOf, type Relationship, type Template, type TemplatePlaceholder } from './read.js';
import type { Rect } from '../theme/geometry.js';
import { innerWidthPt, truncateToWidth } from '../plan/measure.js';
import { decorate, decorationsByLayout } from './decorations.js';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.presentationml';
const MAIN_TYPES = /presentationml\.(template|slideshow|presentation)\.main\+xml/;

export interface GraftInput {
  template: Template;
  choices: LayoutChoices;
  plan: SlidePlan;
  /** The deck rendered on our own masters, sized and boxed for the template (see render.ts). */
  deck: Uint8Array;
  timestamp: Date;
  /** The face our footer text is set in (the template's body face, or ours where it names no Chinese one). */
  font: string;
}

export async function graftIntoTemplate({ template, choices, plan, deck, timestamp, font }: GraftInput): Promise<Uint8Array> {
  const decoder = new TextDecoder();
  const ours = new Map(readZip(deck).map((e) => [e.name, e.data]));
  const read = async (zip: ReadonlyMap<string, Uint8Array>, part: string): Promise<string | null> => {
    const data = zip.get(part);
    return data === undefined ? null : decoder.decode(data);
  };
  // A copy of the template's parts: the Template stays as it was read.
  const parts = new Map<string, Uint8Array | string>();
  for (const [name, data] of template.parts) parts.set(name, data);
  const text = (part: string): string | null => {
    const v = parts.get(part);
    return v === undefined ? null : typeof v === 'string' ? v : Buffer.from(v).toString('utf8');
  };

  // The template's own slides go, with what hangs off them only (unreachable parts are dropped below).
  const presentationPart = 'ppt/presentation.xml';
  const presRelsPart = relsOf(presentationPart);
  const allPresRels = relationships(text(presRelsPart) ?? '', presentationPart);
  const decorations = decorationsByLayout(allPresRels.filter((r) => r.type.endsWith('/slide')).map((r) => r.target), text, template.size);
  const presRels = allPresRels.filter((r) => !r.type.endsWith('/slide'));
  for (const name of [...parts.keys()]) if (/^ppt\/(slides|notesSlides)\//.test(name)) parts.delete(name);

  // Notes: on the template's notes master, or on ours when it has none.
  let notesMaster = presRels.find((r) => r.type.endsWith('/notesMaster'))?.target ?? null;
  const newTypes: [string, string][] = [];
  if (!notesMaster) {
    notesMaster = freeName(parts, 'ppt/notesMasters/notesMaster', '.xml');
    const theme = freeName(parts, 'ppt/theme/theme', '.xml');
    parts.set(notesMaster, (await read(ours, 'ppt/notesMasters/notesMaster1.xml'))!);
    const ourTheme = relationships((await read(ours, 'ppt/notesMasters/_rels/notesMaster1.xml.rels')) ?? '', 'ppt/notesMasters/notesMaster1.xml').find((r) => r.type.endsWith('/theme'))!.target;
    parts.set(theme, (await read(ours, ourTheme))!);
    parts.set(relsOf(notesMaster), relsXml([{ id: 'rId1', type: `${REL}/theme`, target: relative(notesMaster, theme), external: false }]));
    presRels.push({ id: freeId(presRels), type: `${REL}/notesMaster`, target: notesMaster, external: false });
    newTypes.push([notesMaster, `${CT}.notesMaster+xml`], [theme, 'application/vnd.openxmlformats-officedocument.theme+xml']);
  }

  const sldIds: string[] = [];
  for (let i = 0; i < plan.slides.length; i++) {
    const n = i + 1;
    const choice = choices[plan.slides[i]!.layout];
    const slide = `ppt/slides/slide${n}.xml`;
    const notes = `ppt/notesSlides/notesSlide${n}.xml`;
    const slideRels: Relationship[] = [{ id: 'rId1', type: `${REL}/slideLayout`, target: relative(slide, choice.layout.part), external: false }];
    const decoration = decorations.get(choice.layout.part);
    const extra: Relationship[] = [];
    let ourSlide = (await read(ours, slide)) ?? '';
    if (decoration) {
      ourSlide = decorate(ourSlide, decoration, (r) => {
        const id = `rId${10 + extra.length}`;
        extra.push({ ...r, id, target: r.external ? r.target : relative(slide, r.target) });
        return id;
      });
    }
    parts.set(slide, onLayout(ourSlide, choice, plan.footer, font));
    const ourNotes = await read(ours, notes);
    if (ourNotes !== null) {
      parts.set(notes, ourNotes);
      parts.set(relsOf(notes), relsXml([
        { id: 'rId1', type: `${REL}/notesMaster`, target: relative(notes, notesMaster), external: false },
        { id: 'rId2', type: `${REL}/slide`, target: relative(notes, slide), external: false },
      ]));
      slideRels.push({ id: 'rId2', type: `${REL}/notesSlide`, target: relative(slide, notes), external: false });
      newTypes.push([notes, `${CT}.notesSlide+xml`]);
    }
    parts.set(relsOf(slide), relsXml([...slideRels, ...extra]));
    newTypes.push([slide, `${CT}.slide+xml`]);
    const id = freeId(presRels);
    presRels.push({ id, type: `${REL}/slide`, target: slide, external: false });
    sldIds.push(`<p:sldId id="${256 + i}" r:id="${id}"/>`);
  }
  parts.set(presRelsPart, relsXml(presRels, presentationPart));
  const notesRel = presRels.find((r) => r.type.endsWith('/notesMaster'))!;
  parts.set(presentationPart, presentationWith(text(presentationPart)!, sldIds, notesRel.id));

  // The outline view's own list of slides names the template's.
  const view = text('ppt/viewProps.xml');
  if (view) parts.set('ppt/viewProps.xml', view.replace(/<p:outlineViewPr>[\s\S]*?<\/p:outlineViewPr>/, ''));
  // The thumbnail shows the template's example slide; the deck's properties are ours.
  parts.set('docProps/core.xml', (await read(ours, 'docProps/core.xml'))!);
  parts.set('docProps/app.xml', (await read(ours, 'docProps/app.xml'))!);
  const rootRels = relationships(text('_rels/.rels') ?? '', '').filter((r) => !r.type.endsWith('/thumbnail'));
  for (const [part, type] of [['docProps/core.xml', `${PKG_REL}/metadata/core-properties`], ['docProps/app.xml', `${REL}/extended-properties`]] as const) {
    if (!rootRels.some((r) => r.target === part)) rootRels.push({ id: freeId(rootRels), type, target: part, external: false });
  }
  parts.set('_rels/.rels', relsXml(rootRels, ''));

  dropUnreachable(parts, text);
  parts.set('[Content_Types].xml', contentTypes(text('[Content_Types].xml') ?? '', parts, newTypes));
  return pack(parts, timestamp);
}

/** Our slide on the chosen layout: its boxes become the layout's placeholders, and the layout's footers are shown. */
export function onLayout(xml: string, choice: LayoutChoice, footer: string, font: string): string {
  let out = xml.replace(/<p:sp>[\s\S]*?<\/p:sp>/g, (sp) => {
    const ph = /<p:ph\b[^>]*?\bidx="(\d+)"[^>]*?\/>/.exec(sp);
    if (!ph) return sp;
    const slot = choice.slots[Number(ph[1]) - 100];
    // The slide-number box of our own masters (idx 4294967295) is not on a template's slides.
    if (!slot) return '';
    return asPlaceholder(sp, ph[0], slot);
  });
  const footers = choice.layout.footers.map((f) => footerShape(f, f.type === 'ftr' ? footerFitted(footer, f) : '', font, choice.layout.colors.body)).join('');
  out = out.replace('</p:spTree>', () => `${footers}</p:spTree>`);
  return uniqueShapeIds(out);
}

function asPlaceholder(sp: string, ph: string, slot: Slot): string {
  const target = slot.target;
  // No such placeholder on the layout: a plain text box where the planner measured it.
  if (!target) return sp.replace(ph, '');
  const type = target.type === 'obj' ? '' : ` type="${target.type}"`;
  const idx = target.idx === null ? '' : ` idx="${target.idx}"`;
  // Where the box is the layout's own, it is written where the layout has it (so that every reader
  // finds it, however deep the layout's inheritance), and insets and anchoring come from the layout.
  const inherit = slot.rect === target.rect && target.box !== null;
  const xfrm = inherit ? emuXfrm(target.box!) : (/<a:xfrm>[\s\S]*?<\/a:xfrm>/.exec(sp)?.[0] ?? '');
  return sp
    .replace(ph, `<p:ph${type}${idx}/>`)
    .replace(/<p:spPr>[\s\S]*?<\/p:spPr>/, () => `<p:spPr>${xfrm}</p:spPr>`)
    .replace(/<a:bodyPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:bodyPr>)/, '<a:bodyPr/>')
    // pptxgenjs paints a run given no colour black; on a template such a run takes the placeholder's
    // (every colour the renderer gives on a template is a scheme colour, never this one).
    .replace(/(<a:rPr\b[^>]*>)<a:solidFill><a:srgbClr val="000000"\/><\/a:solidFill>/g, '$1')
    .replace(/<a:pPr\b[^>]*>[\s\S]*?<\/a:pPr>/g, measuredSpacing)
    .replace(/<a:rPr\b(?![^>]*\bspc=)/g, '<a:rPr spc="0"');
}

function emuXfrm(r: Rect): string {
  const emu = (inches: number) => Math.round(inches * EMU_PER_INCH);
  return `<a:xfrm><a:off x="${emu(r.x)}" y="${emu(r.y)}"/><a:ext cx="${emu(r.w)}" cy="${emu(r.h)}"/></a:xfrm>`;
}

/**
 * The planner measured each paragraph with its own line pitch and the space it set before it: a
 * template's paragraph spacing (PowerPoint's masters put 10 pt before every body paragraph) and
 * letter spacing (spc, common on Chinese titles) would add to that, so ours are written out.
 */
function measuredSpacing(pPr: string): string {
  let out = pPr;
  if (!out.includes('<a:spcBef>')) out = out.replace(/(<\/a:lnSpc>)/, '$1<a:spcBef><a:spcPts val="0"/></a:spcBef>');
  if (!out.includes('<a:spcAft>')) out = out.replace(/(<\/a:spcBef>)/, '$1<a:spcAft><a:spcPts val="0"/></a:spcAft>');
  return out;
}

/**
 * Our footer (the meeting and date) cut to one line of the template's footer box, at the size the
 * layout sets (PowerPoint's 18 pt when it sets none).
 */
function footerFitted(footer: string, f: TemplatePlaceholder): string {
  if (!f.rect) return '';
  const size = Number(/<a:defRPr\b[^>]*\bsz="(\d+)"/.exec(f.xml)?.[1] ?? 1800) / 100;
  return truncateToWidth(footer, size, innerWidthPt(f.rect));
}

/**
 * A layout's footer placeholder as a slide shape: positioned by the layout, its text kept (an empty
 * footer gets ours, in `color` where the template's own does not read on the background).
 */
function footerShape(f: TemplatePlaceholder, footer: string, font: string, color: string | null): string {
  // Where the layout (or its master) has it, written out as for the text placeholders.
  let sp = f.xml.replace(/<p:spPr>[\s\S]*?<\/p:spPr>|<p:spPr\/>/, () => (f.box ? `<p:spPr>${emuXfrm(f.box)}</p:spPr>` : '<p:spPr/>'));
  const hasText = /<a:t>[^<]+<\/a:t>|<a:fld\b/.test(sp);
  const fill = color ? `<a:solidFill>${colorXml(color)}</a:solidFill>` : '';
  if (!hasText && footer) {
    const face = escapeXml(font);
    const run = `<a:r><a:rPr lang="zh-CN" altLang="en-US" dirty="0">${fill}<a:latin typeface="${face}"/><a:ea typeface="${face}"/></a:rPr><a:t>${escapeXml(footer)}</a:t></a:r>`;
    // The layout's own text style stays with it (its size, colour, alignment): only the paragraphs are ours.
    const head = /<p:txBody>([\s\S]*?)<a:p[\s>/]/.exec(sp)?.[1] ?? '<a:bodyPr/><a:lstStyle/>';
    const txBody = `<p:txBody>${head}<a:p>${run}</a:p></p:txBody>`;
    // In place, or where the schema has it: after the shape properties and style, before any extLst.
    sp = /<p:txBody>/.test(sp)
      ? sp.replace(/<p:txBody>[\s\S]*<\/p:txBody>/, () => txBody)
      : sp.replace(/(<\/p:spPr>|<p:spPr\/>)((?:<p:style>[\s\S]*?<\/p:style>)?)/, (m) => `${m}${txBody}`);
  }
  // The slide number and any text the layout keeps, in the readable colour too, where the box's own
  // text style names no colour (an empty list style, or an empty first level).
  if (fill) {
    sp = sp.replace(/<a:lstStyle\/>|<a:lstStyle>[\s\S]*?<\/a:lstStyle>/, (style) => {
      if (style === '<a:lstStyle/>') return `<a:lstStyle><a:lvl1pPr><a:defRPr>${fill}</a:defRPr></a:lvl1pPr></a:lstStyle>`;
      if (/<a:solidFill>/.test(style)) return style;
      return style.replace(/(<a:lvl1pPr\b[^>]*>\s*)<a:defRPr\b([^>]*)\/>/, (_m, open: string, attrs: string) => `${open}<a:defRPr${attrs}>${fill}</a:defRPr>`);
    });
  }
  // Fields and runs in Chinese, as on every other run.
  return sp.replace(/ lang="en-US"(?! altLang)/g, ' lang="zh-CN" altLang="en-US"');
}

/** presentation.xml with our slides listed, the notes master named, and the template's sections and custom shows gone. */
function presentationWith(xml: string, sldIds: string[], notesRelId: string): string {
  let out = xml
    .replace(/<p:sldIdLst>[\s\S]*?<\/p:sldIdLst>|<p:sldIdLst\/>/, '')
    .replace(/<p:custShowLst>[\s\S]*?<\/p:custShowLst>/, '')
    // PowerPoint's sections (p14:sectionLst) list the template's slides by id.
    .replace(/<p:ext\b[^>]*>\s*<p14:sectionLst\b[\s\S]*?<\/p14:sectionLst>\s*<\/p:ext>/, '')
    .replace(/<p:extLst>\s*<\/p:extLst>/, '');
  if (!/<p:notesMasterIdLst>/.test(out)) out = out.replace(/(<\/p:sldMasterIdLst>)/, `$1<p:notesMasterIdLst><p:notesMasterId r:id="${notesRelId}"/></p:notesMasterIdLst>`);
  // The schema's order: masters, notes master, handout master, then the slides.
  const after = /<\/p:handoutMasterIdLst>/.test(out) ? '</p:handoutMasterIdLst>' : /<\/p:notesMasterIdLst>/.test(out) ? '</p:notesMasterIdLst>' : '</p:sldMasterIdLst>';
  return out.replace(after, () => `${after}<p:sldIdLst>${sldIds.join('')}</p:sldIdLst>`);
}

/** Parts nothing refers to any more (the example slides' pictures, comments, tags) are dropped. */
function dropUnreachable(parts: Map<string, unknown>, text: (part: string) => string | null): void {
  const reached = new Set<string>(['[Content_Types].xml', '_rels/.rels']);
  const queue = relationships(text('_rels/.rels') ?? '', '').filter((r) => !r.external).map((r) => r.target);
  while (queue.length) {
    const part = queue.pop()!;
    if (reached.has(part)) continue;
    reached.add(part);
    const rels = relsOf(part);
    if (!parts.has(rels)) continue;
    reached.add(rels);
    for (const r of relationships(text(rels) ?? '', part)) if (!r.external) queue.push(r.target);
  }
  for (const name of [...parts.keys()]) if (!reached.has(name)) parts.delete(name);
}

function contentTypes(xml: string, parts: Map<string, unknown>, added: [string, string][]): string {
  const kept = xml
    .replace(/<Override\b[^>]*\bPartName="\/([^"]+)"[^>]*\/>/g, (m, part: string) => (parts.has(part) ? m : ''))
    .replace(MAIN_TYPES, 'presentationml.presentation.main+xml');
  const declared = new Set([...kept.matchAll(/PartName="\/([^"]+)"/g)].map((m) => m[1]!));
  const more = added.filter(([part]) => !declared.has(part)).map(([part, type]) => `<Override PartName="/${part}" ContentType="${type}"/>`);
  let out = kept.replace('</Types>', () => `${more.join('')}</Types>`);
  for (const [ext, type] of [['rels', 'application/vnd.openxmlformats-package.relationships+xml'], ['xml', 'application/xml']] as const) {
    if (!new RegExp(`Extension="${ext}"`, 'i').test(out)) out = out.replace(/(<Types\b[^>]*>)/, `$1<Default Extension="${ext}" ContentType="${type}"/>`);
  }
  return out;
}

function relsXml(rels: Relationship[], source?: string): string {
  const body = rels
    .map((r) => {
      // Targets are part names; written relative to `source` (the package root when '', or as given when undefined).
      const target = r.external || !source ? r.target : relative(source, r.target);
      return `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(target)}"${r.external ? ' TargetMode="External"' : ''}/>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}">${body}</Relationships>`;
}

/** A target for `to`, written relative to the folder of `from`. */
function relative(from: string, to: string): string {
  const a = from.split('/').slice(0, -1);
  const b = to.split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}

function freeId(rels: Relationship[]): string {
  const used = new Set(rels.map((r) => r.id));
  let n = rels.length + 1;
  while (used.has(`rId${n}`)) n++;
  return `rId${n}`;
}

function freeName(parts: Map<string, unknown>, stem: string, ext: string): string {
  let n = 1;
  while (parts.has(`${stem}${n}${ext}`)) n++;
  return `${stem}${n}${ext}`;
}

/** The package, deflated, its parts dated with the deck's timestamp so that the same input gives the same bytes. */
async function pack(parts: Map<string, Uint8Array | string>, timestamp: Date): Promise<Uint8Array> {
  const names = ['[Content_Types].xml', ...[...parts.keys()].filter((n) => n !== '[Content_Types].xml')];
  const encoder = new TextEncoder();
  return writeZip(
    names.map((name) => {
      const v = parts.get(name)!;
      return { name, data: typeof v === 'string' ? encoder.encode(v) : v };
    }),
    timestamp,
  );
}

/** A scheme name (bg1) or six hex digits, as a colour element. */
function colorXml(color: string): string {
  return /^[0-9A-Fa-f]{6}$/.test(color) ? `<a:srgbClr val="${color}"/>` : `<a:schemeClr val="${color}"/>`;
}
