import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsedSentences } from '../helpers/parsed-sentences.js';
import { segmentSentences } from '../../src/segment/sentences.js';
import { cutAtBlankLines, paragraphPieceLength } from '../../src/segment/pieces.js';

const bodies = Object.values(
  JSON.parse(readFileSync(join(import.meta.dirname, '../../bench/data/article-extraction-benchmark/ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>,
).map((g) => g.articleBody);

describe('pieces for retext-english', () => {
  it('give the same sentences as one parse on real articles, as written, on one line, and run together', () => {
    const oneLine = bodies.map((b) => b.replace(/\s*\n\s*/g, ' '));
    const texts = [...bodies.slice(0, 60), ...oneLine.slice(0, 60), oneLine.slice(60, 100).join(' '), bodies.slice(100, 140).join('\n\n')];
    expect(texts.filter((t) => t.length > paragraphPieceLength).length).toBeGreaterThan(5);
    for (const text of texts) {
      expect(segmentSentences(text).map((s) => `${s.start}:${s.end}`), text.slice(0, 60)).toEqual(parsedSentences(text).map((s) => `${s.start}:${s.end}`));
    }
  });

  it('stay short on paragraphs without sentence ends or blank lines', () => {
    for (const unit of ['Photo: A/B C/D ', 'U.S. ', "rock'n'roll/post-punk-", '😀', 'x']) {
      const text = unit.repeat(Math.ceil(200_000 / unit.length));
      const cuts = cutAtBlankLines(text);
      expect(cuts[cuts.length - 1]).toBe(text.length);
      for (let k = 1; k < cuts.length; k++) expect(cuts[k]! - cuts[k - 1]!, unit).toBeLessThanOrEqual(paragraphPieceLength);
      // Never between the halves of a surrogate pair.
      for (const cut of cuts) expect(text.charCodeAt(cut - 1) >= 0xd800 && text.charCodeAt(cut - 1) <= 0xdbff).toBe(false);
    }
  });

  it('cut a long paragraph before the word after a clear sentence end, not after an initialism', () => {
    const text = 'The U.S. Navy said so. '.repeat(1_000);
    const cuts = cutAtBlankLines(text, 4_096, 8_192);
    for (const cut of cuts.slice(1, -1)) expect(text.slice(cut - 10, cut + 8)).toBe(' said so. The U.S.');
  });
});
