// The page's sketches: well-formed SVG for every layout, showing each slide's words.
import { describe, expect, it } from 'vitest';
import { XMLValidator } from 'fast-xml-parser';
import { analyse } from '../../src/convert.js';
import { sketchPlan } from '../../src/serve/sketch.js';
import { SAMPLES } from '../helpers/samples.js';
import type { PlannedSlide } from '../../src/plan/types.js';

const shownText = (s: PlannedSlide): string => {
  switch (s.layout) {
    case 'agenda':
      return s.heading.text;
    case 'quote':
    case 'closing':
      return s.text.text;
    default:
      return s.title.text;
  }
};

describe('sketchPlan', () => {
  it.each(SAMPLES.map((s) => [s.name, s.input]))('draws every slide of %s, in both ratios', async (_name, input) => {
    for (const ratio of ['16:9', '4:3'] as const) {
      const r = await analyse({ input, theme: 'zhengwu', ratio, timestamp: new Date(0), attachments: true }, { readStdin: async () => new Uint8Array() });
      if (!r.ok) throw new Error('not converted');
      const sketches = sketchPlan(r.value.plan, r.value.theme);
      expect(sketches).toHaveLength(r.value.plan.slides.length);
      sketches.forEach((svg, i) => {
        expect(XMLValidator.validate(svg), `slide ${i + 1}`).toBe(true);
        expect(svg).toContain(`viewBox="0 0 ${ratio === '16:9' ? 960 : 720} 540"`);
        const words = svg.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
        expect(words, `slide ${i + 1}`).toContain(shownText(r.value.plan.slides[i]!).replace(/\n/g, ''));
      });
    }
  });
});
