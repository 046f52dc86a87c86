import { describe, expect, it } from 'vitest';
import { normaliseRanges, squash } from '../../src/ingest/whitespace.js';

describe('squash', () => {
  it('collapses runs of any white space to one space and trims', () => {
    expect(squash('\u00a0Russia-US  contacts\u00a0')).toBe('Russia-US contacts');
    expect(squash('a\u200b\u200bb\tc\r\nd e')).toBe('a b c d e');
    expect(squash(' \n\u3000 ')).toBe('');
    expect(squash('\ud800 \udc00 😀')).toBe('\ud800 \udc00 😀');
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
    expect(mapped.offsets.slice(0, 6)).toEqual([0, 1, 2, 3, 4, 6]);
    expect(mapped.offsets[mapped.text.length]).toBe(43);
  });
});
