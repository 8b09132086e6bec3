// `doc2deck serve`: the local page and the few requests behind it. Every request stands alone: the
// page holds the document and the plan, the server keeps nothing between requests, so two people (two
// tabs) never see each other's files. An upload is written only into a temporary folder of its own,
// removed when the answer is sent. The library does all the work: analyse → planToFile for the
// outline, refitPlan → renderDeck for the deck (the same as `doc2deck 提纲.json`). The organisation's
// template, when the page has one, comes with every request (a form field beside the document or the
// plan) and is read from the request's bytes (templateFromBytes): it is never written anywhere.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { mkdtemp, rm, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { analyse } from '../convert.js';
import { planToFile, type PlanFile } from '../plan/plan-file.js';
import { deckTooLarge } from '../plan/deck-size.js';
import { planFromFile } from '../convert-plan.js';
import { renderDeck } from '../render/render.js';
import { DEFAULT_THEME, listThemes, loadTheme } from '../theme/load.js';
import { MAX_INPUT_BYTES } from '../input/read.js';
import type { Problem } from '../problems.js';
import type { Ratio, SlidePlan } from '../plan/types.js';
import type { OrgTemplate } from '../template/load.js';
import type { Density } from '../plan/bullets.js';
import { sketchPlan } from './sketch.js';
import { PAGE } from './page.js';
import { VERSION } from '../version.js';

/** The largest request body: a document as large as the command line takes. */
export const MAX_BODY_BYTES = MAX_INPUT_BYTES;

/** The deck's timestamp, fixed as on the command line: the same plan gives the same bytes. */
const TIMESTAMP = new Date(Date.UTC(2020, 0, 1));

export interface ServeOptions {
  port: number;
  /** 127.0.0.1 unless asked: nothing is opened to the network by default. */
  host: string;
}

