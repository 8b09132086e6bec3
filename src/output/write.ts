// I/O: write the deck atomically — a temporary file beside the target, then a rename — so that a
// failure never leaves a half-written .pptx.
import { mkdir, rename, rm, writeFile } from '../files.js';
import { basename as pathBasename, dirname as pathDirname, join as pathJoin, resolve as pathResolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fail, ok, type Result } from '../problems.js';

export async function writeAtomic(target: string, bytes: Uint8Array): Promise<Result<string>> {
  const dir = pathDirname(pathResolve(target));
  const tmp = pathJoin(dir, `.${pathBasename(target)}.${process.pid}.tmp`);
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(tmp, bytes);
    await renameWithRetry(rename, tmp, target);
    return ok(target);
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => undefined);
    const code = (e as NodeJS.ErrnoException).code;
    // On Windows a file held open (WPS, PowerPoint, a virus scanner) refuses its replacement with EPERM.
    return fail('output-unwritable', describeWriteError(process.platform === 'win32' && code === 'EPERM' ? 'EBUSY' : code, target));
  }
}

/** Waits between tries to replace an output another program holds for a moment (a virus scanner, WPS closing it). */
export const RETRY_DELAYS_MS = [50, 100, 200, 400, 800];
// What a held file answers: on Windows EPERM/EACCES too (elsewhere those are lasting, not worth a wait).
const HELD = new Set(process.platform === 'win32' ? ['EPERM', 'EBUSY', 'EACCES'] : ['EBUSY']);

export async function renameWithRetry(
  move: (from: string, to: string) => Promise<void>,
  from: string,
  to: string,
  delays: readonly number[] = RETRY_DELAYS_MS,
): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await move(from, to);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? '';
      if (!HELD.has(code) || attempt >= delays.length) throw e;
      await sleep(delays[attempt]);
    }
  }
}

/** What a failed write means for the user, and what to do about it. */
export function describeWriteError(code: string | undefined, target: string): string {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return `没有权限写入 ${target}。请换一个输出位置，或检查文件夹权限；如果文件正在 PowerPoint/WPS 中打开，请先关闭它。`;
    case 'EBUSY':
      return `${target} 正被其他程序占用（可能在 PowerPoint/WPS 中打开着）。请关闭后重试。`;
    case 'EISDIR':
      return `${target} 是一个文件夹。请用 -o 指定 .pptx 文件名。`;
    case 'ENOTDIR':
    case 'EEXIST':
      return `输出路径 ${target} 中有一段不是文件夹，无法在其中创建文件。请换一个输出位置。`;
    case 'ENOSPC':
      return `磁盘空间不足，无法写入 ${target}。`;
    default:
      return `无法写入 ${target}（${code ?? '未知错误'}）。`;
  }
}
