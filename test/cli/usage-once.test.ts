// Options given twice, an empty -o, -o - : usage errors (exit 2, Chinese), before any work is done.
import path from 'node:path';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { fakeIo, tmpDir } from '../helpers/io.js';
import { SEED } from '../helpers/samples.js';

describe('usage errors caught before any work', () => {
  it.each([
    [['-o', 'a.pptx', '-o', 'b.pptx'], '--output 只能给一次'],
    [['--speaker', '张三', '--speaker', '李四'], '--speaker 只能给一次'],
    [['-o', ''], '-o 后面要写'],
    [['-o', '-'], '标准输出'],
  ])('%j', async (extra, message) => {
    const dir = tmpDir();
    const io = fakeIo();
    const args = extra.map((a) => (a.endsWith('.pptx') ? path.join(dir, a) : a));
    expect(await main([SEED, ...args], io)).toBe(2);
    expect(io.err).toContain(message);
    expect(io.err).not.toContain('内部错误');
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('a Markdown file of bare # lines', () => {
  it('is empty, exit 1, in Chinese', async () => {
    const { writeFileSync } = await import('node:fs');
    const dir = tmpDir();
    const input = path.join(dir, '空.md');
    writeFileSync(input, '#\n##\n###\n');
    const io = fakeIo();
    expect(await main([input, '-o', path.join(dir, 'a.pptx')], io)).toBe(1);
    expect(io.err).toContain('输入文件是空的');
    expect(readdirSync(dir)).toEqual(['空.md']);
  });
});
