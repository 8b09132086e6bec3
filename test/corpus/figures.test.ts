// The figures doc2deck would show, against a key of 645 real figures written by hand
// (test/corpus/figures/key.json): a tile not shown is better than a wrong one.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { scoreFigures, treesForKey, type FigureKey } from '../../src/devtools/figure-score.js';
import { ROOT, SHARED, describeIfPresent, missingFile } from '../helpers/samples.js';

const KEY = (JSON.parse(readFileSync(path.join(ROOT, 'test/corpus/figures/key.json'), 'utf8')) as { figures: FigureKey[] }).figures;
const DIRS = [path.join(SHARED, 'corpus'), ...['test/corpus/grown', 'test/corpus/holdout', 'seeds'].map((d) => path.join(ROOT, d))];

// Read once, when the first test asks (a skipped suite still collects).
let loaded: ReturnType<typeof treesForKey> | undefined;
const trees = () => (loaded ??= treesForKey(KEY, DIRS));

describeIfPresent('figure labels against the key', missingFile(DIRS[0]!), () => {
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
