// docs/internals.md documents the layout rules in the same order as the table the planner uses.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAYOUT_RULES } from '../../src/plan/layouts.js';
import { MASTER_NAME } from '../../src/render/masters.js';
import { ROOT } from '../helpers/samples.js';

describe('layout rules', () => {
  it('appear in docs/internals.md in the order of the table', () => {
    const readme = readFileSync(path.join(ROOT, 'docs/internals.md'), 'utf8');
    const positions = LAYOUT_RULES.map((r) => readme.indexOf(`| ${r.name} \`${r.layout}\` | ${r.when} |`));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('give every layout a master of its own name', () => {
    expect(new Set(Object.values(MASTER_NAME)).size).toBe(LAYOUT_RULES.length);
  });
});
