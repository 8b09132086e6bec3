// doc2deck outline 文稿 --json > 提纲.json; edit; doc2deck 提纲.json -o 幻灯片.pptx builds exactly that.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { main } from '../../src/cli.js';
import { fakeIo, tmpDir } from '../helpers/io.js';
import { openDeck, paragraphs, slideNames } from '../helpers/pptx.js';
import { SEED, SHARED } from '../helpers/samples.js';

const CHECK = path.join(SHARED, 'tools/pptx-check');

async function outlineOf(input: string, ...options: string[]) {
  const io = fakeIo();
  expect(await main(['outline', input, '--json', ...options], io)).toBe(0);
  return JSON.parse(io.out);
}

/** Each slide's paragraphs, in order (a title broken over lines is one paragraph). */
async function slideTexts(file: string): Promise<string[][]> {
  const deck = await openDeck(readFileSync(file));
  return slideNames(deck).map((n) => paragraphs(deck.xml.get(n)!));
}

async function build(json: unknown, dir: string, name: string, ...options: string[]) {
  const file = path.join(dir, `${name}.json`);
  writeFileSync(file, typeof json === 'string' ? json : JSON.stringify(json, null, 2));
  const io = fakeIo();
  const code = await main([file, '-o', path.join(dir, `${name}.pptx`), ...options], io);
  return { code, io, deck: path.join(dir, `${name}.pptx`) };
}

describe('the plan file', () => {
  it('untouched, gives the same deck, byte for byte, as the document', async () => {
    const dir = tmpDir();
    expect(await main([SEED, '-o', path.join(dir, 'direct.pptx')], fakeIo())).toBe(0);
    const r = await build(await outlineOf(SEED), dir, '提纲');
    expect(r.code, r.io.err).toBe(0);
    expect(r.io.err).toContain('已生成');
    expect(readFileSync(r.deck).equals(readFileSync(path.join(dir, 'direct.pptx')))).toBe(true);
  });

  it('with one title edited and one slide deleted, gives a deck with exactly that change', async () => {
    const dir = tmpDir();
    expect(await main([SEED, '-o', path.join(dir, 'direct.pptx')], fakeIo())).toBe(0);
    const before = await slideTexts(path.join(dir, 'direct.pptx'));
    const plan = await outlineOf(SEED);
    const slides = plan.slides as { layout: string; title?: string }[];
    // A point slide that has no continuation, and the figures slide.
    const edited = slides.findIndex((s, i) => s.layout === 'points' && !slides[i + 1]?.title?.startsWith(s.title!));
    const deleted = slides.findIndex((s) => s.layout === 'figures');
    expect(edited).toBeGreaterThan(0);
    expect(deleted).toBeGreaterThan(0);
    const oldTitle = slides[edited]!.title!;
    slides[edited]!.title = '改过的标题：请各单位认真落实';
    slides.splice(deleted, 1);
    const r = await build(plan, dir, '改过的提纲');
    expect(r.code, r.io.err).toBe(0);

    const expected = before.map((texts, i) => (i === edited ? texts.map((t) => (t === oldTitle ? '改过的标题：请各单位认真落实' : t)) : texts));
    expect(expected[edited]).toContain('改过的标题：请各单位认真落实');
    expected.splice(deleted, 1);
    // The page numbers after the deleted slide move up by one: they are the only other change.
    const withoutPageNumbers = (deck: string[][]) => deck.map((texts) => texts.filter((t) => !/^\d+$/.test(t)));
    expect(withoutPageNumbers(await slideTexts(r.deck))).toEqual(withoutPageNumbers(expected));
  });

  it('fits text the reviewer lengthened: smaller type or a continuation slide, never overflowing', async () => {
    const dir = tmpDir();
    const plan = await outlineOf(SEED);
    const at = plan.slides.findIndex((s: { layout: string }) => s.layout === 'points');
    const long = '要坚持以人民为中心的发展思想，把群众满意作为衡量整治成效的根本标准，对群众反映强烈的突出问题逐一建立台账、限时销号、跟踪问效，做到件件有着落、事事有回音。';
    plan.slides[at].bullets = Array.from({ length: 9 }, (_, i) => ({ lead: `第${i + 1}条。`, text: long, level: 0 }));
    const r = await build(plan, dir, 'long');
    expect(r.code, r.io.err).toBe(0);
    const texts = await slideTexts(r.deck);
    const title = plan.slides[at].title;
    const pages = texts.filter((t) => t.some((p) => p === title || p.startsWith(`${title}（续）`)));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(texts.flat().filter((t) => t.includes('逐一建立台账'))).toHaveLength(9);
    if (!existsSync(CHECK)) return console.warn('SKIPPED: pptx-check not found, overflow not checked');
    const check = spawnSync('python3', [CHECK, r.deck, '--strict'], { encoding: 'utf8' });
    expect(check.status, check.stdout + check.stderr).toBe(0);
  });

  it('a theme or ratio given on the command line replaces the file’s', async () => {
    const dir = tmpDir();
    const r = await build(await outlineOf(SEED), dir, 'narrow', '--ratio', '4:3');
    expect(r.code, r.io.err).toBe(0);
    const deck = await openDeck(readFileSync(r.deck));
    expect(deck.xml.get('ppt/presentation.xml')).toMatch(/<p:sldSz cx="9144000"/);
  });

  it('refuses a wrong field in Chinese, with its JSON path, and writes nothing (exit 1)', async () => {
    const dir = tmpDir();
    const plan = await outlineOf(SEED);
    plan.slides[3].title = 5;
    plan.slides[4].layout = 'pointz';
    plan.slides[5].tittle = '拼错了';
    const r = await build(plan, dir, 'bad');
    expect(r.code).toBe(1);
    expect(r.io.err).toContain('slides[3].title（第4张幻灯片） 应为字符串');
    expect(r.io.err).toContain('slides[4].layout（第5张幻灯片） 应为以下版式之一');
    expect(r.io.err).toContain('slides[5]（第6张幻灯片） 有不认识的字段 tittle');
    expect(r.io.err).not.toMatch(/\n\s+at /);
    expect(readdirSync(dir)).toEqual(['bad.json']);
  });

  it('refuses broken JSON with the line and column, and a JSON file that is no plan', async () => {
    const dir = tmpDir();
    const broken = await build('{\n  "slides": [\n    {"layout": "cover",}\n  ]\n}\n', dir, 'broken');
    expect(broken.code).toBe(1);
    expect(broken.io.err).toMatch(/不是合法的 JSON（第3行第\d+列）/);
    const other = await build({ name: 'dangzheng' }, dir, 'other');
    expect(other.code).toBe(1);
    expect(other.io.err).toContain('不是 doc2deck 提纲文件');
  });
});
