// Thousands of generated and mutated documents (from the seed and our fixtures: lines deleted,
// duplicated and swapped, markers shuffled, random Unicode and control characters, cut anywhere)
// never make the pipeline throw, and always plan — and, for a sample, render — a sound deck.
import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/parse.js';
import { planDeck } from '../../src/plan/plan.js';
import { renderDeck } from '../../src/render/render.js';
import { groupHeight, type BodyStyle } from '../../src/plan/paginate.js';
import { overflowsOf } from '../../src/devtools/fit.js';
import { innerHeightPt } from '../../src/plan/measure.js';
import { framesFor } from '../../src/theme/geometry.js';
import type { SlidePlan } from '../../src/plan/types.js';
import { SAMPLES, builtInTheme, readText } from '../helpers/samples.js';
import { openDeck, slideNames } from '../helpers/pptx.js';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 5000);
/** Every so many cases is also rendered and read back. */
const RENDER_EVERY = Number(process.env.PROPERTY_RENDER_EVERY ?? 25);

const SOURCES = SAMPLES.map((s) => readText(s.input).split('\n'));
const MARKERS = ['一、', '二、', '十一、', '（一）', '(二)', '1.', '2．', '3、', '（1）', '①', '第一，', '第二,', '一是', '二要', '一　', '一', '——', '同志们！', '附件1', '名词解释', '目录', '· '];
const NASTY = ['\u0000', '\u0001', '\u000b', '\u000c', '\u001f', '\ufffe', '\uffff', '\ud800', '\udc00', '\u200b', '\ufeff', '\u2028', '&', '<', '>', '"', "'", ']]>', '\r', '\t', '😀', '𠀀', '\u3000\u3000'];

type Edit =
  | { kind: 'delete'; at: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'swap'; at: number; with: number }
  | { kind: 'marker'; at: number; marker: string }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'join'; at: number }
  | { kind: 'cut'; at: number; keep: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant('marker' as const), at: fc.nat(), marker: fc.constantFrom(...MARKERS) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 }), fc.array(fc.constantFrom(...NASTY, ...MARKERS, '。', '，', '：'), { maxLength: 12 }).map((a) => a.join(''))),
  }),
  fc.record({ kind: fc.constant('join' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), keep: fc.nat() }),
);

function apply(lines: string[], e: Edit): string[] {
  const out = [...lines];
  const i = out.length ? e.at % out.length : 0;
  switch (e.kind) {
    case 'delete':
      out.splice(i, 1);
      break;
    case 'duplicate':
      out.splice(i, 0, out[i] ?? '');
      break;
    case 'swap': {
      const j = out.length ? e.with % out.length : 0;
      [out[i], out[j]] = [out[j] ?? '', out[i] ?? ''];
      break;
    }
    case 'marker':
      out[i] = e.marker + (out[i] ?? '').replace(/^\S{0,3}?[、，,.．]/u, '');
      break;
    case 'insert':
      out.splice(i, 0, e.text);
      break;
    case 'join':
      out.splice(i, 2, (out[i] ?? '') + (out[i + 1] ?? ''));
      break;
    case 'cut':
      out[i] = (out[i] ?? '').slice(0, e.keep % Math.max(1, (out[i] ?? '').length + 1));
      out.length = i + 1;
      break;
  }
  return out;
}

const documents = fc
  .record({ source: fc.nat(SOURCES.length - 1), edits: fc.array(edit, { maxLength: 12 }), crlf: fc.boolean() })
  .map(({ source, edits, crlf }) => {
    const text = edits.reduce(apply, SOURCES[source]!).join('\n');
    return crlf ? text.replace(/\n/g, '\r\n') : text;
  });

const THEMES = ['dangzheng', 'zhengwu', 'plain'].map((n) => builtInTheme(n));

function checkPlan(plan: SlidePlan, paragraphs: number[]): void {
  expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
  expect(plan.slides[0]?.layout).toBe('cover');
  expect(plan.slides[plan.slides.length - 1]?.layout).toBe('closing');
  const covered = new Set(plan.slides.flatMap((s) => s.sources));
  for (const p of paragraphs) expect(covered.has(p)).toBe(true);
  const theme = THEMES.find((t) => t.name === plan.theme)!;
  const frames = framesFor(plan.ratio);
  const style: BodyStyle = { box: frames.points.body, spacing: theme.lineSpacing, gap: 0.35, indentEm: [1.2, 2.4] };
  for (const s of plan.slides) {
    if (s.layout !== 'points' && s.layout !== 'subpoints') continue;
    expect(s.bullets.length).toBeLessThanOrEqual(6);
    expect(s.bodySize).toBeGreaterThanOrEqual(theme.sizes.body[0]);
    // What was planned fits the box it was measured for.
    const height = s.bullets.reduce((h, b) => h + groupHeight({ bullets: [b], paras: [] }, s.bodySize, style), 0);
    expect(height).toBeLessThanOrEqual(innerHeightPt(frames.points.body) + 0.5);
  }
  // Every box of every slide, measured as drawn.
  expect(overflowsOf(plan, theme)).toEqual([]);
}

describe('any document', () => {
  it(`never throws and always plans a sound deck (${RUNS} cases, every ${RENDER_EVERY}th rendered)`, async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(documents, fc.nat(THEMES.length - 1), fc.constantFrom('16:9' as const, '4:3' as const), fc.constantFrom('brief' as const, 'standard' as const, 'full' as const), async (text, t, ratio, density) => {
        const { tree } = parseDocument(text);
        const plan = planDeck(tree, THEMES[t]!, { ratio, density});
        checkPlan(plan, tree.paragraphs.map((p) => p.para));
        if (n++ % RENDER_EVERY !== 0) return;
        const deck = await openDeck(await renderDeck(plan, THEMES[t]!, { timestamp: new Date(0) }));
        expect(slideNames(deck)).toHaveLength(plan.slides.length);
        for (const [part, xml] of deck.xml) {
          expect(XMLValidator.validate(xml), part).toBe(true);
          expect(xml, part).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u);
        }
      }),
      { numRuns: RUNS, seed: Number(process.env.PROPERTY_SEED ?? 20261128) },
    );
  }, 600_000);
});
