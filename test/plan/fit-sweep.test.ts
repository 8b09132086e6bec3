// Every documented option combination fits: theme × ratio × density, with attachments on slides,
// with and without long cover options, planned for representative documents and measured box by box
// (src/devtools/fit.ts). Plan only: the decks themselves are written and read by scripts/fit-sweep
// in CI. --fonts does not enter: the plan is the same for both font sets (measure.ts's widths are
// on the safe side of every face the themes name).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/parse.js';
import { planDeck, type PlanOptions } from '../../src/plan/plan.js';
import { readDocx } from '../../src/input/docx.js';
import { markdownToLines } from '../../src/input/markdown.js';
import { overflowsOf } from '../../src/devtools/fit.js';
import type { DocTree } from '../../src/doc/types.js';
import { builtInTheme, readText, ROOT, SAMPLES, SHARED } from '../helpers/samples.js';

const THEMES = ['dangzheng', 'zhengwu', 'plain'].map((n) => builtInTheme(n));
const RATIOS = ['16:9', '4:3'] as const;
const DENSITIES = ['brief', 'standard', 'full'] as const;
// The cover options at their longest a user is likely to give.
const LONG_COVER: Partial<PlanOptions> = {
  title: '关于深入学习贯彻党的二十大精神全面推进乡村振兴加快建设农业强国扎实推动共同富裕的实施意见',
  subtitle: '——在全省农村工作会议暨实施乡村振兴战略推进会上的讲话',
  speaker: '省委常委、常务副省长、省乡村振兴领导小组副组长 欧阳建国',
  date: '2024-12-31',
};

// The corpus documents that overflowed before (long titles, long undivided sentences, lists longer
// than a page, numbers at line ends, attachments), when the shared corpus is at hand.
const CORPUS = ['02_cpc20_report', '11_xi2020_tuopin_speech', '14_xj2012_notice', '15_deng_wenxuan1_toc'].map((n) => path.join(SHARED, 'corpus', `${n}.txt`));

async function trees(): Promise<[string, DocTree][]> {
  const out: [string, DocTree][] = SAMPLES.map((s) => [s.name, parseDocument(readText(s.input)).tree]);
  const docx = await readDocx(readFileSync(path.join(ROOT, 'test/fixtures/seed-docx/input.docx')));
  if (docx.ok) out.push(['seed-docx', parseDocument(docx.value).tree]);
  for (const file of CORPUS.filter((f) => existsSync(f))) out.push([path.basename(file), parseDocument(readText(file)).tree]);
  return out;
}

describe('every option combination fits', async () => {
  const docs = await trees();
  for (const theme of THEMES) {
    for (const ratio of RATIOS) {
      for (const density of DENSITIES) {
        it(`${theme.name} ${ratio} ${density}`, () => {
          const problems: string[] = [];
          for (const [name, tree] of docs) {
            // Attachments on slides add slides and change none of the others: on, they cover off too.
            for (const cover of [{}, LONG_COVER]) {
              const plan = planDeck(tree, theme, { ratio, density, attachments: true, ...cover });
              for (const o of overflowsOf(plan, theme)) {
                problems.push(`${name}${cover === LONG_COVER ? ' (long cover)' : ''} slide ${o.slide} ${o.layout} ${o.box}: ${o.need.toFixed(1)} > ${o.room.toFixed(1)} ${o.text.slice(0, 30)}`);
              }
            }
          }
          expect(problems).toEqual([]);
        });
      }
    }
  }
});

describe('a document of more than a hundred parts', () => {
  // Each part runs to two slides (two points with more to say than a list bullet), so every part keeps its divider.
  const said = '要切实提高认识，加强领导，明确责任。'.repeat(6);
  const md = ['# 关于加强基层治理的意见', '', ...Array.from({ length: 105 }, (_, i) => [`## 加强第${i + 1}项工作的组织领导`, '### 提高认识', said, '### 明确责任', said, '']).flat()].join('\n');
  const tree = parseDocument(markdownToLines(md)).tree;

  it.each(RATIOS)('fits every box at %s, the three-digit numerals smaller', (ratio) => {
    expect(tree.sections).toHaveLength(105);
    const plan = planDeck(tree, THEMES[0]!, { ratio });
    expect(overflowsOf(plan, THEMES[0]!)).toEqual([]);
    const numerals = plan.slides.flatMap((s) => (s.layout === 'section' ? [s.number] : []));
    expect(numerals[0]).toMatchObject({ text: '01', size: 110 });
    expect(numerals[104]!.text).toBe('105');
    if (ratio === '4:3') expect(numerals[104]!.size).toBeLessThan(110);
  });
});
