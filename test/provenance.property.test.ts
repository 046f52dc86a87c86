import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanText } from '../src/index.js';
import { provenanceViolations } from './helpers/provenance.js';
import { readSeed, seedGold } from './helpers/seeds.js';

/** Real lines of the seed articles, debris lines included. */
const realLines = seedGold.flatMap((g) => readSeed(g.file).split('\n'));

/** Debris shapes beyond the seeds, and hostile characters. */
const debris = [
  'icon bookmark-bicon bookmarkicon cameraicon checkicon chevron downicon',
  'string(12) "[{"title":"x"',
  'a:1:{i:0;s:3:"abc";}',
  'Podcasts', '0:00', '23:13', '25:0',
  'READ MORE: Something else happened',
  'All news', 'Home » World', '24 Sep, 2016 01:53', 'Updated 3 hours ago',
  'Smoke over Aleppo REUTERS/John Doe',
  'MOSCOW, October 6. /TASS/. Text.',
  '\u00a0\u00a0', '\u200b', '\ufeff', '\u2028', '\r', '\f', '\t', '\ud800', '\udfff', '😀', '""""“”', '[[[[{{{{',
];

const piece = fc.oneof(
  fc.constantFrom(...realLines),
  fc.constantFrom(...debris),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);
const separator = fc.constantFrom('\n', '\n\n', '\r\n', ' ', '', '\u00a0\n', '\n\u200b\n');
const documentArb = fc.array(fc.tuple(piece, separator), { maxLength: 30 }).map((parts) => parts.map(([p, s]) => p + s).join(''));

describe('provenance invariant on random documents', () => {
  it('every character is in a block or a removal, removals quote the input, sentences lie in blocks', () => {
    fc.assert(
      fc.property(documentArb, (text) => {
        let doc;
        try {
          doc = cleanText(text);
        } catch (e) {
          // The only refusal allowed is the documented one for binary input.
          expect(String(e)).toMatch(/looks binary/);
          return;
        }
        expect(provenanceViolations(text, doc)).toEqual([]);
      }),
      { numRuns: 300, seed: 20261121 },
    );
  });

  it('is deterministic: the same input gives byte-identical JSON', () => {
    fc.assert(
      fc.property(documentArb, (text) => {
        let a: string, b: string;
        try {
          a = JSON.stringify(cleanText(text));
          b = JSON.stringify(cleanText(text));
        } catch {
          return;
        }
        expect(a).toBe(b);
      }),
      { numRuns: 60, seed: 7 },
    );
  });
});
