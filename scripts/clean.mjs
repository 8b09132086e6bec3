// Before tsc writes dist/: what an earlier build left there (renamed or deleted sources) must not ship.
import { rmSync } from 'node:fs';

rmSync(new URL('../dist/', import.meta.url), { recursive: true, force: true });
