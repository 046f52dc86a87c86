import { describe, expect, it } from 'vitest';
import { squash } from '../../src/ingest/whitespace.js';
import { squashFast } from '../../src/ingest/squash-fast.js';

describe('squashFast', () => {
  it('equals squash with every BMP code unit inside, at the ends and doubled', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [`a${ch}b`, `${ch}ab`, `ab${ch}`, `a${ch}${ch}b`, `a ${ch}b`, `a${ch} b`]) {
        if (squashFast(s) !== squash(s)) expect(squashFast(s), `U+${c.toString(16)} in ${JSON.stringify(s)}`).toBe(squash(s));
      }
    }
  });

  it('equals squash on scraped lines and returns a single-spaced line as it is', () => {
    for (const line of ['\u00a0Russia-US  contacts\u00a0', 'a\u200b\u200bb\tc\r\nd e', ' \n\u3000 ', '\ud800 \udc00 😀', 'Share  this:', ' Home', 'Home ', '']) {
      expect(squashFast(line)).toBe(squash(line));
    }
    const line = 'Russia-US contacts » World';
    expect(squashFast(line)).toBe(line);
  });
});
