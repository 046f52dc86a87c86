/**
 * The piscina worker: cleans one batch per task. Settings travel with each
 * task (a few hundred bytes) rather than as workerData, so the worker holds
 * no state and any thread can take any batch.
 */
import { move, transferableSymbol, valueSymbol } from 'piscina';
import { cleanBatch } from './records.js';
import type { BatchResult } from './batch.js';
import type { RecordSettings, WorkUnit } from './records.js';

/** A batch of units and the settings to clean them with. */
export interface CleanTask {
  units: WorkUnit[];
  settings: RecordSettings;
}

/**
 * Clean one batch; its encoded output moves to the main thread without a copy.
 *
 * @example await pool.run({ units, settings }) // BatchResult
 */
export default function cleanTask(task: CleanTask): BatchResult {
  const result = cleanBatch(task.units, task.settings);
  // piscina posts the value and transfers the listed buffers; the main thread receives the BatchResult itself.
  return move({ [transferableSymbol]: [result.output.buffer, result.removals.buffer], [valueSymbol]: result }) as unknown as BatchResult;
}
