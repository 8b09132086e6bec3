// The batch's progress bar, drawn on a terminal only: where stderr is a file or a pipe, a batch says
// nothing until its one-line summary. cli-progress does the drawing (redraw in place, terminal width,
// cursor hiding) and is loaded only when there is a terminal to draw on.
import type { Outcome } from '../batch/job.js';

export interface Progress {
  done: (outcome: Outcome, file: string) => void;
  stop: () => void;
}

const SILENT: Progress = { done: () => undefined, stop: () => undefined };

export async function startProgress(total: number, terminal: NodeJS.WriteStream | undefined): Promise<Progress> {
  if (!terminal) return SILENT;
  const { SingleBar } = (await import('cli-progress')).default;
  const bar = new SingleBar({
    stream: terminal,
    format: '{bar} {value}/{total} 个文稿　失败 {failed}　{file}',
    barCompleteChar: '█',
    barIncompleteChar: '░',
    hideCursor: true,
    clearOnComplete: true,
    // Chinese file names are two columns wide; leave room rather than wrap.
    barsize: 24,
  });
  let failed = 0;
  bar.start(total, 0, { failed, file: '' });
  return {
    done: (outcome, file) => {
      if (outcome.status !== 'converted') failed++;
      bar.increment({ failed, file: shorten(file) });
    },
    stop: () => bar.stop(),
  };
}

function shorten(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? file;
  return name.length > 24 ? `${name.slice(0, 23)}…` : name;
}
