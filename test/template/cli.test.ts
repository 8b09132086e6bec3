// --template on the command line: the deck written on the template, byte-identical run to run;
// outline names each slide's template layout; a bad template is exit 1 with a Chinese message; a plan
// file made on a template builds on it again; a --ratio the template's size overrides is said.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { fakeIo, tmpDir } from '../helpers/io.js';
import { ROOT, SEED } from '../helpers/samples.js';

const RED = path.join(ROOT, 'test/fixtures/templates/红头模板.pptx');

describe('doc2deck --template', () => {
  it('writes the deck on the template, the same bytes every time', async () => {
    const dir = tmpDir();
    const [a, b] = [path.join(dir, 'a.pptx'), path.join(dir, 'b.pptx')];
    const io = fakeIo();
    expect(await main([SEED, '--template', RED, '-o', a], io)).toBe(0);
    expect(io.err).toContain('已生成');
    expect(await main([SEED, '--template', RED, '-o', b], fakeIo())).toBe(0);
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
  });

  it('outline says which template layout each slide uses', async () => {
    const io = fakeIo();
    expect(await main(['outline', SEED, '--template', RED], io)).toBe(0);
    expect(io.out).toContain('[封面 → 模板版式“标题幻灯片”]');
    expect(io.out).toContain('[要点 → 模板版式“标题和内容”]');
    const json = fakeIo();
    expect(await main(['outline', SEED, '--template', RED, '--json'], json)).toBe(0);
    // Beside the slides, not in them: the slides are the editable plan file, which names no template layout.
    expect(JSON.parse(json.out).templateLayouts[0]).toBe('标题幻灯片');
  });

  it('refuses a file that is not a presentation: exit 1, in Chinese, no deck', async () => {
    const dir = tmpDir();
    const bad = path.join(dir, '模板.pptx');
    writeFileSync(bad, 'not a zip');
    const io = fakeIo();
    expect(await main([SEED, '--template', bad, '-o', path.join(dir, 'out.pptx')], io)).toBe(1);
    expect(io.err).toContain('不是 PowerPoint 演示文稿');
  });

  it('never writes the deck over the template', async () => {
    const dir = tmpDir();
    const copy = path.join(dir, '模板.pptx');
    writeFileSync(copy, readFileSync(RED));
    const io = fakeIo();
    expect(await main([SEED, '--template', copy, '-o', copy], io)).toBe(1);
    expect(io.err).toContain('不能与模板文件相同');
    expect(readFileSync(copy).equals(readFileSync(RED))).toBe(true);
  });

  it('a plan file made on a template names it and builds the same deck on it; a moved template is said', async () => {
    const dir = tmpDir();
    const blue = path.join(ROOT, 'test/fixtures/templates/blue-4x3.potx');
    const outline = fakeIo({ cwd: ROOT });
    expect(await main(['outline', SEED, '--template', path.relative(ROOT, blue), '--json'], outline)).toBe(0);
    const file = JSON.parse(outline.out);
    // Its full path, so the plan builds from any folder; the theme is the built-in one whose sizes stand in.
    expect(file.deck).toMatchObject({ template: blue, theme: 'dangzheng', ratio: '4:3' });
    const plan = path.join(dir, '提纲.json');
    writeFileSync(plan, JSON.stringify({ deck: file.deck, slides: file.slides }));
    const [direct, rebuilt] = [path.join(dir, 'direct.pptx'), path.join(dir, 'rebuilt.pptx')];
    expect(await main([SEED, '--template', blue, '-o', direct], fakeIo())).toBe(0);
    expect(await main([plan, '-o', rebuilt], fakeIo())).toBe(0);
    expect(readFileSync(rebuilt).equals(readFileSync(direct))).toBe(true);

    writeFileSync(plan, JSON.stringify({ deck: { ...file.deck, template: path.join(dir, '不在了.potx') }, slides: file.slides }));
    const moved = fakeIo();
    expect(await main([plan, '-o', path.join(dir, 'moved.pptx')], moved)).toBe(1);
    expect(moved.err).toContain('提纲文件是按单位模板');
    expect(moved.err).toContain('--template');
    // Given on the command line, the template wins over the one the file names.
    const given = fakeIo();
    expect(await main([plan, '--template', blue, '-o', path.join(dir, 'given.pptx')], given)).toBe(0);
    expect(readFileSync(path.join(dir, 'given.pptx')).equals(readFileSync(direct))).toBe(true);
  });

  it('says that a --ratio other than the template\'s size is not used', async () => {
    const dir = tmpDir();
    const blue = path.join(ROOT, 'test/fixtures/templates/blue-4x3.potx');
    const io = fakeIo();
    expect(await main([SEED, '--template', blue, '--ratio', '16:9', '-o', path.join(dir, 'a.pptx')], io)).toBe(0);
    expect(io.err).toContain('幻灯片尺寸按模板（4:3）制作，--ratio 16:9 未使用');
    const same = fakeIo();
    expect(await main([SEED, '--template', blue, '--ratio', '4:3', '-o', path.join(dir, 'b.pptx')], same)).toBe(0);
    expect(same.err).not.toContain('未使用');
  });
});
