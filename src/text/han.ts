// Han characters, as the inside of a regex character class (for regexes with the u flag): the Han
// blocks of the BMP, and the whole of planes 2 and 3, which hold nothing but CJK ideographs.
// \p{Script=Han} means nearly the same, but V8 compiles it into dozens of surrogate-pair ranges:
// 1–2 ms per regex that uses it on first match, several milliseconds of every run (measured).
export const HAN =
  '\\u2E80-\\u2E99\\u2E9B-\\u2EF3\\u2F00-\\u2FD5\\u3005\\u3007\\u3021-\\u3029\\u3038-\\u303B' +
  '\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFA6D\\uFA70-\\uFAD9\\u{20000}-\\u{3FFFF}';
