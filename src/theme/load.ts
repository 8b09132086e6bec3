// Themes are data: built-in ones in templates/, or the user's own JSON file.
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { fail, ok, problem, type Result } from '../problems.js';
import { themeSchema, type Theme } from './schema.js';

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
    const r = await loadTheme(path.join(dir, n));
    if (r.ok) out.push(r.value);
  }
  return out;
}

/** A built-in name (`dangzheng`) or a path to a JSON file. */
export async function loadTheme(nameOrPath: string): Promise<Result<Theme>> {
  const isPath = /[\\/]|\.json$/i.test(nameOrPath);
  const file = isPath ? nameOrPath : path.join(templatesDir(), `${nameOrPath}.json`);
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
  return validateTheme(data, nameOrPath);
}

export function validateTheme(data: unknown, source: string): Result<Theme> {
  const r = themeSchema.safeParse(data);
  if (r.success) return ok(r.data);
  return {
    ok: false,
    problems: r.error.issues.map((i) => {
      const field = i.path.length ? i.path.join('.') : '(根)';
      return problem('theme-invalid', 'error', `主题 ${source} 的字段 ${field} 有误：${describeIssue(i)}`);
    }),
  };
}

const TYPE_NAME: Record<string, string> = { string: '文字', number: '数字', object: '对象 { … }', array: '数组 [ … ]', boolean: 'true 或 false' };

function describeIssue(i: { code: string; message: string; keys?: string[]; expected?: unknown }): string {
  switch (i.code) {
    case 'unrecognized_keys':
      return `不认识的字段 ${(i.keys ?? []).join('、')}，请检查拼写或删除`;
    case 'invalid_type': {
      const expected = TYPE_NAME[String(i.expected)] ?? String(i.expected);
      return /received undefined/.test(i.message) ? `缺少这个字段（应为${expected}）` : `应为${expected}`;
    }
    case 'invalid_value':
      return `取值不对（${i.message.replace(/^Invalid option: expected one of /, '可选：')}）`;
    default:
      return i.message;
  }
}
