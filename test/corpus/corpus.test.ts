// The real documents of ../shared/corpus against a careful reader's expectations (expectations.ts,
// written without looking at the parser). Runs where the shared corpus is beside the checkout (CI has it).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeText } from '../../src/input/decode.js';
import { parseDocument } from '../../src/parse/parse.js';
import { SHARED, describeIfPresent, missingFile } from '../helpers/samples.js';
import { CORPUS } from './expectations.js';

const DIR = path.join(SHARED, 'corpus');

function parseFile(file: string) {
  const r = decodeText(readFileSync(file));
  if (!r.ok) throw new Error(`cannot decode ${file}`);
  return parseDocument(r.value.text);
}

const squash = (s: string | null) => (s ?? '').replace(/[\s\u3000]/gu, '');

describeIfPresent('the corpus', missingFile(DIR), () => {
  describe.each(CORPUS)('$file', (expected) => {
    // Parsed when the tests run, not when they are collected: a skipped suite still collects.
    let tree: ReturnType<typeof parseFile>['tree'];
    beforeAll(() => {
      tree = parseFile(path.join(DIR, expected.file)).tree;
    });

    it('finds the title block', () => {
      expect(squash(tree.title)).toBe(squash(expected.title));
      expect(tree.subtitle).toBe(expected.subtitle);
      expect(tree.speaker).toBe(expected.speaker);
      expect(tree.date).toBe(expected.date);
    });

    it('lists the level-1 headings a reader lists, with their level-2 counts', () => {
      const parts = tree.sections.filter((s) => !s.missing).map((s) => ({ heading: s.heading, points: s.children.length }));
      expect(parts).toEqual(expected.parts);
    });
  });

  it.each(['10_deng1978_speech', '15_deng_wenxuan1_toc'])('%s: the GBK/CRLF original gives the same tree as its UTF-8 twin', (name) => {
    const original = parseFile(path.join(DIR, 'encoding', `${name}.gbk-crlf.txt`));
    expect(original.tree).toEqual(parseFile(path.join(DIR, `${name}.txt`)).tree);
  });
});
