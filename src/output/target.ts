// Whether the output path may be written at all, before anything is converted: never the input
// itself (however it is reached — a symlink, a symlinked folder, another spelling), never something
// that is not a regular file (a FIFO, a device: as root, -o /dev/null would replace /dev/null).
import { realpathSync, statSync, type Stats } from 'node:fs';
import { resolve as pathResolve } from 'node:path';
import { fail, ok, type Result } from '../problems.js';

export function checkTarget(input: string, output: string): Result<void> {
  const out = statOrNull(output);
  if (out && !out.isFile()) {
    const what = out.isDirectory() ? '一个文件夹' : out.isFIFO() ? '一个管道（FIFO）' : out.isCharacterDevice() || out.isBlockDevice() ? '一个设备' : '一个特殊文件';
    return fail('output-not-a-file', `输出路径 ${output} 是${what}，不是普通文件，不能写入幻灯片。请用 -o 指定一个 .pptx 文件名。`);
  }
  if (input !== '-' && out && sameFile(input, output, out)) {
    return fail('output-same-as-input', `输出文件不能与输入文件相同（${output}）。请用 -o 指定另一个 .pptx 文件名。`);
  }
  if (input !== '-' && !out && pathResolve(output) === pathResolve(input)) {
    return fail('output-same-as-input', `输出文件不能与输入文件相同（${output}）。请用 -o 指定另一个 .pptx 文件名。`);
  }
  return ok(undefined);
}

/** The same file: the same device and inode, or the same real path. */
function sameFile(a: string, b: string, bStats: Stats): boolean {
  const aStats = statOrNull(a);
  if (!aStats) return false;
  if (aStats.dev === bStats.dev && aStats.ino === bStats.ino && aStats.ino !== 0) return true;
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

function statOrNull(file: string): Stats | null {
  try {
    return statSync(file);
  } catch {
    return null;
  }
}
