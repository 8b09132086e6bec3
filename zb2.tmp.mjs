import { build } from 'esbuild';
await build({ entryPoints: ['/tmp/zt.ts'], bundle: true, platform: 'node', format: 'esm', outfile: '/tmp/zt.mjs', logLevel: 'error' });
