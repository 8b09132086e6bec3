// What the command line means once read, by yargs or by plainArgs: dispatch works from this alone.
import { DEFAULT_THEME } from '../theme/load.js';
import type { Ratio } from '../plan/types.js';
import type { Density } from '../plan/bullets.js';
import type { FontMode } from '../theme/fonts.js';

export interface Args {
  _: (string | number)[];
  input?: string;
  /** Further inputs: a batch. */
  more?: string[];
  output?: string;
  theme: string;
  template?: string;
  org?: string;
  meeting?: string;
  ratio: Ratio;
  density: Density;
  fonts: FontMode;
  json?: boolean;
  title?: string;
  subtitle?: string;
  attachments?: boolean;
  speaker?: string;
  date?: { iso: string; text: string };
  debug?: boolean;
  help?: boolean;
  version?: boolean;
}

/** The options' defaults, for yargs and for plainArgs alike. */
export const DEFAULTS = { theme: DEFAULT_THEME, ratio: '16:9', density: 'standard', fonts: 'safe' } as const satisfies Partial<Args>;

const COMMANDS = new Set(['outline', 'themes']);

/**
 * The command line nearly every run has — `doc2deck 讲话.txt` or `doc2deck 讲话.txt -o 会议.pptx` —
 * read without yargs, so that a conversion neither loads nor runs it (6% of converting the seed).
 * Anything else (an option, a command, help, stdin, several inputs) is null: yargs reads it.
 * A test holds this reading equal to yargs' for every command line it accepts.
 */
export function plainArgs(argv: readonly string[]): Args | null {
  const [input, flag, output] = argv;
  if (input === undefined || !isValue(input) || COMMANDS.has(input)) return null;
  if (argv.length === 1) return { _: [], input, more: [], ...DEFAULTS, debug: false };
  if (argv.length === 3 && (flag === '-o' || flag === '--output') && output !== undefined && isValue(output)) {
    return { _: [], input, more: [], output, ...DEFAULTS, debug: false };
  }
  return null;
}

// Not an option, and nothing yargs would read differently from the text as given.
function isValue(arg: string): boolean {
  return arg !== '' && !arg.startsWith('-');
}
