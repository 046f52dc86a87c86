import { describe, expect, it } from 'vitest';
import { splitLines } from '../../src/ingest/lines.js';
import { squash } from '../../src/ingest/whitespace.js';
import { PLAIN_WORD, wordsIn } from '../../src/ingest/words.js';
import { STOPWORDS } from '../../src/rules/stopwords.js';
import { lineFeatures } from '../../src/region/line-features.js';
import { endsWithMark } from '../../src/ingest/line-end.js';
import { readSeed, seedGold } from '../helpers/seeds.js';

/** Lines that take every path of the scan: case variants, white space to squash, non-ASCII words, 'İ', the Kelvin sign, long runs. */
const MIXED = [
  'Home', 'HOME', 'home ', '\u00a0Home\t', 'Hоme',
  'İstanbul’da bugün', 'i̇stanbul’da bugün', 'ISTANBUL’DA BUGÜN',
  'The \u212aelvin scale', 'the kelvin scale', 'The  Kelvin scale',
  'Сегодня в Москве и в области не было дождя, а завтра будет.',
  'Don’t stop — it’s 2019’s “best” show.  Really! Yes. (Fine.)',
  'Für über das Wetter war es schön. Él dijo más también.',
  'He left.\u00a0\u00a0Then “Quiet.” “Yes!”\tOK. U.S. troops (left.) Then? «Non.» Ça va。 Fin', 'In 3.5 seconds: U.S.A. and e.g. the end.',
  `${'x'.repeat(45)}${'Y'.repeat(50)} and the end`,
  '𝐀𝐁𝐂 and 𝒜 in a line of the page',
  'ΣΊΣΥΦΟΣ ΣΊΣΥΦΟΣ', 'σίσυφος σίσυφος',
].join('\n');

/** The features as the detector first defined them: words by `wordsIn`, stopwords by set, repeats by lower case. */
function reference(text: string) {
  const rows = splitLines(text).map((line) => squash(line.text)).filter((t) => t !== '');
  const words = rows.map((t) => wordsIn(t, PLAIN_WORD));
  const lists = Object.entries(STOPWORDS).map(([code, list]) => [code, new Set(list)] as const);
  const hits = lists.map(([, set]) => words.flat().filter((w) => set.has(w.toLowerCase())).length);
  const total = words.flat().length;
  const best = hits.reduce((b, h, k) => (h > (b < 0 ? 0 : hits[b]!) ? k : b), -1);
  const set = best >= 0 && total > 0 && hits[best]! / total >= 0.08 ? lists[best]![1] : new Set<string>();
  const count = (t: string) => rows.filter((r) => r.toLowerCase() === t.toLowerCase()).length;
  return rows.map((t, i) => ({
    text: t,
    words: words[i]!.length,
    stops: words[i]!.filter((w) => set.has(w.toLowerCase())).length,
    capitalised: words[i]!.filter((w) => /^\p{Lu}/u.test(w)).length,
    repeats: count(t),
    firstCopy: rows.findIndex((r) => r.toLowerCase() === t.toLowerCase()),
    terminal: /[.!?…。！？]["”’»)\]]{0,2}$/u.test(t),
    innerStop: /[.!?。！？]["”’»)]{0,2}\s{1,4}[\p{Lu}"“‘«(]/u.test(t),
  }));
}

describe('lineFeatures', () => {
  const inputs = [MIXED, ...seedGold.map((g) => readSeed(g.file))];

  it.each(inputs.map((text, k) => [k, text] as const))('counts words, function words, capitals and repeats as defined (input %i)', (_, text) => {
    const { features } = lineFeatures(text, splitLines(text));
    const got = features.map(({ text: t, words, stops, capitalised, repeats, firstCopy, terminal, innerStop }) => ({ text: t, words, stops, capitalised, repeats, firstCopy, terminal, innerStop }));
    expect(got).toEqual(reference(text));
  });

  it('groups the case variants of a line, and only those', () => {
    const { features } = lineFeatures(MIXED, splitLines(MIXED));
    const byText = new Map(features.map((f) => [f.text, f]));
    expect(byText.get('HOME')!.repeats).toBe(4);
    expect(byText.get('Hоme')!.repeats).toBe(1);
    expect(byText.get('The \u212aelvin scale')!.firstCopy).toBe(byText.get('the kelvin scale')!.firstCopy);
    expect(byText.get('İstanbul’da bugün')!.repeats).toBe(2);
    expect(byText.get('ISTANBUL’DA BUGÜN')!.repeats).toBe(1);
  });

  it('guesses the page language from its function words', () => {
    const languageOf = (text: string) => lineFeatures(text, splitLines(text)).language.code;
    expect(languageOf('The cat sat on the mat.\nIt was in the sun and it was warm.')).toBe('en');
    expect(languageOf('Сегодня в Москве и в области не было дождя, а завтра будет.')).toBe('ru');
  });
});

describe('endsWithMark with the line features\' marks', () => {
  /** The rule as first written: a sentence mark and up to two closing marks at the end. */
  const TERMINAL = /[.!?…。！？]["”’»)\]]{0,2}$/u;
  const ends = ['', '.', 'a', 'Done.', 'Done', 'He said “yes.”', 'Why?)', 'Why?”)', 'Why?”))', '…', 'x)]', 'End。', 'End！」', '“Quote”', 'a.b', '..."', '𝐀.', '.𝐀'];
  const lines = [...ends, ...seedGold.flatMap((g) => splitLines(readSeed(g.file)).map((l) => squash(l.text)))];

  it('agrees with the pattern on every line of the seeds and on edge cases', () => {
    for (const s of lines) expect([s, endsWithMark(s, '.!?…。！？', '"”’»)]')]).toEqual([s, TERMINAL.test(s)]);
  });
});

describe('what the scan relies on about lower case', () => {
  const everyCodePoint = function* () {
    for (let cp = 0; cp <= 0x10ffff; cp++) if (cp < 0xd800 || cp > 0xdfff) yield cp;
  };

  it('never shortens a string, and lengthens it only for İ', () => {
    const longer = [...everyCodePoint()].filter((cp) => String.fromCodePoint(cp).toLowerCase().length !== String.fromCodePoint(cp).length);
    expect(longer).toEqual([0x130]);
  });

  it('brings ASCII out of no character beyond ASCII but İ and the Kelvin sign', () => {
    const intoAscii = [...everyCodePoint()].filter((cp) => cp >= 128 && /[\0-\x7f]/.test(String.fromCodePoint(cp).toLowerCase()));
    expect(intoAscii).toEqual([0x130, 0x212a]);
  });
});
