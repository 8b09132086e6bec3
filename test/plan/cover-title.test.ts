// The cover never shows a machine-like file name: --title, the document's title, a file name that is a
// title, or an empty title placeholder with a warning that says how to give one.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/convert.js';

const UNTITLED = '同志们：\n今天召开会议。\n一、提高认识\n要提高认识。\n二、狠抓落实\n要抓好落实。\n';
const env = { readStdin: async () => new Uint8Array() };

async function coverOf(name: string, text: string, extra: { title?: string; subtitle?: string } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'doc2deck-cover-'));
  const file = path.join(dir, name);
  writeFileSync(file, text);
  const r = await analyse({ input: file, theme: 'dangzheng', ratio: '16:9', timestamp: new Date(0), ...extra }, env);
  if (!r.ok) throw new Error('analyse failed');
  const cover = r.value.plan.slides[0]!;
  if (cover.layout !== 'cover') throw new Error('no cover');
  return { title: cover.title.text, kind: cover.kind?.text ?? null, codes: r.problems.map((p) => p.code) };
}

describe('the cover title', () => {
  it('leaves the title empty and warns when neither text nor file name gives one', async () => {
    const c = await coverOf('11_xi2020_tuopin_speech.txt', UNTITLED);
    expect(c.title).toBe('');
    expect(c.codes).toContain('no-title');
  });

  it('takes a file name that is a Chinese title', async () => {
    const c = await coverOf('在全县工作会议上的讲话.txt', UNTITLED);
    expect(c.title).toBe('全县工作会议');
    expect(c.kind).toBe('讲话');
  });

  it('takes --title and --subtitle over everything', async () => {
    const c = await coverOf('x.txt', `在某会议上的讲话\n${UNTITLED}`, { title: '凝心聚力开新局', subtitle: '——在全县干部大会上的讲话' });
    expect(c.title).toBe('凝心聚力开新局');
    expect(c.kind).toBe('——在全县干部大会上的讲话');
    expect(c.codes).not.toContain('no-title');
  });

  it('takes the document title without a warning', async () => {
    const c = await coverOf('a_b.txt', `在全县工作会议上的讲话\n${UNTITLED}`);
    expect(c.title).toBe('全县工作会议');
    expect(c.codes).not.toContain('no-title');
  });
});
