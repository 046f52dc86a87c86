import { createWriteStream } from 'node:fs';
import { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { gzipInto } from './gzip.js';

/** Where lines of JSON go: a file or stdout, gzipped or not. */
export interface LineSink {
  /** Resolves when the sink can take more, so a slow disk or pipe slows the reader (backpressure). */
  write(text: string | Uint8Array): Promise<void>;
  /** Flush everything and close the file (stdout stays open). */
  close(): Promise<void>;
}

/**
 * Open a sink for `path`, or stdout when `path` is null. A path ending in
 * `.gz` is gzipped whatever `gzip` says.
 *
 * @example const sink = openSink('out.jsonl.gz', false); await sink.write('{}\n'); await sink.close();
 */
export function openSink(path: string | null, gzip: boolean): LineSink {
  const zipped = gzip || (path !== null && path.endsWith('.gz'));
  const target: Writable = path === null ? new StdoutView() : createWriteStream(path);
  const head = gzipInto(target, zipped);
  let failure: Error | null = null;
  head.on('error', (error) => (failure ??= error));
  target.on('error', (error) => (failure ??= error));
  return {
    async write(text) {
      if (failure) throw failure;
      if (!head.write(text)) await drained(head, target);
      if (failure) throw failure;
    },
    async close() {
      if (failure) throw failure;
      head.end();
      await finished(target);
      if (failure) throw failure;
    },
  };
}

/**
 * Wait until `head` drains, or until either stream fails or closes (then the
 * next write reports the failure). Listeners are removed again: a sink that
 * waits a million times must not collect a million listeners.
 */
function drained(head: Writable, target: Writable): Promise<void> {
  return new Promise((resolve) => {
    const streams = head === target ? [head] : [head, target];
    const done = () => {
      head.off('drain', done);
      for (const s of streams) {
        s.off('close', done);
        s.off('error', done);
      }
      resolve();
    };
    head.on('drain', done);
    for (const s of streams) {
      s.on('close', done);
      s.on('error', done);
    }
  });
}

/**
 * stdout as a Writable whose end() flushes instead of closing: the process
 * may still print a summary, and a pipe reader must see every byte first.
 */
class StdoutView extends Writable {
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    if (process.stdout.write(chunk)) done();
    else process.stdout.once('drain', () => done());
  }
  override _final(done: (error?: Error | null) => void): void {
    process.stdout.write('', () => done());
  }
}
