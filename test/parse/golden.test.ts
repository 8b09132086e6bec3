// Golden document trees and slide plans for every sample. Review a change to them like code:
// `npx vitest run -u` rewrites them, and the diff shows what the parser or planner now does differently.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/parse.js';
import { planDeck } from '../../src/plan/plan.js';
import { SAMPLES, builtInTheme, readText } from '../helpers/samples.js';

describe.each(SAMPLES)('$name', ({ input, dir }) => {
  const { tree, problems } = parseDocument(readText(input));

  it('parses to the golden tree', async () => {
    await expect(`${JSON.stringify({ tree, problems }, null, 2)}\n`).toMatchFileSnapshot(path.join(dir, 'tree.json'));
  });

  it('plans the golden slides', async () => {
    const plan = planDeck(tree, builtInTheme(), { ratio: '16:9'});
    await expect(`${JSON.stringify(plan, null, 2)}\n`).toMatchFileSnapshot(path.join(dir, 'plan.json'));
  });

  // A second theme and ratio change the measured sizes and so the pagination.
  it('plans the golden slides in the blue theme at 4:3', async () => {
    const plan = planDeck(tree, builtInTheme('zhengwu'), { ratio: '4:3'});
    await expect(`${JSON.stringify(plan, null, 2)}\n`).toMatchFileSnapshot(path.join(dir, 'plan.zhengwu-4x3.json'));
  });

  it('loses nothing: every source paragraph is behind some slide', () => {
    const plan = planDeck(tree, builtInTheme(), { ratio: '16:9'});
    const covered = new Set(plan.slides.flatMap((s) => s.sources));
    expect(tree.paragraphs.filter((p) => !covered.has(p.para)).map((p) => p.text)).toEqual([]);
  });

  it('is deterministic', () => {
    const again = parseDocument(readText(input));
    expect(again.tree).toEqual(tree);
    const theme = builtInTheme();
    expect(planDeck(tree, theme, { ratio: '16:9'})).toEqual(planDeck(again.tree, theme, { ratio: '16:9'}));
  });
});
