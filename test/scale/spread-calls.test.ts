import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// fn(...items) passes every item as an argument on the stack: with a document's worth of items
// (130,000 paragraphs, a part's 20,000 slides) it throws "Maximum call stack size exceeded". The
// code builds arrays by spreading into array literals, flatMap and loops instead; this finds any call
// that spreads (push(...), Math.max(...), String.fromCharCode(...), new X(...)) wherever it creeps back.
const SRC = path.resolve(__dirname, '../../src');

function spreadCalls(name: string, text: string): string[] {
  const source = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && node.arguments?.some(ts.isSpreadElement)) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      found.push(`${name}:${line + 1}: ${node.getText().slice(0, 80)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('no call spreads an array into its arguments', () => {
  it('holds for every source file', () => {
    const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap((f) => spreadCalls(f, readFileSync(path.join(SRC, f), 'utf8')))).toEqual([]);
  });

  it('finds calls that spread, and leaves array literals and parameters alone', () => {
    const text = 'out.push(...items);\nMath.max(...xs);\nconst all = [...items, ...xs];\nconst f = (...args: number[]) => args;\nnew Set(...pairs);';
    expect(spreadCalls('x.ts', text).map((s) => s.split(':')[1])).toEqual(['1', '2', '5']);
  });
});
