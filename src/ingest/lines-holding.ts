import type { Line } from '../types.js';

/**
 * Which of `lines` (lines of `text` in order, as splitLines gives them) hold
 * a match of `pattern`, a global regular expression whose matches hold no
 * line terminator (one character, or a short mark such as /\d:\d/g). One
 * search of the whole text, which jumps to the end of a line once it holds a
 * match, costs far less than a test per line when few lines hold one.
 *
 * @example linesHolding('a;\nb\nc;', splitLines('a;\nb\nc;'), /;/g) // [true, false, true]
 */
export function linesHolding(text: string, lines: readonly Line[], pattern: RegExp): boolean[] {
  const holding = new Array<boolean>(lines.length).fill(false);
  pattern.lastIndex = 0;
  let k = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    while (k < lines.length && lines[k]!.end <= m.index) k++;
    if (k === lines.length) break;
    // A match outside every line given (in a line left out) marks none.
    if (m.index < lines[k]!.start) continue;
    holding[k] = true;
    pattern.lastIndex = lines[k]!.end;
  }
  return holding;
}
