// Markdown → source lines. Pure. One source line per Markdown line (blank lines included), so the
// line numbers in warnings are the .md file's own. `#` headings carry their level; everything else
// loses its markup and keeps its words: emphasis, code spans, links, quotes, list bullets.
//
// Code blocks (fenced, or indented by four spaces) are left out of the slides, and a warning says
// which lines. The parser reads structure from each line's own words (一、 1. # 第一，), which a
// listing spells freely, and a source line has no way to say "text, but no structure"; the notes are
// made from the parsed body, so code kept there would come back as headings, items and bullets cut
// from a listing. A speech or report has no code; a Markdown file that does keeps it in the .md.
import type { HeadingLevel, SourceLine } from '../doc/source.js';
import { problem, type Problem } from '../problems.js';
import { decodeEntities } from './entities.js';

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const INDENTED_CODE = /^(?: {4}|[ ]{0,3}\t)/;
const FRONT_MATTER = /^---[ \t]*$/;
const FRONT_MATTER_END = /^(?:---|\.\.\.)[ \t]*$/;
const RE_YAML_KEY = /^([^\s:：#-][^:：]{0,30})\s*[:：]/u;
const RE_YAML_ITEM = /^\s*-\s+(.*)$/u;
const QUOTE = /^ {0,3}>[ \t]?/;
const BULLET = /^[ \t]*[-*+][ \t]+(?:\[[ xX]\][ \t]+)?/;
const ORDERED = /^[ \t]*(\d{1,9}[.)])[ \t]+/;
const LINK_DEFINITION = /^ {0,3}\[(?!\^)[^\]]+\]:[ \t]*\S+/;
const FOOTNOTE_DEFINITION = /^ {0,3}\[\^[^\]]+\]:[ \t]*/;
// Each run of blanks has one place to go (no two [ \t]* side by side), so a long line fails in linear time.
const TABLE_DELIMITER = /^[ \t]*(?:\|[ \t]*)?:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*(?:\|[ \t]*)?$/;

/** `note`: text that is kept but is not the document's content (metadata, a quoted note above the title). */
type Kind = 'blank' | 'text' | 'heading' | 'code' | 'note' | 'other';

interface Line {
  text: string;
  kind: Kind;
  /** Number of `#`, for headings. */
  hashes?: number;
}

/**
 * Markdown saved as plain text (a .txt that an indexer or a note app wrote): a metadata block
 * between --- lines at the top, or a first line that is a `#` heading.
 */
export function looksLikeMarkdown(text: string): boolean {
  const lines = text.split(/\r\n|\r|\n/, 40);
  if (FRONT_MATTER.test(lines[0] ?? '') && lines.slice(1).some((l) => FRONT_MATTER_END.test(l))) return true;
  const first = lines.find((l) => l.trim() !== '');
  return first !== undefined && /^#{1,3}[ \t]+\S/.test(first);
}

export function markdownToLines(markdown: string): SourceLine[] {
  return readMarkdown(markdown).lines;
}

/** The lines, and a warning naming the code blocks left out. */
export function readMarkdown(markdown: string): { lines: SourceLine[]; problems: Problem[] } {
  const lines = classify(markdown.split(/\r\n|\r|\n/));
  const blocks = codeBlocks(lines);
  const problems =
    blocks.length === 0
      ? []
      : [problem('code-omitted', 'warning', `第${blocks.slice(0, BLOCKS_NAMED).map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join('、')}行${blocks.length > BLOCKS_NAMED ? `等 ${blocks.length} 处` : ''}是代码，没有放进幻灯片（代码不是讲稿正文）。`)];
  return { lines: toSourceLines(lines), problems };
}

const BLOCKS_NAMED = 5;

/** First and last line numbers of each run of code lines. */
function codeBlocks(lines: Line[]): [number, number][] {
  const out: [number, number][] = [];
  lines.forEach((l, i) => {
    if (l.kind !== 'code' || l.text.trim() === '') return;
    const last = out[out.length - 1];
    if (last && lines.slice(last[1], i).every((m) => m.kind === 'code' || m.kind === 'blank')) last[1] = i + 1;
    else out.push([i + 1, i + 1]);
  });
  return out;
}

