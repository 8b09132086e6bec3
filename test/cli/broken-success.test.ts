// Inputs and settings that used to give a broken deck reported as success, or an internal error.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { fakeIo, tmpDir } from '../helpers/io.js';
import { ROOT, SEED } from '../helpers/samples.js';
import { intToCn } from '../../src/text/numerals.js';
import { validateTheme } from '../../src/theme/validate.js';
import { writeZip } from '../../src/zip/zip.js';

describe('SOURCE_DATE_EPOCH', () => {
  it.each(['1e20', '-5', 'abc', '253402300800', '99999999999999'])('refuses %s with exit 2 and a Chinese message', async (value) => {
    const io = fakeIo({ env: { SOURCE_DATE_EPOCH: value } });
    expect(await main([SEED, '-o', path.join(tmpDir(), 'a.pptx')], io)).toBe(2);
    expect(io.err).toContain('SOURCE_DATE_EPOCH');
  });

  it('takes the last second of 9999, and a ZIP date holds it as 2107', async () => {
    const io = fakeIo({ env: { SOURCE_DATE_EPOCH: '253402300799' } });
    expect(await main([SEED, '-o', path.join(tmpDir(), 'a.pptx')], io)).toBe(0);
    expect(() => writeZip([], new Date(253402300799 * 1000))).not.toThrow();
  });
});

describe('counting parts past 99', () => {
  it.each([
    [100, '一百'],
    [101, '一百零一'],
    [110, '一百一十'],
    [205, '二百零五'],
    [1010, '一千零一十'],
  ])('%d is %s', (n, cn) => {
    expect(intToCn(n)).toBe(cn);
  });
});

describe('a theme font name XML cannot carry', () => {
  it.each(['\uffff', '\u0007', '\ud800'])('is refused (%j)', (bad) => {
    const theme = JSON.parse(readFileSync(path.join(ROOT, 'templates/plain.json'), 'utf8'));
    theme.fonts.body.face = `仿宋${bad}`;
    const r = validateTheme(theme, 'x.json');
    expect(r.ok).toBe(false);
  });
});
