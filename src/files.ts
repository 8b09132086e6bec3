// The file operations doc2deck uses, as promises made by node:fs's synchronous calls. A conversion
// has nothing else to do while it waits for a file, so each call is made on the spot: node's async
// calls each cost a round trip through the thread pool, and on a small machine that thread can wait
// milliseconds behind the garbage collector's. (Being async functions, a failed call still rejects.)
// Not node:fs/promises either: importing it loads streams, readline and file watchers.
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync, type Dirent } from 'node:fs';

export async function readFile(file: string): Promise<Buffer>;
export async function readFile(file: string, encoding: BufferEncoding): Promise<string>;
export async function readFile(file: string, encoding?: BufferEncoding): Promise<Buffer | string> {
  return encoding === undefined ? readFileSync(file) : readFileSync(file, encoding);
}
export async function readdir(dir: string): Promise<string[]>;
export async function readdir(dir: string, options: { withFileTypes: true }): Promise<Dirent[]>;
export async function readdir(dir: string, options?: { withFileTypes: true }): Promise<string[] | Dirent[]> {
  return options === undefined ? readdirSync(dir) : readdirSync(dir, options);
}
export const writeFile = async (file: string, data: Uint8Array): Promise<void> => writeFileSync(file, data);
export const stat = async (file: string) => statSync(file);
export const mkdir = async (dir: string, options: { recursive: true }) => mkdirSync(dir, options);
export const rename = async (from: string, to: string): Promise<void> => renameSync(from, to);
export const rm = async (file: string, options: { force: true }): Promise<void> => rmSync(file, options);

/**
 * A side file the user names (a theme, a template, doc2deck.json): a regular file of at most `limit`
 * bytes, read whole. Anything else is said, not read: a FIFO would block at open and a device never
 * end, and neither can be a theme or a template.
 */
export type SideFile = { bytes: Buffer } | { problem: 'missing' | 'directory' | 'not-a-file' | 'too-large' };

export async function readSideFile(file: string, limit: number): Promise<SideFile> {
  let info;
  try {
    info = statSync(file);
  } catch {
    return { problem: 'missing' };
  }
  if (info.isDirectory()) return { problem: 'directory' };
  if (!info.isFile()) return { problem: 'not-a-file' };
  if (info.size > limit) return { problem: 'too-large' };
  try {
    return { bytes: readFileSync(file) };
  } catch {
    return { problem: 'missing' };
  }
}
