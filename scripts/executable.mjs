// After tsc: the bin must be executable, or npx (and npm 10's exec, which rebuilds the package first)
// answers "Permission denied" / "not found". tsc writes every file 644; npm sets the mode only for
// packages it installs as dependencies, not for the project itself.
// npx also links a checkout's bin into its own cache (~/.npm/_npx) on its first run there and never
// relinks it: where an earlier version's bin path was linked, `npx doc2deck` answered "not found"
// after an update. The paths earlier versions declared start the same bin.
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';

const dist = new URL('../dist/', import.meta.url);
chmodSync(new URL('bin.js', dist), 0o755);
mkdirSync(new URL('bin/', dist), { recursive: true });
for (const old of ['bin/doc2deck.cjs', 'bin/doc2deck.mjs']) {
  writeFileSync(new URL(old, dist), "#!/usr/bin/env node\n// An earlier build's bin path: starts dist/bin.js (see scripts/executable.mjs).\nimport('../bin.js');\n", { mode: 0o755 });
}
