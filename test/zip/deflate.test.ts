import { randomBytes } from 'node:crypto';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { deflateRaw, deflateRawOnPool, deflateWay, type DeflateWay } from '../../src/zip/deflate.js';

// Parts of many sizes, compressible and not: each must come out complete whatever came before it,
// and output past the first guess of its size must still be collected.
const xml = Buffer.from('<p:sld>同志们！今天，我们比历史上任何时期都更接近目标。</p:sld>'.repeat(400));
const parts = [Buffer.alloc(0), Buffer.from('<a:t>中文</a:t>'), xml, randomBytes(3000), randomBytes(200_000), Buffer.from(xml)];

const onNode20 = process.versions.node.startsWith('20.');
const ways: DeflateWay[] = ['binding', 'one-call'];

afterEach(() => {
  deflateWay('binding');
});

describe('deflateRaw', () => {
  it('uses the zlib binding on Node 20, zlib.deflateRawSync elsewhere', () => {
    expect(deflateWay('binding')).toBe(onNode20 ? 'binding' : 'one-call');
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
      deflateRaw(parts[3]!);
      expect(deflateRaw(parts[5]!).equals(first)).toBe(true);
    });

    it('returns its own bytes, not a view of a buffer it reuses', () => {
      deflateWay(way);
      const a = deflateRaw(parts[1]!);
      const copy = Buffer.from(a);
      deflateRaw(parts[3]!);
      expect(a.equals(copy)).toBe(true);
    });
  });

  it('gives the same bytes by the binding as by zlib.deflateRawSync', () => {
    deflateWay('binding');
    const viaBinding = parts.map((p) => deflateRaw(p));
    deflateWay('one-call');
    expect(parts.map((p) => deflateRaw(p))).toEqual(viaBinding);
  });

  it('compresses a slide about as well as zlib at its default level', () => {
    // Runs of Chinese text (not repeated) in the markup pptxgenjs writes around each.
    const han = '我们坚持以人民为中心的发展思想推进高质量发展全面深化改革开放建设现代化经济体系';
    let seed = 7;
    const pick = () => han[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % han.length];
    const runs = Array.from({ length: 40 }, () => `<a:r><a:rPr lang="zh-CN" altLang="en-US" sz="2400" dirty="0"><a:solidFill><a:srgbClr val="262626"/></a:solidFill><a:latin typeface="微软雅黑" pitchFamily="34" charset="0"/><a:ea typeface="微软雅黑" pitchFamily="34" charset="-122"/></a:rPr><a:t>${Array.from({ length: 30 }, pick).join('')}</a:t></a:r>`);
    const slide = Buffer.from(`<p:sld><p:cSld><p:spTree>${runs.join('')}</p:spTree></p:cSld></p:sld>`);
    expect(deflateRaw(slide).length).toBeLessThanOrEqual(zlib.deflateRawSync(slide).length * 1.05);
    expect(deflateRaw(slide).length).toBeLessThan(slide.length / 2);
  });
});

describe('deflateRawOnPool', () => {
  it.runIf(onNode20)('gives the bytes deflateRaw gives, many parts at once', async () => {
    const many = [...parts, ...parts.map((p) => Buffer.concat([p, Buffer.from('尾')]))];
    const pending = many.map((p) => deflateRawOnPool(p));
    expect(pending.every((p) => p instanceof Promise)).toBe(true);
    const done = await Promise.all(pending);
    done.forEach((d, i) => expect(d!.equals(deflateRaw(many[i]!))).toBe(true));
  });

  it.runIf(onNode20)('takes no more than its share of memory at once, and takes parts again when they are done', async () => {
    // Each 40 KB part needs zlib's full 32 KB window (256 KB of state): the pool takes 128 of them.
    const big = Array.from({ length: 150 }, (_, i) => Buffer.concat([randomBytes(20_000), Buffer.alloc(20_000, i)]));
    const pending = big.map((p) => deflateRawOnPool(p));
    const taken = pending.filter((p) => p !== undefined);
    expect(taken.length).toBe(128);
    expect(pending.slice(0, 128).every((p) => p !== undefined)).toBe(true);
    const done = await Promise.all(taken);
    done.forEach((d, i) => expect(zlib.inflateRawSync(d!).equals(big[i]!)).toBe(true));
    expect(deflateRawOnPool(big[0]!)).toBeInstanceOf(Promise);
  });

  it('is not used where parts are deflated by zlib.deflateRawSync', () => {
    deflateWay('one-call');
    expect(deflateRawOnPool(xml)).toBeUndefined();
  });
});
