// The output never replaces the input (however it is reached) or anything that is not a regular file,
// and a held output is tried again for a moment before the user is told it is open elsewhere.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert.js';
import { renameWithRetry } from '../../src/output/write.js';

const TEXT = '在全县工作会议上的讲话\n同志们：\n一、提高认识\n要提高认识。\n二、狠抓落实\n要抓好落实。\n';
const env = { readStdin: async () => new Uint8Array() };
const run = (input: string, output: string) => convert({ input, output, theme: 'dangzheng', ratio: '16:9', timestamp: new Date(0) }, env);

function setup() {
  const dir = mkdtempSync(path.join(tmpdir(), 'doc2deck-target-'));
  const input = path.join(dir, '讲话.txt');
  writeFileSync(input, TEXT);
  return { dir, input };
}

describe('the output target', () => {
  it('refuses the input reached through a symlink to it', async () => {
    const { dir, input } = setup();
    const link = path.join(dir, 'link.txt');
    symlinkSync(input, link);
    const r = await run(link, input);
    expect(r.ok ? 'ok' : r.problems[0]!.code).toBe('output-same-as-input');
    expect(readFileSync(input, 'utf8')).toBe(TEXT);
  });

  it('refuses the input reached through a symlinked folder', async () => {
    const { dir, input } = setup();
    const folder = path.join(dir, 'alias');
    symlinkSync(dir, folder);
    const r = await run(path.join(folder, '讲话.txt'), input);
    expect(r.ok ? 'ok' : r.problems[0]!.code).toBe('output-same-as-input');
    expect(readFileSync(input, 'utf8')).toBe(TEXT);
  });

  it.runIf(process.platform !== 'win32')('refuses a FIFO and a device, in Chinese', async () => {
    const { dir, input } = setup();
    const fifo = path.join(dir, 'pipe.pptx');
    execFileSync('mkfifo', [fifo]);
    const r = await run(input, fifo);
    expect(r.ok ? 'ok' : r.problems[0]!.code).toBe('output-not-a-file');
    expect(r.ok ? '' : r.problems[0]!.message).toContain('不是普通文件');
    const dev = await run(input, '/dev/null');
    expect(dev.ok ? 'ok' : dev.problems[0]!.code).toBe('output-not-a-file');
  });

  it('still writes a new file and replaces an old deck', async () => {
    const { dir, input } = setup();
    mkdirSync(path.join(dir, 'out'));
    const out = path.join(dir, 'out', '会议.pptx');
    expect((await run(input, out)).ok).toBe(true);
    expect((await run(input, out)).ok).toBe(true);
  });
});

describe('replacing a held output', () => {
  const held = () => Object.assign(new Error('busy'), { code: 'EBUSY' });
  it('tries again, and succeeds when the holder lets go', async () => {
    let calls = 0;
    await renameWithRetry(async () => {
      if (++calls < 3) throw held();
    }, 'a', 'b', [1, 1, 1]);
    expect(calls).toBe(3);
  });

  it('gives up after the last try with the error', async () => {
    let calls = 0;
    const attempt = renameWithRetry(async () => {
      calls++;
      throw held();
    }, 'a', 'b', [1, 1]);
    await expect(attempt).rejects.toMatchObject({ code: 'EBUSY' });
    expect(calls).toBe(3);
  });

  it('does not wait on an error that will not pass', async () => {
    let calls = 0;
    const attempt = renameWithRetry(async () => {
      calls++;
      throw Object.assign(new Error('gone'), { code: 'ENOENT' });
    }, 'a', 'b', [1, 1]);
    await expect(attempt).rejects.toMatchObject({ code: 'ENOENT' });
    expect(calls).toBe(1);
  });
});
