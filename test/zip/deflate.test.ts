import { randomBytes } from 'node:crypto';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { deflateRaw, deflateRawOnce, reusesOneStream } from '../../src/zip/deflate.js';

// Parts of many sizes, compressible and not: the reused stream must start clean for each (no
// dictionary carried over from the part before) and grow its output buffer past 64 KB when needed.
const parts = [
  Buffer.alloc(0),
  Buffer.from('<a:t>中文</a:t>'),
  Buffer.from('<p:sld>同志们！今天，我们比历史上任何时期都更接近目标。</p:sld>'.repeat(400)),
  randomBytes(3000),
  randomBytes(200_000), // deflates to more than 64 KB
  Buffer.from('<p:sld>同志们！今天，我们比历史上任何时期都更接近目标。</p:sld>'.repeat(400)),
];

describe('deflateRaw', () => {
  it('reuses one zlib stream on the Node this project runs on', () => {
    expect(reusesOneStream()).toBe(true);
  });

  it('gives a complete raw deflate stream for each part, one after another', () => {
    for (const part of parts) expect(zlib.inflateRawSync(deflateRaw(part)).equals(part)).toBe(true);
  });

  it('gives the same bytes for the same part, whatever came before it', () => {
    const first = deflateRaw(parts[2]!);
    deflateRaw(parts[4]!);
    expect(deflateRaw(parts[5]!).equals(first)).toBe(true);
  });

  it('returns its own bytes, not a view of the buffer it reuses', () => {
    const a = deflateRaw(parts[1]!);
    const copy = Buffer.from(a);
    deflateRaw(parts[3]!);
    expect(a.equals(copy)).toBe(true);
  });

  it('has a one-call fallback giving the same contents', () => {
    for (const part of parts) expect(zlib.inflateRawSync(deflateRawOnce(part)).equals(part)).toBe(true);
  });

  it('compresses XML about as well as zlib on its own', () => {
    const xml = parts[2]!;
    expect(deflateRaw(xml).length).toBeLessThanOrEqual(deflateRawOnce(xml).length * 1.05);
    expect(deflateRaw(xml).length).toBeLessThan(xml.length / 10);
  });
});
