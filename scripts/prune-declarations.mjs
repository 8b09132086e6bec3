// After tsc: keep only the declarations the package's one entry point (dist/index.d.ts) reaches. The
// exports map lets nobody import an internal module, so the rest would ship unread (about 40 kB).
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const reached = new Set();
const todo = [path.join(dist, 'index.d.ts')];
while (todo.length > 0) {
  const file = todo.pop();
  if (reached.has(file)) continue;
  reached.add(file);
  for (const m of readFileSync(file, 'utf8').matchAll(/(?:from |import\()['"](\.[^'"]+)\.js['"]/g)) {
    todo.push(path.join(path.dirname(file), `${m[1]}.d.ts`));
  }
}
for (const entry of readdirSync(dist, { recursive: true })) {
  const file = path.join(dist, entry);
  if (file.endsWith('.d.ts') && !reached.has(file)) rmSync(file);
}
