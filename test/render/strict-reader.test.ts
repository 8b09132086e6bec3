// The shared strict reader (pptx-check) over every sample deck in every theme, ratio and density,
// when the shared tools are beside the checkout.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/parse.js';
import { planDeck } from '../../src/plan/plan.js';
import { renderDeck } from '../../src/render/render.js';
import type { Density } from '../../src/plan/bullets.js';
import type { Ratio } from '../../src/plan/types.js';
import { SAMPLES, SHARED, builtInTheme, describeIfPresent, missingFile, readText } from '../helpers/samples.js';

const CHECK = path.join(SHARED, 'tools/pptx-check');
const THEMES = ['dangzheng', 'zhengwu', 'plain'];
const RATIOS: Ratio[] = ['16:9', '4:3'];
const DENSITIES: Density[] = ['brief', 'standard', 'full'];

const cases = SAMPLES.flatMap((s) =>
  THEMES.flatMap((theme) => RATIOS.flatMap((ratio) => DENSITIES.filter((d) => d === 'standard' || s.name === 'seed').map((density) => ({ ...s, theme, ratio, density })))),
);
const dir = mkdtempSync(path.join(tmpdir(), 'doc2deck-check-'));

describeIfPresent('pptx-check --strict --source', missingFile(CHECK), () => {
  it.each(cases)('$name in $theme $ratio $density: no errors, no overflow, all text kept, readable sizes', async ({ name, input, theme, ratio, density }) => {
    const t = builtInTheme(theme);
    const plan = planDeck(parseDocument(readText(input)).tree, t, { ratio, density});
    const file = path.join(dir, `${name}-${theme}-${ratio.replace(':', 'x')}-${density}.pptx`);
    writeFileSync(file, await renderDeck(plan, t, { timestamp: new Date(0) }));
    const run = spawnSync('python3', [CHECK, file, '--strict', '--json', '--source', input], { encoding: 'utf8' });
    const report = JSON.parse(run.stdout);
    expect(report.errors).toEqual([]);
    expect(report.overflow_slides).toEqual([]);
    expect(report.offcanvas_slides).toEqual([]);
    expect(report.cjk_runs_without_ea_font).toBe(0);
    expect(report.runs_lang_zh).toBe(report.runs);
    expect(report.coverage.kept_pct).toBe(100);
    expect(report.pct_chars_at_20pt_or_more).toBeGreaterThanOrEqual(85);
    expect(run.status).toBe(0);
    for (const s of plan.slides) if (s.layout === 'points' || s.layout === 'subpoints') expect(s.bullets.length).toBeLessThanOrEqual(6);
  });
});
