// The progress cue is read from the back of a hall: 14 pt at the least, in every theme.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateTheme } from '../../src/theme/validate.js';
import { parseDocument } from '../../src/parse/parse.js';
import { planDeck } from '../../src/plan/plan.js';
import { overflowsOf } from '../../src/devtools/fit.js';
import { ROOT, SEED, builtInTheme, readText } from '../helpers/samples.js';

const theme = (name: string) => JSON.parse(readFileSync(path.join(ROOT, 'templates', `${name}.json`), 'utf8'));

describe('the progress cue', () => {
  it.each(['dangzheng', 'zhengwu', 'plain'])('is at least 14 pt on every content slide in %s', (name) => {
    const plan = planDeck(parseDocument(readText(SEED)).tree, builtInTheme(name), { ratio: '16:9' });
    const sizes = plan.slides.flatMap((s) => (s.cue ? [s.cue.size] : []));
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(14);
  });

  it('defaults to 14 pt in a theme that does not say, and refuses a smaller one in Chinese', () => {
    const data = theme('plain');
    delete data.sizes.cue;
    const ok = validateTheme(data, 'x.json');
    expect(ok.ok && ok.value.sizes.cue).toBe(14);
    data.sizes.cue = 12;
    const refused = validateTheme(data, 'x.json');
    expect(refused.ok).toBe(false);
    expect(refused.problems[0]?.message).toContain('14');
  });

  it('is as large as the theme asks, or as the band above the title holds', () => {
    const data = theme('zhengwu');
    data.sizes.cue = 30;
    const big = validateTheme(data, 'big.json');
    if (!big.ok) throw new Error('theme invalid');
    for (const ratio of ['16:9', '4:3'] as const) {
      const plan = planDeck(parseDocument(readText(SEED)).tree, big.value, { ratio });
      const sizes = plan.slides.flatMap((s) => (s.cue ? [s.cue.size] : []));
      // The band is 0.42 in less 0.1 in of insets: 23.4 pt holds an 18 pt line at 1.3.
      expect(new Set(sizes)).toEqual(new Set([18]));
      expect(overflowsOf(plan, big.value)).toEqual([]);
    }
  });
});
