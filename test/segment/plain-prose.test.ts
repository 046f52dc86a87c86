import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parsedSentences } from '../helpers/parsed-sentences.js';
import { finalMarksAt, segmentSentences } from '../../src/segment/sentences.js';
import { plainProseSentences } from '../../src/segment/plain-prose.js';

/**
 * Plain prose is cut into sentences without a retext parse (plain-prose.ts).
 * These tests hold that path to the full parse, on real text first.
 */
const fixtures = join(import.meta.dirname, '..', 'fixtures');
const dumps = join(import.meta.dirname, '..', '..', 'bench', 'data', 'article-extraction-benchmark', 'textdump');

/** Every line of the page dumps, the seeds and the Golden Rules, with white space squashed as a block's is. */
const realTexts = [
  ...readdirSync(dumps).map((f) => readFileSync(join(dumps, f), 'utf8')),
  ...readdirSync(join(fixtures, 'seeds')).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(fixtures, 'seeds', f), 'utf8')),
  ...(JSON.parse(readFileSync(join(fixtures, 'golden-rules-en.json'), 'utf8')) as { text: string }[]).map((rule) => rule.text),
].flatMap((text) => text.split('\n')).map((line) => line.replace(/\s+/g, ' ').trim()).filter((line) => line !== '');

const plain = (text: string) => plainProseSentences(text, finalMarksAt(text));

describe('sentences of plain prose without a parse', () => {
  it('match the parse on every line of real pages, and take most of them', () => {
    let plainLines = 0;
    let plainWithEnds = 0;
    let keptCandidate = 0;
    for (const line of realTexts) {
      const fast = plain(line);
      if (fast !== null) {
        plainLines++;
        if (fast.length > 1) plainWithEnds++;
        // A space after a mark that ended nothing: an abbreviation, a title, an initialism.
        if (/[A-Za-z0-9][.?!] /.test(fast.map((s) => s.text).join('|'))) keptCandidate++;
        expect(fast, line).toEqual(parsedSentences(line));
      }
      expect(segmentSentences(line), line).toEqual(parsedSentences(line));
    }
    expect(plainLines).toBeGreaterThan(realTexts.length / 2);
    expect(plainWithEnds).toBeGreaterThan(1000);
    expect(keptCandidate).toBeGreaterThan(50);
  });

  it('match the parse on random slices of real pages, cut anywhere', () => {
    const page = realTexts.join(' ');
    let plainSlices = 0;
    fc.assert(
      fc.property(fc.nat({ max: page.length - 1 }), fc.integer({ min: 2, max: 1500 }), (at, length) => {
        const text = page.slice(at, at + length).trim();
        const fast = plain(text);
        if (fast === null) return;
        plainSlices++;
        expect(fast, text).toEqual(parsedSentences(text));
      }),
      { numRuns: 1500 },
    );
    expect(plainSlices).toBeGreaterThan(1000);
  });

  it('match the parse on random text built around marks, abbreviations, colons and quotes', () => {
    const word = fc.constantFrom(
      'word', 'The', 'rain', 'Mix', '1', '2', 'a', 'U.S', 'U.N', 'e.g', 'i.e', 'Mr', 'Dr', 'Gen', 'Inc', 'Co', 'Jan', 'Calif', 'St', 'No', 'I', 'A', 'b',
      'a.m', 'p.m', '5', '12', '2019', '3.5', 'example.com', 'don’t', "it's", 'Ж', 'Лавров', 'т.е', '日本', '서울', 'ÉTÉ', 'Über', 'ꟋꟌ', '\u088f',
    );
    const joint = fc.constantFrom(' ', ' ', ' ', '. ', '. ', '? ', '! ', '.', ': ', ':', ', ', ' — ', ' "', '" ', '“', '” ', '’ ', '.” ', '."', '?” ', '.’', '?! ', '. . ', '... ', ' (', ') ', '. (', '.) ', ' [', '] ', '((', ')) ', '). ', '.] ', ': 1. ', ' 2. ', '\u00a0', '.\u00a0', '%', '$', '}. ', ' ');
    fc.assert(
      fc.property(fc.array(fc.tuple(word, joint), { maxLength: 24 }), word, fc.constantFrom('', '.', '?', '!', '."', '?”', '...'), (pairs, last, end) => {
        const text = `${pairs.map(([w, j]) => w + j).join('')}${last}${end}`;
        const fast = plain(text);
        if (fast !== null) expect(fast, text).toEqual(parsedSentences(text));
        expect(segmentSentences(text), text).toEqual(parsedSentences(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('cuts a plain paragraph at its sentence ends and nowhere else', () => {
    const text = 'Gov. Doug Ducey spoke at 9 a.m. Tuesday. The U.S. Army said no. Was it 3.5 percent? Yes!';
    expect(plain(text)?.map((s) => s.text)).toEqual(['Gov. Doug Ducey spoke at 9 a.m. Tuesday.', 'The U.S. Army said no.', 'Was it 3.5 percent?', 'Yes!']);
  });

  it('takes closing quotes, brackets between sentences and other scripts in its stride', () => {
    const quoted = 'She said “no.” Then she left (by car). “Why?” Nobody knew.';
    expect(plain(quoted)?.map((s) => s.text)).toEqual(['She said “no.”', 'Then she left (by car).', '“Why?”', 'Nobody knew.']);
    const russian = 'Об этом сообщил Лавров. Переговоры продолжатся в понедельник.';
    expect(plain(russian)?.map((s) => s.text)).toEqual(['Об этом сообщил Лавров.', 'Переговоры продолжатся в понедельник.']);
  });

  it('leaves to the parse what the token pass reads beyond the characters', () => {
    for (const text of [
      'He left (for good. Really) today.',
      'Steps: 1. Mix. 2. Bake.',
      '1. The first item. 2. The second.',
      '• One. • Two.',
      'It ended. . . The next day came.',
      'He waited… Then he left.',
      'He left (she said. Then) today.',
      'He left [see p. 5. Then] today.',
      'Items (( one. Two )) end.',
      'He left ( by car )) at noon. Then ) he came back.',
      'He left ( by car ] at noon. Then ) he came back.',
      'It rose.) Then fell.',
      'It rose.\u00a0Then fell.',
      '“Why?” . Then.',
      'Why?! Because.',
      'One.\nTwo.',
      'One.\u00a0Two.',
      ' One. Two.',
      'Rates rose . Then fell.',
    ]) {
      expect(plain(text), text).toBeNull();
      expect(segmentSentences(text), text).toEqual(parsedSentences(text));
    }
  });
});
