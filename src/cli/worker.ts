/**
 * The piscina worker: cleans one batch per task. Settings travel with each
 * task (a few hundred bytes) rather than as workerData, so the worker holds
 * no state and any thread can take any batch.
 */
import { cleanBatch } from './records.js';
import type { BatchResult, RecordSettings, WorkUnit } from './records.js';

/** A batch of units and the settings to clean them with. */
export interface CleanTask {
  units: WorkUnit[];
  settings: RecordSettings;
}

/**
 * Clean one batch.
 *
 * @example await pool.run({ units, settings }) // BatchResult
 */
export default function cleanTask(task: CleanTask): BatchResult {
  return cleanBatch(task.units, task.settings);
}
