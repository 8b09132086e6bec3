// Expected trouble is data: a Problem with a stable code, a Chinese message and, where it has one, a line.
// Thrown errors are reserved for bugs.

export type ProblemCode =
  // input
  | 'input-not-found'
  | 'input-is-directory'
  | 'input-unreadable'
  | 'input-empty'
  | 'input-binary'
  | 'input-undecodable'
  /** Some bytes could not be read and were replaced; the rest converts. */
  | 'input-damaged'
  /** The encoding was a guess worth mentioning (Big5, UTF-16 without a BOM). */
  | 'input-encoding'
  /** The file's name says one format, its bytes another (a text file named .docx). */
  | 'input-misnamed'
  /** A Word file holds content that could not be read (an embedded part of an unknown format). */
  | 'input-part-unread'
  /** Markdown code blocks, left out of the slides. */
  | 'code-omitted'
  // document
  | 'part-missing'
  | 'text-truncated'
  | 'no-structure'
  | 'heading-uncertain'
  | 'no-title'
  // theme
  | 'theme-not-found'
  | 'theme-invalid'
  // plan file (doc2deck 提纲.json)
  | 'plan-invalid'
  | 'plan-text-shortened'
  // previews (--preview, --pdf)
  | 'preview-unavailable'
  | 'preview-failed'
  // template
  | 'template-not-found'
  | 'template-invalid'
  | 'defaults-invalid'
  // plan
  /** More slides than any meeting deck (plan/deck-size.ts). */
  | 'deck-too-large'
  // output
  | 'output-same-as-input'
  | 'output-not-a-file'
  | 'output-unwritable';

export type Severity = 'error' | 'warning';

export interface Problem {
  code: ProblemCode;
  severity: Severity;
  message: string;
  line?: number;
}

export type Result<T> = { ok: true; value: T; problems: Problem[] } | { ok: false; problems: Problem[] };

export function ok<T>(value: T, problems: Problem[] = []): Result<T> {
  return { ok: true, value, problems };
}

export function fail<T = never>(code: ProblemCode, message: string, line?: number): Result<T> {
  return { ok: false, problems: [problem(code, 'error', message, line)] };
}

export function problem(code: ProblemCode, severity: Severity, message: string, line?: number): Problem {
  return line === undefined ? { code, severity, message } : { code, severity, message, line };
}

/** One line for stderr: `文件:行: 警告：消息`. */
export function formatProblem(p: Problem, file?: string): string {
  const where = file ? (p.line ? `${file}:${p.line}: ` : `${file}: `) : p.line ? `第${p.line}行: ` : '';
  const label = p.severity === 'error' ? '错误' : '警告';
  return `${where}${label}：${p.message}`;
}

export const ExitCode = {
  ok: 0,
  /** The input could not be converted (a user-facing problem). */
  inputFailed: 1,
  /** Bad command line. */
  usage: 2,
  /** A bug: something we did not expect. */
  internal: 70,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export function assertNever(x: never): never {
  throw new Error(`unexpected value: ${JSON.stringify(x)}`);
}
