// Which layout each kind of slide takes, on the layout sets PowerPoint and WPS give a new template
// (Chinese and English names), and on templates that lack some of them.
import { describe, expect, it } from 'vitest';
import { chooseLayouts } from '../../src/template/choose.js';
import type { PlaceholderType, Template, TemplateLayout } from '../../src/template/read.js';

const W = 13.333;
const H = 7.5;
type Ph = [PlaceholderType, { x: number; y: number; w: number; h: number }, boolean?];
const TITLE_TOP = { x: 0.9, y: 0.4, w: 11.5, h: 1.45 };
const CENTRE = { x: 1.7, y: 1.2, w: 10, h: 2.6 };
const BODY = { x: 0.9, y: 2.0, w: 11.5, h: 4.4 };
const SUB = { x: 1.7, y: 3.9, w: 10, h: 1.8 };
const HALF = { x: 0.9, y: 2.0, w: 5.6, h: 4.4 };

function layout(name: string, kind: string, phs: Ph[], master = 'ppt/slideMasters/slideMaster1.xml'): TemplateLayout {
  const placeholders = phs.map(([type, rect, vertical], i) => ({ type, idx: type === 'title' || type === 'ctrTitle' ? null : String(i), rect, box: rect, vertical: vertical ?? false, xml: '' }));
  return { part: `ppt/slideLayouts/${name}.xml`, master, fonts: { major: { latin: '', ea: '' }, minor: { latin: '', ea: '' } }, name, kind, placeholders, footers: [], colors: { primary: 'accent1', accent: 'accent2', background: 'bg1', ink: 'tx1', muted: 'tx2', onPrimary: 'bg1', surface: 'bg1', title: null, body: null } };
}

function template(layouts: TemplateLayout[]): Template {
  return { file: 't.pptx', parts: new Map(), size: { w: W, h: H }, layouts, isTemplate: false };
}

// PowerPoint's and WPS's eleven layouts, in their order; names in either language.
const OFFICE = (zh: boolean) => [
  layout(zh ? '标题幻灯片' : 'Title Slide', 'title', [['ctrTitle', CENTRE], ['subTitle', SUB], ['dt', BODY], ['ftr', BODY], ['sldNum', BODY]]),
  layout(zh ? '标题和内容' : 'Title and Content', 'obj', [['title', TITLE_TOP], ['obj', BODY], ['ftr', BODY]]),
  layout(zh ? '节标题' : 'Section Header', 'secHead', [['title', { x: 0.9, y: 1.7, w: 11.5, h: 2.85 }], ['body', { x: 0.9, y: 4.6, w: 11.5, h: 1.5 }]]),
  layout(zh ? '两栏内容' : 'Two Content', 'twoObj', [['title', TITLE_TOP], ['obj', HALF], ['obj', { ...HALF, x: 6.8 }]]),
  layout(zh ? '比较' : 'Comparison', 'twoTxTwoObj', [['title', TITLE_TOP], ['body', HALF], ['obj', HALF], ['body', HALF], ['obj', HALF]]),
  layout(zh ? '仅标题' : 'Title Only', 'titleOnly', [['title', TITLE_TOP]]),
  layout(zh ? '空白' : 'Blank', 'blank', [['sldNum', BODY]]),
  layout(zh ? '内容与标题' : 'Content with Caption', 'objTx', [['title', { x: 0.9, y: 0.5, w: 4.3, h: 1.6 }], ['obj', HALF], ['body', HALF]]),
  layout(zh ? '图片与标题' : 'Picture with Caption', 'picTx', [['title', { x: 0.9, y: 0.5, w: 4.3, h: 1.6 }], ['other', HALF], ['body', HALF]]),
  layout(zh ? '标题和竖排文字' : 'Title and Vertical Text', 'vertTx', [['title', TITLE_TOP], ['body', BODY, true]]),
  layout(zh ? '竖排标题与文本' : 'Vertical Title and Text', 'vertTitleAndTx', [['title', { x: 9.5, y: 0.4, w: 2.9, h: 6 }, true], ['body', HALF, true]]),
];

const names = (t: Template) => Object.fromEntries(Object.entries(chooseLayouts(t)).map(([k, v]) => [k, v.layout.name]));

describe('choosing layouts', () => {
  it.each([true, false])("on PowerPoint's and WPS's own set (Chinese names: %s)", (zh) => {
    const n = names(template(OFFICE(zh)));
    const [title, content, section, , , only] = OFFICE(zh).map((l) => l.name);
    expect(n).toEqual({ cover: title, agenda: content, section, points: content, subpoints: content, figures: only, quote: content, closing: title });
  });

  it('by placeholder types when the names say nothing (custom names)', () => {
    const renamed = OFFICE(true).map((l, i) => ({ ...l, name: `版式${i + 1}`, kind: 'cust' }));
    const n = names(template(renamed));
    expect(n.cover).toBe('版式1');
    expect(n.points).toBe('版式2');
    expect(n.figures).toBe('版式6');
  });

  it('fills the cover title and subtitle placeholders, the content title and body', () => {
    const c = chooseLayouts(template(OFFICE(true)));
    expect(c.cover.slots.map((s) => s.target?.type)).toEqual(['ctrTitle', 'subTitle']);
    expect(c.points.slots.map((s) => s.target?.type)).toEqual(['title', 'obj']);
    expect(c.section.slots.map((s) => s.target?.type)).toEqual(['title', 'body']);
  });

  it('falls back where a template has no such layout: title-only pages get a body box below the title', () => {
    const c = chooseLayouts(template([layout('封面', 'title', [['ctrTitle', CENTRE], ['subTitle', SUB]]), layout('仅标题', 'titleOnly', [['title', TITLE_TOP]])]));
    expect(c.points.layout.name).toBe('仅标题');
    expect(c.points.slots[0]!.target?.type).toBe('title');
    // No body placeholder: a plain text box where the content would be.
    expect(c.points.slots[1]!.target).toBeNull();
    expect(c.points.slots[1]!.rect.y).toBeGreaterThan(TITLE_TOP.y + TITLE_TOP.h);
    // A divider on the cover's layout, its subtitle under the title.
    expect(c.section.layout.name).toBe('封面');
    expect(c.section.slots.map((s) => s.target?.type)).toEqual(['ctrTitle', 'subTitle']);
    expect(c.cover.layout.name).toBe('封面');
  });
});
