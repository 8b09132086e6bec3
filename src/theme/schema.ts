// The theme format as a zod schema; the Theme type is derived from it. Only src/theme/validate.ts
// imports this at run time (zod is loaded when a theme has to be checked); others import the type.
import { z } from 'zod';

const color = z.string().regex(/^[0-9A-Fa-f]{6}$/, { message: '应为 6 位十六进制颜色，如 "B0171F"' });
// Any name a font can have; the renderer escapes it for the XML attributes pptxgenjs writes raw.
const font = z
  .string()
  .min(1, { message: '字体名不能为空' })
  .max(40, { message: '字体名太长' })
  // Nothing XML 1.0 cannot carry: controls, U+FFFE/U+FFFF, lone surrogates.
  .regex(/^[^\u0000-\u001f\u007f\ud800-\udfff\ufffe\uffff]+$/u, { message: '字体名不能包含控制字符或无效字符' });
// A face the document convention asks for, and one every Chinese Windows has.
const fontChoice = z.strictObject({
  face: font,
  fallback: font,
});
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
    /** The figure tiles' fill, on which ink and muted text are read (white if not given). */
    surface: color.default('FFFFFF'),
  }),
  fonts: z.strictObject({
    /** Cover and slide titles (GB/T 9704: 小标宋). */
    title: fontChoice,
    /** Level-1 parts: dividers, agenda (黑体). */
    heading: fontChoice,
    /** Level-2 points and bold leads (楷体). */
    point: fontChoice,
    /** Body text (仿宋, or 微软雅黑 for the screen). */
    body: fontChoice,
    /** Large numbers on figure tiles. */
    figure: fontChoice,
  }),
  /** How the slides are dressed: `field` covers on the primary colour or `light` ones; a left `bar`,
   *  a title `band` or a thin `rule` on content slides. */
  style: z.strictObject({
    cover: z.enum(['field', 'light']),
    content: z.enum(['bar', 'band', 'rule']),
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
    /** The progress cue at the top of content slides: read from the back of a hall, so at least 14 pt. */
    cue: size.min(14, { message: '进度提示的字号不能小于 14（会场后排要看得清）' }).default(14),
  }),
  /** Line pitch as a multiple of the font size (written as fixed points). */
  lineSpacing: z.number().min(1).max(2),
  continuedSuffix: z.string().min(1).max(8),
});

export type Theme = z.infer<typeof themeSchema>;
