// The library surface: each stage of the pipeline, and the pipeline itself.
export { convert, analyse, defaultOutput } from './convert.js';
export type { ConvertRequest, ConvertReport, Analysis } from './convert.js';
export { decodeText } from './input/decode.js';
export { sanitizeText } from './input/sanitize.js';
export { readDocx } from './input/docx.js';
export { markdownToLines } from './input/markdown.js';
export type { SourceLine } from './doc/source.js';
export { parseDocument } from './parse/parse.js';
export { planDeck } from './plan/plan.js';
export { renderDeck } from './render/render.js';
export { loadTheme, listThemes } from './theme/load.js';
export { validateTheme } from './theme/validate.js';
export { main } from './cli.js';
export type { DocTree, Section, Paragraph, Figure, Quote } from './doc/types.js';
export type { SlidePlan, PlannedSlide, LayoutName } from './plan/types.js';
export type { Theme } from './theme/schema.js';
export type { Problem, ProblemCode, Result } from './problems.js';
export { ExitCode } from './problems.js';
