import { describe, expect, it } from 'vitest';
import { isSpaceCode, normaliseRanges, squash } from '../../src/ingest/whitespace.js';

/** squash by its definition: the runs of non-space characters, joined by one space. */
function squashByDefinition(s: string): string {
  const runs: string[] = [];
  let run = '';
  for (let i = 0; i < s.length; i++) {
    if (isSpaceCode(s.charCodeAt(i))) {
      if (run !== '') runs.push(run);
      run = '';
    } else run += s[i];
  }
  if (run !== '') runs.push(run);
  return runs.join(' ');
}

describe('squash', () => {
  it('collapses runs of any white space to one space and trims', () => {
    expect(squash('\u00a0Russia-US  contacts\u00a0')).toBe('Russia-US contacts');
    expect(squash('a\u200b\u200bb\tc\r\nd e')).toBe('a b c d e');
    expect(squash(' \n\u3000 ')).toBe('');
    expect(squash('\ud800 \udc00 😀')).toBe('\ud800 \udc00 😀');
  });

  it('equals its definition with every BMP code unit inside, at the ends and doubled, and returns an unchanged line as it is', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [`a${ch}b`, `${ch}ab`, `ab${ch}`, `a${ch}${ch}b`, `a ${ch}b`, `a${ch} b`]) {
        const want = squashByDefinition(s);
        if (squash(s) !== want) expect(squash(s), `U+${c.toString(16)} in ${JSON.stringify(s)}`).toBe(want);
      }
    }
    const line = 'Russia-US contacts » World';
    expect(squash(line)).toBe(line);
  });

  it('keeps long lines whole (built from stretches, not characters)', () => {
    const line = '“quoted” '.repeat(50_000);
    expect(squash(line)).toBe(line.trimEnd());
    expect(squash(line.replaceAll(' ', '\u00a0 '))).toBe(line.trimEnd());
  });
});

describe('normaliseRanges', () => {
  it('joins ranges with one space and maps every character to its input offset', () => {
    const source = 'Rain  fell\u00a0 all\nnight. [x] Then it stopped.';
    const mapped = normaliseRanges(source, [[0, 23], [27, 43]]);
    expect(mapped.text).toBe('Rain fell all night. Then it stopped.');
    expect(mapped.offsets.length).toBe(mapped.text.length + 1);
    for (let i = 0; i < mapped.text.length; i++) {
      if (mapped.text[i] !== ' ') expect(source[mapped.offsets[i]!]).toBe(mapped.text[i]);
    }
    expect([...mapped.offsets.slice(0, 6)]).toEqual([0, 1, 2, 3, 4, 6]);
    expect(mapped.offsets[mapped.text.length]).toBe(43);
  });
});
