#!/usr/bin/env node
// The command `doc2deck`. Node's compile cache first (Node 22.1 and later: what V8 compiled of
// doc2deck is kept on disk, so later starts skip compiling it; older Nodes have no such function),
// then the CLI, imported after it so that the cache covers it.
import module from 'node:module';

(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
const { main } = await import('./cli.js');
const { processIo } = await import('./cli/io.js');
const io = processIo();
const code = await main(process.argv.slice(2), io);
// Exit once the output is out rather than when the event loop runs dry: Node would then tear the
// whole heap down first, a noticeable part of a short run.
io.drained(() => process.exit(code));
