// What a batch converts: the documents named on the command line and those inside the folders named,
// each with its own output file in the output folder.
import { readdir, stat } from '../files.js';
import { basename as pathBasename, join as pathJoin, resolve as pathResolve } from 'node:path';
import type { Job } from './job.js';

/** The documents a folder contributes. Word's lock files (~$讲话.docx) and hidden files are not documents. */
export const DOCUMENT = /^(?!~\$|\.).+\.(txt|md|markdown|docx|doc)$/i;

export interface Inputs {
  files: string[];
  /** Folders named on the command line with no document inside. */
  emptyFolders: string[];
}

/** Folders become their documents (not their subfolders'), in name order; a file named twice counts once. */
export async function collectInputs(given: string[]): Promise<Inputs> {
  const files: string[] = [];
  const emptyFolders: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const key = pathResolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(file);
  };
  for (const input of given) {
    if (!(await isFolder(input))) {
      // Files, and names that are neither: the job reports what is wrong with them.
      add(input);
      continue;
    }
    const entries = await readdir(input, { withFileTypes: true });
    const docs = entries.filter((e) => DOCUMENT.test(e.name) && (e.isFile() || e.isSymbolicLink())).map((e) => e.name).sort();
    if (docs.length === 0) emptyFolders.push(input);
    for (const name of docs) add(pathJoin(input, name));
  }
  return { files, emptyFolders };
}

export async function isFolder(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isDirectory();
  } catch {
    return false;
  }
}

export interface Renamed {
  input: string;
  /** The earlier input whose name it shares. */
  sameAs: string;
  output: string;
}

/**
 * OUTDIR/<stem>.pptx for each file. Two inputs with the same stem (a/讲话.txt, b/讲话.docx) must not
 * overwrite each other: the later one gets 讲话-2.pptx, and is reported. Names are compared the way
 * Windows and macOS compare them, ignoring case.
 */
export function assignOutputs(files: string[], outDir: string): { jobs: Job[]; renamed: Renamed[] } {
  const taken = new Map<string, string>();
  const jobs: Job[] = [];
  const renamed: Renamed[] = [];
  files.forEach((input, index) => {
    const stem = pathBasename(input).replace(/\.[^.]+$/, '');
    let name = stem;
    for (let n = 2; taken.has(keyOf(name)); n++) name = `${stem}-${n}`;
    const output = pathJoin(outDir, `${name}.pptx`);
    if (name !== stem) renamed.push({ input, sameAs: taken.get(keyOf(stem)) ?? '', output });
    taken.set(keyOf(name), input);
    jobs.push({ index, input, output });
  });
  return { jobs, renamed };
}

function keyOf(name: string): string {
  return name.normalize('NFC').toLowerCase();
}
