import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parsedSentences } from '../helpers/parsed-sentences.js';
import { segmentSentences } from '../../src/segment/sentences.js';

/**
 * segmentSentences skips the retext parse for texts without a possible
 * boundary, or with one only in a final run of terminal marks. These tests
 * hold it to what the parse itself gives.
 */
const dumps = join(import.meta.dirname, '..', '..', 'bench', 'data', 'article-extraction-benchmark', 'textdump');
const realLines = readdirSync(dumps).slice(0, 60).flatMap((f) => readFileSync(join(dumps, f), 'utf8').split('\n')).filter((l) => l.trim() !== '');

describe('sentences without a parse', () => {
  it('match the parse on every line of real page dumps', () => {
    let parseFree = 0;
    let endingOnly = 0;
    for (const line of realLines) {
      if (!/[.!?…‽)•\n]/.test(line)) parseFree++;
      else if (/^[^.!?…‽)•\n]*[^\s.!?…‽][.!?…‽]+["'”’»›]*\s*$/.test(line)) endingOnly++;
      expect(segmentSentences(line), line).toEqual(parsedSentences(line));
    }
    expect(parseFree).toBeGreaterThan(500);
    expect(endingOnly).toBeGreaterThan(500);
  });

  it('match the parse on random text of words, odd spaces, quotes, brackets and symbols', () => {
    const piece = fc.oneof(
      fc.constantFrom('word', 'The', 'U', 'S', 'Obama', '2019', '12:30', 'e-mail', 'don’t', "it's", '—', '–', '-', ',', ';', ':', '"', '“', '”', '‘', '’', '«', '»', '(', '[', ']', '{', '}', '$', '€', '#', '@', '&', '%', '/', '*', '|'),
      fc.constantFrom(' ', '  ', '\u00a0', '\u200b', '\u2009', '\t', '\u3000', '\ufeff', '😀', '\ud800', '日本', 'Ж'),
      fc.constantFrom('.', '!', '?', '…', ')', '•', '\n', '\n\n', 'a)', '1.', 'b)'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join(' ');
        expect(segmentSentences(text)).toEqual(parsedSentences(text));
      }),
      { numRuns: 400 },
    );
  });

  it('match the parse on random text that ends in terminal marks, quotes and spaces', () => {
    const word = fc.constantFrom('word', 'The', 'U.S', 'Inc', 'Mr', 'e.g', 'No', '2019', '12:30', 'it', '—', ',', ':', '"', '“', '”', '(', ']', '$', '😀', '日本', '\u00a0', '\u200b', 'a)', '•', '\n');
    const ending = fc.constantFrom('.', '!', '?', '…', '‽', '...', '?!', '.”', '."', ".'", '!’', '.»', '.›', '. "', '.)', '.]', ' .', '.\u00a0', '.\n', '. ', '');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), ending, (words, end) => {
        const text = words.join(' ') + end;
        expect(segmentSentences(text)).toEqual(parsedSentences(text));
      }),
      { numRuns: 1500 },
    );
  });
});
