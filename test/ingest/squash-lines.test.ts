import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nonBlankLines, splitLines } from '../../src/ingest/lines.js';
import { squashLines } from '../../src/ingest/squash-lines.js';
import { isSpaceCode, squash } from '../../src/ingest/whitespace.js';

const DUMPS = 'bench/data/article-extraction-benchmark/textdump';

function squashEach(text: string): string[] {
  return splitLines(text).map((l) => squash(l.text));
}

describe('squashLines', () => {
  it('squashes every white space character of isSpaceCode that a line can hold', () => {
    for (let c = 0; c <= 0xffff; c++) {
      if (!isSpaceCode(c)) continue;
      const ch = String.fromCharCode(c);
      const text = `${ch}a${ch}b c${ch}\nd${ch}${ch}e f`;
      expect(squashLines(text, splitLines(text)), `U+${c.toString(16)}`).toEqual(squashEach(text));
    }
  });

  it('squashes stray plain spaces and leaves clean lines as they are', () => {
    const text = ' lead\ntrail \ntwo  spaces\nclean line here\n\n   \nx';
    expect(squashLines(text, splitLines(text))).toEqual(['lead', 'trail', 'two spaces', 'clean line here', '', '', 'x']);
  });

  it('gives what squash gives on the non-blank lines of the benchmark text dumps', () => {
    const names = readdirSync(DUMPS).sort();
    expect(names.length).toBeGreaterThan(100);
    for (const name of names) {
      const text = readFileSync(join(DUMPS, name), 'utf8');
      const lines = nonBlankLines(splitLines(text));
      expect(squashLines(text, lines), name).toEqual(lines.map((l) => squash(l.text)));
    }
  });
});
