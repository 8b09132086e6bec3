// schema/plan.schema.json is the zod schema, written out: the file shipped in the package says what the CLI checks.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { planJsonSchema } from '../../src/plan/plan-schema.js';
import { ROOT } from '../helpers/samples.js';

describe('schema/plan.schema.json', () => {
  it('is the plan file schema the CLI checks (regenerate: npm run build && npm run schema)', () => {
    const shipped = JSON.parse(readFileSync(path.join(ROOT, 'schema/plan.schema.json'), 'utf8'));
    expect(shipped).toEqual(planJsonSchema());
  });

  it('is in the package', () => {
    expect(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).files).toContain('schema');
  });

  it('names every layout and says which fields a slide needs', () => {
    const text = JSON.stringify(planJsonSchema());
    for (const layout of ['cover', 'agenda', 'section', 'points', 'subpoints', 'figures', 'quote', 'closing']) expect(text).toContain(`"${layout}"`);
    expect(text).toContain('"required"');
  });
});
