import {
  elisionEnd,
  ellipsisEnd,
  isDigit,
  isListBullet,
  isLowerCase,
  isOpeningMark,
  isOpeningSymbol,
  isUpperCase,
  isWordCharacter,
  skipWhiteSpace,
} from './characters.js';

/** What the text after a candidate sentence end opens with. */
export interface Opening {
  /** `upper` also covers letters of scripts without case. */
  kind: 'upper' | 'lower' | 'digit' | 'symbol' | 'none';
  /** The first word (letters, digits, inner apostrophes and hyphens); '' for symbol/none. */
  word: string;
  wordStart: number;
  wordEnd: number;
  /** An opening quote or bracket stands before the word: `“We …`, `(Russian) …`. */
  quoted: boolean;
  /** A single letter followed by a full stop, as in `J. K. Rowling`. */
  initial: boolean;
}

const innerWordMarks = new Set(["'", '’', '-', '‐']);

/**
 * Read what opens the text at `at`: white space, elisions (`<…>`), a leading
 * ellipsis (`. . . The`) and opening quotes are stepped over, as none of
 * them says whether a sentence starts here; the first word does.
 *
 * @example readOpening('  “We left', 0, 10).word // 'We'
 */
export function readOpening(source: string, at: number, limit: number): Opening {
  let i = skipWhiteSpace(source, at, limit);
  let quoted = false;
  for (let step = 0; step < 8 && i < limit; step++) {
    const elision = elisionEnd(source, i);
    const ellipsis = elision === -1 ? ellipsisEnd(source, i) : -1;
    if (elision !== -1 || ellipsis !== -1) {
      i = skipWhiteSpace(source, Math.max(elision, ellipsis), limit);
    } else if (isOpeningMark(source.charAt(i))) {
      quoted = true;
      i++;
    } else break;
  }
  const first = source.charAt(i);
  if (i >= limit || !isWordCharacter(first)) {
    const symbol = i < limit && (isOpeningSymbol(first) || isListBullet(first));
    return { kind: symbol ? 'symbol' : 'none', word: '', wordStart: i, wordEnd: i, quoted, initial: false };
  }
  let end = i + 1;
  while (end < limit) {
    const ch = source.charAt(end);
    if (isWordCharacter(ch)) end++;
    else if (innerWordMarks.has(ch) && isWordCharacter(source.charAt(end + 1))) end += 2;
    else break;
  }
  const kind = isDigit(first) ? 'digit' : isLowerCase(first) ? 'lower' : 'upper';
  const initial = end - i === 1 && source.charAt(end) === '.' && isUpperCase(first);
  return { kind, word: source.slice(i, end), wordStart: i, wordEnd: end, quoted, initial };
}

/**
 * The pronoun `I` (`I`, `I'm`, `I’ve`): always capitalised, so its capital
 * says nothing about a sentence start.
 *
 * @example isPronounI('I’m') // true
 */
export function isPronounI(word: string): boolean {
  return word === 'I' || (word.length > 2 && word.charAt(0) === 'I' && innerWordMarks.has(word.charAt(1)) && word.charAt(1) !== '-');
}
