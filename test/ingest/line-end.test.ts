import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { endsWithMark } from '../../src/ingest/line-end.js';
import { splitLines } from '../../src/ingest/lines.js';

const DUMPS = 'bench/data/article-extraction-benchmark/textdump';
const SENTENCE = /[.!?…]["”’)]{0,2}$/u;

describe('endsWithMark', () => {
  it('takes a mark followed by up to two closers, and no more', () => {
    expect(endsWithMark('He left.', '.!?…')).toBe(true);
    expect(endsWithMark('“He left?”', '.!?…')).toBe(true);
    expect(endsWithMark('(He said “no.”)', '.!?…')).toBe(true);
    expect(endsWithMark('He said “(no.”))', '.!?…')).toBe(false);
    expect(endsWithMark('Wait…', '.!?')).toBe(false);
    expect(endsWithMark('"")', '.!?')).toBe(false);
    expect(endsWithMark('.', '.!?')).toBe(true);
    expect(endsWithMark('', '.!?')).toBe(false);
  });

  it('tells what the regular expression tells on every line of the benchmark text dumps', () => {
    let lines = 0;
    for (const name of readdirSync(DUMPS)) {
      for (const { text } of splitLines(readFileSync(join(DUMPS, name), 'utf8'))) {
        for (const end of ['', '"', '”)', '’’)', ')']) {
          lines++;
          expect(endsWithMark(text + end, '.!?…'), text + end).toBe(SENTENCE.test(text + end));
        }
      }
    }
    expect(lines).toBeGreaterThan(100_000);
  });
});
