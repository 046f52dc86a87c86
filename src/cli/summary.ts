import type { BatchStats } from './batch.js';
import type { ReadCounters } from './reader.js';

/** The totals of a run (or of one shard): what the stats file holds. */
export interface RunStats {
  records: number;
  documents: number;
  errors: number;
  blankLines: number;
  textBytes: number;
  charsIn: number;
  charsOut: number;
  /** Sorted by kind, so the stats file is the same bytes for the same input. */
  removedByKind: Record<string, number>;
}

/**
 * Totals before the first batch.
 *
 * @example emptyStats().records // 0
 */
export function emptyStats(): RunStats {
  return { records: 0, documents: 0, errors: 0, blankLines: 0, textBytes: 0, charsIn: 0, charsOut: 0, removedByKind: {} };
}

/**
 * Add one written batch to the totals.
 *
 * @example addBatch(stats, result.stats, result.lines)
 */
export function addBatch(total: RunStats, batch: BatchStats, records: number): void {
  total.records += records;
  total.documents += batch.documents;
  total.errors += records - batch.documents;
  total.charsIn += batch.charsIn;
  total.charsOut += batch.charsOut;
  for (const [kind, n] of Object.entries(batch.removedByKind)) total.removedByKind[kind] = (total.removedByKind[kind] ?? 0) + n;
}

/**
 * Copy the reader's counters in and order the removal kinds, ready to print or save.
 *
 * @example finishStats(stats, counters).removedByKind // { caption: 3, timestamp: 5 }
 */
export function finishStats(total: RunStats, counters: ReadCounters): RunStats {
  const byKind = Object.keys(total.removedByKind).sort();
  return {
    ...total,
    blankLines: counters.blankLines,
    textBytes: counters.textBytes,
    removedByKind: Object.fromEntries(byKind.map((k) => [k, total.removedByKind[k]!])),
  };
}

/**
 * The summary printed to stderr at the end of a run.
 *
 * @example formatSummary(stats, 2.5) // 'decruft: 1,000 records (998 documents, 2 errors) in 2.5 s, 4.1 MB/s, 400 records/s\n…'
 */
export function formatSummary(stats: RunStats, seconds: number): string {
  const n = (x: number) => x.toLocaleString('en-US');
  const mbs = seconds > 0 ? (stats.textBytes / 1e6 / seconds).toFixed(1) : '–';
  const rps = seconds > 0 ? n(Math.round(stats.records / seconds)) : '–';
  const count = (x: number, noun: string) => `${n(x)} ${noun}${x === 1 ? '' : 's'}`;
  const lines = [`decruft: ${count(stats.records, 'record')} (${count(stats.documents, 'document')}, ${count(stats.errors, 'error')}) in ${seconds.toFixed(1)} s, ${mbs} MB/s, ${rps} records/s`];
  const kinds = Object.entries(stats.removedByKind).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  lines.push(kinds.length === 0 ? '  removed: nothing' : `  removed: ${kinds.map(([k, c]) => `${k} ${n(c)}`).join(', ')}`);
  if (stats.charsIn > 0) lines.push(`  kept ${((stats.charsOut / stats.charsIn) * 100).toFixed(1)}% of ${n(stats.charsIn)} characters`);
  if (stats.blankLines > 0) lines.push(`  skipped ${count(stats.blankLines, 'blank line')}`);
  return `${lines.join('\n')}\n`;
}
