import { describe, expect, it } from 'vitest';
import { endsSentence, stripEndPunctuation } from '../../src/text/sentences.js';
import { splitParagraphs } from '../../src/parse/lines.js';

// These were regexes anchored with $ (V8 tries such a regex at every position); the loops that
// replaced them must give the same answers. Strings are drawn from an alphabet of everything that
// matters at the edges: the marks, closers, every kind of white space, Han, ASCII and astral characters.
const ALPHABET = [...'。；;：:！？!?，,、…”」』）)]》x中文 \t\u3000\u00A0\u2028\uFEFF\u200B\n', '𠀀', '😀'];

function* strings(count: number): Generator<string> {
  let seed = 7;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  yield '';
  for (let i = 0; i < count; i++) {
    let s = '';
    for (let k = next(8); k > 0; k--) s += ALPHABET[next(ALPHABET.length)];
    yield s;
  }
}

describe('edge tests without $-anchored regexes', () => {
  it('stripEndPunctuation drops every trailing mark, as /[。；;：:！？!?，,、]+$/u did', () => {
    for (const s of strings(5000)) expect(stripEndPunctuation(s)).toBe(s.replace(/[。；;：:！？!?，,、]+$/u, ''));
  });

  it('endsSentence looks at the last character, as /[。！？!?…”」』）)\\]》：:；;]$/u did', () => {
    for (const s of strings(5000)) expect(endsSentence(s)).toBe(/[。！？!?…”」』）)\]》：:；;]$/u.test(s));
  });

  it('splitParagraphs trims exactly what /^[\\s\\u3000\\u00A0]+|[\\s\\u3000\\u00A0]+$/gu removed', () => {
    for (const s of strings(5000)) {
      const expected = s.replace(/^[\s\u3000\u00A0]+|[\s\u3000\u00A0]+$/gu, '');
      const got = splitParagraphs([{ text: s }]);
      expect(got.length === 0 ? '' : got[0]!.text).toBe(expected);
    }
  });
});