function toSourceLines(lines: Line[]): SourceLine[] {
  const headings = lines.filter((l) => l.kind === 'heading');
  // Levels are relative: the fewest hashes used are level 1 (a file may start at `##`). A lone
  // heading of that level before any content (metadata and quoted notes aside) is the document's
  // title: a plain line, and the level below becomes level 1.
  const topHashes = headings.reduce((m, l) => Math.min(m, l.hashes!), 6);
  const top = headings.filter((l) => l.hashes === topHashes);
  const firstContent = lines.find((l) => l.kind === 'text' || l.kind === 'heading' || l.kind === 'code');
  const shift = top.length === 1 && firstContent === top[0] ? topHashes : topHashes - 1;
  return lines.map((l): SourceLine => {
    if (l.kind === 'code') return { text: '' };
    if (l.kind !== 'heading') return { text: l.text };
    const level = l.hashes! - shift;
    return level >= 1 && level <= 4 ? { text: l.text, level: level as HeadingLevel } : { text: l.text };
  });
}

function classify(raw: string[]): Line[] {
  const out: Line[] = [];
  let fence: string | null = null;
  let inComment = false;
  // Indented code (CommonMark): four spaces or a tab, not inside a paragraph (after a blank line, a
  // heading or a block's end) and not inside a list (where the indent continues the item).
  let inIndentedCode = false;
  let inList = false;
  let frontMatterKey = '';
  let inFrontMatter = raw.length > 1 && FRONT_MATTER.test(raw[0]!) && raw.slice(1).some((l) => FRONT_MATTER_END.test(l));

  for (let i = 0; i < raw.length; i++) {
    let line = raw[i]!;
    if (inFrontMatter) {
      // The metadata block (标题: …, 发布日期: …, tags: with a list under it) stays as text, so that
      // nothing of the file is lost; the parser takes such lines for what they are. An item of a
      // list is said with its key (tags: 讲话), as metadata, never as a line of the document. Its
      // fences are markup.
      if (i > 0 && FRONT_MATTER_END.test(line)) inFrontMatter = false;
      const key = RE_YAML_KEY.exec(line);
      if (key) frontMatterKey = key[1]!;
      const item = RE_YAML_ITEM.exec(line);
      const text = item && frontMatterKey ? `${frontMatterKey}: ${item[1]}` : line;
      out.push(i === 0 || !inFrontMatter ? { text: '', kind: 'other' } : { text, kind: 'note' });
      continue;
    }
    if (fence !== null) {
      // Code is kept as written; the fence lines themselves are blank.
      const close = FENCE.exec(line);
      if (close && close[1]![0] === fence[0] && close[1]!.length >= fence.length && line.trim() === close[1]) {
        fence = null;
        out.push({ text: '', kind: 'other' });
      } else out.push({ text: line, kind: 'code' });
      continue;
    }
    // HTML comments, possibly over several lines.
    let visible = '';
    while (line) {
      if (inComment) {
        const end = line.indexOf('-->');
        if (end < 0) line = '';
        else {
          inComment = false;
          line = line.slice(end + 3);
        }
      } else {
        const start = line.indexOf('<!--');
        if (start < 0) {
          visible += line;
          line = '';
        } else {
          visible += line.slice(0, start);
          inComment = true;
          line = line.slice(start + 4);
        }
      }
    }
    line = visible;
    if (line.trim() === '') {
      out.push({ text: '', kind: raw[i]!.trim() === '' ? 'blank' : 'other' });
      continue;
    }
    const prevKind = out[out.length - 1]?.kind;
    const afterBlock = prevKind === undefined || prevKind === 'blank' || prevKind === 'heading' || prevKind === 'other';
    if (INDENTED_CODE.test(line) && (inIndentedCode || (afterBlock && !inList))) {
      inIndentedCode = true;
      out.push({ text: line, kind: 'code' });
      continue;
    }
    inIndentedCode = false;
    const listItem = BULLET.test(line) || ORDERED.test(line);
    if (listItem) inList = true;
    else if (prevKind === 'blank' && !/^[ \t]/.test(line)) inList = false;
    const open = FENCE.exec(line);
    if (open) {
      fence = open[1]!;
      out.push({ text: '', kind: 'other' });
      continue;
    }
    const quoted = QUOTE.test(line);
    while (QUOTE.test(line)) line = line.replace(QUOTE, '');
    const atx = ATX.exec(line);
    if (atx) {
      out.push({ text: inline(atx[2] ?? ''), kind: 'heading', hashes: atx[1]!.length });
      continue;
    }
    const prev = out[out.length - 1];
    const underline = SETEXT.exec(line);
    if (underline && prev?.kind === 'text' && !BULLET.test(raw[i - 1]!) && !ORDERED.test(raw[i - 1]!)) {
      // `标题` over `===` or `---`: the line above is the heading.
      prev.kind = 'heading';
      prev.hashes = underline[1]![0] === '=' ? 1 : 2;
      out.push({ text: '', kind: 'other' });
      continue;
    }
    if (RULE.test(line) || LINK_DEFINITION.test(line) || (TABLE_DELIMITER.test(line) && line.includes('|'))) {
      out.push({ text: '', kind: 'other' });
      continue;
    }
    if (/^\s*\|.*\|\s*$/.test(line)) {
      // A table row: its cells, side by side.
      const cells = line.trim().slice(1, -1).split(/(?<!\\)\|/).map((c) => inline(c.trim()));
      out.push(textLine(cells.filter(Boolean).join('　')));
      continue;
    }
    const ordered = ORDERED.exec(line);
    if (ordered) line = `${ordered[1]} ${line.slice(ordered[0].length)}`;
    else line = line.replace(BULLET, '').replace(FOOTNOTE_DEFINITION, '');
    const text = textLine(inline(line.replace(/\\$/, '')));
    out.push(quoted && text.kind === 'text' ? { ...text, kind: 'note' } : text);
  }
  return out;
}

