import type { ReadCounters } from './reader.js';

/** Draws a one-line progress report on a terminal; does nothing elsewhere. */
export interface Progress {
  /** Redraw if enough time passed since the last draw; cheap to call per batch. */
  tick(records: number): void;
  /** Erase the line, so the summary starts on a clean one. */
  clear(): void;
}

const REDRAW_MS = 200;
const BAR_WIDTH = 20;

/**
 * A progress line (records, MB/s, and percentage and ETA when the input size
 * is known) on `stream`, redrawn in place. Only when it is a terminal: in a
 * log file or under Spark, carriage-return animations are noise.
 *
 * @example const progress = createProgress(process.stderr, totalBytes, counters, true); progress.tick(100);
 */
export function createProgress(stream: NodeJS.WriteStream, totalBytes: number, counters: ReadCounters, enabled: boolean): Progress {
  if (!enabled || !stream.isTTY) return { tick() {}, clear() {} };
  const started = performance.now();
  let last = 0;
  let drawn = false;
  return {
    tick(records) {
      const now = performance.now();
      if (now - last < REDRAW_MS) return;
      last = now;
      drawn = true;
      stream.write(`\r\x1b[K${progressLine(records, counters, totalBytes, (now - started) / 1000)}`);
    },
    clear() {
      if (drawn) stream.write('\r\x1b[K');
    },
  };
}

/**
 * The text of one progress line.
 *
 * @example progressLine(1200, { rawBytes: 5e6, textBytes: 5e6, blankLines: 0 }, 1e7, 2) // 'decruft 1,200 records · 2.5 MB/s · [##########··········] 50% · ETA 0:02'
 */
export function progressLine(records: number, counters: ReadCounters, totalBytes: number, seconds: number): string {
  const rate = seconds > 0 ? counters.textBytes / 1e6 / seconds : 0;
  const parts = [`decruft ${records.toLocaleString('en-US')} records`, `${rate.toFixed(1)} MB/s`];
  if (totalBytes > 0 && counters.rawBytes > 0) {
    const share = Math.min(1, counters.rawBytes / totalBytes);
    const filled = Math.round(share * BAR_WIDTH);
    const eta = share > 0 ? (seconds / share) * (1 - share) : 0;
    parts.push(`[${'#'.repeat(filled)}${'·'.repeat(BAR_WIDTH - filled)}] ${Math.floor(share * 100)}%`, `ETA ${clock(eta)}`);
  }
  return parts.join(' · ');
}

function clock(seconds: number): string {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}
