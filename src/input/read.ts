// I/O: the input's bytes from a path or stdin, with what kind of file it is.
import { readFile, stat } from '../files.js';
import { closeSync, openSync, readSync } from 'node:fs';
import { basename as pathBasename, extname as pathExtname } from 'node:path';
import { fail, ok, type Result } from '../problems.js';
import { isZip, looksLikeDocx } from './docx.js';
import { isCompoundFile } from './ole.js';

/** `doc`: an OLE compound file — an old .doc, or an Office file that is no Word text (a password-protected .docx, an .xls). */
export type InputFormat = 'text' | 'markdown' | 'docx' | 'doc';

export interface InputFile {
  /** As given on the command line, or `-`. */
  path: string;
  /** For titles and default output names: the file name without extension. */
  stem: string;
  format: InputFormat;
  /** What the file's name says it is, when its bytes say otherwise (a text file named .docx). */
  named?: InputFormat;
  bytes: Uint8Array;
}

/** Larger inputs are refused rather than read: no speech or report comes near it. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

export async function readInput(file: string, readStdin: () => Promise<Uint8Array>): Promise<Result<InputFile>> {
  if (file === '-') {
    const bytes = await readStdin();
    if (bytes.length > MAX_INPUT_BYTES) return tooLarge('标准输入');
    return ok({ path: '-', stem: '演示文稿', ...sniff('', bytes), bytes });
  }
  let info;
  try {
    info = await stat(file);
  } catch (e) {
    return fromFsError(e, file);
  }
  if (info.isDirectory()) return fail('input-is-directory', `${file} 是一个文件夹，不是文件。请指定要转换的文稿文件。`);
  if (info.size > MAX_INPUT_BYTES) return tooLarge(file);
  let bytes: Uint8Array;
  try {
    // A device or a pipe has no size to check beforehand (/dev/zero never ends): read up to the limit.
    bytes = info.isFile() ? await readFile(file) : readAtMost(file, MAX_INPUT_BYTES + 1);
  } catch (e) {
    return fromFsError(e, file);
  }
  if (bytes.length > MAX_INPUT_BYTES) return tooLarge(file);
  return ok({ path: file, stem: pathBasename(file).replace(/\.[^.]+$/, ''), ...sniff(file, bytes), bytes });
}

/** At most `limit` bytes of a file that may not end. */
function readAtMost(file: string, limit: number): Uint8Array {
  const fd = openSync(file, 'r');
  try {
    const chunks: Buffer[] = [];
    let size = 0;
    while (size < limit) {
      const buffer = Buffer.alloc(Math.min(1 << 20, limit - size));
      const n = readSync(fd, buffer, 0, buffer.length, null);
      if (n === 0) break;
      chunks.push(buffer.subarray(0, n));
      size += n;
    }
    return Buffer.concat(chunks);
  } finally {
    closeSync(fd);
  }
}

function sniff(file: string, bytes: Uint8Array): { format: InputFormat; named?: InputFormat } {
  const ext = pathExtname(file).toLowerCase();
  // A Word file under any name (or on stdin); an OLE file is an old .doc or a password-protected
  // .docx, which the .doc reader tells apart. Any other ZIP stays text, and decoding refuses it.
  if (looksLikeDocx(bytes)) return { format: 'docx' };
  if (isCompoundFile(bytes)) return { format: 'doc' };
  if (ext === '.docx') return isZip(bytes) ? { format: 'docx' } : { format: 'text', named: 'docx' };
  if (ext === '.md' || ext === '.markdown') return { format: 'markdown' };
  return { format: 'text' };
}


function tooLarge(what: string): Result<never> {
  return fail('input-unreadable', `${what} 超过 ${MAX_INPUT_BYTES / 1024 / 1024} MB，不像是一篇讲话稿或报告，已拒绝处理。请只提供需要制作幻灯片的文稿。`);
}

function fromFsError(e: unknown, file: string): Result<never> {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return fail('input-not-found', `找不到文件 ${file}。请检查文件名和路径是否正确。`);
  if (code === 'EISDIR') return fail('input-is-directory', `${file} 是一个文件夹，不是文件。请指定要转换的文稿文件。`);
  if (code === 'EACCES' || code === 'EPERM') return fail('input-unreadable', `没有权限读取 ${file}。请检查文件权限。`);
  return fail('input-unreadable', `无法读取 ${file}（${code ?? '未知错误'}）。`);
}
