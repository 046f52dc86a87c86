import { Piscina } from 'piscina';
import { encodeBatch } from './batch.js';
import type { BatchResult } from './batch.js';
import type { RecordSettings, WorkUnit } from './records.js';

/** Cleans batches, on worker threads or on the main thread. */
export interface BatchRunner {
  /** Never rejects: a batch the worker could not finish comes back as error records. */
  run(units: WorkUnit[]): Promise<BatchResult>;
  /** How many batches may be in flight before the reader waits: the memory bound. */
  readonly capacity: number;
  close(): Promise<void>;
}

/** Batches in flight per worker: enough to keep every thread busy while the head batch is written. */
const BATCHES_PER_WORKER = 3;

/**
 * A runner with `workers` threads, or one that cleans on the main thread
 * when `workers` is 0 (for debugging, and for engines like Spark that already
 * run one process per core).
 *
 * @example const runner = createRunner(2, settings, workerPath); await runner.run(units);
 */
export function createRunner(workers: number, settings: RecordSettings, workerFile: string): BatchRunner {
  if (workers === 0) {
    return {
      capacity: 1,
      run: async (units) => {
        // Loaded on first use: with workers, the main thread never needs the cleaners.
        const { cleanBatch } = await import('./records.js');
        return settle(units, () => cleanBatch(units, settings));
      },
      close: async () => {},
    };
  }
  const pool = new Piscina({ filename: workerFile, minThreads: workers, maxThreads: workers, idleTimeout: 60_000 });
  return {
    capacity: workers * BATCHES_PER_WORKER,
    run: (units) => pool.run({ units, settings }).then(
      (result: BatchResult) => result,
      (error: unknown) => failedBatch(units, error),
    ),
    close: () => pool.destroy(),
  };
}

async function settle(units: WorkUnit[], fn: () => BatchResult): Promise<BatchResult> {
  try {
    return fn();
  } catch (error) {
    return failedBatch(units, error);
  }
}

/** A batch whose worker died (out of memory, say): every unit gets an error record rather than vanishing. */
function failedBatch(units: readonly WorkUnit[], error: unknown): BatchResult {
  const message = `worker failed: ${error instanceof Error ? error.message : String(error)}`;
  const lines = units.map((u) => JSON.stringify({ ...(u.file === null ? {} : { file: u.file }), line: u.line, error: message }));
  return encodeBatch(lines, units.map(() => ''), 0, { documents: 0, errors: units.length, charsIn: 0, charsOut: 0, removedByKind: {} });
}
