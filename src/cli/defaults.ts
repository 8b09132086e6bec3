// doc2deck.json: what a unit sets once (its template, its name, its meeting, a theme), beside the
// document or in the working folder. The command line's own options win over it.
import { dirname as pathDirname, join as pathJoin, resolve as pathResolve } from 'node:path';
import { readSideFile } from '../files.js';
import { fail, ok, type Result } from '../problems.js';

export const DEFAULTS_FILE = 'doc2deck.json';

export interface Defaults {
  template?: string;
  theme?: string;
  org?: string;
  meeting?: string;
  /** The file they came from, for messages. */
  file?: string;
}

const KEYS = ['template', 'theme', 'org', 'meeting'] as const;

/** The first doc2deck.json beside the input, else in the working folder; none is no defaults. */
export async function readDefaults(input: string | undefined, cwd: string): Promise<Result<Defaults>> {
  const folders = [...(input && input !== '-' ? [pathDirname(pathResolve(cwd, input))] : []), pathResolve(cwd)];
  for (const folder of [...new Set(folders)]) {
    const file = pathJoin(folder, DEFAULTS_FILE);
    // A few settings: 64 KB is plenty. A doc2deck.json that is a folder, a FIFO or huge is said, not read.
    const read = await readSideFile(file, 64 * 1024);
    if ('problem' in read) {
      if (read.problem === 'missing') continue;
      return fail('defaults-invalid', `${file} 不是一个普通的小文件（应是几行 JSON 设置）。`);
    }
    return parseDefaults(read.bytes.toString('utf8').replace(/^\ufeff/, ''), file);
  }
  return ok({});
}

function parseDefaults(raw: string, file: string): Result<Defaults> {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return fail('defaults-invalid', `${file} 不是合法的 JSON。请检查括号、引号和逗号。`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail('defaults-invalid', `${file} 应是一个对象，例如 {"template": "单位模板.pptx", "org": "某某县人民政府"}。`);
  const out: Defaults = { file };
  for (const [key, value] of Object.entries(data)) {
    if (!(KEYS as readonly string[]).includes(key)) return fail('defaults-invalid', `${file} 中的“${key}”不是可用的设置（可用：${KEYS.join('、')}）。`);
    if (typeof value !== 'string' || value.trim() === '') return fail('defaults-invalid', `${file} 中的“${key}”应是一段文字。`);
    out[key as (typeof KEYS)[number]] = value.trim();
  }
  // Files named in it are found relative to it, wherever the command is run from.
  const here = pathDirname(file);
  if (out.template) out.template = pathResolve(here, out.template);
  if (out.theme && /[\\/]|\.json$/i.test(out.theme)) out.theme = pathResolve(here, out.theme);
  return ok(out);
}
