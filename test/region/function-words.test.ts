import { describe, expect, it } from 'vitest';
import { STOPWORDS } from '../../src/rules/stopwords.js';
import {
  FUNCTION_WORD_LISTS, FUNCTION_WORD_START, MAX_FUNCTION_WORD, functionWordLists, functionWordListsAt, functionWordStep, ruledOutByACharacter, rulesOutFunctionWord,
} from '../../src/region/function-words.js';

/** The trie state of an ASCII word, as the line scan steps it. */
function stateOf(word: string): number {
  let state = FUNCTION_WORD_START;
  for (let i = 0; i < word.length; i++) state = functionWordStep(state, word.charCodeAt(i));
  return state;
}

/** The lists of a word by the lists themselves. */
function listsByHand(word: string): number {
  const lower = word.toLowerCase();
  return FUNCTION_WORD_LISTS.reduce((mask, [, set], k) => (set.has(lower) ? mask | (1 << k) : mask), 0);
}

describe('function words', () => {
  const words = Object.values(STOPWORDS).flat();
  const variants = words.flatMap((w) => [w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1), `${w}s`, w.slice(0, -1), `${w}'`, `${w}9`]);

  it('finds every word of every list, in any case, by lower-cased lookup', () => {
    for (const w of variants) expect(functionWordLists(w), w).toBe(listsByHand(w));
  });

  it('finds the same lists by stepping an ASCII word through the trie', () => {
    for (const w of variants.filter((v) => /^[\0-\x7f]+$/.test(v))) expect(functionWordListsAt(stateOf(w)), w).toBe(listsByHand(w));
    expect(functionWordListsAt(stateOf('The'))).toBe(listsByHand('the'));
    expect(functionWordListsAt(stateOf('Thee'))).toBe(0);
  });

  it('knows the longest function word', () => {
    expect(MAX_FUNCTION_WORD).toBe(Math.max(...words.map((w) => w.length)));
  });

  it('rules a word out by a character its lower case keeps and no function word holds', () => {
    for (const c of ['\u2019', "'", 'e', 'é', 'и', '-', 'E', 'É', 'И', '中', 'ß', 'ς', 'Σ', 'İ']) {
      const kept = c.toLowerCase() === c;
      expect(rulesOutFunctionWord(c.charCodeAt(0)), c).toBe(kept && !words.some((w) => w.includes(c)));
    }
    expect(rulesOutFunctionWord(0x2019)).toBe(true);
    expect(rulesOutFunctionWord('и'.charCodeAt(0))).toBe(false);
    expect(rulesOutFunctionWord('中'.charCodeAt(0))).toBe(true);
    // A capital is never ruled out, as lower-casing turns it into another character.
    expect(rulesOutFunctionWord('Ж'.charCodeAt(0))).toBe(false);
    expect(rulesOutFunctionWord('😀'.charCodeAt(0))).toBe(false);
    expect(rulesOutFunctionWord('😀'.charCodeAt(1))).toBe(false);
    expect(ruledOutByACharacter('don’t', 0, 5)).toBe(true);
    expect(ruledOutByACharacter('中文', 0, 2)).toBe(true);
    expect(ruledOutByACharacter('ÜBER die', 0, 4)).toBe(false);
    expect(ruledOutByACharacter('x中', 0, 1)).toBe(false);
    // No word of the lists, in either case, holds a character that rules it out.
    for (const w of words) for (const v of [w, w.toUpperCase()]) for (let i = 0; i < v.length; i++) expect(rulesOutFunctionWord(v.charCodeAt(i)), v).toBe(false);
  });
});
