// What mammoth would get wrong in a .docx, put right in the package before mammoth reads it:
// - hidden text (w:vanish on a run, or on the run's character style) is taken out: mammoth ignores
//   w:vanish and would project text the author hid;
// - an image whose relationship does not exist loses its link: mammoth would fail on the whole
//   document for one missing picture (images are not used anyway);
// - an altChunk (a part in another format that Word merges in when it opens the file) is read here,
//   if it is text, HTML or MHT, and written in as paragraphs; mammoth would drop it without a word.
// A document with none of these is handed on as it is; the others are repacked (stored, media left
// out: mammoth is asked for no images).
import { problem, type Problem } from '../problems.js';
import { readZipDirectory, readZipEntry, writeZip, type ZipDirectoryEntry } from '../zip/zip.js';
import { decodeEntities } from './entities.js';
import { decodeText } from './decode.js';
import { sanitizeText } from './sanitize.js';

export const MAIN_PART = 'word/document.xml';
/** Parts mammoth never inflates (we ask it for no images): pictures, embedded files, fonts. */
export const MEDIA = /^word\/(?:media|embeddings|fonts)\//;

const RELS = 'word/_rels/document.xml.rels';
const STYLES = 'word/styles.xml';

export interface PreparedDocx {
  bytes: Uint8Array;
  problems: Problem[];
  /** How many paragraphs (<w:p>) the main part holds. */
  paragraphs: number;
}

/** Throws on a malformed archive (the caller reports it as unreadable). */
export function prepareDocx(bytes: Uint8Array): PreparedDocx {
  const entries = new Map<string, ZipDirectoryEntry>(readZipDirectory(bytes).map((e) => [e.name, e]));
  const part = (name: string): Uint8Array | null => {
    const e = entries.get(name);
    return e ? readZipEntry(bytes, e).data : null;
  };
  const utf8 = (data: Uint8Array | null): string => (data ? new TextDecoder().decode(data) : '');
  const doc = utf8(part(MAIN_PART));
  const paragraphs = countParagraphs(doc);
  const mayNeed = /<w:vanish\b|<w:rStyle\b|<w:altChunk\b|\br:(?:embed|link|id)="/.test(doc);
  if (!mayNeed) return { bytes, problems: [], paragraphs };

  const rels = relationships(utf8(part(RELS)));
  const hiddenStyles = doc.includes('<w:rStyle') ? hiddenCharacterStyles(utf8(part(STYLES))) : new Set<string>();
  let changed = false;
  const problems: Problem[] = [];

  let out = withoutHiddenRuns(doc, hiddenStyles);
  if (out !== doc) changed = true;

  let missingImages = 0;
  out = out.replace(IMAGE_TAG, (tag) =>
    tag.replace(IMAGE_LINK, (attr, id: string) => {
      if (rels.has(id)) return attr;
      missingImages++;
      return '';
    }),
  );
  if (missingImages > 0) {
    changed = true;
    problems.push(problem('input-part-unread', 'warning', `Word 文件中有 ${missingImages} 张图片找不到（文件可能不完整），已跳过，其余内容照常转换。`));
  }

  const unread: string[] = [];
  out = out.replace(ALT_CHUNK, (element) => {
    changed = true;
    const id = /\br:id="([^"]*)"/.exec(element)?.[1];
    const target = id === undefined ? undefined : rels.get(id);
    const name = target === undefined ? null : partName(target);
    const data = name === null ? null : part(name);
    const lines = data === null || name === null ? null : chunkLines(name, data);
    if (lines === null || lines.length === 0) {
      unread.push(name?.replace(/^.*\./, '').toUpperCase() || '未知');
      return '';
    }
    return lines.map(paragraphXml).join('');
  });
  if (unread.length > 0) {
    problems.push(
      problem(
        'input-part-unread',
        'warning',
        `Word 文件中有 ${unread.length} 处嵌入的内容（${[...new Set(unread)].join('、')} 格式）无法读取，没有放进幻灯片。请用 Word 打开后另存为 .docx（Word 会把它们转成正文）再试。`,
      ),
    );
  }

  if (!changed) return { bytes, problems, paragraphs };
  const files = [...entries.values()]
    .filter((e) => !MEDIA.test(e.name))
    .map((e) => (e.name === MAIN_PART ? { name: e.name, data: new TextEncoder().encode(out) } : readZipEntry(bytes, e)));
  return { bytes: writeZip(files, new Date(Date.UTC(2020, 0, 1))), problems, paragraphs };
}

