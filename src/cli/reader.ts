import { createReadStream } from 'node:fs';
import { maybeGunzip } from './gzip.js';
import { readLines } from './lines.js';
import type { InputSource } from './inputs.js';
import type { WorkUnit } from './records.js';

/** An input that broke while being read (a truncated gzip, a vanished file): reported where it broke. */
export interface ReadFailure {
  failure: string;
  file: string | null;
  line: number;
}

/** Counters the reader feeds, for the progress bar and the summary. */
export interface ReadCounters {
  /** Bytes as stored (compressed when gzipped), against the input's size for the ETA. */
  rawBytes: number;
  /** Bytes of text after gunzipping: what the MB/s figure counts. */
  textBytes: number;
  blankLines: number;
}

/**
 * Yield the units of one input: a unit per non-blank JSONL line, or one for
 * a whole .txt/.html file. A read error ends the input with a ReadFailure
 * instead of ending the run.
 *
 * @example for await (const item of readSource(source, counters)) if ('raw' in item) …
 */
export async function* readSource(source: InputSource, counters: ReadCounters): AsyncGenerator<WorkUnit | ReadFailure> {
  let line = 0;
  const file = source.path;
  try {
    const raw = source.path === null ? (process.stdin as AsyncIterable<Buffer>) : createReadStream(source.path);
    const bytes = maybeGunzip(counted(raw, counters));
    if (source.format !== 'jsonl') {
      const text = await wholeText(bytes, counters);
      line = 1;
      yield { format: source.format, raw: text, line, file, name: source.name };
      return;
    }
    for await (const l of readLines(bytes)) {
      line = l.line;
      counters.textBytes += l.bytes;
      if (isBlank(l.text)) counters.blankLines++;
      else yield { format: 'jsonl', raw: l.text, line, file, name: source.name };
    }
  } catch (error) {
    yield { failure: `cannot read input: ${error instanceof Error ? error.message : String(error)}`, file, line: line + 1 };
  }
}

async function* counted(chunks: AsyncIterable<Buffer>, counters: ReadCounters): AsyncGenerator<Buffer> {
  for await (const chunk of chunks) {
    counters.rawBytes += chunk.length;
    yield chunk;
  }
}

async function wholeText(chunks: AsyncIterable<Buffer>, counters: ReadCounters): Promise<string> {
  const parts: Buffer[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  const all = Buffer.concat(parts);
  counters.textBytes += all.length;
  const bom = all[0] === 0xef && all[1] === 0xbb && all[2] === 0xbf ? 3 : 0;
  return all.toString('utf8', bom);
}

/** Blank lines separate nothing in JSONL; they are counted, not turned into error records. */
function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09) return false;
  }
  return true;
}
