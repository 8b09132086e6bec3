// The bin (dist/bin.js, what `npx doc2deck` runs) as a subprocess, on the Node running the tests: it
// finds its themes, prints its Chinese help, reads .docx, writes the same deck as the library, and
// runs a batch on worker threads.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { VERSION } from '../../src/version.js';
import { ROOT, SEED } from '../helpers/samples.js';
import { openDeck } from '../helpers/pptx.js';
import { fakeIo, tmpDir } from '../helpers/io.js';

const BIN = path.join(ROOT, 'dist/bin.js');
const tmp = () => tmpDir('doc2deck-bin-');
const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, SOURCE_DATE_EPOCH: '' } });

describe('the bin', () => {
  it('exists, and package.json points at it (npm install runs the build)', () => {
    expect(existsSync(BIN), 'dist/bin.js exists').toBe(true);
    expect(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).bin.doc2deck).toBe('dist/bin.js');
  });

  it('is executable: npx runs the project bin by its mode (npm 10 says "Permission denied" otherwise)', () => {
    expect(statSync(BIN).mode & 0o111).not.toBe(0);
  });

  it('also starts from the paths earlier versions declared (npx keeps the bin link of its first run in a checkout)', () => {
    for (const old of ['dist/bin/doc2deck.cjs', 'dist/bin/doc2deck.mjs']) {
      const file = path.join(ROOT, old);
      expect(statSync(file).mode & 0o111, old).not.toBe(0);
      const v = spawnSync(file, ['--version'], { encoding: 'utf8' });
      expect(v.stdout.trim(), old).toBe(VERSION);
    }
  });

  it('prints its version, and the same Chinese help as the library', async () => {
    const v = run(['--version']);
    expect(v.status).toBe(0);
    expect(v.stdout.trim()).toBe(VERSION);
    const h = run(['--help']);
    expect(h.stdout).toContain('选项：');
    const io = fakeIo();
    expect(await main(['--help'], io)).toBe(0);
    expect(h.stdout).toBe(io.out);
  });

  it('writes the same parts as the library for the seed', async () => {
    const dir = tmp();
    const r = run([SEED, '-o', path.join(dir, 'bin.pptx')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('已生成');
    expect(await main([SEED, '-o', path.join(dir, 'lib.pptx')], fakeIo())).toBe(0);
    // One pipeline: the bin calls the library's convert, so the decks are the same bytes.
    const bin = readFileSync(path.join(dir, 'bin.pptx'));
    const lib = readFileSync(path.join(dir, 'lib.pptx'));
    expect((await openDeck(bin)).names).toEqual((await openDeck(lib)).names);
    expect(bin.equals(lib)).toBe(true);
  });

  it('ends with process.exit only once its output is out: the outline arrives whole through a pipe, exit codes kept', async () => {
    const r = run(['outline', SEED, '--json']);
    expect(r.status).toBe(0);
    const io = fakeIo();
    expect(await main(['outline', SEED, '--json'], io)).toBe(0);
    expect(r.stdout).toBe(io.out);
    expect(JSON.parse(r.stdout)).toHaveProperty('slides');
    expect(run(['does-not-exist.txt']).status).toBe(1);
    expect(run([]).status).toBe(2);
  });

  it('checks a theme file, and takes an unchanged copy of a built-in one as the built-in one', async () => {
    const dir = tmp();
    const builtIn = readFileSync(path.join(ROOT, 'templates/zhengwu.json'), 'utf8');
    // An unchanged copy: the same text as the built-in theme, so the same deck as --theme zhengwu.
    writeFileSync(path.join(dir, 'copy.json'), builtIn);
    expect(run([SEED, '--theme', path.join(dir, 'copy.json'), '-o', path.join(dir, 'copy.pptx')]).status).toBe(0);
    expect(run([SEED, '--theme', 'zhengwu', '-o', path.join(dir, 'named.pptx')]).status).toBe(0);
    expect(readFileSync(path.join(dir, 'copy.pptx')).equals(readFileSync(path.join(dir, 'named.pptx')))).toBe(true);
    // One field changed: the bin says what is wrong, in Chinese, as the library does.
    const data = JSON.parse(builtIn);
    data.colors.primary = 'red';
    writeFileSync(path.join(dir, 'edited.json'), JSON.stringify(data, null, 2));
    const r = run([SEED, '--theme', path.join(dir, 'edited.json'), '-o', path.join(dir, 'edited.pptx')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('字段 colors.primary 有误');
    const io = fakeIo();
    expect(await main([SEED, '--theme', path.join(dir, 'edited.json'), '-o', path.join(dir, 'lib.pptx')], io)).toBe(1);
    expect(r.stderr).toBe(io.err);
    // A valid edit is checked and used.
    data.colors.primary = '123456';
    writeFileSync(path.join(dir, 'edited.json'), JSON.stringify(data, null, 2));
    expect(run([SEED, '--theme', path.join(dir, 'edited.json'), '-o', path.join(dir, 'edited.pptx')]).status).toBe(0);
    const parts = [...(await openDeck(readFileSync(path.join(dir, 'edited.pptx')))).xml.values()];
    expect(parts.some((x) => x.includes('"123456"'))).toBe(true);
  });

  it('reads a Word file', () => {
    const dir = tmp();
    const r = run([path.join(ROOT, 'test/fixtures/seed-docx/input.docx'), '-o', path.join(dir, 'w.pptx')]);
    expect(r.status).toBe(0);
    expect(existsSync(path.join(dir, 'w.pptx'))).toBe(true);
  });

  it('exits 1 for a missing file and 2 for a bad option', () => {
    expect(run([path.join(tmp(), 'missing.txt')]).status).toBe(1);
    expect(run(['--bogus']).status).toBe(2);
  });

  it.runIf(spawnSync('script', ['--version']).status === 0)('draws its progress bar on a terminal (util-linux script gives it one)', () => {
    const src = tmp();
    for (const name of ['a.txt', 'b.txt']) writeFileSync(path.join(src, name), readFileSync(SEED));
    const out = path.join(tmp(), 'out');
    const command = [process.execPath, BIN, src, '-o', out].map((a) => `'${a}'`).join(' ');
    const r = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('2/2 个文稿');
    expect(r.stdout).toContain('已转换 2 个文件，失败 0 个');
    expect(readdirSync(out).sort()).toEqual(['a.pptx', 'b.pptx']);
  });

  it('converts a batch on worker threads: good files written, the bad one named, exit 1', () => {
    expect(existsSync(path.join(ROOT, 'dist/batch/worker.js'))).toBe(true);
    const src = tmp();
    for (let i = 1; i <= 3; i++) writeFileSync(path.join(src, `讲话${i}.txt`), readFileSync(SEED));
    writeFileSync(path.join(src, 'bad.txt'), new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]));
    const out = path.join(tmp(), 'out');
    const r = run([src, '-o', out]);
    expect(r.status).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['讲话1.pptx', '讲话2.pptx', '讲话3.pptx']);
    expect(r.stderr).toContain(path.join(src, 'bad.txt'));
    expect(r.stderr.trim().split('\n').pop()).toMatch(/^已转换 3 个文件，失败 1 个/);
  });
});
