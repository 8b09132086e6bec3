// Output names for a batch: one per input, never the same file twice, whatever the case or folder.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assignOutputs, DOCUMENT } from '../../src/batch/jobs.js';

const names = (files: string[]) => assignOutputs(files, 'out').jobs.map((j) => path.basename(j.output));

describe('assignOutputs', () => {
  it.each([
    [['a/讲话.txt', 'b/报告.docx'], ['讲话.pptx', '报告.pptx']],
    [['a/讲话.txt', 'b/讲话.docx', 'c/讲话.md'], ['讲话.pptx', '讲话-2.pptx', '讲话-3.pptx']],
    [['a/Report.txt', 'b/report.txt'], ['Report.pptx', 'report-2.pptx']],
    [['a/x.txt', 'a/x-2.txt', 'b/x.txt'], ['x.pptx', 'x-2.pptx', 'x-3.pptx']],
    [['a/x.txt', 'b/x.txt', 'a/x-2.txt'], ['x.pptx', 'x-2.pptx', 'x-2-2.pptx']],
    [['a/v1.2.txt', 'b/v1.2.md'], ['v1.2.pptx', 'v1.2-2.pptx']],
  ])('%j → %j', (files, expected) => {
    expect(names(files)).toEqual(expected);
  });

  it('reports each renamed input with the one it clashed with', () => {
    const { renamed, jobs } = assignOutputs(['a/讲话.txt', 'b/讲话.md'], 'out');
    expect(renamed).toEqual([{ input: 'b/讲话.md', sameAs: 'a/讲话.txt', output: path.join('out', '讲话-2.pptx') }]);
    expect(jobs.map((j) => j.index)).toEqual([0, 1]);
  });
});

describe('DOCUMENT', () => {
  it.each([
    ['讲话.txt', true],
    ['报告.DOCX', true],
    ['a.md', true],
    ['a.markdown', true],
    ['~$讲话.docx', false],
    ['.hidden.txt', false],
    ['deck.pptx', false],
    ['old.doc', true],
    ['表格.xls', false],
  ])('%s → %s', (name, expected) => {
    expect(DOCUMENT.test(name)).toBe(expected);
  });
});
