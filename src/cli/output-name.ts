// Where one document's deck goes, from what -o says: a folder (written as 讲话.pptx inside it), a name
// without an extension (讲话 → 讲话.pptx), or a .pptx file. Any other extension is a usage error: the
// deck is a .pptx, and PowerPoint and WPS refuse a file whose extension says otherwise.
import { extname, join as pathJoin, parse as pathParse } from 'node:path';
import { isFolder } from '../batch/jobs.js';

export async function singleOutput(input: string, output: string | undefined): Promise<{ path: string | undefined } | { usage: string }> {
  if (output === undefined) return { path: undefined };
  if (/[\\/]$/.test(output) || (await isFolder(output))) {
    const stem = input === '-' ? '演示文稿' : pathParse(input).name;
    return { path: pathJoin(output, `${stem}.pptx`) };
  }
  const ext = extname(output);
  if (ext === '') return { path: `${output}.pptx` };
  if (ext.toLowerCase() === '.pptx') return { path: output };
  return { usage: `-o 的文件名应以 .pptx 结尾（收到：${output}）：doc2deck 生成的是 .pptx 演示文稿，扩展名不符时 PowerPoint 和 WPS 会拒绝打开。` };
}
