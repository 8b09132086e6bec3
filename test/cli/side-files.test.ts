// The files a user names beside the document — a theme, a template, doc2deck.json — are read only
// when they are regular files of a sensible size: a device never ends and a FIFO blocks at open, so
// either would hang the run. Each is refused in Chinese (exit 1, or 2 for doc2deck.json), no deck.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { fakeIo, tmpDir } from '../helpers/io.js';
import { SEED } from '../helpers/samples.js';

function fifo(dir: string): string {
  const file = path.join(dir, 'pipe');
  execFileSync('mkfifo', [file]);
  return file;
}

describe('side files that are not regular files', () => {
  it.each([
    ['--theme', '/dev/zero', '主题 /dev/zero 不是一个普通文件'],
    ['--template', '/dev/zero', '模板 /dev/zero 不是一个普通文件'],
  ])('%s %s is refused without reading it', async (option, file, message) => {
    const out = path.join(tmpDir(), 'deck.pptx');
    const io = fakeIo();
    expect(await main([SEED, '-o', out, option, file], io)).toBe(1);
    expect(io.err).toContain(message);
    expect(existsSync(out)).toBe(false);
  });

  it('a FIFO as theme or template is refused, not opened (opening would wait for a writer forever)', async () => {
    const dir = tmpDir();
    const pipe = fifo(dir);
    for (const option of ['--theme', '--template']) {
      const io = fakeIo();
      expect(await main([SEED, '-o', path.join(dir, 'deck.pptx'), option, pipe], io)).toBe(1);
      expect(io.err).toContain('不是一个普通文件');
    }
    expect(existsSync(path.join(dir, 'deck.pptx'))).toBe(false);
  });

  it('a folder named doc2deck.json beside the document is a usage error, not silently skipped', async () => {
    const dir = tmpDir();
    const input = path.join(dir, '讲话.txt');
    copyFileSync(SEED, input);
    mkdirSync(path.join(dir, 'doc2deck.json'));
    const io = fakeIo({ cwd: dir });
    expect(await main([input, '-o', path.join(dir, 'deck.pptx')], io)).toBe(2);
    expect(io.err).toContain('doc2deck.json 不是一个普通的小文件');
    expect(existsSync(path.join(dir, 'deck.pptx'))).toBe(false);
  });
});
