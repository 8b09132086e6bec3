// Every slide's title sits in a real title placeholder of its layout: PowerPoint's outline view, the
// navigation pane, WPS's outline and the accessibility checker read only those.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/parse.js';
import { planDeck } from '../../src/plan/plan.js';
import { renderDeck } from '../../src/render/render.js';
import { SAMPLES, builtInTheme, readText } from '../helpers/samples.js';
import { openDeck, placeholderTitle, slideNames } from '../helpers/pptx.js';

describe.each(['dangzheng', 'zhengwu', 'plain'])('the %s theme', (name) => {
  it.each(SAMPLES)('gives every slide of $name a title placeholder holding its text', async ({ input }) => {
    const theme = builtInTheme(name);
    const plan = planDeck(parseDocument(readText(input)).tree, theme, { ratio: '16:9' });
    const deck = await openDeck(await renderDeck(plan, theme, { timestamp: new Date(0) }));
    const slides = slideNames(deck);
    slides.forEach((slide, i) => {
      const title = placeholderTitle(deck.xml.get(slide)!);
      const planned = plan.slides[i]!;
      // A cover with no title found is left empty on purpose (PowerPoint/WPS prompt for one).
      if (planned.layout === 'cover' && planned.title.text === '') return;
      expect(title, `slide ${i + 1} (${planned.layout})`).toBeTruthy();
    });
  });
});
