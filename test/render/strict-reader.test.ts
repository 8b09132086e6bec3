// The shared strict reader (pptx-check) over every sample deck, when the shared tools are beside the checkout.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/parse.js';
import { planDeck } from '../../src/plan/plan.js';
import { renderDeck } from '../../src/render/render.js';
import { ROOT, SAMPLES, builtInTheme, readText } from '../helpers/samples.js';

const CHECK = path.join(ROOT, '../shared/tools/pptx-check');

describe.runIf(existsSync(CHECK))('pptx-check --strict --source', () => {
  it.each(SAMPLES)('passes the $name deck: no errors, no overflow, all text kept', async ({ name, input }) => {
    const plan = planDeck(parseDocument(readText(input)).tree, builtInTheme(), { ratio: '16:9', fallbackTitle: name });
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'doc2deck-check-')), `${name}.pptx`);
    writeFileSync(file, await renderDeck(plan, builtInTheme(), { timestamp: new Date(0) }));
    const run = spawnSync('python3', [CHECK, file, '--strict', '--json', '--source', input], { encoding: 'utf8' });
    const report = JSON.parse(run.stdout);
    expect(report.errors).toEqual([]);
    expect(report.overflow_slides).toEqual([]);
    expect(report.offcanvas_slides).toEqual([]);
    expect(report.cjk_runs_without_ea_font).toBe(0);
    expect(report.runs_lang_zh).toBe(report.runs);
    expect(report.coverage.kept_pct).toBe(100);
    expect(run.status).toBe(0);
  });
});