// A line whose markup was all there was (`<div>`) is not content.
function textLine(text: string): Line {
  return { text, kind: text.trim() === '' ? 'other' : 'text' };
}

// Inline markup: code spans are kept verbatim, everything else loses its markers.
const CODE_SPAN = /(`+)(.+?)\1/g;
const ESCAPE = /\\([!-/:-@[-`{-~])/g;

function inline(text: string): string {
  const held: string[] = [];
  // Code spans and escaped characters wait behind NUL-delimited numbers (NUL never reaches here from a
  // decoded file) while the markers around them are removed.
  const hold = (kept: string): string => `\u0000${held.push(kept) - 1}\u0000`;
  let s = text
    .replace(/\u0000/g, '')
    .replace(CODE_SPAN, (_m, _ticks, code: string) => hold(code.trim() || code))
    .replace(ESCAPE, (_m, c: string) => hold(c));
  // A bracket's text stops at the next [ and a link's target at the next unpaired (, so that a line
  // of thousands of unclosed [ or ]( is read in linear time, not searched to its end from each one.
  s = s
    .replace(/!\[[^\][]*\]\((?:[^()]|\([^()]*\))*\)/g, '') // images
    .replace(/!\[[^\][]*\]\[[^\][]*\]/g, '')
    .replace(/\[([^\][]*)\]\((?:[^()]|\([^()]*\))*\)/g, '$1') // [text](url)
    .replace(/\[\^[^\][]+\]/g, '') // footnote references
    .replace(/\[([^\][]+)\]\[[^\][]*\]/g, '$1') // [text][ref]
    .replace(/<((?:https?|ftp|mailto):[^>\s]+)>/gi, '$1') // <https://…>
    .replace(/<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g, '') // inline HTML tags
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, (m, mark: string, inner: string, at: number, all: string) =>
      mark === '__' && flanked(all, at, m.length) ? m : inner,
    )
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, '$1')
    .replace(/\*(?=[^\s*])(.+?)(?<=[^\s*])\*/g, '$1')
    .replace(/_(?=[^\s_])(.+?)(?<=[^\s_])_/g, (m, inner: string, at: number, all: string) => (flanked(all, at, m.length) ? m : inner));
  return decodeEntities(s).replace(/\u0000(\d+)\u0000/g, (_m, n: string) => held[Number(n)] ?? '');
}

// `_` inside a Latin word is not emphasis (`snake_case`). CommonMark says the same beside Chinese
// characters, but there `__重点__工作` is meant as bold, and identifiers are Latin.
function flanked(all: string, at: number, length: number): boolean {
  const word = /[A-Za-z0-9_]/;
  return word.test(all[at - 1] ?? '') || word.test(all[at + length] ?? '');
}
