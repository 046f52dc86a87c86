/**
 * White space as scraped text has it: ASCII spaces and tabs, no-break spaces,
 * the Unicode space separators, zero-width characters and the BOM. Kept as a
 * code-point test rather than `\s`, because `\s` misses the zero-width ones
 * and we want one definition everywhere.
 */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0x85) return false;
  return (
    c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200d) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x2060 ||
    c === 0x3000 || c === 0xfeff
  );
}

/** Whether `s` holds nothing but white space in the sense of {@link isSpaceCode}. */
export function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isSpaceCode(s.charCodeAt(i))) return false;
  return true;
}

/**
 * Collapse white space runs to one space and trim; no-break and zero-width
 * spaces count as white space. Used to compare lines (titles, captions).
 *
 * @example squash('\u00a0Russia-US  contacts\u00a0') // 'Russia-US contacts'
 */
export function squash(s: string): string {
  if (isSquashed(s)) return s;
  const words: string[] = [];
  let i = 0;
  while (i < s.length) {
    while (i < s.length && isSpaceCode(s.charCodeAt(i))) i++;
    const start = i;
    while (i < s.length && !isSpaceCode(s.charCodeAt(i))) i++;
    if (i > start) words.push(s.slice(start, i));
  }
  return words.join(' ');
}

/** No white space at the ends and single ASCII spaces between words: most lines already are. */
function isSquashed(s: string): boolean {
  if (s.length === 0) return true;
  if (isSpaceCode(s.charCodeAt(0)) || isSpaceCode(s.charCodeAt(s.length - 1))) return false;
  let previousSpace = false;
  for (let i = 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (previousSpace) return false;
      previousSpace = true;
    } else if (c <= 32 || (c >= 0x85 && isSpaceCode(c))) {
      return false;
    } else {
      previousSpace = false;
    }
  }
  return true;
}

/** A text rebuilt from source pieces, with the source offset of every character. */
export interface MappedText {
  text: string;
  /** `offsets[i]` is the input offset of `text[i]`; length is text.length + 1 (end). */
  offsets: number[];
}

/**
 * Build normalised text from kept source ranges: white space runs (and the
 * gaps between ranges) become one space, ends trimmed, and each output
 * character remembers its source offset so sentences map back to the input.
 */
export function normaliseRanges(source: string, ranges: readonly (readonly [number, number])[]): MappedText {
  const parts: string[] = [];
  let length = 0;
  const offsets: number[] = [];
  let pendingSpace = false;
  let lastEnd = 0;
  for (const [a, b] of ranges) {
    if (length > 0) pendingSpace = true;
    let i = a;
    while (i < b) {
      if (isSpaceCode(source.charCodeAt(i))) {
        if (length > 0) pendingSpace = true;
        i++;
        continue;
      }
      if (pendingSpace) {
        parts.push(' ');
        offsets.push(lastEnd);
        length++;
        pendingSpace = false;
      }
      // A run of visible characters is copied at once.
      const from = i;
      while (i < b && !isSpaceCode(source.charCodeAt(i))) offsets.push(i++);
      parts.push(source.slice(from, i));
      length += i - from;
      lastEnd = i;
    }
  }
  offsets.push(lastEnd);
  return { text: parts.join(''), offsets };
}

/**
 * `s` without the trailing characters found in `chars` (a loop, not a
 * `[…]+$` regex, which backtracks quadratically on long runs).
 *
 * @example trimTrailing('Read more…:', '.:…') // 'Read more'
 */
export function trimTrailing(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1]!)) end--;
  return s.slice(0, end);
}
