/**
 * Where to cut a long text into pieces that retext-english can parse one by
 * one. retext-english tokenizes the whole input as one sentence before it
 * splits it, and its merges splice that array, so its cost grows with the
 * square of the input length (about 1.4 MB/s on 100 kB, 0.2 MB/s on 1 MB
 * on the bench machine). No sentence crosses a blank line in its trees, so
 * pieces cut inside blank lines parse to the same sentences as the whole,
 * provided the text after the blank line opens with a word: a word-less
 * sentence (`?`, `...`) after a blank line would otherwise join the next
 * sentence instead of standing alone as it does in one parse.
 */
import { isWordCharacter, skipWhiteSpace } from './characters.js';

/** Pieces shorter than this are not cut: the per-parse overhead would dominate. */
export const defaultPieceLength = 32_768;

const blankLineRest = /[ \t\r]*\n/y;

/**
 * Offsets that cut `text` into pieces of at least `pieceLength` characters,
 * each cut just after the first newline of a blank line followed by a word. Starts with 0 and
 * ends with `text.length`.
 *
 * @example cutAtBlankLines('a\n\nb', 1) // [0, 2, 4]
 */
export function cutAtBlankLines(text: string, pieceLength: number = defaultPieceLength): number[] {
  const cuts = [0];
  let from = 0;
  while (text.length - from > pieceLength) {
    // Look for a blank line within the next piece or so; a text without one
    // (one huge paragraph) is cut at a sentence end or a space instead.
    const limit = Math.min(text.length, from + 2 * pieceLength);
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
 * A cut in [from, limit) for a paragraph too long to parse whole: after the
 * last sentence-final mark followed by a space, else after the last space,
 * else at `limit` (never between the halves of a surrogate pair). Such
 * paragraphs are pathological (tens of thousands of characters without a
 * blank line); keeping the cost linear matters more there than a sentence
 * that may be split at the cut.
 */
function cutInsideParagraph(text: string, from: number, limit: number): number {
  let space = -1;
  for (let i = limit - 1; i > from; i--) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 9) continue;
    const before = text.charCodeAt(i - 1);
    if (before === 46 || before === 33 || before === 63) return i + 1;
    if (space < 0) space = i + 1;
  }
  if (space > 0) return space;
  const c = text.charCodeAt(limit - 1);
  return c >= 0xd800 && c <= 0xdbff ? limit - 1 : limit;
}
