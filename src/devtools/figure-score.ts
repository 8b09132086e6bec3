// Scores the figures doc2deck would show against a hand-written key of real figures
// (test/corpus/figures/key.json): a label shown must be the key's label, of the key's value as written;
// a figure the key gives no label must not be shown. Precision matters most: a tile not shown is
// better than a wrong one.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { DocTree, Figure } from '../doc/types.js';
import { analyse } from '../convert.js';

export interface FigureKey {
  file: string;
  sentence: string;
  value: string;
  label: string | null;
  kind: 'target' | 'result' | 'other';
  year: string | null;
}

export interface FigureScore {
  /** Key figures found in the tree at all (same value as written, in the same sentence). */
  found: number;
  /** Figures doc2deck would label (and so could show), and of those the ones labelled as the key says. */
  shown: number;
  right: number;
  /** Key figures with a label, and of those the ones doc2deck labels right. */
  labelled: number;
  recalled: number;
  /** Shown figures that are results where the key says target, or the reverse. */
  wrongKind: number;
  misses: string[];
}

const LEAD = /^(?:全年|今年|去年|全市|全县|全省|全区|全国|其中)+/u;
const norm = (s: string) => s.replace(/[\s\u3000“”"]/gu, '').replace(LEAD, '');

export function sameLabel(found: string, expected: string): boolean {
  const a = norm(found);
  const b = norm(expected);
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.length - short.length <= 2 && long.includes(short);
}

export function scoreFigures(trees: ReadonlyMap<string, DocTree>, key: readonly FigureKey[]): FigureScore {
  const s: FigureScore = { found: 0, shown: 0, right: 0, labelled: 0, recalled: 0, wrongKind: 0, misses: [] };
  for (const k of key) {
    const tree = trees.get(k.file);
    if (!tree) continue;
    if (k.label !== null) s.labelled++;
    const f = findFigure(tree, k);
    if (!f) continue;
    s.found++;
    if (f.label === null) continue;
    s.shown++;
    const right = k.label !== null && sameLabel(f.label, k.label) && f.text === k.value;
    if (right) s.right++;
    else s.misses.push(`${k.file}：${f.text}“${f.label}”，应为 ${k.value}“${k.label ?? '（不显示）'}”`);
    if (right && k.label !== null) s.recalled++;
    if (k.kind !== 'other' && f.kind !== k.kind) s.wrongKind++;
  }
  return s;
}

/** The figure of the key: its value as written (or the number inside it), in a paragraph holding the sentence. */
function findFigure(tree: DocTree, k: FigureKey): Figure | undefined {
  const paras = new Set(tree.paragraphs.filter((p) => p.text.includes(k.sentence.slice(0, 20)) || k.sentence.includes(p.text)).map((p) => p.para));
  const inSentence = tree.figures.filter((f) => paras.has(f.para) && k.sentence.includes(f.text));
  // A value may stand twice in one sentence (5%左右 for two measures): the one labelled as the key says.
  const same = inSentence.filter((f) => f.text === k.value);
  return (
    same.find((f) => f.label !== null && k.label !== null && sameLabel(f.label, k.label)) ??
    same[0] ??
    inSentence.find((f) => k.value.includes(f.value + f.approx + f.unit))
  );
}

/** The document trees of the key's files, each looked for in `dirs` in turn (a file found nowhere is left out). */
export async function treesForKey(key: readonly FigureKey[], dirs: readonly string[]): Promise<Map<string, DocTree>> {
  const trees = new Map<string, DocTree>();
  for (const file of new Set(key.map((k) => k.file))) {
    const where = dirs.map((d) => path.join(d, file)).find((f) => existsSync(f));
    if (!where) continue;
    const r = await analyse({ input: where, theme: 'dangzheng', ratio: '16:9', timestamp: new Date(0) }, { readStdin: async () => new Uint8Array() });
    if (r.ok) trees.set(file, r.value.tree);
  }
  return trees;
}
