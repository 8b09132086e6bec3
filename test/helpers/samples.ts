// The sample documents every golden test runs over: the seed and our own small fixtures.
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { decodeText } from '../../src/input/decode.js';
import { validateTheme } from '../../src/theme/validate.js';
import type { Theme } from '../../src/theme/schema.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The shared design, tools and corpus: $SHARED (as .ci/run sets it), or ../shared beside the checkout. */
export const SHARED = process.env.SHARED ? path.resolve(process.env.SHARED) : path.join(ROOT, '../shared');
export const SEED = path.join(ROOT, 'seeds/000_2f5a6255b26304ff.txt');

export interface Sample {
  name: string;
  input: string;
  /** Where its tree.json and plan.json live. */
  dir: string;
}

export const SAMPLES: Sample[] = [
  { name: 'seed', input: SEED, dir: path.join(ROOT, 'test/fixtures/seed') },
  ...['work-plan', 'plain-prose', 'report-closing'].map((name) => ({
    name,
    input: path.join(ROOT, 'test/fixtures', name, 'input.txt'),
    dir: path.join(ROOT, 'test/fixtures', name),
  })),
];

export function readText(file: string): string {
  const r = decodeText(readFileSync(file));
  if (!r.ok) throw new Error(`cannot decode ${file}`);
  return r.value.text;
}

export function builtInTheme(name = 'dangzheng'): Theme {
  const r = validateTheme(JSON.parse(readFileSync(path.join(ROOT, 'templates', `${name}.json`), 'utf8')), name);
  if (!r.ok) throw new Error(`theme ${name} invalid`);
  return r.value;
}

/**
 * `describe.runIf` for suites that need the shared material (corpus, pptx-check, ooxml-validate) or a
 * tool: when it is missing, the suite is a skipped test that names what is missing, and the run says
 * so on stderr, so that a green run without them is never mistaken for a full one.
 */
export function describeIfPresent(name: string, missing: string | null, body: () => void): void {
  if (missing === null) {
    describe(name, body);
    return;
  }
  console.warn(`\n⚠ SKIPPED “${name}”: ${missing} (set SHARED, or put shared/ beside the checkout)\n`);
  describe(name, () => it.skip(`SKIPPED: ${missing}`, () => undefined));
}

/** `null` if every file is there, else which one is missing. */
export function missingFile(...files: string[]): string | null {
  const gone = files.find((f) => !existsSync(f));
  return gone === undefined ? null : `${gone} is missing`;
}
