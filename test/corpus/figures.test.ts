// The figures doc2deck would show, against a key of 645 real figures written by hand
// (test/corpus/figures/key.json): a tile not shown is better than a wrong one.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/convert.js';
import { scoreFigures, type FigureKey } from '../../src/devtools/figure-score.js';
import type { DocTree } from '../../src/doc/types.js';
import { ROOT, SHARED } from '../helpers/samples.js';

const KEY = (JSON.parse(readFileSync(path.join(ROOT, 'test/corpus/figures/key.json'), 'utf8')) as { figures: FigureKey[] }).figures;
const DIRS = [path.join(SHARED, 'corpus'), ...['test/corpus/grown', 'test/corpus/holdout', 'seeds'].map((d) => path.join(ROOT, d))];

async function trees(): Promise<Map<string, DocTree>> {
  const out = new Map<string, DocTree>();
  for (const file of new Set(KEY.map((k) => k.file))) {
    const where = DIRS.map((d) => path.join(d, file)).find((f) => existsSync(f));
    if (!where) continue;
    const r = await analyse({ input: where, theme: 'dangzheng', ratio: '16:9', timestamp: new Date(0) }, { readStdin: async () => new Uint8Array() });
    if (r.ok) out.set(file, r.value.tree);
  }
  return out;
}

describe('figure labels against the key', () => {
  it('has at least 150 hand-keyed figures', () => {
    expect(KEY.length).toBeGreaterThanOrEqual(150);
  });

  it('labels at least 95% of the figures it would show as the key does', async () => {
    const s = scoreFigures(await trees(), KEY);
    expect(s.shown).toBeGreaterThan(100);
    expect(s.right / s.shown).toBeGreaterThanOrEqual(0.95);
  });

  it('shows every value exactly as written in its paragraph', async () => {
    for (const tree of (await trees()).values()) {
      const text = new Map(tree.paragraphs.map((p) => [p.para, p.text]));
      for (const f of tree.figures) expect(text.get(f.para)).toContain(f.text);
    }
  });
});
