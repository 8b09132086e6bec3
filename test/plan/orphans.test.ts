// No line of a bullet holds a single character, and no number is parted from its unit: the planner's
// soft breaks move a line end back where the bullet's own wrapping would do either.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/parse.js';
import { planDeck } from '../../src/plan/plan.js';
import { framesFor } from '../../src/theme/geometry.js';
import { innerWidthPt, lineStarts } from '../../src/plan/measure.js';
import { ROOT, SAMPLES, builtInTheme, readText } from '../helpers/samples.js';

const inputs = [...SAMPLES.map((s) => s.input), path.join(ROOT, 'test/corpus/grown/b08_hailaer2019_gwr.txt')];

describe.each(inputs)('%s', (input) => {
  it.each(['16:9', '4:3'] as const)('leaves no character alone on a bullet line at %s', (ratio) => {
    const plan = planDeck(parseDocument(readText(input)).tree, builtInTheme(), { ratio });
    const box = framesFor(ratio).points.body;
    for (const s of plan.slides) {
      if (s.layout !== 'points' && s.layout !== 'subpoints') continue;
      for (const b of s.bullets) {
        const chars = [...`${b.lead ?? ''}${b.text}`];
        // The last line: after the last soft break, as the viewer wraps what follows it.
        const from = b.softBreaks?.[b.softBreaks.length - 1] ?? 0;
        const tail = chars.slice(from).join('');
        const starts = lineStarts(tail, s.bodySize, innerWidthPt(box, (b.level === 0 ? 1.2 : 2.4) * s.bodySize));
        const last = [...tail].slice(starts[starts.length - 1] ?? 0).filter((c) => !/[\p{P}\s]/u.test(c));
        if (chars.length > 1) expect(last.length, tail).toBeGreaterThan(1);
      }
    }
  });
});

describe('a number in a bullet', () => {
  it('is never parted from its unit by a line end', async () => {
    const { tokenStarts } = await import('../../src/plan/line-breaks.js');
    for (const input of inputs) {
      const plan = planDeck(parseDocument(readText(input)).tree, builtInTheme(), { ratio: '4:3' });
      const box = framesFor('4:3').points.body;
      for (const s of plan.slides) {
        if (s.layout !== 'points' && s.layout !== 'subpoints') continue;
        for (const b of s.bullets) {
          const text = `${b.lead ?? ''}${b.text}`;
          const allowed = new Set(tokenStarts(text));
          // Line ends as the viewer makes them between the planner's breaks.
          const cuts = [0, ...(b.softBreaks ?? [])];
          cuts.forEach((from, k) => {
            const to = cuts[k + 1] ?? [...text].length;
            const part = [...text].slice(from, to).join('');
            for (const st of lineStarts(part, s.bodySize, innerWidthPt(box, (b.level === 0 ? 1.2 : 2.4) * s.bodySize))) expect(allowed.has(from + st), part).toBe(true);
          });
        }
      }
    }
  });
});
