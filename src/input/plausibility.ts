// How much a decoded text looks like a Chinese document: the measure that chooses between the
// encodings a file could be in. Pure.
//
// The wrong decoding of Chinese bytes is seldom invalid: Big5 read as GBK, or GBK read as Big5, gives
// well-formed characters, but rare ones, kana, symbols and private-use code points, where the right
// decoding gives the few thousand characters that make up nearly all Chinese text and its punctuation.

export interface Plausibility {
  /** Characters (UTF-16 code units) looked at. */
  chars: number;
  /** Common Han characters, Chinese punctuation, printable ASCII and line ends. */
  good: number;
  /** Replacement characters, control characters, private-use and non-characters: what no document holds. */
  bad: number;
}

let common: Uint8Array | null = null;

/**
 * The common Han characters of both scripts, as a bitmap over the BMP: GB2312's first level (3,755
 * characters in B0A1–D7F9, the simplified characters of everyday text) and Big5's first level (5,401
 * in A440–C67E, the traditional ones). Both standards chose those sets by frequency of use, so the
 * sets need no word list of their own. Built on first use from the decoders themselves.
 */
function commonHan(): Uint8Array {
  if (common) return common;
  const map = new Uint8Array(0x10000);
  const mark = (label: string, leads: [number, number], trails: [number, number][], last: number): void => {
    const bytes: number[] = [];
    for (let lead = leads[0]; lead <= leads[1]; lead++) {
      for (const [from, to] of trails) {
        for (let trail = from; trail <= to; trail++) if (((lead << 8) | trail) <= last) bytes.push(lead, trail);
      }
    }
    for (const ch of new TextDecoder(label).decode(new Uint8Array(bytes))) map[ch.charCodeAt(0)] = 1;
  };
  mark('gb18030', [0xb0, 0xd7], [[0xa1, 0xfe]], 0xd7f9);
  mark('big5', [0xa4, 0xc6], [[0x40, 0x7e], [0xa1, 0xfe]], 0xc67e);
  map[0xfffd] = 0;
  common = map;
  return map;
}

function isGood(c: number, han: Uint8Array): boolean {
  return (
    (c >= 0x20 && c < 0x7f) ||
    c === 0x09 ||
    c === 0x0a ||
    c === 0x0d ||
    han[c] === 1 ||
    (c >= 0x3000 && c <= 0x303f) || // 、。〈〉《》「」【】 and the ideographic space
    (c >= 0xff01 && c <= 0xff5e) || // ，：；（）！？ and full-width digits and letters
    (c >= 0x2010 && c <= 0x2027) || // — “ ” ‘ ’ …
    c === 0x00b7 ||
    (c >= 0x2460 && c <= 0x2473) // ①…⑳
  );
}

function isBad(c: number): boolean {
  return (
    c === 0xfffd ||
    (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d) ||
    (c >= 0x7f && c <= 0x9f) ||
    (c >= 0xe000 && c <= 0xf8ff) ||
    c === 0xfffe ||
    c === 0xffff
  );
}

export function plausibility(text: string): Plausibility {
  const han = commonHan();
  let good = 0;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isGood(c, han)) good++;
    else if (isBad(c)) bad++;
  }
  return { chars: text.length, good, bad };
}

/** Higher is more plausible; a character no document holds weighs twice what a good one does. */
export function score(p: Plausibility): number {
  return p.chars === 0 ? 0 : (p.good - 2 * p.bad) / p.chars;
}

/** At most this share of what no document holds, beyond a few: some damaged bytes, not a binary file. */
const MAX_BAD_SHARE = 0.05;
/** Any text may have a damaged character or two: one cut or invalid character gives up to three U+FFFD. */
const BAD_ALLOWED = 4;
/** At least this share of common text: below it, the bytes are no Chinese (or ASCII) text in any candidate encoding. */
export const MIN_GOOD_SHARE = 0.5;

export function tooDamaged(bad: number, chars: number): boolean {
  return bad > MAX_BAD_SHARE * chars + BAD_ALLOWED;
}

export function isPlausibleText(p: Plausibility): boolean {
  return p.chars > 0 && !tooDamaged(p.bad, p.chars) && p.good >= MIN_GOOD_SHARE * p.chars;
}
