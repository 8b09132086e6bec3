// The CLI in-process, through its Io seam: exit codes, stdout data, Chinese messages on stderr.
import { readFileSync, existsSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { fakeIo, tmpDir } from '../helpers/io.js';
import { VERSION } from '../../src/version.js';
import { ROOT, SEED } from '../helpers/samples.js';

const tmp = () => tmpDir();

describe('doc2deck INPUT', () => {
  it('writes the deck and reports the warnings in Chinese on stderr', async () => {
    const dir = tmp();
    const out = path.join(dir, '会议.pptx');
    const io = fakeIo();
    expect(await main([SEED, '-o', out], io)).toBe(0);
    expect(readFileSync(out).subarray(0, 4)).toEqual(Buffer.from('PK\x03\x04', 'latin1'));
    expect(io.out).toBe('');
    expect(io.err).toContain('强化组织领导');
    expect(io.err).toContain('清除增');
    expect(io.err).toContain('已生成');
    expect(readdirSync(dir)).toEqual(['会议.pptx']);
  });

  it('gives byte-identical files for the same input', async () => {
    const dir = tmp();
    await main([SEED, '-o', path.join(dir, 'a.pptx')], fakeIo());
    await main([SEED, '-o', path.join(dir, 'b.pptx')], fakeIo());
    expect(readFileSync(path.join(dir, 'a.pptx')).equals(readFileSync(path.join(dir, 'b.pptx')))).toBe(true);
  });

  it('writes beside the input by default, creating a missing output folder on request', async () => {
    const dir = tmp();
    const input = path.join(dir, '讲话.txt');
    writeFileSync(input, readFileSync(SEED));
    expect(await main([input], fakeIo())).toBe(0);
    expect(existsSync(path.join(dir, '讲话.pptx'))).toBe(true);
    expect(await main([input, '-o', path.join(dir, 'new/sub/deck.pptx')], fakeIo())).toBe(0);
    expect(existsSync(path.join(dir, 'new/sub/deck.pptx'))).toBe(true);
  });

  it('reads stdin for -', async () => {
    const dir = tmp();
    const io = fakeIo({ stdin: readFileSync(SEED, 'utf8') });
    expect(await main(['-', '-o', path.join(dir, 'x.pptx')], io)).toBe(0);
  });

  it.each([
    ['a missing file', ['/no/such/file.txt'], '找不到文件'],
    ['a directory', [ROOT + 'seeds'], '文件夹'],
  ])('exits 1 for %s with a Chinese message and no stack', async (_n, args, msg) => {
    const io = fakeIo();
    expect(await main([...args, '-o', path.join(tmp(), 'x.pptx')], io)).toBe(1);
    expect(io.err).toContain(msg);
    expect(io.err).not.toMatch(/\n\s+at /);
  });

  it('exits 1 for an empty file and leaves no output', async () => {
    const dir = tmp();
    const input = path.join(dir, 'empty.txt');
    writeFileSync(input, '  \n');
    const io = fakeIo();
    expect(await main([input, '-o', path.join(dir, 'x.pptx')], io)).toBe(1);
    expect(io.err).toContain('空的');
    expect(readdirSync(dir)).toEqual(['empty.txt']);
  });

  it('exits 1 when the output path is a folder named .pptx, leaving no temporary file', async () => {
    const dir = tmp();
    mkdirSync(path.join(dir, 'deck.pptx'));
    const io = fakeIo();
    // A folder named like a deck is taken for the deck's name, not for a folder to write into.
    expect(await main([SEED, '-o', path.join(dir, 'deck.pptx') + path.sep], io)).toBe(0);
    expect(readdirSync(path.join(dir, 'deck.pptx'))).toEqual([`${path.parse(SEED).name}.pptx`]);
  });

  it('writes into a folder -o names (existing, or new with a trailing slash), and adds .pptx to a bare name', async () => {
    const dir = tmp();
    mkdirSync(path.join(dir, 'out'));
    const stem = path.parse(SEED).name;
    expect(await main([SEED, '-o', path.join(dir, 'out')], fakeIo())).toBe(0);
    expect(readdirSync(path.join(dir, 'out'))).toEqual([`${stem}.pptx`]);
    expect(await main([SEED, '-o', path.join(dir, 'new') + '/'], fakeIo())).toBe(0);
    expect(readdirSync(path.join(dir, 'new'))).toEqual([`${stem}.pptx`]);
    const bare = fakeIo();
    expect(await main([SEED, '-o', path.join(dir, '讲话')], bare)).toBe(0);
    expect(bare.err).toContain(`已生成 ${path.join(dir, '讲话.pptx')}`);
    expect(readdirSync(dir).sort()).toEqual(['new', 'out', '讲话.pptx']);
  });

  it('refuses an output named for another format (.ppt, .pdf) before any work: exit 2', async () => {
    const dir = tmp();
    for (const name of ['deck.ppt', 'deck.pdf', 'deck.potx']) {
      const io = fakeIo();
      expect(await main([SEED, '-o', path.join(dir, name)], io)).toBe(2);
      expect(io.err).toContain('应以 .pptx 结尾');
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  it('exits 1 for an unknown theme', async () => {
    const io = fakeIo();
    expect(await main([SEED, '--theme', 'nope', '-o', path.join(tmp(), 'x.pptx')], io)).toBe(1);
    expect(io.err).toContain('没有名为“nope”的主题');
  });
});

describe('usage', () => {
  it.each([[[]], [['--no-such-option', 'a.txt']], [[SEED, '--ratio', '5:4']]])('exits 2 for %j', async (args) => {
    const io = fakeIo();
    expect(await main(args, io)).toBe(2);
    expect(io.err).toContain('用法错误');
  });

  it('prints help and version to stdout', async () => {
    const help = fakeIo();
    expect(await main(['--help'], help)).toBe(0);
    expect(help.out).toContain('outline');
    const version = fakeIo();
    expect(await main(['--version'], version)).toBe(0);
    expect(version.out.trim()).toBe(VERSION);
  });

  it('keeps the version in step with package.json', () => {
    expect(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version).toBe(VERSION);
  });
});

describe('doc2deck outline', () => {
  it('prints one JSON object with the tree and warnings on stdout', async () => {
    const io = fakeIo();
    expect(await main(['outline', SEED, '--json'], io)).toBe(0);
    const data = JSON.parse(io.out);
    expect(data.title).toBe('在XX县纵深推进群众身边不正之风和腐败问题集中整治工作会议上的讲话');
    expect(data.speaker).toBeNull();
    expect(data.sections.map((s: { heading: string }) => s.heading)[2]).toBe('强化组织领导');
    expect(data.sections[1].children[0].children[0].heading).toBe('强化以案开路');
    expect(data.warnings.map((w: { code: string }) => w.code)).toEqual(['part-missing', 'text-truncated']);
    expect(io.err).toContain('强化组织领导');
  });

  it('prints the tree and the planned slides for a person', async () => {
    const io = fakeIo();
    expect(await main(['outline', SEED], io)).toBe(0);
    expect(io.out).toContain('一、提高政治站位');
    expect(io.out).toContain('[数据]');
  });
});

describe('doc2deck themes', () => {
  it('lists the built-in themes', async () => {
    const io = fakeIo();
    expect(await main(['themes'], io)).toBe(0);
    expect(io.out).toContain('dangzheng');
  });
});

describe('the built bin', () => {
  it('runs compiled JavaScript and sets the exit code', () => {
    const bin = path.join(ROOT, 'dist/bin.js');
    expect(existsSync(bin), 'dist/bin.js exists (npm install runs the build)').toBe(true);
    const dir = tmp();
    const ok = spawnSync(process.execPath, [bin, SEED, '-o', path.join(dir, 's.pptx')], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stderr).toContain('已生成');
    const bad = spawnSync(process.execPath, [bin, path.join(dir, 'missing.txt')], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    const usage = spawnSync(process.execPath, [bin, '--bogus'], { encoding: 'utf8' });
    expect(usage.status).toBe(2);
  });
});

describe('themes given as files', () => {
  const builtIn = JSON.parse(readFileSync(path.join(ROOT, 'templates/zhengwu.json'), 'utf8'));

  it('uses a valid theme file', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'my-theme.json'), JSON.stringify({ ...builtIn, name: 'my-theme' }));
    expect(await main([SEED, '--theme', path.join(dir, 'my-theme.json'), '-o', path.join(dir, 'x.pptx')], fakeIo())).toBe(0);
  });

  it.each([
    ['a colour that is not hex', { ...builtIn, colors: { ...builtIn.colors, primary: 'red' } }, 'colors.primary', '十六进制'],
    ['a missing font', { ...builtIn, fonts: { ...builtIn.fonts, body: undefined } }, 'fonts.body', '缺少这个字段'],
    ['a size range the wrong way round', { ...builtIn, sizes: { ...builtIn.sizes, body: [26, 20] } }, 'sizes.body', '[最小, 最大]'],
    ['an unknown field', { ...builtIn, colour: 'x' }, 'colour', '不认识的字段'],
    ['an unknown style', { ...builtIn, style: { cover: 'field', content: 'stripes' } }, 'style.content', '取值不对'],
  ])('refuses %s with a Chinese message naming the field, exit 1, no output', async (_n, theme, field, words) => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'bad.json'), JSON.stringify(theme));
    const io = fakeIo();
    expect(await main([SEED, '--theme', path.join(dir, 'bad.json'), '-o', path.join(dir, 'x.pptx')], io)).toBe(1);
    expect(io.err).toContain(field);
    expect(io.err).toContain(words);
    expect(readdirSync(dir)).toEqual(['bad.json']);
  });

  it('refuses a theme file that is not JSON', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'bad.json'), '{ colors: ');
    const io = fakeIo();
    expect(await main([SEED, '--theme', path.join(dir, 'bad.json'), '-o', path.join(dir, 'x.pptx')], io)).toBe(1);
    expect(io.err).toContain('不是合法的 JSON');
  });
});

describe('options', () => {
  it.each([
    ['--ratio', '4:3'],
    ['--density', 'brief'],
    ['--density', 'full'],
    ['--fonts', 'preferred'],
    ['--theme', 'plain'],
  ])('%s %s writes a deck', async (flag, value) => {
    const dir = tmp();
    expect(await main([SEED, flag, value, '-o', path.join(dir, 'x.pptx')], fakeIo())).toBe(0);
    expect(existsSync(path.join(dir, 'x.pptx'))).toBe(true);
  });

  it('lists all three built-in themes', async () => {
    const io = fakeIo();
    await main(['themes'], io);
    for (const t of ['dangzheng', 'zhengwu', 'plain']) expect(io.out).toContain(t);
  });
});
