// Themes are data: built-in ones in templates/, or the user's own JSON file.
import { readSideFile, readdir } from '../files.js';
import { fileURLToPath } from 'node:url';
import { join as pathJoin } from 'node:path';
import { assertNever, fail, ok, type Result } from '../problems.js';
import type { Theme } from './schema.js';

export const DEFAULT_THEME = 'dangzheng';

export function templatesDir(): string {
  // dist/theme/load.js and src/theme/load.ts both sit two levels below the package root.
  return fileURLToPath(new URL('../../templates/', import.meta.url));
}

export async function listThemes(): Promise<Theme[]> {
  const dir = templatesDir();
  const names = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  const out: Theme[] = [];
  for (const n of names) {
    const r = await loadTheme(pathJoin(dir, n));
    if (r.ok) out.push(r.value);
  }
  return out;
}

/** A built-in name (`dangzheng`) or a path to a JSON file. */
/** 第3行第5列, from the position JSON.parse reports (Node writes it differently across versions). */
export function whereInJson(raw: string, message: string): string {
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (lineCol) return `第${lineCol[1]}行第${lineCol[2]}列`;
  const at = /position (\d+)/.exec(message);
  if (!at) return '位置不明';
  const before = raw.slice(0, Number(at[1]));
  const line = before.split('\n').length;
  return `第${line}行第${before.length - before.lastIndexOf('\n')}列`;
}

export async function loadTheme(nameOrPath: string): Promise<Result<Theme>> {
  const isPath = /[\\/]|\.json$/i.test(nameOrPath);
  const file = isPath ? nameOrPath : pathJoin(templatesDir(), `${nameOrPath}.json`);
  // A theme is a few kilobytes of JSON.
  const read = await readSideFile(file, 1024 * 1024);
  if ('problem' in read) {
    switch (read.problem) {
      case 'missing':
        return fail('theme-not-found', isPath ? `找不到主题文件 ${nameOrPath}。` : `没有名为“${nameOrPath}”的主题。可用 doc2deck themes 查看内置主题。`);
      case 'directory':
      case 'not-a-file':
        return fail('theme-invalid', `主题 ${nameOrPath} 不是一个普通文件。请给出主题 JSON 文件的路径。`);
      case 'too-large':
        return fail('theme-invalid', `主题文件 ${nameOrPath} 超过 1 MB，不像是一个主题 JSON 文件。`);
      default:
        return assertNever(read.problem);
    }
  }
  const { bytes } = read;
  let raw: string;
  try {
    // Notepad saves UTF-8 with a BOM: it is taken off. Any other encoding would garble the font names.
    raw = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return fail('theme-invalid', `主题文件 ${nameOrPath} 不是 UTF-8 编码。请用记事本或其他编辑器另存为 UTF-8 后重试。`);
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (e) {
    return fail('theme-invalid', `主题文件 ${nameOrPath} 不是合法的 JSON（${whereInJson(raw, (e as Error).message)}）。请检查括号、引号和逗号。`);
  }
  // A built-in theme is checked by the tests (test/theme/built-in.test.ts), as it ships: a run with one
  // need not load the validator (zod takes ~20–30 ms of converting the seed to load). A file is checked.
  if (!isPath) return ok(data as Theme);
  const { validateTheme } = await import('./validate.js');
  return validateTheme(data, nameOrPath);
}

