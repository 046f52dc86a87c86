import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import type { CliConfig } from './args.js';
import { UsageError } from './args.js';
import type { InputSource } from './inputs.js';
import type { RunStats } from './summary.js';

/** One shard's share of the inputs and the files it writes, final and in progress. */
export interface ShardPlan {
  index: number;
  count: number;
  sources: InputSource[];
  output: string;
  removals: string;
  stats: string;
  done: string;
  /** What the done-marker must say for a rerun to skip this shard: same inputs, same settings. */
  fingerprint: string;
}

/** Suffix of a file being written; renamed away only once the shard is complete. */
export const PARTIAL = '.partial';

/**
 * Plan shard `index` of `count`: it takes input files index, index+count, …
 * (striding rather than ranges spreads a folder's big and small files
 * evenly), and names its files `part-00003-of-00016.*` in `outDir`.
 *
 * @example planShard(sources, { ...config, shardIndex: 1, shardCount: 4 }).output // 'out/part-00001-of-00004.jsonl'
 */
export function planShard(all: readonly InputSource[], config: CliConfig): ShardPlan {
  if (all.some((s) => s.path === null)) throw new UsageError('--out-dir and sharding need input files or folders, not stdin');
  const index = config.shardIndex ?? 0;
  const count = config.shardCount ?? 1;
  const sources = all.filter((_, i) => i % count === index);
  const base = join(config.outDir!, `part-${pad(index)}-of-${pad(count)}`);
  const gz = config.gzip ? '.gz' : '';
  const fingerprint = JSON.stringify({
    inputs: sources.map((s) => normalize(s.path!)),
    format: config.format,
    fields: config.fields,
    focus: config.focus,
    disable: config.disable,
    gzip: config.gzip,
  });
  return { index, count, sources, output: `${base}.jsonl${gz}`, removals: `${base}.removals.jsonl${gz}`, stats: `${base}.stats.json`, done: `${base}.done`, fingerprint };
}

/**
 * Whether an earlier run finished this shard. A done-marker left by a run
 * over other inputs or settings is an error: skipping would silently mix two
 * runs' output, and redoing would silently overwrite it.
 *
 * @example if (shardIsDone(plan)) return 0;
 */
export function shardIsDone(plan: ShardPlan): boolean {
  if (!existsSync(plan.done)) return false;
  const marker = readFileSync(plan.done, 'utf8');
  let recorded: unknown;
  try {
    recorded = (JSON.parse(marker) as { run?: unknown }).run;
  } catch {
    recorded = undefined;
  }
  if (JSON.stringify(recorded) !== plan.fingerprint) {
    throw new UsageError(`${plan.done} was written by a run with other inputs or settings; use another --out-dir or delete that shard's files`);
  }
  return true;
}

/**
 * Publish a finished shard: rename the partial files into place, write the
 * stats, and write the done-marker last, so a marker always means complete
 * files. A shard killed before this point leaves only `.partial` files, which
 * the rerun overwrites from the start: the unit of retry is the shard.
 *
 * @example commitShard(plan, stats)
 */
export function commitShard(plan: ShardPlan, stats: RunStats): void {
  renameSync(plan.output + PARTIAL, plan.output);
  renameSync(plan.removals + PARTIAL, plan.removals);
  writeFileSync(plan.stats + PARTIAL, `${JSON.stringify({ shard: plan.index, shards: plan.count, ...stats }, null, 2)}\n`);
  renameSync(plan.stats + PARTIAL, plan.stats);
  writeFileSync(plan.done + PARTIAL, `${JSON.stringify({ run: JSON.parse(plan.fingerprint) as unknown })}\n`);
  renameSync(plan.done + PARTIAL, plan.done);
}

function pad(n: number): string {
  return String(n).padStart(5, '0');
}
