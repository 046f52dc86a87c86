/**
 * Where to cut a long text into pieces that retext-english can parse one by
 * one. retext-english tokenizes the whole input as one sentence before it
 * splits it, and its merges (`U.S.`, `A/B`, `don't`) splice that array, so
 * its cost grows with the product of the piece length and the number of
 * merges: quadratic on hostile text (`U.S. ` or `Photo: A/B C/D ` repeated),
 * and slow enough on plain prose that small pieces pay off. No sentence
 * crosses a blank line in its trees, so pieces cut inside blank lines parse to
 * the same sentences as the whole, provided the text after the blank line
 * opens with a word: a word-less sentence (`?`, `...`) after a blank line
 * would otherwise join the next sentence instead of standing alone as it does
 * in one parse.
 */
import { isLowerCase, isOpeningMark, isTerminalMark, isUpperCase, isWordCharacter, skipWhiteSpace } from './characters.js';

/** Pieces shorter than this are not cut: the per-parse overhead would dominate. */
export const defaultPieceLength = 4_096;
/**
 * A paragraph with no blank line for this many characters is cut inside
 * (see `cutInsideParagraph`); only such paragraphs risk a changed sentence,
 * and they are far longer than any paragraph of ordinary prose.
 */
export const paragraphPieceLength = 16_384;

const blankLineRest = /[ \t\r]*\n/y;

/**
 * Offsets that cut `text` into pieces of at least `pieceLength` characters,
 * each cut just after the first newline of a blank line followed by a word,
 * or inside a paragraph that has none for `paragraphLength` characters.
 * Starts with 0 and ends with `text.length`.
 *
 * @example cutAtBlankLines('a\n\nb', 1) // [0, 2, 4]
 */
export function cutAtBlankLines(text: string, pieceLength: number = defaultPieceLength, paragraphLength: number = paragraphPieceLength): number[] {
  const cuts = [0];
  let from = 0;
  while (text.length - from > pieceLength) {
    // Look for a blank line within the next paragraph length; a text without
    // one (one huge paragraph) is cut at a sentence end or a space instead.
    const limit = Math.min(text.length, from + Math.max(paragraphLength, 2 * pieceLength));
    let newline = text.indexOf('\n', from + pieceLength);
    let cut = -1;
    while (newline !== -1 && newline < limit) {
      blankLineRest.lastIndex = newline + 1;
      if (blankLineRest.test(text) && isWordCharacter(text.charAt(skipWhiteSpace(text, newline + 1, text.length)))) {
        cut = newline + 1;
        break;
      }
      newline = text.indexOf('\n', newline + 1);
    }
    if (cut === -1 && limit === text.length) break;
    if (cut === -1) cut = cutInsideParagraph(text, from + pieceLength, limit);
    cuts.push(cut);
    from = cut;
  }
  cuts.push(text.length);
  return cuts;
}

/**
 * A cut in [from, limit) for a paragraph too long to parse whole, as late as
 * possible: before the word after a clear sentence end (see `isClearEnd`),
 * else after any sentence-final mark followed by a space, else after the
 * last space, else at `limit` (never between the halves of a surrogate
 * pair). Only pathological paragraphs get here (thousands of characters
 * without a blank line); keeping the cost linear matters more there than a
 * sentence that may be split at the cut.
 */
function cutInsideParagraph(text: string, from: number, limit: number): number {
  let markThenSpace = -1;
  let space = -1;
  for (let i = limit - 1; i > from; i--) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 9) continue;
    if (isClearEnd(text, i)) return i + 1;
    const before = text.charCodeAt(i - 1);
    if (markThenSpace < 0 && (before === 46 || before === 33 || before === 63)) markThenSpace = i + 1;
    if (space < 0) space = i + 1;
  }
  if (markThenSpace > 0) return markThenSpace;
  if (space > 0) return space;
  const c = text.charCodeAt(limit - 1);
  return c >= 0xd800 && c <= 0xdbff ? limit - 1 : limit;
}

/**
 * Whether the space at `i` follows a sentence end no parser would undo: a
 * terminal mark (and up to two closing quotes or brackets) after a word
 * ending in three lower-case letters, so not `U.S.`, `Mr.` or `a.m.`, and a
 * capital or an opening quote after the space.
 */
function isClearEnd(text: string, i: number): boolean {
  const next = text.charAt(i + 1);
  if (!isUpperCase(next) && !isOpeningMark(next)) return false;
  let j = i - 1;
  for (let k = 0; k < 2 && j > 0 && ')]"”’\'»'.includes(text.charAt(j)); k++) j--;
  if (!isTerminalMark(text.charAt(j))) return false;
  if (text.charAt(j) !== '.') return true;
  for (let k = 1; k <= 3; k++) if (!isLowerCase(text.charAt(j - k))) return false;
  return true;
}
