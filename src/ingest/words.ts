/**
 * Word scanning without a Unicode regex. `/[\p{L}\p{N}][\p{L}\p{N}'’]{0,40}/gu`
 * is the shape several detectors count words by, and on every line of a page
 * the regex engine's property lookups cost more than the rest of the work;
 * this scanner gives exactly the same matches with ASCII inline and a cached
 * table for the rest of the Basic Multilingual Plane.
 */

/** Per BMP code unit: 0 not yet known, 1 a letter or number, 2 neither. */
const BMP_CLASS = new Uint8Array(0x10000);
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;

/** Whether the code point is a letter or a number (`\p{L}` or `\p{N}`). */
export function isLetterOrNumber(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57);
  if (cp > 0xffff) return LETTER_OR_NUMBER.test(String.fromCodePoint(cp));
  let known = BMP_CLASS[cp]!;
  if (known === 0) {
    // Lone surrogates are neither; a pair arrives here as one astral code point.
    known = cp >= 0xd800 && cp <= 0xdfff ? 2 : LETTER_OR_NUMBER.test(String.fromCharCode(cp)) ? 1 : 2;
    BMP_CLASS[cp] = known;
  }
  return known === 1;
}

/** The shape of a word: a letter or number, then up to `maxTail` letters, numbers or `inner` characters. */
export interface WordShape {
  /** Code points allowed after the first one besides letters and numbers (e.g. apostrophes). */
  inner: readonly number[];
  maxTail: number;
}

/** Letters and numbers with inner apostrophes, up to 41 code points: "don't", "O’Brien". */
export const PLAIN_WORD: WordShape = { inner: [0x27, 0x2019], maxTail: 40 };

/**
 * The words of `text` in order, as `text.match(regex)` would give them for
 * the regex the shape describes.
 *
 * @example wordsIn("Don't stop—now", PLAIN_WORD) // ["Don't", 'stop', 'now']
 */
export function wordsIn(text: string, shape: WordShape): string[] {
  const out: string[] = [];
  const { inner, maxTail } = shape;
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (!isLetterOrNumber(cp)) {
      i += width;
      continue;
    }
    let j = i + width;
    for (let tail = 0; tail < maxTail && j < text.length; tail++) {
      const next = text.codePointAt(j)!;
      if (!isLetterOrNumber(next) && !inner.includes(next)) break;
      j += next > 0xffff ? 2 : 1;
    }
    out.push(text.slice(i, j));
    i = j;
  }
  return out;
}

/**
 * The runs of letters and numbers of `text` joined by single spaces, as
 * `text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()` gives them: the key two
 * lines are compared by when only their words matter.
 *
 * @example letterKey('“Opinion | Brexit,  again”') // 'Opinion Brexit again'
 */
export function letterKey(text: string): string {
  const runs = wordsIn(text, ANY_LENGTH);
  return runs.join(' ');
}

const ANY_LENGTH: WordShape = { inner: [], maxTail: Number.MAX_SAFE_INTEGER };