export interface RunningServer {
  url: string;
  server: Server;
  close: () => Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function startServer(options: ServeOptions): Promise<RunningServer> {
  // LibreOffice still drawing when the server closes is stopped.
  const stopping = new AbortController();
  const context: Context = { options, signal: stopping.signal, previews: Promise.resolve() };
  const server = createServer((req, res) => {
    handle(req, res, context).catch((e: unknown) => {
      const status = e instanceof HttpError ? e.status : 500;
      const message = e instanceof HttpError ? e.message : `内部错误，请把文稿和这条信息反馈给开发者：${(e as Error).message}`;
      sendJson(res, status, { error: message });
      // A body not read to its end (too large) would hold the connection: it is closed once answered.
      if (status === 413) res.on('finish', () => req.destroy());
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      const host = options.host.includes(':') ? `[${options.host}]` : options.host;
      resolve({
        url: `http://${host}:${port}/`,
        server,
        close: () =>
          new Promise<void>((done) => {
            stopping.abort();
            server.close(() => void context.previews.then(() => done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}

interface Context {
  options: ServeOptions;
  signal: AbortSignal;
  /** The previews asked for, one after another: LibreOffice takes a core and some 200 MB each time. */
  previews: Promise<unknown>;
}

async function handle(req: IncomingMessage, res: ServerResponse, context: Context): Promise<void> {
  checkHost(req, context.options);
  const url = new URL(req.url ?? '/', 'http://localhost');
  const route = `${req.method} ${url.pathname}`;
  switch (route) {
    case 'GET /':
      return send(res, 200, 'text/html; charset=utf-8', PAGE);
    case 'GET /api/info':
      return sendJson(res, 200, { version: VERSION, themes: (await listThemes()).map((t) => ({ name: t.name, label: t.label })), defaultTheme: DEFAULT_THEME, previews: await hasLibreOffice(), maxBytes: MAX_BODY_BYTES });
    case 'POST /api/outline':
      return sendJson(res, 200, await outline(req, url));
    case 'POST /api/sketch': {
      const made = await fitted(req);
      return sendJson(res, 200, { sketches: await sketches(made.plan, made.themeName), warnings: messages(made.problems), plan: planToFile(made.plan) });
    }
    case 'POST /api/preview': {
      const made = await fitted(req);
      const turn = context.previews.then(() => (req.socket.destroyed || context.signal.aborted ? null : previews(made, context.signal)));
      context.previews = turn.catch(() => undefined);
      const answer = await turn;
      // The page asked again before this one's turn came (or closed): nobody is waiting for it.
      return answer ? sendJson(res, 200, answer) : undefined;
    }
    case 'POST /api/deck': {
      const made = await fitted(req);
      const bytes = await render(made);
      const name = `${made.name || '演示文稿'}.pptx`;
      res.setHeader('Content-Disposition', `attachment; filename="deck.pptx"; filename*=UTF-8''${encodeURIComponent(name)}`);
      return send(res, 200, 'application/vnd.openxmlformats-officedocument.presentationml.presentation', Buffer.from(bytes));
    }
    default:
      throw new HttpError(404, `没有这个地址：${url.pathname}`);
  }
}

/**
 * Only the names this server is reached by on this machine: a web page elsewhere that points a name
 * of its own at 127.0.0.1 (DNS rebinding) is not answered. With --host, the host given is allowed too.
 */
function checkHost(req: IncomingMessage, options: ServeOptions): void {
  const host = (req.headers.host ?? '').replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  const allowed = new Set(['127.0.0.1', 'localhost', '::1', options.host]);
  if (options.host === '0.0.0.0' || options.host === '::' || allowed.has(host)) return;
  throw new HttpError(403, '拒绝访问：请用 http://127.0.0.1 打开本页面。');
}

/** The body, up to the limit; more is refused with 413 before it is all read. */
async function body(req: IncomingMessage): Promise<Buffer> {
  const tooLarge = () => new HttpError(413, `文件太大：最多 ${MAX_BODY_BYTES / 1024 / 1024} MB。讲话稿和报告远小于此，请检查是否选错了文件。`);
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw tooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** What a request carries: the document (or the plan, as JSON) and the template file when there is one. */
interface Upload {
  main: Buffer;
  template: OrgTemplate | null;
}

/**
 * The request's body, within the one size limit: the page sends a form (multipart/form-data) with
 * the document or the plan in `field` and the template file in `template`; a script may send the
 * document or the plan alone. A template that cannot be used is refused with the library's message.
 */
async function upload(req: IncomingMessage, field: 'document' | 'request'): Promise<Upload> {
  const bytes = await body(req);
  const type = req.headers['content-type'] ?? '';
  if (!/^multipart\/form-data/i.test(type)) return { main: bytes, template: null };
  let form: FormData;
  try {
    // The Fetch API's own multipart reader (Node's global Response), on the bytes already counted.
    form = await new Response(bytes, { headers: { 'Content-Type': type } }).formData();
  } catch {
    throw new HttpError(400, '请求的表单无法读取。');
  }
  const main = form.get(field);
  if (main === null) throw new HttpError(400, `请求中缺少 ${field}。`);
  const file = form.get('template');
  return {
    main: typeof main === 'string' ? Buffer.from(main, 'utf8') : Buffer.from(await main.arrayBuffer()),
    template: file instanceof Blob && file.size > 0 ? await readUploadedTemplate(file) : null,
  };
}

async function readUploadedTemplate(file: Blob): Promise<OrgTemplate> {
  const { templateFromBytes } = await import('../template/load.js');
  // The name is only said in messages: the upload's own, never a path.
  const given = 'name' in file && typeof file.name === 'string' ? file.name : '';
  const name = given.split(/[\\/]/).pop()!.replace(/[\u0000-\u001f]/g, '').trim().slice(0, 80) || '单位模板.pptx';
  const r = await templateFromBytes(name, new Uint8Array(await file.arrayBuffer()));
  if (!r.ok) throw new HttpError(422, r.problems.map((p) => p.message).join('\n'));
  return r.value;
}

function parseJson(bytes: Buffer): Record<string, unknown> {
  try {
    const data: unknown = JSON.parse(bytes.toString('utf8'));
    if (typeof data === 'object' && data !== null) return data as Record<string, unknown>;
  } catch {
    // said below
  }
  throw new HttpError(400, '请求的内容不是合法的 JSON。');
}

const RATIOS: readonly Ratio[] = ['16:9', '4:3'];
const DENSITIES: readonly Density[] = ['brief', 'standard', 'full'];

function choice<T extends string>(value: string | null, allowed: readonly T[], fallback: T, what: string): T {
  if (value === null || value === '') return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new HttpError(400, `${what}的取值不对：${value}（可选：${allowed.join('、')}）`);
}

/**
 * The uploaded or pasted document → its outline and plan. The file is written into a folder of its
 * own under the system's temporary folder, under a name with no path in it, and removed at once.
 */
async function outline(req: IncomingMessage, url: URL) {
  const { main: bytes, template } = await upload(req, 'document');
  const name = safeName(url.searchParams.get('name'));
  const ratio = choice(url.searchParams.get('ratio'), RATIOS, '16:9', '比例');
  const density = choice(url.searchParams.get('density'), DENSITIES, 'standard', '文字量');
  const theme = isThemeName(url.searchParams.get('theme') || DEFAULT_THEME);
  const dir = await mkdtemp(path.join(tmpdir(), 'doc2deck-serve-'));
  try {
    const input = path.join(dir, name);
    await writeFile(input, bytes);
    const r = await analyse({ input, theme, ratio, density, timestamp: TIMESTAMP, ...(template ? { template } : {}) }, { readStdin: async () => new Uint8Array() });
    if (!r.ok) throw new HttpError(422, r.problems.map((p) => p.message).join('\n'));
    const { tree, plan } = r.value;
    // No template path in the page's plan: the page sends the uploaded template back with it.
    const file = planToFile(plan);
    return {
      name: path.parse(name).name,
      outline: {
        title: tree.title,
        subtitle: tree.subtitle,
        speaker: tree.speaker,
        date: tree.date,
        sections: tree.sections.map(function node(s): unknown {
          return { marker: s.marker, heading: s.heading, line: s.line, missing: s.missing, children: s.children.map(node) };
        }),
      },
      warnings: messages(r.problems),
      plan: file,
      sketches: await sketches(plan, theme),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Only a built-in theme by name: a path would let a page read files on this machine. */
function isThemeName(theme: string): string {
  if (/^[a-z0-9-]+$/.test(theme)) return theme;
  throw new HttpError(400, `主题名不对：${theme}`);
}

/** The upload's own name (for a title taken from it), never a path: 讲话.docx, else 文稿.txt. */
function safeName(given: string | null): string {
  const base = (given ?? '').split(/[\\/]/).pop()!.replace(/[\u0000-\u001f<>:"|?*]/g, '').trim();
  const ext = /\.(txt|md|markdown|docx)$/i.exec(base)?.[0] ?? '.txt';
  const stem = base.slice(0, base.length - (base.toLowerCase().endsWith(ext.toLowerCase()) ? ext.length : 0)).replace(/^\.+/, '').slice(0, 80);
  return `${stem || '文稿'}${ext}`;
}

/** The page's plan (edited), checked and fitted for the theme and ratio it names, or on the template sent with it. */
async function fitted(req: IncomingMessage) {
  const { main, template } = await upload(req, 'request');
  const data = parseJson(main);
  const { validatePlanFile } = await import('../plan/plan-schema.js');
  const checked = validatePlanFile(data.plan);
  if (!checked.ok) throw new HttpError(422, checked.problems.map((p) => p.message).join('\n'));
  const file: PlanFile = checked.value;
  const themeName = isThemeName(file.deck.theme);
  const made = await planFromFile(file, template ? { template } : {});
  if (!made.ok) throw new HttpError(422, made.problems.map((p) => p.message).join('\n'));
  const tooLarge = deckTooLarge(made.value.plan);
  if (tooLarge) throw new HttpError(422, tooLarge.message);
  return { ...made.value, template, themeName, problems: made.problems, name: typeof data.name === 'string' ? safeName(`${data.name}.txt`).replace(/\.txt$/, '') : '' };
}

type Fitted = Awaited<ReturnType<typeof fitted>>;

/** The deck, as `doc2deck` writes it: on the template when there is one. */
const render = (made: Fitted): Promise<Uint8Array> => renderDeck(made.plan, made.theme, { timestamp: TIMESTAMP, fonts: 'safe', ...(made.template ? { template: made.template } : {}) });

/**
 * The SVG sketches, in the built-in theme's colours and boxes even on a template (the template's
 * look is drawn by LibreOffice's previews only; the page says so).
 */
async function sketches(plan: SlidePlan, themeName: string): Promise<string[]> {
  const theme = await loadTheme(themeName);
  if (!theme.ok) throw new HttpError(422, theme.problems.map((p) => p.message).join('\n'));
  return sketchPlan(plan, theme.value);
}

/** PNGs of the deck through LibreOffice, as data URLs; null when it is not installed. */
async function previews(made: Fitted, signal: AbortSignal) {
  const { missingTools, renderPreview } = await import('../preview/preview.js');
  const lacking = missingTools();
  if (lacking) return { images: null, message: lacking };
  const dir = await mkdtemp(path.join(tmpdir(), 'doc2deck-serve-'));
  try {
    const deck = path.join(dir, 'deck.pptx');
    await writeFile(deck, await render(made));
    const r = await renderPreview({ deck, pngDir: path.join(dir, 'png'), resolution: 48, signal });
    if (!r.ok) return { images: null, message: r.problems.map((p) => p.message).join('\n') };
    const images: string[] = [];
    for (const png of r.value.pngs) images.push(`data:image/png;base64,${(await readFile(png)).toString('base64')}`);
    return { images };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function hasLibreOffice(): Promise<boolean> {
  const { missingTools } = await import('../preview/preview.js');
  return missingTools() === null;
}

const messages = (problems: Problem[]) => problems.map((p) => ({ code: p.code, severity: p.severity, message: p.message, ...(p.line ? { line: p.line } : {}) }));

function send(res: ServerResponse, status: number, type: string, content: string | Buffer): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    // The page and its script are this server's own; images are drawn from data the page holds.
    'Content-Security-Policy': "default-src 'self'; img-src 'self' data: blob:; style-src 'unsafe-inline'; script-src 'unsafe-inline'",
  });
  res.end(content);
}

function sendJson(res: ServerResponse, status: number, data: unknown): void {
  if (res.headersSent) return;
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(data));
}
