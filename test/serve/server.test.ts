// doc2deck serve: the requests behind the local page, over real HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { networkInterfaces, tmpdir } from 'node:os';
import { connect } from 'node:net';
import { request } from 'node:http';
import path from 'node:path';
import { MAX_BODY_BYTES, startServer, type RunningServer } from '../../src/serve/server.js';
import { analyse } from '../../src/convert.js';
import { renderDeck } from '../../src/render/render.js';
import { openDeck, paragraphs, slideNames } from '../helpers/pptx.js';
import { ROOT, SEED } from '../helpers/samples.js';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ port: 0, host: '127.0.0.1' });
});
afterAll(() => server.close());

const post = (route: string, body: string | Buffer, type = 'application/octet-stream') =>
  fetch(new URL(route, server.url), { method: 'POST', body, headers: { 'Content-Type': type } });

const outlineOf = async (file: string, name = path.basename(file)) => {
  const r = await post(`/api/outline?name=${encodeURIComponent(name)}`, readFileSync(file));
  expect(r.status).toBe(200);
  return json(r);
};

// The page's JSON, read field by field in each test.
const json = async (r: Response): Promise<any> => r.json();

const serveDirs = () => readdirSync(tmpdir()).filter((d) => d.startsWith('doc2deck-serve-'));

