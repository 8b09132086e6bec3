import { randomBytes } from 'node:crypto';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { deflateRaw, deflateRawOnce, deflateWay, type DeflateWay } from '../../src/zip/deflate.js';

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

// Every way of deflating gives complete, equal deflate streams; the tests run each in turn.
const ways: DeflateWay[] = ['binding', 'stream-handle', 'one-call'];

describe('deflateRaw', () => {
  it('uses the zlib binding on Node 20, one handle from under a DeflateRaw stream elsewhere', () => {
    expect(deflateWay()).toBe(process.versions.node.startsWith('20.') ? 'binding' : 'stream-handle');
    expect(deflateWay('stream-handle')).toBe('stream-handle');
    expect(deflateWay('one-call')).toBe('one-call');
  });

  describe.each(ways)('by %s', (way) => {
    it('gives a complete raw deflate stream for each part, one after another', () => {
      deflateWay(way);
      for (const part of parts) expect(zlib.inflateRawSync(deflateRaw(part)).equals(part)).toBe(true);
    });

    it('gives the same bytes for the same part, whatever came before it', () => {
      deflateWay(way);
      const first = deflateRaw(parts[2]!);
      deflateRaw(parts[4]!);
      expect(deflateRaw(parts[5]!).equals(first)).toBe(true);
    });

    it('returns its own bytes, not a view of the buffer it reuses', () => {
      deflateWay(way);
      const a = deflateRaw(parts[1]!);
      const copy = Buffer.from(a);
      deflateRaw(parts[3]!);
      expect(a.equals(copy)).toBe(true);
    });
  });

  it('compresses the same with the binding as with the stream handle', () => {
    if (deflateWay('binding') !== 'binding') return;
    const viaBinding = parts.map((p) => deflateRaw(p));
    deflateWay('stream-handle');
    expect(parts.map((p) => deflateRaw(p))).toEqual(viaBinding);
  });

  it('compresses XML about as well as zlib in one call', () => {
    const xml = parts[2]!;
    deflateWay(undefined);
    expect(deflateRaw(xml).length).toBeLessThanOrEqual(deflateRawOnce(xml).length * 1.05);
    expect(deflateRaw(xml).length).toBeLessThan(xml.length / 10);
  });
});
