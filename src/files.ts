// The file operations doc2deck uses, as promises made by node:fs's synchronous calls. A conversion
// has nothing else to do while it waits for a file, so each call is made on the spot: node's async
// calls each cost a round trip through the thread pool, and on a small machine that thread can wait
// milliseconds behind the garbage collector's. (A failed call still rejects, as the async one would.)
// Not node:fs/promises either: importing it loads streams, readline and file watchers.
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync, type Dirent } from 'node:fs';

function now<A extends unknown[], R>(call: (...args: A) => R): (...args: A) => Promise<R> {
  return (...args) => {
    try {
      return Promise.resolve(call(...args));
    } catch (e) {
      return Promise.reject(e);
    }
  };
}

export function readFile(file: string): Promise<Buffer>;
export function readFile(file: string, encoding: BufferEncoding): Promise<string>;
export function readFile(file: string, encoding?: BufferEncoding): Promise<Buffer | string> {
  return now(() => (encoding === undefined ? readFileSync(file) : readFileSync(file, encoding)))();
}
export function readdir(dir: string): Promise<string[]>;
export function readdir(dir: string, options: { withFileTypes: true }): Promise<Dirent[]>;
export function readdir(dir: string, options?: { withFileTypes: true }): Promise<string[] | Dirent[]> {
  return now(() => (options === undefined ? readdirSync(dir) : readdirSync(dir, options)))();
}
export const writeFile = now((file: string, data: Uint8Array) => writeFileSync(file, data));
export const stat = now((file: string) => statSync(file));
export const mkdir = now((dir: string, options: { recursive: true }) => mkdirSync(dir, options));
export const rename = now((from: string, to: string) => renameSync(from, to));
export const rm = now((file: string, options: { force: true }) => rmSync(file, options));
