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
    let newline = text.indexOf('\n', from + pieceLength);
    let cut = -1;
    while (newline !== -1) {
      blankLineRest.lastIndex = newline + 1;
      if (blankLineRest.test(text) && isWordCharacter(text.charAt(skipWhiteSpace(text, newline + 1, text.length)))) {
        cut = newline + 1;
        break;
      }
      newline = text.indexOf('\n', newline + 1);
    }
    if (cut === -1 || cut >= text.length) break;
    cuts.push(cut);
    from = cut;
  }
  cuts.push(text.length);
  return cuts;
}
