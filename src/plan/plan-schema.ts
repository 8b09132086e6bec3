// The plan file's schema (plan-file.ts), checked with zod; schema/plan.schema.json is generated from
// it (scripts/plan-schema.mjs) and a test keeps the two equal. Fields a person may leave out when
// writing a plan by hand (notes, a bullet's lead and level) have defaults.
import { z } from 'zod';
import type { PlanFile } from './plan-file.js';
import { PLAN_FILE_VERSION, jsonPathOf } from './plan-file.js';
import { problem, ok, type Problem, type Result } from '../problems.js';

const text = z.string().describe('文字');
const notes = z.string().default('').describe('演讲者备注（原文段落，每段一行）');

const deck = z.strictObject({
  version: z.literal(PLAN_FILE_VERSION).describe('提纲文件格式的版本'),
  theme: z.string().min(1).describe('主题名（doc2deck themes 列出的）或主题 JSON 文件路径'),
  ratio: z.enum(['16:9', '4:3']).describe('幻灯片比例'),
  title: z.string().describe('演示文稿的标题（文件属性）'),
  footer: z.string().describe('内容页页脚'),
  speaker: z.string().nullable().describe('讲话人（文件属性中的作者）'),
  date: z.string().nullable().describe('日期'),
  template: z.string().min(1).optional().describe('单位模板（.pptx/.potx）的完整路径：演示文稿按它生成；没有则用内置主题'),
});

const bullet = z.strictObject({
  lead: z.string().nullable().default(null).describe('加粗的引导语，没有为 null'),
  text: z.string(),
  level: z.literal([0, 1]).default(0).describe('0 要点，1 上一条要点下的分项'),
});

// The part a slide opens where the part has no divider (a plan of many short parts).
const part = z.strictObject({ ordinal: z.string().min(1).describe('一、二……'), title: z.string().min(1) }).optional().describe('这一页开始的部分（该部分没有章节页时）');

const slide = z.discriminatedUnion('layout', [
  z.strictObject({ layout: z.literal('cover'), title: text, kind: z.string().nullable().default(null), byline: z.string().nullable().default(null), notes }).describe('封面'),
  z
    .strictObject({ layout: z.literal('agenda'), title: z.string().min(1), items: z.array(z.strictObject({ text: z.string().min(1), missing: z.boolean().default(false) })).min(1), notes })
    .describe('目录'),
  z
    .strictObject({ layout: z.literal('section'), ordinal: z.string().min(1).describe('一、二……'), title: z.string().min(1), subtitle: z.string().nullable().default(null), missing: z.boolean().default(false), notes })
    .describe('章节'),
  z
    .strictObject({ layout: z.enum(['points', 'subpoints']), title: z.string().min(1), bullets: z.array(bullet), appendix: z.boolean().optional().describe('附件页：不属于任何部分，不显示进度'), part, notes })
    .describe('要点 / 分项'),
  z
    .strictObject({
      layout: z.literal('figures'),
      title: z.string().min(1),
      figures: z.array(z.strictObject({ value: z.string().min(1).describe('如“超过40件”“5.2%”'), label: z.string().min(1) })).min(1).max(6),
      part,
      notes,
    })
    .describe('数据'),
  z.strictObject({ layout: z.literal('quote'), text: z.string().min(1), part, notes }).describe('引语'),
  z.strictObject({ layout: z.literal('closing'), text: z.string().min(1), notes }).describe('结束'),
]);

export const planFileSchema = z
  .looseObject({
    deck,
    slides: z.array(slide).min(1).describe('幻灯片，按顺序'),
  })
  .describe('doc2deck 提纲文件：doc2deck outline 文稿 --json 生成，修改后用 doc2deck 提纲.json -o 幻灯片.pptx 生成演示文稿');

// The file's type and the schema's output are one type: a change to either that the other lacks fails the typecheck.
type Output = z.output<typeof planFileSchema>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShape: Same<Pick<Output, 'deck' | 'slides'>, PlanFile> = true;
void sameShape;

/** The data of a plan file, checked: each mistake said in Chinese with the JSON path of the field (slides[3].title). */
export function validatePlanFile(data: unknown): Result<PlanFile> {
  const r = planFileSchema.safeParse(data);
  if (r.success) return ok({ deck: r.data.deck, slides: r.data.slides });
  return { ok: false, problems: r.error.issues.slice(0, MAX_REPORTED).map(describe) };
}

// A file of nothing but mistakes (not a plan at all) needs a few lines, not hundreds.
const MAX_REPORTED = 10;

const TYPE_NAME: Record<string, string> = { string: '字符串', number: '数字', boolean: 'true 或 false', object: '对象 { … }', array: '数组 [ … ]', null: 'null' };

function describe(i: z.core.$ZodIssue): Problem {
  return problem('plan-invalid', 'error', `提纲文件有误：${jsonPathOf(i.path)} ${issueText(i)}`);
}

function issueText(i: z.core.$ZodIssue): string {
  const list = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join('、');
  switch (i.code) {
    case 'invalid_type': {
      const expected = TYPE_NAME[i.expected] ?? i.expected;
      return /received undefined/.test(i.message) ? `缺少（应为${expected}）` : `应为${expected}`;
    }
    case 'invalid_value':
      return i.values.length === 1 ? `应为 ${list(i.values)}` : `应为以下之一：${list(i.values)}`;
    case 'invalid_union':
      return 'discriminator' in i && i.discriminator === 'layout' && 'options' in i
        ? `应为以下版式之一：${list(i.options as unknown[])}`
        : '取值不对';
    case 'unrecognized_keys':
      return `有不认识的字段 ${i.keys.join('、')}（请检查拼写或删除）`;
    case 'too_small':
      return i.origin === 'array' ? `至少要有 ${String(i.minimum)} 项` : i.origin === 'string' ? '不能为空' : `不能小于 ${String(i.minimum)}`;
    case 'too_big':
      return i.origin === 'array' ? `最多 ${String(i.maximum)} 项` : `不能大于 ${String(i.maximum)}`;
    default:
      return '取值不对';
  }
}

/** The JSON Schema of a plan file as a person writes it (fields with defaults may be left out): schema/plan.schema.json. */
export function planJsonSchema(): Record<string, unknown> {
  return { ...z.toJSONSchema(planFileSchema, { io: 'input', target: 'draft-2020-12' }), title: 'doc2deck 提纲文件' };
}
