/**
 * A cleaned batch as it travels from a worker to the writer. Nothing here
 * cleans, so the main thread can build error batches without loading the
 * cleaners.
 */

/** Counts a batch adds to the run's summary. */
export interface BatchStats {
  documents: number;
  errors: number;
  charsIn: number;
  charsOut: number;
  removedByKind: Record<string, number>;
}

/**
 * The cleaned batch as the bytes to write: one output line per unit, in
 * order, UTF-8 encoded by the worker that cleaned it. Encoding there rather
 * than on the main thread, and handing the bytes over without a copy, keeps
 * the main thread (the one every worker waits on) down to reading and
 * writing.
 */
export interface BatchResult {
  /** One JSON line per unit, each ending in a line feed. */
  output: Uint8Array;
  /** The removed spans, one JSON line each, led by their record's locator; empty unless asked for. */
  removals: Uint8Array;
  /** How many lines `output` holds: one per unit. */
  lines: number;
  /** Index of the first error record, or -1. */
  firstError: number;
  /** The first error record's line, which a strict run stops at; null when none. */
  errorRecord: string | null;
  /** Bytes of `output` and `removals` up to and including the first error's unit (what a strict run keeps); 0 when none. */
  outputCut: number;
  removalsCut: number;
  stats: BatchStats;
}

const encoder = new TextEncoder();

/**
 * Encode a batch's output lines and removal lines (one string per unit,
 * '' for a unit without removals).
 *
 * @example encodeBatch(['{"id":1}'], [''], -1, stats).output // the bytes of '{"id":1}\n'
 */
export function encodeBatch(lines: readonly string[], removals: readonly string[], firstError: number, stats: BatchStats): BatchResult {
  const kept = firstError + 1;
  return {
    output: encoder.encode(lines.length === 0 ? '' : `${lines.join('\n')}\n`),
    removals: encoder.encode(removals.join('')),
    lines: lines.length,
    firstError,
    errorRecord: firstError >= 0 ? lines[firstError]! : null,
    outputCut: firstError >= 0 ? encoder.encode(`${lines.slice(0, kept).join('\n')}\n`).length : 0,
    removalsCut: firstError >= 0 ? encoder.encode(removals.slice(0, kept).join('')).length : 0,
    stats,
  };
}
