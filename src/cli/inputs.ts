import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep, basename } from 'node:path';
import type { InputFormat } from './args.js';
import { UsageError } from './args.js';

/** One input file (or stdin) and how its bytes become records. */
export interface InputSource {
  /** The path as the user gave it or as found in a folder; `null` for stdin. */
  path: string | null;
  /** The id a whole-file record gets: the path below the folder, or the file name. */
  name: string;
  format: InputFormat;
  /** Size on disk, for the progress bar's ETA; 0 when unknown (stdin). */
  size: number;
}

/** File name endings and the format each means; `.gz` is taken off first. */
const EXTENSIONS: ReadonlyArray<readonly [string, InputFormat]> = [
  ['.jsonl', 'jsonl'],
  ['.ndjson', 'jsonl'],
  ['.txt', 'text'],
  ['.text', 'text'],
  ['.html', 'html'],
  ['.htm', 'html'],
];

/**
 * Turn the command line's inputs into an ordered list of sources: files as
 * given, folders expanded recursively in sorted order, so that every shard of
 * a run computes the same list and takes its share of it.
 *
 * @example listInputs(['examples/data'], null).length // 5
 */
export function listInputs(args: readonly string[], format: InputFormat | null): InputSource[] {
  if (args.length === 0) return [stdinSource(format)];
  const sources: InputSource[] = [];
  for (const arg of args) {
    if (arg === '-') {
      sources.push(stdinSource(format));
      continue;
    }
    const stat = statOrThrow(arg);
    if (stat.isDirectory()) {
      for (const file of walk(arg)) {
        const fileFormat = format ?? formatOf(file);
        if (fileFormat !== null) sources.push({ path: file, name: toPosix(relative(arg, file)), format: fileFormat, size: statSync(file).size });
      }
    } else {
      const fileFormat = format ?? formatOf(arg);
      if (fileFormat === null) throw new UsageError(`cannot tell the format of "${arg}" from its name; pass --format jsonl, text or html`);
      sources.push({ path: arg, name: basename(arg), format: fileFormat, size: stat.size });
    }
  }
  return sources;
}

/**
 * The format a file name says, or null for a file a folder walk skips.
 *
 * @example formatOf('part-0.jsonl.gz') // 'jsonl'
 */
export function formatOf(path: string): InputFormat | null {
  const name = path.toLowerCase().replace(/\.gz$/, '');
  for (const [ending, format] of EXTENSIONS) if (name.endsWith(ending)) return format;
  return null;
}

function stdinSource(format: InputFormat | null): InputSource {
  return { path: null, name: 'stdin', format: format ?? 'jsonl', size: 0 };
}

function statOrThrow(path: string) {
  try {
    return statSync(path);
  } catch {
    throw new UsageError(`cannot read input "${path}": no such file or folder`);
  }
}

/** Files below `dir`, depth first, names sorted by code unit so the order is the same on every machine. */
function walk(dir: string): string[] {
  const out: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(path));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
