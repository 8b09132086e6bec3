// After tsc: the bin must be executable, or npx (and npm 10's exec, which rebuilds the package first)
// answers "Permission denied" / "not found". tsc writes every file 644; npm sets the mode only for
// packages it installs as dependencies, not for the project itself.
import { chmodSync } from 'node:fs';

chmodSync(new URL('../dist/bin.js', import.meta.url), 0o755);
