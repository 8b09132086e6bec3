// --org and --meeting on the cover, and doc2deck.json beside the document (or in the working
// folder) holding a unit's defaults: template, org, meeting, theme.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { fakeIo, tmpDir } from '../helpers/io.js';
import { ROOT, SEED } from '../helpers/samples.js';
import { openDeck, paragraphs } from '../helpers/pptx.js';
import { readFileSync } from 'node:fs';

const RED = path.join(ROOT, 'test/fixtures/templates/红头模板.pptx');

async function coverText(deck: string): Promise<string> {
  return paragraphs((await openDeck(readFileSync(deck))).xml.get('ppt/slides/slide1.xml')!).join('\n');
}

describe('cover fields and defaults', () => {
  it('--org opens the byline; --meeting goes under a title that does not name it, and in the footer', async () => {
    const dir = tmpDir();
    const out = path.join(dir, 'a.pptx');
    expect(await main([SEED, '--org', '中共XX县纪委监委', '--meeting', '全县警示教育大会', '--title', '纵深推进集中整治', '-o', out], fakeIo())).toBe(0);
    const cover = await coverText(out);
    expect(cover).toContain('中共XX县纪委监委');
    expect(cover).toContain('——在全县警示教育大会上的讲话');
  });

  it('reads doc2deck.json beside the document: template and org, paths relative to it', async () => {
    const dir = tmpDir();
    mkdirSync(path.join(dir, '模板'));
    copyFileSync(RED, path.join(dir, '模板', '单位模板.pptx'));
    const input = path.join(dir, '讲话.txt');
    copyFileSync(SEED, input);
    writeFileSync(path.join(dir, 'doc2deck.json'), JSON.stringify({ template: '模板/单位模板.pptx', org: '某县人民政府办公室' }));
    const io = fakeIo({ cwd: tmpDir() });
    expect(await main(['outline', input], io)).toBe(0);
    expect(io.out).toContain('模板版式“标题幻灯片”');
    const out = path.join(dir, '讲话.pptx');
    expect(await main([input], fakeIo({ cwd: tmpDir() }))).toBe(0);
    expect(await coverText(out)).toContain('某县人民政府办公室');
  });

  it('reads doc2deck.json in the working folder; a --theme given wins over its theme', async () => {
    const cwd = tmpDir();
    writeFileSync(path.join(cwd, 'doc2deck.json'), JSON.stringify({ theme: 'nonexistent' }));
    const io = fakeIo({ cwd });
    expect(await main(['outline', SEED], io)).toBe(1);
    expect(io.err).toContain('nonexistent');
    expect(await main(['outline', SEED, '--theme', 'plain'], fakeIo({ cwd }))).toBe(0);
  });

  it('refuses a broken doc2deck.json in Chinese: a usage error, exit 2', async () => {
    const cwd = tmpDir();
    writeFileSync(path.join(cwd, 'doc2deck.json'), '{"template": 3}');
    const io = fakeIo({ cwd });
    expect(await main(['outline', SEED], io)).toBe(2);
    expect(io.err).toContain('应是一段文字');
    writeFileSync(path.join(cwd, 'doc2deck.json'), '{"colour": "red"}');
    const unknown = fakeIo({ cwd });
    expect(await main(['outline', SEED], unknown)).toBe(2);
    expect(unknown.err).toContain('不是可用的设置');
  });
});