// A run's start tag (not <w:rPr>, <w:rFonts>…).
const RUN_START = /<w:r[\s>/]/g;
const RUN_END = '</w:r>';

/**
 * The XML without its hidden runs. Runs do not nest, except inside a drawing's text box: a run whose
 * end comes after the next run's start is left as it is. One pass with indexOf: linear, whatever
 * the XML (a regex with a lazy `.*?</w:r>` would rescan to the end for every unclosed run).
 */
function withoutHiddenRuns(xml: string, hiddenStyles: Set<string>): string {
  if (!xml.includes('<w:vanish') && hiddenStyles.size === 0) return xml;
  const pieces: string[] = [];
  let kept = 0;
  // The first end tag at or after the current run: found once per end tag, not once per run.
  let end = -1;
  RUN_START.lastIndex = 0;
  let start = RUN_START.exec(xml)?.index ?? -1;
  while (start >= 0) {
    RUN_START.lastIndex = start + 4;
    const next = RUN_START.exec(xml)?.index ?? -1;
    if (end !== Infinity && end < start) {
      end = xml.indexOf(RUN_END, start);
      if (end < 0) end = Infinity;
    }
    const tagEnd = xml.indexOf('>', start);
    const selfClosed = tagEnd > 0 && xml[tagEnd - 1] === '/';
    if (!selfClosed && end !== Infinity && (next < 0 || end < next) && isHidden(xml.slice(start, end), hiddenStyles)) {
      pieces.push(xml.slice(kept, start));
      kept = end + RUN_END.length;
    }
    start = next;
  }
  pieces.push(xml.slice(kept));
  return pieces.join('');
}

const RUN_PROPERTIES = /^<w:r\b[^>]*>\s*<w:rPr>([\s\S]*?)<\/w:rPr>/;
// <w:vanish/>, or with w:val true/1/on; w:val="false" (or 0, off) switches it off again.
const VANISH = /<w:vanish\b(?![^>]*w:val="(?:false|0|off)")[^>]*\/?>/;
const VANISH_OFF = /<w:vanish\b[^>]*w:val="(?:false|0|off)"/;
const RUN_STYLE = /<w:rStyle\s+w:val="([^"]*)"/;

function isHidden(run: string, hiddenStyles: Set<string>): boolean {
  const props = RUN_PROPERTIES.exec(run)?.[1];
  if (props === undefined) return false;
  if (VANISH.test(props)) return true;
  if (VANISH_OFF.test(props)) return false;
  const style = RUN_STYLE.exec(props)?.[1];
  return style !== undefined && hiddenStyles.has(style);
}

/** The ids of the character styles that hide their text. */
function hiddenCharacterStyles(styles: string): Set<string> {
  const out = new Set<string>();
  // Bounded like ALT_CHUNK: a style is a few hundred characters.
  for (const m of styles.matchAll(/<w:style\b([^>]*)>([\s\S]{0,65536}?)<\/w:style>/g)) {
    const attrs = m[1]!;
    if (!/w:type="character"/.test(attrs)) continue;
    const id = /w:styleId="([^"]*)"/.exec(attrs)?.[1];
    const props = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(m[2]!)?.[1];
    if (id !== undefined && props !== undefined && VANISH.test(props)) out.add(id);
  }
  return out;
}

/** Id → target of the main part's relationships (external ones included: a linked image is no missing one). */
function relationships(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    if (id !== undefined && target !== undefined) out.set(id, decodeEntities(target));
  }
  return out;
}

/** A target relative to word/ (or absolute in the package) → the part's name in the zip. */
function partName(target: string): string {
  if (/^[a-z]+:/i.test(target)) return target; // external: no part of the package
  const parts = (target.startsWith('/') ? target.slice(1) : `word/${target}`).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

const IMAGE_TAG = /<(?:a:blip|v:imagedata)\b[^>]*>/g;
const IMAGE_LINK = /\sr:(?:embed|link|id)="([^"]*)"/g;
// Its content is a few properties; the bound keeps an unclosed one from rescanning the whole XML.
const ALT_CHUNK = /<w:altChunk\b[^>]*?(?:\/>|>[\s\S]{0,4096}?<\/w:altChunk>)/g;

