import type { Line } from '../types.js';
import { linesHolding } from './lines-holding.js';
import { squash } from './whitespace.js';

/**
 * The white space of isSpaceCode that can stand inside a line, but for the
 * plain space: the line terminators (LF, CR, U+2028, U+2029) end lines.
 */
const ODD_SPACE = /[\t\v\f\x85\xa0\u1680\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff]/g;

/**
 * `lines.map((l) => squash(l.text))` for lines of `text` in order, as
 * splitLines gives them. squash leaves most lines as they are, and such a
 * line needs no loop over its characters: it has no space at either end, no
 * two spaces in a row and no other white space. One search of the whole text
 * finds the other white space, which is rare.
 *
 * @example squashLines('a\u00a0 b\nc d', splitLines('a\u00a0 b\nc d')) // ['a b', 'c d']
 */
export function squashLines(text: string, lines: readonly Line[]): string[] {
  const odd = linesHolding(text, lines, ODD_SPACE);
  return lines.map((line, k) => (odd[k] || hasStraySpace(text, line) ? squash(line.text) : line.text));
}

/** A space at either end of the line (read in `text`, faster than in the line's slice of it), or two in a row. */
function hasStraySpace(text: string, line: Line): boolean {
  return text.charCodeAt(line.start) === 32 || text.charCodeAt(line.end - 1) === 32 || line.text.includes('  ');
}
