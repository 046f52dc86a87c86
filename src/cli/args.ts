import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import type { Focus } from '../types.js';

/** How input that is not recognisable by its file name is read. */
export type InputFormat = 'jsonl' | 'text' | 'html';

/** Which record fields the CLI reads and what it copies to the output. */
export interface FieldSettings {
  textField: string;
  /** Unset unless `--html-field` is given: HTML is only read when asked for. */
  htmlField: string | null;
  idField: string;
  urlField: string;
  keep: string[];
}

/** Everything a run needs, checked and with defaults filled in. */
export interface CliConfig {
  inputs: string[];
  output: string | null;
  outDir: string | null;
  removals: string | null;
  gzip: boolean;
  format: InputFormat | null;
  fields: FieldSettings;
  focus: Focus;
  disable: string[];
  workers: number;
  strict: boolean;
  quiet: boolean;
  progress: boolean;
  shardIndex: number | null;
  shardCount: number | null;
}

/**
 * A mistake in the command line: main prints it with the usage hint and exits 2.
 *
 * @example throw new UsageError('--workers must be an integer of at least 0, got "many"')
 */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Output keys of a document; a pass-through field with one of these names would overwrite it. */
const DOCUMENT_KEYS = new Set([
  'id', 'title', 'subtitle', 'published', 'dateline', 'authors', 'blocks', 'text', 'removed',
  'related', 'captions', 'stats', 'warnings', 'source', 'page',
]);
const FOCUS: readonly Focus[] = ['precision', 'balanced', 'recall'];
const FORMATS: readonly InputFormat[] = ['jsonl', 'text', 'html'];

const OPTIONS = {
  output: { type: 'string', short: 'o' },
  'out-dir': { type: 'string' },
  removals: { type: 'string' },
  gzip: { type: 'boolean', short: 'z' },
  format: { type: 'string' },
  'text-field': { type: 'string', default: 'text' },
  'html-field': { type: 'string' },
  'id-field': { type: 'string', default: 'id' },
  'url-field': { type: 'string', default: 'url' },
  keep: { type: 'string', multiple: true },
  focus: { type: 'string', default: 'balanced' },
  disable: { type: 'string', multiple: true },
  workers: { type: 'string', short: 'j' },
  strict: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  'no-progress': { type: 'boolean' },
  'shard-index': { type: 'string' },
  'shard-count': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** What the command line asked for: a run, the help text, or the version. */
export type Command = { kind: 'run'; config: CliConfig } | { kind: 'help' } | { kind: 'version' };

/**
 * Read the command line (and the AWS Batch array variables) into a checked
 * config. Every mistake is a UsageError naming the flag, raised before any
 * input is read, so a misconfigured batch job fails at once, not hours in.
 *
 * @example parseCommand(['-j', '2', 'in.jsonl'], {}).kind // 'run'
 */
export function parseCommand(argv: readonly string[], env: NodeJS.ProcessEnv): Command {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values: v, positionals } = parsed;
  if (v.help) return { kind: 'help' };
  if (v.version) return { kind: 'version' };
  const focus = v.focus as Focus;
  if (!FOCUS.includes(focus)) throw new UsageError(`--focus must be one of ${FOCUS.join(', ')}, got "${v.focus}"`);
  if (v.format !== undefined && !FORMATS.includes(v.format as InputFormat)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${v.format}"`);
  }
  if (v.output !== undefined && v['out-dir'] !== undefined) throw new UsageError('--output and --out-dir cannot be combined');
  if (v.removals !== undefined && v['out-dir'] !== undefined) throw new UsageError('--removals and --out-dir cannot be combined: with --out-dir, each part writes its own removals file');
  const shard = shardOf(v['shard-index'], v['shard-count'], env);
  if (shard.index !== null && v['out-dir'] === undefined) {
    throw new UsageError('a sharded run needs --out-dir: each shard writes its output, removals, stats and done-marker there');
  }
  return {
    kind: 'run',
    config: {
      inputs: positionals,
      output: v.output ?? null,
      outDir: v['out-dir'] ?? null,
      removals: v.removals ?? null,
      gzip: v.gzip ?? false,
      format: (v.format as InputFormat | undefined) ?? null,
      fields: fieldsOf(v),
      focus,
      disable: splitList(v.disable),
      workers: v.workers === undefined ? defaultWorkers() : integerFlag('--workers', v.workers, 0),
      strict: v.strict ?? false,
      quiet: v.quiet ?? false,
      progress: !(v['no-progress'] ?? false),
      shardIndex: shard.index,
      shardCount: shard.count,
    },
  };
}

