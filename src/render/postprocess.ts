// Repairs what pptxgenjs 4.0.1 writes wrong, so that the package is clean and reproducible.
// Each repair is a small named function over one part's XML; repairPackage applies them part by part.
import { readZip, writeZip } from '../zip/zip.js';

export interface RepairOptions {
  /** Speaker notes per slide, in slide order (already sanitized; rewriteNotes escapes them): rewritten as real paragraphs with zh-CN runs. */
  notes: string[];
  fonts: { latin: string; eastAsian: string; heading: string };
  title: string;
  author: string;
  timestamp: Date;
}

const CONTENT_TYPES = '[Content_Types].xml';
const XML_PART = /\.(xml|rels)$/;
const SHAPES_PART = /^ppt\/(slides|slideLayouts|slideMasters|notesSlides|notesMasters)\/[^/]+\.xml$/;
const NOTES_PART = /^ppt\/notesSlides\/notesSlide(\d+)\.xml$/;

/** pptxgenjs's archive → the repaired deck: every XML part repaired, the archive written anew (deflated, fixed dates). */
export function repairPackage(input: Uint8Array, options: RepairOptions): Uint8Array {
  const parts = readZip(input);
  const names = new Set(parts.map((p) => p.name));
  const repaired = parts.map(({ name, data }) => {
    if (!XML_PART.test(name)) return { name, data };
    const xml = Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8');
    const out = name === CONTENT_TYPES ? fixJpegMime(dropPhantomOverrides(xml, names)) : repairPart(name, xml, options);
    return { name, data: Buffer.from(out, 'utf8') };
  });
  return writeZip(repaired, options.timestamp);
}

/** One part's repairs, by what the part is. */
function repairPart(name: string, xml: string, options: RepairOptions): string {
  switch (name) {
    case 'ppt/theme/theme1.xml':
      return fillThemeFonts(xml, options.fonts);
    case 'docProps/core.xml':
      return fixCoreProperties(xml, options);
    case 'docProps/app.xml':
      return fixAppProperties(xml);
    case 'ppt/presentation.xml':
      return orderPresentationLists(xml);
  }
  if (!SHAPES_PART.test(name)) return xml;
  const repaired = uniqueShapeIds(markChinese(addBackgroundEffects(dropEmptyPrompts(dropDuplicateParagraphProperties(xml)))));
  const notes = NOTES_PART.exec(name);
  const text = notes ? options.notes[Number(notes[1]) - 1] : undefined;
  return text === undefined ? repaired : rewriteNotes(repaired, text, options.fonts.eastAsian);
}

const XML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

// One pass: every line of the speaker notes goes through here.
export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => XML_ESCAPES[ch]!);
}

/** pptxgenjs lists a slideMasterN.xml override per slide, but writes only slideMaster1.xml (PptxGenJS#1444). */
export function dropPhantomOverrides(xml: string, parts: { has(name: string): boolean }): string {
  return xml.replace(/<Override PartName="\/(ppt\/slideMasters\/slideMaster\d+\.xml)"[^>]*\/>/g, (m, part: string) => (parts.has(part) ? m : ''));
}

/** `image/jpg` is not a registered MIME type; PowerPoint expects `image/jpeg`. */
export function fixJpegMime(xml: string): string {
  return xml.replace(/ContentType="image\/jpg"/g, 'ContentType="image/jpeg"');
}

/** The theme's East Asian fonts are empty and its Hans script font is 等线, which WPS reports missing. */
export function fillThemeFonts(xml: string, fonts: RepairOptions['fonts']): string {
  const ea = escapeXml(fonts.eastAsian);
  return xml
    .replace(/<a:ea typeface=""\s*\/>/g, () => `<a:ea typeface="${ea}"/>`)
    .replace(/<a:font script="Hans" typeface="[^"]*"\s*\/>/g, () => `<a:font script="Hans" typeface="${ea}"/>`);
}

/**
 * pptxgenjs writes one <a:pPr> per run; a paragraph may have only one, and it comes first. Every
 * run after the first brings its own right after the run (or line break) before it: those go.
 */
export function dropDuplicateParagraphProperties(xml: string): string {
  return xml.replace(/(<\/a:r>|<a:br\/>)<a:pPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:pPr>)/g, '$1');
}

/**
 * pptxgenjs marks every placeholder hasCustomPrompt, though none of ours has prompt text: an empty
 * placeholder (a cover with no title) would then prompt with nothing, where PowerPoint and WPS
 * otherwise show their own 单击此处添加标题.
 */
export function dropEmptyPrompts(xml: string): string {
  return xml.includes('hasCustomPrompt') ? xml.replace(/\s*hasCustomPrompt="1"/g, '') : xml;
}

