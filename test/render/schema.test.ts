// ECMA-376 Transitional schema validation (../shared/tools/ooxml-validate, with xmllint) of the sample
// decks in every theme and ratio, and of decks made from mutated documents full of hostile text.
// A violation here is what PowerPoint's repair prompt is made of. Runs where the tool and xmllint exist.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/parse.js';
import { planDeck } from '../../src/plan/plan.js';
import { renderDeck } from '../../src/render/render.js';
import type { Ratio } from '../../src/plan/types.js';
import { SAMPLES, SHARED, builtInTheme, describeIfPresent, missingFile, readText } from '../helpers/samples.js';

const VALIDATE = path.join(SHARED, 'tools/ooxml-validate');
const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;
const dir = mkdtempSync(path.join(tmpdir(), 'doc2deck-xsd-'));

async function validate(name: string, text: string, theme: string, ratio: Ratio): Promise<string> {
  const t = builtInTheme(theme);
  const plan = planDeck(parseDocument(text).tree, t, { ratio});
  const file = path.join(dir, `${name}-${theme}-${ratio.replace(':', 'x')}.pptx`);
  writeFileSync(file, await renderDeck(plan, t, { timestamp: new Date(0) }));
  const run = spawnSync('python3', [VALIDATE, file], { encoding: 'utf8' });
  expect(run.stdout.trim().split('\n').pop()).toMatch(/ 0 violations$/);
  expect(run.status).toBe(0);
  return run.stdout;
}

const HOSTILE = [
  '标题 & <报告> "引号" \'单引号\'\n一、第一部分\u0001\u000b正文。\n（一）要点。正文\ufffe。\n二、第二部分\n第一，要点\ud800。正文。',
  '😀𠀀表情与扩展字\n一、部分\n1.甲。2.乙。\n①丙\n——丁\n同志们！让我们奋斗！\n附件1\n一、附件内容',
  `${'一'.repeat(3000)}\n${'，'.repeat(50)}\n)]}>\n同志们：\n　　\u3000\u3000`,
];

describeIfPresent('ooxml-validate', missingFile(VALIDATE) ?? (hasXmllint ? null : 'xmllint is not installed (apt-get install libxml2-utils)'), () => {
  const cases = SAMPLES.flatMap((s) => ['dangzheng', 'zhengwu', 'plain'].flatMap((theme) => (['16:9', '4:3'] as Ratio[]).map((ratio) => ({ ...s, theme, ratio }))));
  it.each(cases)('$name in $theme $ratio: 0 schema violations', async ({ name, input, theme, ratio }) => {
    await validate(name, readText(input), theme, ratio);
  });

  it.each(HOSTILE.map((text, i) => ({ text, i })))('hostile document $i: 0 schema violations', async ({ text, i }) => {
    await validate(`hostile-${i}`, text, 'dangzheng', '16:9');
  });
});
