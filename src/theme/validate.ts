// A theme's data checked against the schema, with each problem said in Chinese.
import { problem, ok, type Result } from '../problems.js';
import { themeSchema, type Theme } from './schema.js';

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
