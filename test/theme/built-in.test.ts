// The built-in themes are loaded by name without the validator (src/theme/load.ts): each must be
// valid, and valid as written (the validator must not need to fill or change anything in it).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listThemes, loadTheme, templatesDir } from '../../src/theme/load.js';
import { validateTheme } from '../../src/theme/validate.js';

const names = readdirSync(templatesDir()).filter((f) => f.endsWith('.json'));

describe('built-in themes', () => {
  it.each(names)('%s is valid as written', (file) => {
    const data = JSON.parse(readFileSync(path.join(templatesDir(), file), 'utf8'));
    const r = validateTheme(data, file);
    expect(r.ok ? 'valid' : r.problems.map((p) => p.message).join('; ')).toBe('valid');
    if (r.ok) expect(r.value).toEqual(data);
  });

  it.each(names)('%s loads by name as the same theme as by path', async (file) => {
    const byName = await loadTheme(file.replace(/\.json$/, ''));
    const byPath = await loadTheme(path.join(templatesDir(), file));
    expect(byName.ok && byPath.ok).toBe(true);
    if (byName.ok && byPath.ok) expect(byName.value).toEqual(byPath.value);
  });

  it('are all listed', async () => {
    expect((await listThemes()).length).toBe(names.length);
  });
});
