import type { CliConfig } from './args.js';
import type { InputSource } from './inputs.js';
import type { LineSink } from './output.js';
import { encodeBatch } from './batch.js';
import type { BatchResult } from './batch.js';
import type { RecordSettings, WorkUnit } from './records.js';
import type { ReadCounters, ReadFailure } from './reader.js';
import type { RunStats } from './summary.js';
import { orderedWindow } from './ordered.js';
import { createRunner } from './pool.js';
import { createProgress } from './progress.js';
import { readSource } from './reader.js';
import { addBatch, emptyStats, finishStats } from './summary.js';

/** Where a run writes: documents (and error records), and optionally the removed spans. */
export interface RunTargets {
  output: LineSink;
  removals: LineSink | null;
}

/** How a run ended: its totals, and the error record that stopped a `--strict` run. */
export interface RunOutcome {
  stats: RunStats;
  stoppedAt: string | null;
}

/**
 * A batch closes at whichever limit comes first. Batches depend only on the
 * input, never on the worker count, which is one reason output is identical
 * for any `--workers`.
 */
const BATCH_UNITS = 32;
const BATCH_CHARS = 64 * 1024;

/**
 * Clean every source into `targets`, in input order. Batches go to the
 * runner as the reader produces them; at most `capacity` are in flight, so
 * a fast reader waits for slow workers and a slow sink stalls both: memory
 * stays flat however large the input.
 *
 * @example const { stats } = await runPipeline(listInputs(['in.jsonl'], null), config, { output, removals: null }, workerFile);
 */
export async function runPipeline(sources: readonly InputSource[], config: CliConfig, targets: RunTargets, workerFile: string): Promise<RunOutcome> {
  const settings: RecordSettings = { fields: config.fields, focus: config.focus, disable: config.disable, removals: targets.removals !== null };
  const runner = createRunner(config.workers, settings, workerFile);
  const counters: ReadCounters = { rawBytes: 0, textBytes: 0, blankLines: 0 };
  const totalBytes = sources.every((s) => s.path !== null) ? sources.reduce((n, s) => n + s.size, 0) : 0;
  const progress = createProgress(process.stderr, totalBytes, counters, !config.quiet && config.progress);
  const total = emptyStats();
  let stoppedAt: string | null = null;

  const write = async (result: BatchResult): Promise<boolean> => {
    const failed = config.strict && result.firstError >= 0;
    const cut = failed ? result.firstError + 1 : result.lines;
    await targets.output.write(failed ? result.output.subarray(0, result.outputCut) : result.output);
    const removed = failed ? result.removals.subarray(0, result.removalsCut) : result.removals;
    if (targets.removals !== null && removed.length > 0) await targets.removals.write(removed);
    addBatch(total, failed ? strictStats(cut) : result.stats, cut);
    progress.tick(total.records);
    if (failed) stoppedAt = result.errorRecord;
    return !failed;
  };
  const ordered = orderedWindow(runner.capacity, write);

  try {
    let batch: WorkUnit[] = [];
    let chars = 0;
    const flush = async () => {
      if (batch.length === 0) return;
      const units = batch;
      batch = [];
      chars = 0;
      await ordered.push(runner.run(units));
    };
    read: for (const source of sources) {
      for await (const item of readSource(source, counters)) {
        if ('failure' in item) {
          await flush();
          await ordered.push(Promise.resolve(failureBatch(item)));
        } else {
          batch.push(item);
          chars += item.raw.length;
          if (batch.length >= BATCH_UNITS || chars >= BATCH_CHARS) await flush();
        }
        if (ordered.stopped) break read;
      }
    }
    if (!ordered.stopped) await flush();
    await ordered.drain();
  } finally {
    progress.clear();
    await runner.close();
  }
  return { stats: finishStats(total, counters), stoppedAt };
}

/** The stats of the lines a strict run kept from its last batch: the documents before the error, and the error. */
function strictStats(cut: number): BatchResult['stats'] {
  return { documents: cut - 1, errors: 1, charsIn: 0, charsOut: 0, removedByKind: {} };
}

function failureBatch(failure: ReadFailure): BatchResult {
  const at = failure.file === null ? { line: failure.line } : { file: failure.file, line: failure.line };
  return encodeBatch([JSON.stringify({ ...at, error: failure.failure })], [''], 0, { documents: 0, errors: 1, charsIn: 0, charsOut: 0, removedByKind: {} });
}
