import {
  calendarAbbreviations,
  leadingAbbreviations,
  suffixAbbreviations,
  titleAbbreviations,
  unitAbbreviations,
  usStateAbbreviations,
} from '../rules/abbreviations.js';
import { clockTimeAbbreviations } from '../rules/time-words.js';
import { isUpperCase, isWordCharacter } from './characters.js';

/**
 * What the word before a full stop is, as far as ending a sentence goes:
 * - `title`: stands before a name, never ends a sentence (`Lt.`, `Gov.`);
 * - `leading`: introduces what follows, never ends a sentence (`e.g.`, `vs.`);
 * - `clock`: `a.m.` / `p.m.`, see `clock-time.ts`;
 * - `abbreviation`: may end a sentence, but only before a sentence opener
 *   (`Co.`, `Ariz.`, `U.S.`, an initial such as `E.`);
 * - `word`: an ordinary word, number or URL; its full stop ends the sentence
 *   before any capital.
 */
export type StemKind = 'title' | 'leading' | 'clock' | 'abbreviation' | 'word';

const titles = new Set<string>(titleAbbreviations);
const leading = new Set<string>(leadingAbbreviations);
const clock = new Set<string>(clockTimeAbbreviations);
const anyCase = new Set<string>([...suffixAbbreviations, ...unitAbbreviations, 'ph.d', 'ed.d']);
const exactCase = new Set<string>([...usStateAbbreviations, ...calendarAbbreviations]);

/**
 * Classify `stem`, the word before a full stop without that stop (`U.S`,
 * `Co`, `R-Ariz`). `afterCapitalisedWord` tells a middle initial
 * (`Albert I. Jones`) from the pronoun (`you and I. Did …`).
 *
 * @example classifyStem('Gen', false) // 'title'
 */
export function classifyStem(stem: string, afterCapitalisedWord: boolean): StemKind {
  if (stem === '') return 'word';
  if (titles.has(stem)) return 'title';
  const lower = stem.toLowerCase();
  if (leading.has(lower)) return 'leading';
  if (clock.has(lower)) return 'clock';
  if (anyCase.has(lower) || exactCase.has(stem)) return 'abbreviation';
  const hyphen = stem.lastIndexOf('-');
  if (hyphen > 0 && exactCase.has(stem.slice(hyphen + 1))) return 'abbreviation';
  if (isInitialism(stem)) return 'abbreviation';
  if (stem.length === 1 && isWordCharacter(stem)) {
    // `I` after a lower-case word is the pronoun ending its clause.
    return stem === 'I' && !afterCapitalisedWord ? 'word' : 'abbreviation';
  }
  return 'word';
}

/**
 * Single letters joined by full stops, the last stop left off: `U.S`, `E.U`,
 * `U.S.A`, `a.m`. Digits do not count: `1026.253.553` is a number.
 *
 * @example isInitialism('U.N') // true
 */
export function isInitialism(stem: string): boolean {
  if (stem.length < 3 || stem.length % 2 === 0) return false;
  for (let i = 0; i < stem.length; i += 2) {
    const ch = stem.charAt(i);
    if (!isWordCharacter(ch) || (ch >= '0' && ch <= '9')) return false;
    if (i + 1 < stem.length && stem.charAt(i + 1) !== '.') return false;
  }
  return true;
}

/** @example isCapitalised('Albert') // true */
export function isCapitalised(word: string): boolean {
  return word !== '' && isUpperCase(word.charAt(0));
}
