// `doc2deck serve [--port N] [--host H]`: the local page (src/serve/), until Ctrl+C.
import { ExitCode } from '../problems.js';
import type { Io } from './io.js';

export interface ServeArgs {
  port: number;
  host: string;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export async function runServe(args: ServeArgs, io: Io): Promise<number> {
  if (!Number.isInteger(args.port) || args.port < 0 || args.port > 65535) {
    io.stderr(`用法错误：--port 应是 0 到 65535 之间的整数（收到：${args.port}）\n`);
    return ExitCode.usage;
  }
  const { startServer } = await import('../serve/server.js');
  let running;
  try {
    running = await startServer(args);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'EADDRINUSE' ? `端口 ${args.port} 已被占用，请用 --port 指定另一个端口（如 --port 8090）。`
      : code === 'EACCES' ? `没有权限使用端口 ${args.port}，请用 --port 指定 1024 以上的端口。`
      : code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' ? `这台电脑没有地址 ${args.host}，请检查 --host。`
      : `无法启动本地页面：${(e as Error).message}`;
    io.stderr(`错误：${why}\n`);
    return ExitCode.inputFailed;
  }
  io.stderr(`doc2deck 本地页面已启动：${running.url}\n请在浏览器中打开这个地址；按 Ctrl+C 结束。\n`);
  if (!LOOPBACK.has(args.host)) io.stderr(`注意：--host ${args.host} 让同一网络中的其他电脑也能打开这个页面并上传文稿。\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await running.close();
  io.stderr('本地页面已关闭。\n');
  return ExitCode.ok;
}
