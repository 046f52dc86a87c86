import type { Line } from '../types.js';
import { squashLines } from './squash-lines.js';

/**
 * Views of a page's lines that several detectors need, computed once per
 * page instead of once per detector. Each view is built on first use.
 */
export interface PageLines {
  /** `squash(line.text)` for every line, by line index. */
  readonly squashed: readonly string[];
  /** `line.text.toLowerCase()` for every line, by line index. */
  readonly lower: readonly string[];
}

/** The views of the pages seen last, by their lines array: the pipeline hands every detector the same one. */
const views = new WeakMap<readonly Line[], { text: string; view: PageLines }>();

/**
 * The shared views of `lines`, the lines of `text` as splitLines gives them.
 *
 * @example pageLines(text, lines).lower[3] === lines[3].text.toLowerCase() // true
 */
export function pageLines(text: string, lines: readonly Line[]): PageLines {
  const known = views.get(lines);
  if (known !== undefined && known.text === text) return known.view;
  const view = buildView(text, lines);
  views.set(lines, { text, view });
  return view;
}

function buildView(text: string, lines: readonly Line[]): PageLines {
  let squashed: string[] | null = null;
  let lower: string[] | null = null;
  return {
    get squashed() {
      squashed ??= squashLines(text, lines);
      return squashed;
    },
    get lower() {
      lower ??= lowerLines(text, lines);
      return lower;
    },
  };
}

/**
 * Every line lower-cased. One call on the whole page costs far less than one
 * per line (a call on a page with curly quotes, a two-byte string, costs
 * about as much as lower-casing a hundred characters), and a line's slice of
 * the lower-cased page is its lower case: line terminators are neither cased
 * nor case-ignorable, so context rules such as the Greek final sigma read
 * the same. Only a character whose lower case is longer ('İ') shifts the
 * offsets; such a page is lower-cased line by line.
 */
function lowerLines(text: string, lines: readonly Line[]): string[] {
  const whole = text.toLowerCase();
  if (whole.length !== text.length) return lines.map((line) => line.text.toLowerCase());
  return lines.map((line) => whole.slice(line.start, line.end));
}
