import { describe, expect, it } from 'vitest';
import { HAN } from '../../src/text/han.js';

describe('HAN, the Han character class written out', () => {
  const ours = new RegExp(`^[${HAN}]$`, 'u');
  const unicode = /^\p{Script=Han}$/u;

  it('is \\p{Script=Han} exactly in the BMP', () => {
    const differ: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      if (ours.test(ch) !== unicode.test(ch)) differ.push(c.toString(16));
    }
    expect(differ).toEqual([]);
  });

  it('takes every Han character of planes 2 and 3, and nothing of other scripts beyond the BMP', () => {
    const missed: string[] = [];
    const extra: string[] = [];
    for (let c = 0x10000; c <= 0x3ffff; c++) {
      const ch = String.fromCodePoint(c);
      const han = unicode.test(ch);
      const planes23 = c >= 0x20000;
      if (han && planes23 && !ours.test(ch)) missed.push(c.toString(16));
      // Planes 2 and 3 are ideographs only: what Unicode has not assigned yet may be taken.
      if (!han && ours.test(ch) && (!planes23 || /\p{Assigned}/u.test(ch))) extra.push(c.toString(16));
    }
    expect(missed).toEqual([]);
    expect(extra).toEqual([]);
  });

  it('matches rare name characters (Extension B) and not kana, hangul or punctuation', () => {
    for (const ch of ['王', '㐀', '𠀀', '𪚥', '〇']) expect(ours.test(ch), ch).toBe(true);
    for (const ch of ['あ', 'ア', '한', '，', 'a', '１']) expect(ours.test(ch), ch).toBe(false);
  });
});
