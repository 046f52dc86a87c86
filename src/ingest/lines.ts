import type { Line } from '../types.js';
import { assertString } from './assert.js';

/**
 * Lines of `text` with offsets; `\r\n`, `\r`, and the Unicode line and
 * paragraph separators end a line, and the terminator is outside the span.
 *
 * @example splitLines('a\nb')[1] // { index: 1, start: 2, end: 3, text: 'b' }
 */
export function splitLines(text: string): Line[] {
  assertString(text, 'splitLines');
  const lines: Line[] = [];
  let start = 0;
  if (!OTHER_TERMINATOR.test(text)) {
    // Most text ends its lines with \n alone, and the native search finds them faster than a loop.
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      lines.push({ index: lines.length, start, end, text: text.slice(start, end) });
      start = end + 1;
    }
  } else {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) {
        lines.push({ index: lines.length, start, end: i, text: text.slice(start, i) });
        if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
        start = i + 1;
      }
    }
  }
  lines.push({ index: lines.length, start, end: text.length, text: text.slice(start) });
  return lines;
}

/** Line terminators besides \n. */
const OTHER_TERMINATOR = /[\r\u2028\u2029]/;

/** Input offset of the line's first character that JavaScript's `trim` keeps. */
export function contentStart(line: Line): number {
  return line.start + (line.text.length - line.text.trimStart().length);
}

/** Input offset just after the line's last character that JavaScript's `trim` keeps. */
export function contentEnd(line: Line): number {
  return line.start + line.text.trimEnd().length;
}

/**
 * The lines that hold more than white space (what `trim` removes), in order.
 * A line opening with a character from `!` to U+009F, which `trim` never
 * removes, needs no trim: most lines do.
 */
export function nonBlankLines(lines: readonly Line[]): Line[] {
  return lines.filter((l) => {
    const first = l.text.charCodeAt(0);
    return (first > 32 && first < 0xa0) || l.text.trim() !== '';
  });
}
