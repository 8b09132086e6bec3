// Heading markers as data. Each family recognises the start of a line (or of a sentence, for the
// inline families) and yields the number it carries. Levels are not fixed here: the parser ranks
// the families in the order they first appear in the document.
import { arabicToInt, cnToInt } from './numerals.js';
import { HAN } from './han.js';

const CN_DIGIT = '一二三四五六七八九';
/** A Chinese numeral from 一 to 九十九, as a regex fragment (a non-capturing group). */
export const CN = `(?:[${CN_DIGIT}]?十[${CN_DIGIT}]?|[${CN_DIGIT}])`;
// The characters each family's marker can begin with.
const CN_FIRST = `${CN_DIGIT}十`;
const PAREN_FIRST = '（(';
const DIGIT_FIRST = '0123456789０１２３４５６７８９';
const CIRCLED_FIRST = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

export type LineMarkerFamily =
  | 'cn-dun'
  | 'cn-space'
  | 'cn-bare'
  | 'cn-paren'
  | 'decimal'
  | 'decimal-deep'
  | 'arabic-space'
  | 'arabic-dot'
  | 'arabic-paren'
  | 'arabic-half-paren'
  | 'circled'
  | 'cn-paren-char'
  | 'arabic-paren-char'
  | 'arabic-dot-char'
  | 'di'
  | 'di-named'
  | 'part'
  | 'chapter'
  | 'article';
export type InlineMarkerFamily = 'yao' | 'shi';
export type SequenceWordFamily = 'sequence';

export interface MarkerFamilySpec<F extends string> {
  family: F;
  /**
   * The characters the marker can begin with: a line starting otherwise is not tried against the
   * pattern, and a pattern no line of the document needs is never compiled (0.1–0.6 ms apiece).
   */
  first: string;
  /** Must match at the start of the (trimmed) text; group 1 is the numeral. */
  pattern: RegExp;
  toInt: (numeral: string) => number;
  /** A word that ends the sequence whatever its length (最后): it takes the next number. */
  closing?: string;
}

export const LINE_MARKERS: readonly MarkerFamilySpec<LineMarkerFamily>[] = [
  // 一、 (and the common misuses 一, 一．). No digit may follow a comma or dot: `一,2` is not a heading.
  { family: 'cn-dun', first: CN_FIRST, pattern: new RegExp(`^(${CN})\\s*(?:、|[，,．.](?![0-9０-９]))`, 'u'), toInt: cnToInt },
  // 一　解放思想是…: a numeral and a full-width space, as in older anthologies.
  { family: 'cn-space', first: CN_FIRST, pattern: new RegExp(`^(${CN})[\\u3000 ]+(?=[${HAN}“])`, 'u'), toInt: cnToInt },
  // A numeral alone on its line; the section has no written title.
  { family: 'cn-bare', first: CN_FIRST, pattern: new RegExp(`^(${CN})$`, 'u'), toInt: cnToInt },
  { family: 'cn-paren', first: PAREN_FIRST, pattern: new RegExp(`^[（(]\\s*(${CN})\\s*[）)]`, 'u'), toInt: cnToInt },
  // An outline numbered 1 / 1.1 (应急预案, technical plans): 1.2　编制依据, a heading line alone; the
  // number is the last one (1.2 is the second under 1). Tried before 1. so that 1.1 is not read as 1.
  {
    family: 'decimal',
    first: DIGIT_FIRST,
    pattern: new RegExp(`^[0-9０-９]{1,2}[.．]([0-9０-９]{1,2})[\\u3000 ]*(?=[${HAN}][^，。；：,;:！？]{0,29}$)`, 'u'),
    toInt: arabicToInt,
  },
  // The outline's third level: 4.2.1　现场污染处置 (the last number counts).
  {
    family: 'decimal-deep',
    first: DIGIT_FIRST,
    pattern: new RegExp(`^[0-9０-９]{1,2}[.．][0-9０-９]{1,2}[.．]([0-9０-９]{1,2})[\\u3000 ]*(?=[${HAN}][^，。；：,;:！？]{0,29}$)`, 'u'),
    toInt: arabicToInt,
  },
  // 1　总则: a number, a space and a short heading line alone (the outline's top level).
  { family: 'arabic-space', first: DIGIT_FIRST, pattern: new RegExp(`^([0-9０-９]{1,2})[\\u3000 ]+(?=[${HAN}][^，。；：,;:！？]{0,19}$)`, 'u'), toInt: arabicToInt },
  // 1. 1． 1、 — a digit after the dot (8.6个重大科技专项) is checked against the sequence by the parser.
  { family: 'arabic-dot', first: DIGIT_FIRST, pattern: /^([0-9０-９]{1,3})\s*[.．、]/u, toInt: arabicToInt },
  { family: 'arabic-paren', first: PAREN_FIRST, pattern: /^[（(]([0-9０-９]{1,3})[）)]/u, toInt: arabicToInt },
  // 1） 2) — the closing parenthesis alone, as informal reports number their points.
  { family: 'arabic-half-paren', first: DIGIT_FIRST, pattern: /^([0-9０-９]{1,3})[）)]/u, toInt: arabicToInt },
  { family: 'circled', first: CIRCLED_FIRST, pattern: /^([①-⑳])/u, toInt: (c) => c.charCodeAt(0) - 0x245f },
  // The single characters Word and WPS turn （一） (1) 1. into as one types: ㈠…㈩, ⑴…⒇, ⒈…⒛.
  { family: 'cn-paren-char', first: '㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩', pattern: /^([㈠-㈩])/u, toInt: (c) => c.charCodeAt(0) - 0x321f },
  { family: 'arabic-paren-char', first: '⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇', pattern: /^([⑴-⒇])/u, toInt: (c) => c.charCodeAt(0) - 0x2473 },
  { family: 'arabic-dot-char', first: '⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛', pattern: /^([⒈-⒛])/u, toInt: (c) => c.charCodeAt(0) - 0x2487 },
  // 第一部分　工作回顾 (or 第一部分 alone, its heading on the next line): the largest divisions of a long
  // report. Not 第一部分是… or 第一部分的…, which speak of a part inside a sentence.
  { family: 'part', first: '第', pattern: new RegExp(`^第(${CN})部分(?![是的为])[\\s\\u3000:：、．.]*`, 'u'), toInt: cnToInt },
  // 第一，第二： … speech points.
  { family: 'di', first: '第', pattern: new RegExp(`^第(${CN})[，,、：:]`, 'u'), toInt: cnToInt },
  // Points a speech names as it counts them: 第一个问题：, 第二个方面是, 第三点，, 第一个关键词是 (a short
  // noun between 个 and 是 or the comma; the sequence check keeps a lone 第一个百年目标是… out). The
  // word is part of the marker, so the heading is what it names.
  {
    family: 'di-named',
    first: '第',
    pattern: new RegExp(`^第(${CN})(?:(?:个?方面|个问题|点|个[${HAN}]{1,5}?)(?:是|[，,：:])|个?方面|个问题)`, 'u'),
    toInt: cnToInt,
  },
  // 第一章 总则: chapters of a plan or regulation.
  { family: 'chapter', first: '第', pattern: new RegExp(`^第(${CN})[章编]\\s*`, 'u'), toInt: cnToInt },
  // 第一条 为加强……: a regulation's articles, numbered on across its chapters (not 第一条件, 第一款).
  { family: 'article', first: '第', pattern: new RegExp(`^第(${CN})条(?![件款项])[\\s\\u3000：:]*`, 'u'), toInt: cnToInt },
];

