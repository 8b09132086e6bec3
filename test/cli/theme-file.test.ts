// A theme file as a user saves it: with Notepad's BOM (accepted), in GBK (refused in Chinese), with a
// JSON mistake (refused in Chinese, with line and column).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { loadTheme } from '../../src/theme/load.js';
import { ROOT } from '../helpers/samples.js';
import { tmpDir } from '../helpers/io.js';

const PLAIN = readFileSync(path.join(ROOT, 'templates/plain.json'), 'utf8');

function save(bytes: Uint8Array | string): string {
  const file = path.join(tmpDir(), '单位主题.json');
  writeFileSync(file, bytes);
  return file;
}

describe('a theme file', () => {
  it('saved with a UTF-8 BOM is read', async () => {
    expect((await loadTheme(save(`\ufeff${PLAIN}`))).ok).toBe(true);
  });

  it('saved in GBK is refused in Chinese', async () => {
    const r = await loadTheme(save(iconv.encode(PLAIN.replace('"label"', '"label"'), 'gbk')));
    expect(r.ok ? '' : r.problems[0]!.message).toContain('不是 UTF-8');
  });

  it('with a JSON mistake says where, in Chinese', async () => {
    const r = await loadTheme(save(PLAIN.replace('{', '{,')));
    expect(r.ok ? '' : r.problems[0]!.message).toMatch(/第1行第\d+列/);
  });
});