function fieldsOf(v: Record<string, unknown>): FieldSettings {
  const keep = splitList(v.keep as string[] | undefined);
  const clash = keep.find((k) => DOCUMENT_KEYS.has(k));
  if (clash !== undefined) throw new UsageError(`--keep "${clash}" would overwrite the document field of that name; rename it upstream`);
  return {
    textField: v['text-field'] as string,
    htmlField: (v['html-field'] as string | undefined) ?? null,
    idField: v['id-field'] as string,
    urlField: v['url-field'] as string,
    keep: [...new Set(keep)],
  };
}

/** Explicit flags win; otherwise an AWS Batch array job's variables pick the shard. */
function shardOf(index: string | undefined, count: string | undefined, env: NodeJS.ProcessEnv) {
  index ??= env.AWS_BATCH_JOB_ARRAY_INDEX || undefined;
  count ??= env.AWS_BATCH_JOB_ARRAY_SIZE || undefined;
  if (index === undefined && count === undefined) return { index: null, count: null };
  if (index === undefined || count === undefined) {
    throw new UsageError('sharding needs both --shard-index and --shard-count (or AWS_BATCH_JOB_ARRAY_INDEX and AWS_BATCH_JOB_ARRAY_SIZE)');
  }
  const n = integerFlag('--shard-count', count, 1);
  const i = integerFlag('--shard-index', index, 0);
  if (i >= n) throw new UsageError(`--shard-index must be below --shard-count (${n}), got ${i}`);
  return { index: i, count: n };
}

function integerFlag(flag: string, raw: string, min: number): number {
  const n = /^\d{1,9}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isInteger(n) || n < min) throw new UsageError(`${flag} must be an integer of at least ${min}, got "${raw}"`);
  return n;
}

/** `--keep a,b --keep c` and `--keep a --keep b --keep c` mean the same. */
function splitList(values: readonly string[] | undefined): string[] {
  return (values ?? []).flatMap((s) => s.split(',')).map((s) => s.trim()).filter((s) => s !== '');
}

/**
 * One worker per core, leaving one core for reading, ordering and writing.
 *
 * @example defaultWorkers() // 3 on a 4-core machine, 1 on a 1- or 2-core one
 */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism() - 1);
}

/** The `--help` text. */
export const USAGE = `Usage: decruft [options] [input …]
       decruft report …

Clean scraped news text or HTML into structured documents, one JSON line per
input record, in input order. Inputs are JSONL files (.jsonl, .ndjson), plain
.txt or .html files, or folders of them, each optionally gzipped (.gz); with no
input, or "-", stdin is read as JSONL (or as --format says).

Records
  --text-field F     field holding scraped text            (default: text)
  --html-field F     field holding raw HTML; used when a record has it
  --id-field F       field copied to the output as "id"    (default: id)
  --url-field F      field passed to the HTML cleaner as the page URL (default: url)
  --keep F[,F…]      fields copied through to the output unchanged
  --format F         jsonl, text or html: how to read stdin and unknown files

Cleaning
  --focus F          precision, balanced or recall         (default: balanced)
  --disable ID[,ID…] turn detectors or rules off by id

Output
  -o, --output FILE  write documents here instead of stdout (.gz: gzipped)
  -z, --gzip         gzip the output
  --removals FILE    also write every removed span as a JSON line
  --strict           stop at the first bad line or failing record (exit 1)
  -q, --quiet        no progress bar, no summary
  --no-progress      no progress bar

Scale
  -j, --workers N    worker threads; 0 cleans on the main thread (default: cores - 1)
  --out-dir DIR      write part files, removals, stats and a done-marker to DIR;
                     a rerun skips a part that is done
  --shard-index I    with --shard-count N: take input files I, I+N, I+2N, …
  --shard-count N    (AWS_BATCH_JOB_ARRAY_INDEX / _SIZE are used when set)

A bad line or failing record becomes {"line":…,"error":…} in the output and the
run goes on. Exit codes: 0 done, 1 failed (--strict, unreadable output), 2 usage.
`;