/** The schema puts notesMasterIdLst before sldIdLst; pptxgenjs writes it after. */
export function orderPresentationLists(xml: string): string {
  const notes = /<p:notesMasterIdLst>[\s\S]*?<\/p:notesMasterIdLst>/.exec(xml);
  if (!notes) return xml;
  const without = xml.replace(notes[0], '');
  return without.replace('<p:sldIdLst>', () => `${notes[0]}<p:sldIdLst>`);
}

/** pptxgenjs numbers the slide-number placeholder 25 whatever else is on the slide; ids must be unique per part. */
export function uniqueShapeIds(xml: string): string {
  // The check, which finds nothing to do in most parts, scans with indexOf: a regex match per shape
  // (an array and strings each) was the largest allocation in repairing a deck.
  const ids = new Set<number>();
  let max = 0;
  let repeated = false;
  for (let at = xml.indexOf(SHAPE_ID); at >= 0; at = xml.indexOf(SHAPE_ID, at + SHAPE_ID.length)) {
    const n = idAt(xml, at + SHAPE_ID.length);
    if (n < 0) continue;
    repeated ||= ids.has(n);
    ids.add(n);
    max = Math.max(max, n);
  }
  if (!repeated) return xml; // all unique already (most parts)
  let next = max + 1;
  const seen = new Set<number>();
  return xml.replace(/<p:cNvPr id="(\d+)"/g, (m, id: string) => {
    const n = Number(id);
    if (!seen.has(n)) {
      seen.add(n);
      return m;
    }
    return `<p:cNvPr id="${next++}"`;
  });
}

const SHAPE_ID = '<p:cNvPr id="';

// The id written from `start` (digits, then a quote), or -1 if it is not a plain number.
function idAt(xml: string, start: number): number {
  let end = start;
  while (end < xml.length && xml.charCodeAt(end) >= 0x30 && xml.charCodeAt(end) <= 0x39) end++;
  return end > start && xml.charCodeAt(end) === 0x22 ? Number(xml.slice(start, end)) : -1;
}

/** A solid background needs an effect list in the first edition of the schema (PptxGenJS#1442). */
export function addBackgroundEffects(xml: string): string {
  return xml.replace(/(<p:bgPr>[\s\S]*?<\/a:solidFill>)(<\/p:bgPr>)/g, '$1<a:effectLst/>$2');
}

/** Every run and end-of-paragraph mark in Chinese, so line breaking follows Chinese rules. */
export function markChinese(xml: string): string {
  return xml.replace(/ lang="en-US"(?! altLang)/g, ' lang="zh-CN" altLang="en-US"');
}

/** Notes arrive as one run with raw line breaks and no font; write one paragraph per source paragraph. */
export function rewriteNotes(xml: string, text: string, font: string): string {
  const f = escapeXml(font);
  const rPr = `<a:rPr lang="zh-CN" altLang="en-US" dirty="0"><a:latin typeface="${f}"/><a:ea typeface="${f}"/></a:rPr>`;
  const paras = text
    .split('\n')
    .map((line) => `<a:p><a:r>${rPr}<a:t>${escapeXml(line)}</a:t></a:r></a:p>`)
    .join('');
  // A function, never a replacement string: the notes are the user's text, and $& or $1 in it
  // (US$1.5万亿) would be read as a pattern.
  return xml.replace(
    /(<p:ph type="body" idx="1"\/><\/p:nvPr><\/p:nvSpPr><p:spPr\/><p:txBody><a:bodyPr\/><a:lstStyle\/>)[\s\S]*?(<\/p:txBody>)/,
    (_m, open: string, close: string) => `${open}${paras}${close}`,
  );
}

export function fixCoreProperties(xml: string, o: RepairOptions): string {
  const when = o.timestamp.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return xml
    .replace(/<dc:title>[\s\S]*?<\/dc:title>/, () => `<dc:title>${escapeXml(o.title)}</dc:title>`)
    .replace(/<dc:subject>[\s\S]*?<\/dc:subject>/, '<dc:subject></dc:subject>')
    .replace(/<dc:creator>[\s\S]*?<\/dc:creator>/, () => `<dc:creator>${escapeXml(o.author)}</dc:creator>`)
    .replace(/<cp:lastModifiedBy>[\s\S]*?<\/cp:lastModifiedBy>/, '<cp:lastModifiedBy>doc2deck</cp:lastModifiedBy>')
    .replace(/(<dcterms:created[^>]*>)[^<]*/, (_m, open: string) => `${open}${when}`)
    .replace(/(<dcterms:modified[^>]*>)[^<]*/, (_m, open: string) => `${open}${when}`);
}

/** pptxgenjs claims to be PowerPoint and names a company; we say who made the file. */
export function fixAppProperties(xml: string): string {
  return xml
    .replace(/<Application>[^<]*<\/Application>/, '<Application>doc2deck</Application>')
    .replace(/<Company>[^<]*<\/Company>/, '<Company></Company>');
}
