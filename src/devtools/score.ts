// Scores a document tree against a corpus key written by a reader who never saw the parser's output
// (test/corpus/grown/*.key.json): the title, the level-1 parts exactly, and each part's level-2 items.
import type { DocTree, Section } from '../doc/types.js';

export interface KeyPart {
  heading: string;
  children: string[];
}

export interface CorpusKey {
  file: string;
  title: string;
  parts: KeyPart[];
}

export interface Score {
  title: boolean;
  /** Every level-1 part, in order, and no other. */
  level1: boolean;
  /** Key parts whose level-2 items came out exactly (of `parts`). */
  level2: number;
  parts: number;
  /** What differs, for a person reading the table. */
  misses: string[];
}

/** Whitespace and end punctuation do not count; neither do quotation marks typed one way or another. */
function norm(s: string): string {
  return s
    .replace(/[\s\u3000\u00a0]/gu, '')
    .replace(/[“”"‘’'《》]/gu, '')
    .replace(/[。；;：:，,！!？?]+$/u, '');
}

/**
 * A heading matches when one reading is the other, or one ends where the other's first sentence or
 * clause does: the key may copy a long heading's first clause, the tree its first sentence.
 */
export function sameHeading(found: string, expected: string): boolean {
  const a = norm(found);
  const b = norm(expected);
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short) && /^[，,；;：:。！？]/u.test(long.slice(short.length));
}

export function scoreTree(tree: DocTree, key: CorpusKey): Score {
  const misses: string[] = [];
  const title = norm(tree.title ?? '') === norm(key.title);
  if (!title) misses.push(`标题：得到“${tree.title ?? ''}”，应为“${key.title}”`);
  const found = tree.sections.filter((s) => !s.missing);
  const level1 = found.length === key.parts.length && key.parts.every((p, i) => sameHeading(found[i]!.heading, p.heading));
  if (!level1) misses.push(`一级：得到 ${found.length} 个（${found.map((s) => s.title).join(' | ')}），应为 ${key.parts.length} 个`);
  let level2 = 0;
  for (const part of key.parts) {
    const match = found.find((s) => sameHeading(s.heading, part.heading));
    if (match && sameChildren(match, part.children)) level2++;
    else if (match) misses.push(`“${part.heading.slice(0, 12)}”的二级：得到 ${match.children.length} 个，应为 ${part.children.length} 个`);
  }
  return { title, level1, level2, parts: key.parts.length, misses };
}

function sameChildren(section: Section, expected: string[]): boolean {
  return section.children.length === expected.length && expected.every((h, i) => sameHeading(section.children[i]!.heading, h));
}
