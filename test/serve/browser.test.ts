// A person's visit, in a real browser: Debian's chromium driven by playwright-core (no browser download).
// Pick the seed → the outline shows its parts → slide previews → 下载 → a sound deck.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/serve/server.js';
import { missingTools } from '../../src/preview/preview.js';
import { openDeck, paragraphs, slideNames } from '../helpers/pptx.js';
import { ROOT, SEED, SHARED } from '../helpers/samples.js';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
if (!HAVE_CHROMIUM) console.warn(`SKIPPED: the browser test needs chromium at ${CHROMIUM} (apt-get install -y chromium)`);
const CHECK = path.join(SHARED, 'tools/pptx-check');
const HAVE_LIBREOFFICE = missingTools() === null;
const RED = path.join(ROOT, 'test/fixtures/templates/红头模板.pptx');

/** What the test reads of an <img> in the page (the tests are typed without the DOM's types). */
interface LoadedImage {
  complete: boolean;
  naturalWidth: number;
  addEventListener: (type: 'load', listener: () => void) => void;
}

describe.runIf(HAVE_CHROMIUM)('the local page in Chromium', () => {
  let server: RunningServer;
  let browser: BrowserContext;
  let profile: string;
  let page: Page;

  beforeAll(async () => {
    server = await startServer({ port: 0, host: '127.0.0.1' });
    profile = mkdtempSync(path.join(tmpdir(), 'doc2deck-chromium-'));
    // A fresh profile each run (playwright passes it as --user-data-dir).
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      acceptDownloads: true,
      locale: 'zh-CN',
    });
    page = browser.pages()[0] ?? (await browser.newPage());
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('picks the seed, shows its parts and slide previews, and downloads a sound deck', async () => {
    await page.goto(server.url);
    await expect.poll(() => page.locator('#theme option').count()).toBeGreaterThan(0);
    // An ordinary file input, behind the drop area.
    await page.locator('#drop input[type=file]').setInputFiles(SEED);

    // The outline, with the document's parts (part 三 only in the preview list: marked missing).
    const outline = page.locator('#outline');
    await outline.waitFor({ state: 'visible', timeout: 30_000 });
    await expect.poll(() => outline.innerText(), { timeout: 30_000 }).toContain('提高政治站位');
    expect(await outline.innerText()).toContain('强化组织领导');
    expect(await page.locator('#warnings').innerText()).toContain('正文缺少这一部分');

    // At least three slide previews, each an image that has loaded.
    const previews = page.locator('#slides [data-slide] img');
    await expect.poll(() => previews.count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
    const count = await previews.count();
    for (let i = 0; i < 3; i++) {
      const size = await previews.nth(i).evaluate((img: LoadedImage) => new Promise<number>((resolve) => (img.complete ? resolve(img.naturalWidth) : img.addEventListener('load', () => resolve(img.naturalWidth)))));
      expect(size).toBeGreaterThan(100);
    }
    if (process.env.SCREENSHOT) await page.screenshot({ path: process.env.SCREENSHOT, fullPage: true });

    // Edit the third slide's title: its preview is drawn again with it.
    const title = page.locator('#slides li').nth(2).locator('input[type=text]').first();
    const before = await previews.nth(2).getAttribute('src');
    await title.fill('在浏览器里改过的标题');
    await expect.poll(() => previews.nth(2).getAttribute('src'), { timeout: 20_000 }).not.toBe(before);

    // With LibreOffice installed, its pictures replace the sketches.
    if (HAVE_LIBREOFFICE) {
      await expect.poll(() => page.locator('#slides [data-slide] img[data-kind=png]').count(), { timeout: 90_000, interval: 1000 }).toBe(count);
      expect(await page.locator('#preview-kind').innerText()).toContain('LibreOffice');
    } else console.warn('SKIPPED part: no LibreOffice, the previews stay sketches');

    // 下载
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: /下载/ }).click();
    const file = path.join(profile, 'downloaded.pptx');
    await (await download).saveAs(file);
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 4)).toEqual(Buffer.from('PK\x03\x04', 'latin1'));
    const deck = await openDeck(bytes);
    const slides = slideNames(deck);
    expect(slides).toHaveLength(count);
    expect(paragraphs(deck.xml.get(slides[2]!)!)).toContain('在浏览器里改过的标题');
    if (existsSync(CHECK)) {
      const check = spawnSync('python3', [CHECK, file, '--strict'], { encoding: 'utf8' });
      expect(check.status, check.stdout + check.stderr).toBe(0);
    } else console.warn('SKIPPED part: pptx-check not found, the downloaded deck was only unzipped');
  }, 180_000);

  it('picks the seed and the organisation’s template, and downloads a deck built on it', async () => {
    await page.goto(server.url);
    await expect.poll(() => page.locator('#theme option').count()).toBeGreaterThan(0);
    // A file that is no template: the library's message, and the page goes on.
    await page.getByLabel('单位模板（可选）').setInputFiles({ name: '坏模板.pptx', mimeType: 'application/octet-stream', buffer: Buffer.from('这不是演示文稿') });
    await page.locator('#drop input[type=file]').setInputFiles(SEED);
    await expect.poll(() => page.locator('#status').innerText(), { timeout: 30_000 }).toContain('模板 坏模板.pptx 不是 PowerPoint 演示文稿');
    expect(await page.locator('#status').getAttribute('class')).toBe('error');

    await page.getByLabel('单位模板（可选）').setInputFiles(RED);
    await expect.poll(() => page.locator('#status').innerText(), { timeout: 30_000 }).toContain('使用单位模板 红头模板.pptx');
    expect(await page.locator('#outline').innerText()).toContain('强化组织领导');
    // The slide size is the template's: no ratio to choose.
    expect(await page.locator('#ratio').isDisabled()).toBe(true);
    const previews = page.locator('#slides [data-slide] img');
    const count = await previews.count();
    expect(count).toBeGreaterThanOrEqual(3);
    if (HAVE_LIBREOFFICE) {
      await expect.poll(() => page.locator('#slides [data-slide] img[data-kind=png]').count(), { timeout: 120_000, interval: 1000 }).toBe(count);
      expect(await page.locator('#preview-kind').innerText()).toContain('LibreOffice 实际效果（单位模板）');
    } else expect(await page.locator('#preview-kind').innerText()).toContain('示意图未显示模板');

    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: /下载/ }).click();
    const file = path.join(profile, 'on-template.pptx');
    await (await download).saveAs(file);
    const deck = await openDeck(readFileSync(file));
    expect(slideNames(deck)).toHaveLength(count);
    const layouts = [...deck.xml].filter(([part]) => /^ppt\/slideLayouts\/[^/]+\.xml$/.test(part)).map(([, xml]) => /<p:cSld name="([^"]*)"/.exec(xml)![1]);
    expect(layouts).toEqual(expect.arrayContaining(['标题幻灯片', '节标题', '标题和内容']));
    if (existsSync(CHECK)) {
      const check = spawnSync('python3', [CHECK, file, '--strict'], { encoding: 'utf8' });
      expect(check.status, check.stdout + check.stderr).toBe(0);
    }

    // Cleared: the outline is made again in the built-in theme, the ratio is the user's again.
    await page.getByRole('button', { name: '清除模板' }).click();
    await expect.poll(() => page.locator('#ratio').isDisabled()).toBe(false);
    const recognised = async () => {
      const said = await page.locator('#status').innerText();
      return said.includes('已识别') && !said.includes('单位模板');
    };
    await expect.poll(recognised, { timeout: 30_000 }).toBe(true);
  }, 240_000);

  it('takes a file dropped on the drop area, and pasted text', async () => {
    await page.goto(server.url);
    await expect.poll(() => page.locator('#theme option').count()).toBeGreaterThan(0);
    const plan = readFileSync(path.join(ROOT, 'test/fixtures/work-plan/input.txt'), 'utf8');
    // A drop as the browser delivers it: a DataTransfer holding the file (the test is typed without the DOM, hence a string).
    await page.evaluate(`(() => {
      const dt = new DataTransfer();
      dt.items.add(new File([${JSON.stringify(plan)}], '工作方案.txt', { type: 'text/plain' }));
      document.getElementById('drop').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    })()`);
    await expect.poll(() => page.locator('#outline').innerText(), { timeout: 30_000 }).toContain('重点任务');

    await page.getByText('或者直接粘贴文字').click();
    await page.locator('#paste').fill('关于做好春节期间安全工作的通知\n一、加强值班值守\n严格落实领导带班和24小时值班制度。\n二、排查安全隐患\n全面排查各类安全隐患，及时整改。\n');
    await page.getByRole('button', { name: '使用粘贴的文字' }).click();
    await expect.poll(() => page.locator('#outline').innerText(), { timeout: 30_000 }).toContain('排查安全隐患');
    await expect.poll(() => page.locator('#slides [data-slide]').count()).toBeGreaterThanOrEqual(3);
  }, 120_000);
});
