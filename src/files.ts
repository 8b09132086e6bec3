// The file operations doc2deck uses, as promises over node:fs. Importing node:fs/promises loads
// streams, readline and file watchers, a few milliseconds of every run that needs none of them.
import fs from 'node:fs';
import { promisify } from 'node:util';

export const readFile = promisify(fs.readFile);
export const writeFile = promisify(fs.writeFile);
export const readdir = promisify(fs.readdir);
export const stat = promisify(fs.stat);
export const mkdir = promisify(fs.mkdir);
export const rename = promisify(fs.rename);
export const rm = promisify(fs.rm);
