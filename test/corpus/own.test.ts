// Our own corpora (test/corpus/grown, holdout, holdout2, holdout3): real documents with keys written before the
// parser saw them. Each document's score is recorded in its folder's SCORE.json; a document that scores
// worse than recorded fails. (A better score is a change to review and record:
// `UPDATE_SCORE=1 npx vitest run test/corpus/own`.)
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyse } from '../../src/convert.js';
import { scoreTree, type CorpusKey } from '../../src/devtools/score.js';
import { ROOT } from '../helpers/samples.js';

interface Recorded {
  title: boolean;
  level1: boolean;
  level2: number;
  parts: number;
}

describe.each([
  { name: 'grown', least: 40 },
  { name: 'holdout', least: 12 },
  { name: 'holdout2', least: 12 },
  { name: 'holdout3', least: 5 },
])('the $name corpus', ({ name, least }) => {
  const DIR = path.join(ROOT, 'test/corpus', name);
  const SCORE_FILE = path.join(DIR, 'SCORE.json');
  const DOCS = readdirSync(DIR).filter((f) => /\.(txt|docx|md)$/.test(f) && existsSync(path.join(DIR, f.replace(/\.\w+$/, '.key.json')))).sort();
  const recorded: Record<string, Recorded> = existsSync(SCORE_FILE) ? JSON.parse(readFileSync(SCORE_FILE, 'utf8')) : {};
  const now: Record<string, Recorded> = {};

  it(`has at least ${least} documents, each with its key`, () => {
    expect(DOCS.length).toBeGreaterThanOrEqual(least);
  });

  it.each(DOCS)('%s scores no worse than recorded', async (file) => {
    const key = JSON.parse(readFileSync(path.join(DIR, file.replace(/\.\w+$/, '.key.json')), 'utf8')) as CorpusKey;
    const r = await analyse({ input: path.join(DIR, file), theme: 'dangzheng', ratio: '16:9', timestamp: new Date(0) }, { readStdin: async () => new Uint8Array() });
    if (!r.ok) throw new Error(r.problems[0]?.message);
    const { title, level1, level2, parts } = scoreTree(r.value.tree, key);
    now[file] = { title, level1, level2, parts };
    const before = recorded[file];
    if (!before) return;
    expect({ title: title || !before.title, level1: level1 || !before.level1, level2: level2 >= before.level2 }).toEqual({ title: true, level1: true, level2: true });
  });

  afterAll(() => {
    if (process.env.UPDATE_SCORE) writeFileSync(SCORE_FILE, `${JSON.stringify(now, null, 2)}\n`);
  });
});
