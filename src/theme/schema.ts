// The theme format, validated when a theme is loaded. The type is derived from the schema.
import { z } from 'zod';

const color = z.string().regex(/^[0-9A-Fa-f]{6}$/, { message: '应为 6 位十六进制颜色，如 "B0171F"' });
// Font names go into XML attributes that pptxgenjs does not escape.
const font = z
  .string()
  .min(1, { message: '字体名不能为空' })
  .max(40, { message: '字体名太长' })
  .regex(/^[^<>&"']+$/u, { message: '字体名不能包含 < > & " \' 等字符' });
const size = z.number().int({ message: '字号应为整数' }).min(8, { message: '字号不能小于 8' }).max(200, { message: '字号不能大于 200' });
const range = z
  .tuple([size, size])
  .refine(([a, b]) => a <= b, { message: '字号范围应写作 [最小, 最大]' });

export const themeSchema = z.strictObject({
  name: z.string().regex(/^[a-z0-9-]+$/, { message: '只能包含小写字母、数字和连字符' }),
  label: z.string().min(1),
  description: z.string().optional(),
  colors: z.strictObject({
    /** Main field colour (bands, panels). */
    primary: color,
    /** Ornament colour (rules, numerals). */
    accent: color,
    background: color,
    ink: color,
    muted: color,
    /** Text on the primary colour. */
    onPrimary: color,
  }),
  fonts: z.strictObject({
    /** Cover and slide titles. */
    title: font,
    /** Level-1 parts: dividers, agenda. */
    heading: font,
    /** Level-2 points and bold leads. */
    point: font,
    body: font,
    /** Large numbers on figure tiles. */
    figure: font,
  }),
  sizes: z.strictObject({
    coverTitle: range,
    title: range,
    sectionTitle: range,
    sectionSubtitle: range,
    agenda: range,
    body: range,
    quote: range,
    closing: range,
    figureValue: range,
    figureLabel: range,
    small: size,
  }),
  /** Line pitch as a multiple of the font size (written as fixed points). */
  lineSpacing: z.number().min(1).max(2),
  continuedSuffix: z.string().min(1).max(8),
});

export type Theme = z.infer<typeof themeSchema>;
