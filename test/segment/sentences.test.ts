import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentSentences, splitSentences } from '../../src/segment/sentences.js';

describe('segmentSentences', () => {
  it('returns spans with offsets into the input, white space outside', () => {
    const text = '  MOSCOW, October 6. /TASS/. Moscow backs the plan.\n\n Lavrov agreed.  ';
    expect(segmentSentences(text)).toEqual([
      { text: 'MOSCOW, October 6. /TASS/.', start: 2, end: 28 },
      { text: 'Moscow backs the plan.', start: 29, end: 51 },
      { text: 'Lavrov agreed.', start: 54, end: 68 },
    ]);
  });

  it('returns nothing for empty or blank text', () => {
    expect(segmentSentences('')).toEqual([]);
    expect(segmentSentences(' \n\t ')).toEqual([]);
  });

  it('keeps the last sentence without a terminal mark', () => {
    expect(splitSentences('He left. She stayed')).toEqual(['He left.', 'She stayed']);
  });

  it('rejects what is not a string with a TypeError naming the function', () => {
    expect(() => segmentSentences(42 as unknown as string)).toThrow(
      new TypeError('segmentSentences: expected a string, got number'),
    );
    expect(() => splitSentences(null as unknown as string)).toThrow(/segmentSentences: expected a string, got null/);
  });

  it('counts offsets in UTF-16 code units', () => {
    const text = 'The 🚀 launched. It flew.';
    const [, second] = segmentSentences(text);
    expect(second).toEqual({ text: 'It flew.', start: 17, end: 25 });
    expect(text.slice(second!.start, second!.end)).toBe('It flew.');
  });

  it('gives the same sentences for a long text as for its blank-line separated parts', () => {
    const article = 'Lt. Gen. Igor Konashenkov spoke at 2 p.m. Tuesday. The U.S. objected. "Why now?" he asked.\n\n';
    const long = article.repeat(800); // ~75 kB: parsed in pieces
    const sentences = splitSentences(long);
    expect(sentences).toHaveLength(800 * 3);
    expect(sentences.slice(0, 3)).toEqual([
      'Lt. Gen. Igor Konashenkov spoke at 2 p.m. Tuesday.',
      'The U.S. objected.',
      '"Why now?" he asked.',
    ]);
    expect(new Set(sentences).size).toBe(3);
  });
});

describe('segmentSentences invariants', () => {
  const pieces = [
    'He left.', 'The U.S.', 'Gen.', 'a.m.', '"Why?"', 'he said', '...', '. . .', '1.)', '2)', 'b.',
    '(R-Ariz.)', 'Mr.', 'I', 'It', 'Co.', '<…>', '[...]', '•', '$100.00.', 'N°.', 'x@y.com.', '\n', '\n\n',
    'Smith', 'the', '?', '!', '”', '“', 'U.N.', 'TASS', '/TASS/.', 'é', 'ß.', ':',
  ];
  const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((words) => words.join(' '));
  const anyText = fc.oneof(texts, fc.string({ maxLength: 80 }));

  it('spans are ordered, disjoint, trimmed and equal to the slices they name', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        let previousEnd = 0;
        for (const sentence of segmentSentences(text)) {
          expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
          expect(sentence.end).toBeGreaterThan(sentence.start);
          expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
          expect(sentence.text).toBe(sentence.text.trim());
          previousEnd = sentence.end;
        }
      }),
      { numRuns: 400 },
    );
  });

  it('every character outside the sentences is white space', () => {
    fc.assert(
      fc.property(texts, (text) => {
        let outside = '';
        let at = 0;
        for (const sentence of segmentSentences(text)) {
          outside += text.slice(at, sentence.start);
          at = sentence.end;
        }
        outside += text.slice(at);
        expect(outside.trim()).toBe('');
      }),
      { numRuns: 400 },
    );
  });
});
