// What `npm install doc2deck` gets: the library and the bin, their themes, the licence and the
// README and the plan file's JSON Schema; no devtools, tests or caches; under 450 kB unpacked (the JS
// ships without comments; the declarations keep the doc comments, only those the entry point reaches).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/samples.js';

const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

describe('the package', () => {
  it('exports the library through an exports map, and has a bin and an MIT licence', () => {
    expect(pkg.exports['.']).toEqual({ types: './dist/index.d.ts', default: './dist/index.js' });
    expect(pkg.bin.doc2deck).toBe('dist/bin.js');
    expect(pkg.license).toBe('MIT');
    expect(readFileSync(path.join(ROOT, 'LICENSE'), 'utf8')).toContain('MIT License');
  });

  it.runIf(existsSync(path.join(ROOT, 'dist/index.js')))('packs the built code, the themes, LICENSE and README, nothing else, under 450 kB', () => {
    // --ignore-scripts: packing must not rebuild dist/ under the other tests' feet.
    const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const [packed] = JSON.parse(r.stdout) as { unpackedSize: number; files: { path: string }[] }[];
    const files = packed!.files.map((f) => f.path);
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'package.json', 'dist/bin.js', 'dist/index.js', 'dist/index.d.ts', 'dist/batch/worker.js', 'templates/dangzheng.json', 'schema/plan.schema.json']));
    for (const f of files) expect(f).toMatch(/^(dist\/(?!devtools\/)|templates\/[^/]+\.json$|schema\/plan\.schema\.json$|LICENSE$|README\.md$|package\.json$)/);
    // 450 kB as npm prints it (decimal).
    expect(packed!.unpackedSize).toBeLessThan(450_000);
    // The declarations shipped are those the entry point reaches (scripts/prune-declarations.mjs), and
    // every relative import in them resolves to one that ships.
    const declarations = files.filter((f) => f.endsWith('.d.ts'));
    expect(declarations.length).toBeLessThan(files.filter((f) => f.endsWith('.js')).length);
    for (const d of declarations) {
      for (const m of readFileSync(path.join(ROOT, d), 'utf8').matchAll(/(?:from |import\()['"](\.[^'"]+)\.js['"]/g)) {
        expect(declarations, `${d} imports ${m[1]}`).toContain(path.posix.join(path.posix.dirname(d), `${m[1]}.d.ts`));
      }
    }
  });
});
