// Timing a command the way a user runs it: a fresh process each time, wall time from spawn to exit,
// and its peak memory from /usr/bin/time when that is installed (Debian: apt-get install time).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

export interface Measured {
  /** Median wall time, milliseconds. */
  ms: number;
  runs: number[];
  /** Largest peak resident memory over the runs, MB (null without /usr/bin/time). */
  peakMb: number | null;
}

const TIME = '/usr/bin/time';

export interface Command {
  file: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
}

/** One run; throws when the command fails, since a failed run's time means nothing. */
export function runOnce(cmd: Command): { ms: number; peakMb: number | null } {
  const withTime = existsSync(TIME);
  const [file, args] = withTime ? [TIME, ['-f', '%M', cmd.file, ...cmd.args]] : [cmd.file, cmd.args];
  const start = process.hrtime.bigint();
  const r = spawnSync(file, args, { env: cmd.env ?? process.env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd.file} ${cmd.args.join(' ')} 失败（${r.status}）：${r.stderr.slice(-500)}`);
  const kb = withTime ? Number(r.stderr.trim().split('\n').pop()) : NaN;
  return { ms, peakMb: Number.isFinite(kb) ? kb / 1024 : null };
}

/**
 * `warmup` unmeasured runs, then `runs` measured ones. Several commands are measured in turn, run by
 * run, so that a slow minute of the machine falls on all of them alike; each round starts with the
 * next command, so that none is always the one run first (or right after another).
 */
export function measureSideBySide(cmds: Command[], runs: number, warmup: number): Measured[] {
  const samples = cmds.map(() => [] as number[]);
  const peaks = cmds.map(() => null as number | null);
  for (let i = 0; i < warmup + runs; i++) {
    cmds.forEach((_, k) => {
      const c = (i + k) % cmds.length;
      const cmd = cmds[c]!;
      const r = runOnce(cmd);
      if (i < warmup) return;
      samples[c]!.push(r.ms);
      if (r.peakMb !== null) peaks[c] = Math.max(peaks[c] ?? 0, r.peakMb);
    });
  }
  return samples.map((s, c) => ({ ms: median(s), runs: s, peakMb: peaks[c]! }));
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
