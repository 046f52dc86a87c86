import { describe, expect, it } from 'vitest';
import { progressLine } from '../../src/cli/progress.js';
import { formatSummary } from '../../src/cli/summary.js';

describe('progress line and summary', () => {
  it('shows records and MB/s, and a bar with ETA when the input size is known', () => {
    const counters = { rawBytes: 5e6, textBytes: 5e6, blankLines: 0 };
    expect(progressLine(1200, counters, 1e7, 2)).toBe('decruft 1,200 records · 2.5 MB/s · [##########··········] 50% · ETA 0:02');
    expect(progressLine(1200, counters, 0, 2)).toBe('decruft 1,200 records · 2.5 MB/s');
    expect(progressLine(3, { rawBytes: 1e6, textBytes: 1e6, blankLines: 0 }, 1e9, 3600)).toBe(`decruft 3 records · 0.0 MB/s · [${'·'.repeat(20)}] 0% · ETA 999:00:00`);
  });

  it('sums up records, errors, removals by kind and throughput', () => {
    const stats = { records: 1000, documents: 998, errors: 2, blankLines: 1, textBytes: 10e6, charsIn: 9e6, charsOut: 6e6, removedByKind: { footer: 10, 'icon-run': 3, timestamp: 10 } };
    expect(formatSummary(stats, 2.5)).toBe(
      'decruft: 1,000 records (998 documents, 2 errors) in 2.5 s, 4.0 MB/s, 400 records/s\n' +
        '  removed: footer 10, timestamp 10, icon-run 3\n' +
        '  kept 66.7% of 9,000,000 characters\n' +
        '  skipped 1 blank line\n',
    );
  });
});
