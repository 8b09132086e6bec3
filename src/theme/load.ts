// Themes are data: built-in ones in templates/, or the user's own JSON file.
import { readFile, readdir } from '../files.js';
import { fileURLToPath } from 'node:url';
import { join as pathJoin } from 'node:path';
import { fail, ok, type Result } from '../problems.js';
import type { Theme } from './schema.js';

/**
 * The bundled bin is built with the exact text of every built-in theme the build validated (see
 * scripts/bundle/build.mjs). A theme file with one of those texts is valid without checking it again,
 * so a run with a built-in theme never loads zod (~10 ms of a seed run). Any other text, an edited
 * built-in theme included, is checked. Elsewhere (the library, tests) this is undefined: all are checked.
 */
declare const __D2D_VALIDATED_THEMES__: readonly string[] | undefined;
const validatedTexts = new Set<string>(typeof __D2D_VALIDATED_THEMES__ === 'undefined' ? [] : __D2D_VALIDATED_THEMES__);

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
export async function loadTheme(nameOrPath: string): Promise<Result<Theme>> {
  const isPath = /[\\/]|\.json$/i.test(nameOrPath);
  const file = isPath ? nameOrPath : pathJoin(templatesDir(), `${nameOrPath}.json`);
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch {
    return fail('theme-not-found', isPath ? `找不到主题文件 ${nameOrPath}。` : `没有名为“${nameOrPath}”的主题。可用 doc2deck themes 查看内置主题。`);
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (e) {
    return fail('theme-invalid', `主题文件 ${nameOrPath} 不是合法的 JSON：${(e as Error).message}`);
  }
  if (validatedTexts.has(raw)) return ok(data as Theme);
  const { validateTheme } = await import('./validate.js');
  return validateTheme(data, nameOrPath);
}