describe('doc2deck serve', () => {
  it('answers the page, in Chinese, with a file input behind the drop area and a 下载 control', async () => {
    const r = await fetch(server.url);
    expect(r.status).toBe(200);
    const html = await r.text();
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toMatch(/<label id="drop"[^>]*>[\s\S]*<input type="file"/);
    expect(html).toMatch(/<button[^>]*id="download"[^>]*>下载/);
  });

  it('turns an uploaded document into its outline, warnings, plan and one sketch per slide', async () => {
    const d = await outlineOf(SEED);
    const headings = d.outline.sections.map((s: { heading: string }) => s.heading);
    expect(headings[0]).toMatch(/^提高政治站位/);
    expect(headings[2]).toBe('强化组织领导');
    expect(d.warnings.map((w: { code: string }) => w.code)).toEqual(['part-missing', 'text-truncated']);
    expect(d.plan.slides.length).toBeGreaterThan(5);
    expect(d.sketches).toHaveLength(d.plan.slides.length);
    expect(d.sketches[0]).toMatch(/^<svg /);
    expect(d.sketches[0].replace(/<[^>]+>/g, '')).toContain('纵深推进群众身边不正之风和腐败问题集中整治工作会议');
  });

  it('builds the deck of the plan the page sends, edits included, the same as the command line would', async () => {
    const d = await outlineOf(SEED);
    d.plan.slides[2].title = '在网页上改过的标题';
    d.plan.slides.splice(3, 1);
    const r = await post('/api/deck', JSON.stringify({ plan: d.plan, name: '讲话' }), 'application/json');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('讲话.pptx')}`);
    const deck = await openDeck(new Uint8Array(await r.arrayBuffer()));
    const slides = slideNames(deck);
    expect(slides).toHaveLength(d.plan.slides.length);
    expect(paragraphs(deck.xml.get(slides[2]!)!)).toContain('在网页上改过的标题');
  });

  it('sketches an edited plan again, and says where a plan is wrong (422, in Chinese)', async () => {
    const d = await outlineOf(SEED);
    d.plan.slides[1].title = '改过';
    const ok = await post('/api/sketch', JSON.stringify({ plan: d.plan }), 'application/json');
    expect(ok.status).toBe(200);
    const sketched = await json(ok);
    expect(sketched.sketches[1]).toContain('改过');
    d.plan.slides[1].title = 5;
    const bad = await post('/api/sketch', JSON.stringify({ plan: d.plan }), 'application/json');
    expect(bad.status).toBe(422);
    expect((await json(bad)).error).toContain('slides[1].title（第2张幻灯片） 应为字符串');
  });

  it('refuses a 30 MB upload with 413 and a Chinese message, and keeps serving', async () => {
    const r = await post('/api/outline?name=big.txt', Buffer.alloc(30 * 1024 * 1024, 0x41));
    expect(r.status).toBe(413);
    expect((await json(r)).error).toContain('文件太大');
    // Sent in pieces, with no length given beforehand: refused all the same.
    const chunked = await new Promise<number>((resolve, reject) => {
      // The answer may come while pieces are still being sent; what is sent after it is not read.
      const url = new URL('/api/outline?name=big.txt', server.url);
      const req = request({ host: url.hostname, port: url.port, path: url.pathname + url.search, method: 'POST' }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', (e) => (e as NodeJS.ErrnoException).code === 'EPIPE' || (e as NodeJS.ErrnoException).code === 'ECONNRESET' ? undefined : reject(e));
      const piece = Buffer.alloc(1024 * 1024, 0x42);
      let sent = 0;
      const more = (): void => {
        while (sent < 30 && req.write(piece)) sent++;
        if (sent < 30) req.once('drain', () => (sent++, more()));
        else req.end();
      };
      more();
    });
    expect(chunked).toBe(413);
    const after = await fetch(new URL('/api/info', server.url));
    expect(after.status).toBe(200);
    expect((await outlineOf(SEED)).plan.slides.length).toBeGreaterThan(5);
  }, 60_000);

  it('keeps two people’s documents apart when they arrive at once, and leaves no file behind', async () => {
    const before = serveDirs();
    const other = path.join(ROOT, 'test/fixtures/work-plan/input.txt');
    // The same file name for both: nothing is kept by name.
    const [a, b] = await Promise.all([outlineOf(SEED, '文稿.txt'), outlineOf(other, '文稿.txt')]);
    expect(a.outline.title).toContain('集中整治');
    expect(b.outline.title).not.toEqual(a.outline.title);
    expect(JSON.stringify(b.plan)).not.toContain('集中整治工作会议');
    expect(serveDirs()).toEqual(before);
  });

  it('takes pasted text, and refuses what is not a document (exit-1 problems as 422)', async () => {
    const pasted = await post('/api/outline?name=' + encodeURIComponent('粘贴的文稿.txt'), '关于做好春节期间安全工作的通知\n一、加强值班\n严格落实值班制度。\n二、排查隐患\n全面排查各类隐患。\n');
    expect(pasted.status).toBe(200);
    expect((await json(pasted)).outline.sections).toHaveLength(2);
    const empty = await post('/api/outline?name=a.txt', '   \n');
    expect(empty.status).toBe(422);
    expect((await json(empty)).error).toContain('空');
  });

  it('answers only to this machine’s own names (no DNS rebinding), and only built-in themes by name', async () => {
    const r = await new Promise<number>((resolve) => {
      const url = new URL(server.url);
      request({ host: url.hostname, port: url.port, path: '/', headers: { Host: 'evil.example' } }, (res) => resolve(res.statusCode ?? 0)).end();
    });
    expect(r).toBe(403);
    const theme = await post('/api/outline?name=a.txt&theme=' + encodeURIComponent('/etc/passwd'), '标题\n一、甲\n内容。');
    expect(theme.status).toBe(400);
  });
});

describe('doc2deck serve with the organisation’s template', () => {
  const RED = path.join(ROOT, 'test/fixtures/templates/红头模板.pptx');
  /** As the page sends it: a form with the document (or the plan) and the template file. */
  const form = (field: 'document' | 'request', main: string | Buffer, name: string, template: Buffer = readFileSync(RED), templateName = '红头模板.pptx') => {
    const f = new FormData();
    f.append(field, new Blob([main]), name);
    f.append('template', new Blob([template]), templateName);
    return f;
  };
  const send = (route: string, body: FormData) => fetch(new URL(route, server.url), { method: 'POST', body });
  const layoutNames = (deck: Awaited<ReturnType<typeof openDeck>>) =>
    [...deck.xml].filter(([part]) => /^ppt\/slideLayouts\/[^/]+\.xml$/.test(part)).map(([, xml]) => /<p:cSld name="([^"]*)"/.exec(xml)![1]!);

  it('builds the outline, the sketches and the deck on an uploaded template, the same deck as --template', async () => {
    const before = serveDirs();
    const r = await send(`/api/outline?name=${encodeURIComponent('讲话.txt')}&theme=dangzheng`, form('document', readFileSync(SEED), '讲话.txt'));
    expect(r.status).toBe(200);
    const d = await json(r);
    // The page's plan names the built-in theme it stands in for: sent back as it is, it is understood.
    expect(d.plan.deck.theme).toBe('dangzheng');
    expect(d.sketches).toHaveLength(d.plan.slides.length);
    // Sketched in the built-in theme's colours (the template's scheme names are no SVG colours).
    expect(d.sketches.join('')).not.toMatch(/fill="#(accent|bg|tx)\d/);
    const sketched = await send('/api/sketch', form('request', JSON.stringify({ plan: d.plan }), 'request.json'));
    expect(sketched.status).toBe(200);
    expect((await json(sketched)).plan.slides).toHaveLength(d.plan.slides.length);

    const deckAnswer = await send('/api/deck', form('request', JSON.stringify({ plan: d.plan, name: '讲话' }), 'request.json'));
    expect(deckAnswer.status).toBe(200);
    const bytes = new Uint8Array(await deckAnswer.arrayBuffer());
    const deck = await openDeck(bytes);
    // Every layout of the template, its Chinese names included, and its pictures.
    expect(layoutNames(deck)).toEqual(expect.arrayContaining(['标题幻灯片', '节标题', '标题和内容', '仅标题']));
    expect(deck.names.some((n) => n.startsWith('ppt/media/'))).toBe(true);

    // The command line's deck on the same template (analyse → renderDeck): the same bytes.
    const cli = await analyse({ input: SEED, theme: 'dangzheng', ratio: '16:9', template: RED, timestamp: new Date(Date.UTC(2020, 0, 1)) }, { readStdin: async () => new Uint8Array() });
    if (!cli.ok) throw new Error(cli.problems[0]!.message);
    const expected = await renderDeck(cli.value.plan, cli.value.theme, { timestamp: new Date(Date.UTC(2020, 0, 1)), fonts: 'safe', template: cli.value.template! });
    expect(Buffer.from(bytes).equals(Buffer.from(expected))).toBe(true);
    // Nothing written anywhere: no folder left, the template never on disk.
    expect(serveDirs()).toEqual(before);
  });

  it('keeps one person’s template from another’s deck when both arrive at once', async () => {
    const d = await outlineOf(SEED);
    const request = JSON.stringify({ plan: d.plan });
    const [on, off] = await Promise.all([
      send('/api/deck', form('request', request, 'request.json')),
      post('/api/deck', request, 'application/json'),
    ]);
    expect(layoutNames(await openDeck(new Uint8Array(await on.arrayBuffer())))).toContain('节标题');
    expect(layoutNames(await openDeck(new Uint8Array(await off.arrayBuffer())))).not.toContain('节标题');
  });

  it('says in Chinese why a file is not a template, and keeps serving', async () => {
    const bad = await send('/api/outline?name=a.txt', form('document', readFileSync(SEED), 'a.txt', Buffer.from('这不是演示文稿'), '../../单位模板.pptx'));
    expect(bad.status).toBe(422);
    const error = (await json(bad)).error as string;
    // The library's own message, naming the upload (never a path).
    expect(error).toBe('模板 单位模板.pptx 不是 PowerPoint 演示文稿（.pptx/.potx）。');
    const d = await outlineOf(SEED);
    const deck = await send('/api/deck', form('request', JSON.stringify({ plan: d.plan }), 'request.json', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])));
    expect(deck.status).toBe(422);
    expect((await json(deck)).error).toContain('加密');
    expect((await outlineOf(SEED)).plan.slides.length).toBeGreaterThan(5);
  });

  it('counts the template against the one upload limit (413 in Chinese)', async () => {
    // The form's bytes with their length, as a browser sends a form of files: refused before it is read.
    const encoded = new Request(server.url, { method: 'POST', body: form('document', readFileSync(SEED), 'a.txt', Buffer.alloc(MAX_BODY_BYTES, 0x50)) });
    const r = await post('/api/outline?name=a.txt', Buffer.from(await encoded.arrayBuffer()), encoded.headers.get('content-type')!);
    expect(r.status).toBe(413);
    expect((await json(r)).error).toContain('文件太大');
    expect((await fetch(new URL('/api/info', server.url))).status).toBe(200);
  }, 60_000);
});

describe('doc2deck serve from the command line', () => {
  const BIN = path.join(ROOT, 'dist/bin.js');

  it.runIf(existsSync(BIN))('listens on 127.0.0.1 only by default, and stops on Ctrl+C', async () => {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (d: Buffer) => {
        err += d.toString();
        const m = /http:\/\/[^\s]+/.exec(err);
        if (m) resolve(m[0]);
      });
      child.on('exit', () => reject(new Error(err)));
    });
    try {
      expect(new URL(url).hostname).toBe('127.0.0.1');
      expect((await fetch(url)).status).toBe(200);
      // The same port on this machine's network address: nobody answers.
      const external = Object.values(networkInterfaces()).flat().find((i) => i && i.family === 'IPv4' && !i.internal);
      if (external) {
        const refused = await new Promise<boolean>((resolve) => {
          const socket = connect({ host: external.address, port: Number(new URL(url).port) });
          socket.once('connect', () => (socket.destroy(), resolve(false)));
          socket.once('error', () => resolve(true));
        });
        expect(refused).toBe(true);
      } else console.warn('SKIPPED part: no non-loopback address on this machine to try');
    } finally {
      child.kill('SIGINT');
    }
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(0);
    expect(err).toContain('本地页面已关闭');
  }, 30_000);
});
