import {
  closingMarks,
  elisionBrackets,
  listBullets,
  openingMarks,
  openingSymbols,
  terminalMarks,
} from '../rules/sentence-punctuation.js';

/**
 * Character classes for the sentence segmenter, as set lookups on single
 * characters: the segmenter only asks them at candidate boundaries, so they
 * cost nothing on the bulk of the text.
 */

const terminal = new Set<string>(terminalMarks);
const closing = new Set<string>(closingMarks);
const opening = new Set<string>(openingMarks);
const symbols = new Set<string>(openingSymbols);
const bullets = new Set<string>(listBullets);
const quotes = new Set<string>(['"', "'", '”', '’', '»', '›']);
const elisionClosers: Readonly<Record<string, string>> = elisionBrackets;

/** The same white space retext-english splits on (parse-latin's `whiteSpace`). */
const whiteSpace = /[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/;
const letterOrDigit = /[\p{L}\p{N}]/u;

/** @example isTerminalMark('?') // true */
export const isTerminalMark = (ch: string): boolean => terminal.has(ch);
/** @example isClosingMark('”') // true */
export const isClosingMark = (ch: string): boolean => closing.has(ch);
/** @example isClosingQuote('»') // true — a bracket is not a quote */
export const isClosingQuote = (ch: string): boolean => quotes.has(ch);
/** @example isOpeningMark('“') // true */
export const isOpeningMark = (ch: string): boolean => opening.has(ch);
/** @example isOpeningSymbol('$') // true */
export const isOpeningSymbol = (ch: string): boolean => symbols.has(ch);
/** @example isListBullet('•') // true */
export const isListBullet = (ch: string): boolean => bullets.has(ch);
/** @example isWhiteSpace('\u00A0') // true */
export const isWhiteSpace = (ch: string): boolean => whiteSpace.test(ch);
/** @example isDigit('7') // true */
export const isDigit = (ch: string): boolean => ch >= '0' && ch <= '9';
/** @example isWordCharacter('é') // true */
export const isWordCharacter = (ch: string): boolean =>
  (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || isDigit(ch) || (ch > '\u007F' && letterOrDigit.test(ch));
/** A letter that has a lower-case form different from itself. @example isUpperCase('Ä') // true */
export const isUpperCase = (ch: string): boolean => ch !== ch.toLowerCase();
/** A letter that has an upper-case form different from itself. @example isLowerCase('ß') // false */
export const isLowerCase = (ch: string): boolean => ch !== ch.toUpperCase();

/**
 * End of an elision marker (`<…>`, `[...]`, `(…)`) starting at `at`, or -1.
 * An elision stands for omitted words, so it neither ends nor opens a sentence.
 *
 * @example elisionEnd('a <…> b', 2) // 5
 */
export function elisionEnd(source: string, at: number): number {
  const closer = elisionClosers[source.charAt(at)];
  if (closer === undefined) return -1;
  let i = at + 1;
  if (source.charAt(i) === '…') i += 1;
  else if (source.startsWith('...', i)) i += 3;
  else return -1;
  return source.charAt(i) === closer ? i + 1 : -1;
}

/**
 * End of a leading ellipsis (`...`, `…`, `. . .`) starting at `at`, or -1.
 *
 * @example ellipsisEnd('. . . The', 0) // 5
 */
export function ellipsisEnd(source: string, at: number): number {
  if (source.charAt(at) === '…') return at + 1;
  if (source.startsWith('...', at)) return at + 3;
  if (source.startsWith('. . .', at)) {
    let i = at + 5;
    while (source.startsWith(' .', i)) i += 2;
    return i;
  }
  return -1;
}

/** @example skipWhiteSpace('a   b', 1, 5) // 4 */
export function skipWhiteSpace(source: string, at: number, limit: number): number {
  let i = at;
  while (i < limit && isWhiteSpace(source.charAt(i))) i++;
  return i;
}

/** Start of the run of non-white-space characters that ends just before `at`. @example chunkStart('say U.S.', 8, 0) // 4 */
export function chunkStart(source: string, at: number, floor: number): number {
  let i = at;
  while (i > floor && !isWhiteSpace(source.charAt(i - 1))) i--;
  return i;
}

/** End of the run of non-white-space characters starting at `at`. @example chunkEnd('U.S. Army', 0, 9) // 4 */
export function chunkEnd(source: string, at: number, limit: number): number {
  let i = at;
  while (i < limit && !isWhiteSpace(source.charAt(i))) i++;
  return i;
}

/** `word` without the punctuation around it. @example stripPunctuation('(R-Ariz.),') // 'R-Ariz' */
export function stripPunctuation(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && !isWordCharacter(word.charAt(start))) start++;
  while (end > start && !isWordCharacter(word.charAt(end - 1))) end--;
  return word.slice(start, end);
}
