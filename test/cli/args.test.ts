// plainArgs reads the plain command lines without yargs; for each of them it must mean exactly what
// yargs reads, and everything else must be left to yargs.
import { describe, expect, it } from 'vitest';
import { plainArgs, type Args } from '../../src/cli/args.js';
import { parseWithYargs } from '../../src/cli.js';

const KEYS: (keyof Args)[] = ['_', 'input', 'more', 'output', 'theme', 'ratio', 'density', 'fonts', 'json', 'speaker', 'date', 'debug', 'help', 'version'];
const meaning = (a: Args) => Object.fromEntries(KEYS.map((k) => [k, a[k]]));

describe('plainArgs', () => {
  it.each([
    [['讲话.txt']],
    [['讲话.txt', '-o', '会议.pptx']],
    [['讲话.txt', '--output', '会议.pptx']],
    [['文稿 目录/2024年工作报告.docx', '-o', '输出/会议 幻灯片.pptx']],
    [['2024']],
    [['a.md', '-o', '123']],
    [['outline.txt', '-o', 'themes']],
  ])('reads %j as yargs does', async (argv) => {
    const plain = plainArgs(argv);
    expect(plain).not.toBeNull();
    const yargs = await parseWithYargs(argv);
    expect(yargs.err).toBeUndefined();
    expect(meaning(plain!)).toEqual(meaning(yargs.args));
  });

  it.each([
    [[]],
    [['-']],
    [['outline', '讲话.txt']],
    [['themes']],
    [['a.txt', 'b.txt']],
    [['a.txt', '-o']],
    [['a.txt', '-o', '-']],
    [['a.txt', '-o', 'b.pptx', '--debug']],
    [['-o', 'b.pptx', 'a.txt']],
    [['a.txt', '--theme', 'zhengwu']],
    [['a.txt', '--output=b.pptx']],
    [['--help']],
    [['--version']],
    [['a.txt', '-t', 'x', '-o', 'b']],
    [['']],
  ])('leaves %j to yargs', (argv) => {
    expect(plainArgs(argv)).toBeNull();
  });
});
