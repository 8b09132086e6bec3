// A quote slide does not repeat the bullet it came from, on the slide before it or the one after.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/parse.js';
import { planDeck } from '../../src/plan/plan.js';
import { SAMPLES, builtInTheme, readText } from '../helpers/samples.js';

describe.each(SAMPLES)('the $name deck', ({ input }) => {
  it('shows each quote once', () => {
    const plan = planDeck(parseDocument(readText(input)).tree, builtInTheme(), { ratio: '16:9' });
    const bare = (s: string) => s.replace(/[\s“”"。！？，\n]/gu, '');
    plan.slides.forEach((s, i) => {
      if (s.layout !== 'quote') return;
      const quote = bare(s.text.text);
      for (const near of [plan.slides[i - 1], plan.slides[i + 1]]) {
        if (near?.layout !== 'points' && near?.layout !== 'subpoints') continue;
        expect(near.bullets.map((b) => bare(`${b.lead ?? ''}${b.text}`)).filter((t) => t.includes(quote))).toEqual([]);
      }
    });
  });
});
