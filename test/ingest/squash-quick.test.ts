import { describe, expect, it } from 'vitest';
import { squash } from '../../src/ingest/whitespace.js';
import { squashQuick } from '../../src/ingest/squash-quick.js';

describe('squashQuick', () => {
  it('gives what squash gives, for lines it skips and lines it squashes', () => {
    for (const line of [
      'By Jane Doe', 'By  Jane Doe', ' By Jane Doe', 'By Jane Doe ', 'By\tJane Doe', 'By Jane\u00a0Doe',
      '\u200bBy Jane Doe', 'By Jane Doe\u2060', 'Reporting by Will Dunham; Editing by Tom Brown', '', ' ', '\u3000',
      '“Quoted” – São Paulo', 'a\u0085b', 'x\r\ny', '~!@#$%^&*()_+{}|:"<>?`-=[]\\;\',./',
    ]) expect(squashQuick(line), JSON.stringify(line)).toBe(squash(line));
  });

  it('returns a line of printable ASCII with single spaces as it is', () => {
    const line = 'Posted by Michael David Smith on November 19, 2019, 6:21 AM EST';
    expect(squashQuick(line)).toBe(line);
    expect(squash(line)).toBe(line);
  });

  it('squashes every white space character squash knows, none left out', () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const line = `a${String.fromCharCode(c)}b`;
      if (squashQuick(line) !== squash(line)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });
});
