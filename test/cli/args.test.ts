// The one command-line parser (src/cli/args.ts): what each command line means, and the usage errors
// it refuses before any work, each in Chinese.
import { describe, expect, it } from 'vitest';
import { readArgs, type Args } from '../../src/cli/args.js';

const args = (argv: string[]): Args => {
  const r = readArgs(argv);
  if (!('args' in r)) throw new Error(`not read: ${JSON.stringify(r)}`);
  return r.args;
};
const usage = (argv: string[]): string => {
  const r = readArgs(argv);
  if (!('usage' in r)) throw new Error(`not a usage error: ${JSON.stringify(r)}`);
  return r.usage;
};

describe('readArgs', () => {
  it('reads a plain conversion with the defaults', () => {
    expect(args(['讲话.txt'])).toMatchObject({ command: 'convert', input: '讲话.txt', more: [], output: undefined, theme: 'dangzheng', ratio: '16:9', density: 'standard', fonts: 'safe', attachments: false, debug: false });
    expect(args(['讲话.txt', '-o', '会议.pptx']).output).toBe('会议.pptx');
    expect(args(['--output=会议.pptx', '讲话.txt']).output).toBe('会议.pptx');
  });

  it('reads every option, in any order, and several inputs as a batch', () => {
    const a = args(['a.txt', 'b.docx', '-t', 'zhengwu', '--ratio', '4:3', '--density', 'full', '--fonts', 'preferred', '--attachments', '--title', '标题', '--subtitle', '——副标题', '--speaker', '张三', '--date', '2024-2-3', '--debug', '-o', 'out/']);
    expect(a).toMatchObject({ input: 'a.txt', more: ['b.docx'], output: 'out/', theme: 'zhengwu', ratio: '4:3', density: 'full', fonts: 'preferred', attachments: true, title: '标题', subtitle: '——副标题', speaker: '张三', debug: true });
    expect(a.date).toEqual({ iso: '2024-02-03', text: '2024年2月3日' });
  });

  it('takes - as standard input, -- before a name that starts with a dash, and --no-attachments', () => {
    expect(args(['-']).input).toBe('-');
    expect(args(['--', '-讲话.txt']).input).toBe('-讲话.txt');
    expect(args(['a.txt', '--no-attachments']).attachments).toBe(false);
    expect(args(['--title=-x-', 'a.txt']).title).toBe('-x-');
  });

  it('reads the outline and themes commands', () => {
    expect(args(['outline', 'a.txt', '--json'])).toMatchObject({ command: 'outline', input: 'a.txt', json: true });
    expect(args(['themes'])).toMatchObject({ command: 'themes', input: undefined });
  });

  it('answers help and version first', () => {
    expect(readArgs(['--help'])).toEqual({ help: true });
    expect(readArgs(['a.txt', '-h'])).toEqual({ help: true });
    expect(readArgs(['-v'])).toEqual({ version: true });
  });

  it.each([
    [[], '缺少要转换的文稿'],
    [['a.txt', '--bogus'], '未知的选项 --bogus'],
    [['a.txt', '-x'], '未知的选项 -x'],
    [['a.txt', '-o'], '-o 后面要写值'],
    [['a.txt', '-o', '--theme', 'x'], '-o 后面要写值'],
    [['a.txt', '-o', ''], '-o 后面要写输出的 .pptx 文件名'],
    [['a.txt', '-o', '-'], '不能把幻灯片写到标准输出'],
    [['a.txt', '-o', 'a.pptx', '--output', 'b.pptx'], '--output 只能给一次'],
    [['a.txt', '--ratio', '5:4'], '--ratio 只能是 16:9、4:3 之一（收到：5:4）'],
    [['a.txt', '--date', '2024-02-30'], '--date 应写作 年-月-日'],
    [['a.txt', '--json'], '不接受选项 --json'],
    [['a.txt', '--debug=yes'], '--debug 不带值'],
    [['outline'], '缺少要转换的文稿'],
    [['outline', 'a.txt', 'b.txt'], 'outline 一次只显示一个文稿'],
    [['outline', 'a.txt', '-o', 'x.pptx'], 'outline 不接受选项 --output'],
    [['themes', 'a.txt'], 'themes 不接受文稿'],
  ])('refuses %j: %s', (argv, message) => {
    expect(usage(argv)).toContain(message);
  });
});