/**
 * Two spellings of one sequence: 第一点，第二，第三个问题 count one run of parts, while 第一， under
 * 第一个问题 starts a run of its own inside it. The reader takes them as one family where the numbers
 * run on, and as two where one restarts inside the other.
 */
export function sequenceOf(family: LineMarkerFamily): LineMarkerFamily {
  return family === 'di-named' ? 'di' : family;
}

export function otherSpelling(family: LineMarkerFamily): LineMarkerFamily | null {
  return family === 'di' ? 'di-named' : family === 'di-named' ? 'di' : null;
}

const SEQUENCE_WORDS: Readonly<Record<string, number>> = { 首先: 1, 其次: 2, 再次: 3, 其三: 3, 最后: 0 };

/**
 * 首先，……其次，……再次，……最后，…… opening paragraphs: the speech's structure only when nothing
 * else structures it (top-level.ts decides), so the body reader never takes them by itself.
 */
export const SEQUENCE_MARKERS: readonly MarkerFamilySpec<SequenceWordFamily>[] = [
  { family: 'sequence', first: '首其再最', pattern: /^(首先|其次|再次|其三|最后)[，,：:]?/u, toInt: (w) => SEQUENCE_WORDS[w] ?? NaN, closing: '最后' },
];

/** Items that open a sentence inside a paragraph: 一要…二要…, 一是…二是…. */
export const INLINE_MARKERS: readonly MarkerFamilySpec<InlineMarkerFamily>[] = [
  { family: 'yao', first: CN_FIRST, pattern: new RegExp(`^(${CN})要(?![求素点])`, 'u'), toInt: cnToInt },
  // 一是因为… gives reasons inside an argument, not items.
  { family: 'shi', first: CN_FIRST, pattern: new RegExp(`^(${CN})是(?![否非]|因为|由于)`, 'u'), toInt: cnToInt },
];

export interface MarkerMatch<F extends string> {
  family: F;
  ordinal: number;
  /** The marker as written, including its punctuation. */
  marker: string;
  /** The text after the marker. */
  rest: string;
  /** The marker ends its sequence (最后): its number is whatever comes next. */
  closes: boolean;
}

export function matchMarker<F extends string>(
  text: string,
  specs: readonly MarkerFamilySpec<F>[],
): MarkerMatch<F> | null {
  const head = text.charAt(0);
  for (const spec of specs) {
    if (head === '' || !spec.first.includes(head)) continue;
    const m = spec.pattern.exec(text);
    if (!m || m[1] === undefined) continue;
    const closes = spec.closing === m[1];
    const ordinal = spec.toInt(m[1]);
    if (!Number.isFinite(ordinal)) continue;
    return { family: spec.family, ordinal, marker: m[0], rest: text.slice(m[0].length).trim(), closes };
  }
  return null;
}