// --- the text of an altChunk part ----------------------------------------------------------------

/** The lines of text of a part, or null when its format is not one read here. */
function chunkLines(name: string, data: Uint8Array): string[] | null {
  const ext = name.replace(/^.*\./, '').toLowerCase();
  let text: string | null;
  if (ext === 'txt') text = decoded(data);
  else if (ext === 'htm' || ext === 'html' || ext === 'xhtml') text = htmlText(decoded(data) ?? '');
  else if (ext === 'mht' || ext === 'mhtml') text = mhtText(data);
  else text = null;
  if (text === null) return null;
  return sanitizeText(text)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

function decoded(data: Uint8Array): string | null {
  const r = decodeText(data);
  return r.ok ? r.value.text : null;
}

const BLOCK = /<\/?(?:p|div|br|li|h[1-6]|tr|table|ul|ol|blockquote|section|article)\b[^>]*>/gi;

function htmlText(html: string): string {
  return decodeEntities(
    withoutSpans(html, /<!--|<(script|style|head|title)\b/gi)
      .replace(/\s+/g, ' ')
      .replace(BLOCK, '\n')
      .replace(/<\/?(?:td|th)\b[^>]*>/gi, '　')
      .replace(/<[^>]*>/g, ''),
  );
}

/**
 * The text without comments and the elements whose content is no text (up to their end tags). With
 * indexOf and one remembered end per kind, so an unclosed `<style` repeated does not rescan the rest.
 */
function withoutSpans(html: string, opener: RegExp): string {
  const lower = html.toLowerCase();
  const ends = new Map<string, number>();
  const pieces: string[] = [];
  let kept = 0;
  opener.lastIndex = 0;
  for (let m = opener.exec(lower); m; m = opener.exec(lower)) {
    if (m.index < kept) continue;
    const close = m[1] === undefined ? '-->' : `</${m[1]}`;
    let end = ends.get(close) ?? -1;
    if (end !== Infinity && end < m.index) {
      end = lower.indexOf(close, m.index);
      if (end < 0) end = Infinity;
      ends.set(close, end);
    }
    if (end === Infinity) continue;
    pieces.push(html.slice(kept, m.index));
    const after = lower.indexOf('>', end);
    kept = after < 0 ? html.length : after + 1;
    opener.lastIndex = kept;
  }
  pieces.push(html.slice(kept));
  return pieces.join('');
}

/** The text of the first HTML part of an MHT (MIME) file: quoted-printable or base64, in its charset. */
function mhtText(data: Uint8Array): string | null {
  const s = Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1');
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(s)?.[1];
  const parts = boundary ? s.split(`--${boundary}`) : [s];
  for (const p of parts) {
    const split = /\r?\n\r?\n/.exec(p);
    if (!split) continue;
    const headers = p.slice(0, split.index);
    if (!/content-type:\s*text\/html/i.test(headers)) continue;
    const body = p.slice(split.index + split[0].length);
    const transfer = /content-transfer-encoding:\s*([\w-]+)/i.exec(headers)?.[1]?.toLowerCase();
    const bytes =
      transfer === 'base64'
        ? Buffer.from(body, 'base64')
        : transfer === 'quoted-printable'
          ? Buffer.from(body.replace(/=\r?\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1')
          : Buffer.from(body, 'latin1');
    const charset = /charset="?([\w-]+)"?/i.exec(headers)?.[1];
    let html: string | null = null;
    if (charset) {
      try {
        html = new TextDecoder(charset).decode(bytes);
      } catch {
        html = null; // a charset TextDecoder does not know: guess below
      }
    }
    return htmlText(html ?? decoded(bytes) ?? '');
  }
  return null;
}

function paragraphXml(line: string): string {
  const text = line.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

function countParagraphs(xml: string): number {
  let n = 0;
  for (const _ of xml.matchAll(/<w:p[\s>/]/g)) n++;
  return n;
}
