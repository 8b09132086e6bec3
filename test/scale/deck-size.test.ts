// A text that would make more slides than any meeting deck (thousands of numbered items) is refused
// before any slide is drawn: exit 1, in Chinese, no file. Drawing it would take minutes and gigabytes.
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { MAX_SLIDES } from '../../src/plan/deck-size.js';
import { intToCn } from '../../src/text/numerals.js';
import { fakeIo, tmpDir } from '../helpers/io.js';

describe('a deck past the slide limit', () => {
  it(`is refused with a Chinese message when the plan has more than ${MAX_SLIDES} slides`, async () => {
    const dir = tmpDir();
    const input = path.join(dir, '清单.txt');
    // Every paragraph is kept (in notes or on screen): about six to a slide.
    const paras = Array.from({ length: MAX_SLIDES * 8 }, (_, i) => `第${i + 1}项，各单位要结合实际抓好落实，确保按期完成任务。`);
    writeFileSync(input, `关于做好各项工作的通知\n一、工作任务\n${paras.join('\n')}\n`);
    const out = path.join(dir, '清单.pptx');
    const io = fakeIo();
    expect(await main([input, '-o', out], io)).toBe(1);
    expect(io.err).toMatch(/会生成 \d+ 张幻灯片，超过 2000 张的上限/);
    expect(existsSync(out)).toBe(false);
    // outline still shows what was read, so the user can see why.
    const shown = fakeIo();
    expect(await main(['outline', input], shown)).toBe(0);
  });

  it('leaves a long real report alone (the seed and its like are far below the limit)', async () => {
    const dir = tmpDir();
    const input = path.join(dir, '报告.txt');
    const parts = Array.from({ length: 30 }, (_, i) => `${intToCn(i + 1)}、第${i + 1}项工作\n这项工作要抓紧落实。`);
    writeFileSync(input, `关于做好各项工作的通知\n${parts.join('\n')}\n`);
    expect(await main([input, '-o', path.join(dir, '报告.pptx')], fakeIo())).toBe(0);
  });
});
