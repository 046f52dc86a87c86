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
 * What makes {@link squash} change a string: white space other than the
 * ASCII space (the class lists exactly what `isSpaceCode` accepts; a test
 * holds the two to every code unit), two spaces in a row, a space at an end.
 */
const SQUASHED_AWAY = /[\t-\r\x85\xa0\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]| {2}|^ | $/;

/**
 * Collapse white space runs to one space and trim; no-break and zero-width
 * spaces count as white space. Used to compare lines (titles, captions).
 * Most scraped lines need no change, and one native search says so several
 * times faster than the scan: such a line comes back as it is.
 *
 * @example squash('\u00a0Russia-US  contacts\u00a0') // 'Russia-US contacts'
 */
export function squash(s: string): string {
  return SQUASHED_AWAY.test(s) ? squashScan(s) : s;
}

function squashScan(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isSpaceCode(s.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(s.charCodeAt(end - 1))) end--;
  // Stretches that need no change are copied whole: building the result a
  // character at a time makes a rope whose garbage costs more than linear time.
  const parts: string[] = [];
  let from = start;
  for (let i = start; i < end; i++) {
    if (!isSpaceCode(s.charCodeAt(i))) continue;
    let j = i + 1;
    while (isSpaceCode(s.charCodeAt(j))) j++;
    if (j > i + 1 || s.charCodeAt(i) !== 32) {
      parts.push(s.slice(from, i));
      from = j;
    }
    i = j - 1;
  }
  if (parts.length === 0) return s.slice(start, end);
  parts.push(s.slice(from, end));
  return parts.join(' ');
}

/** A text rebuilt from source pieces, with the source offset of every character. */
export interface MappedText {
  text: string;
  /** `offsets[i]` is the input offset of `text[i]`; length is text.length + 1 (end). A typed array: one slot per character, no growth. */
  offsets: Int32Array;
}

/**
 * Build normalised text from kept source ranges: white space runs (and the
 * gaps between ranges) become one space, ends trimmed, and each output
 * character remembers its source offset so sentences map back to the input.
 */
export function normaliseRanges(source: string, ranges: readonly (readonly [number, number])[]): MappedText {
  // The text is assembled from source stretches, not a character at a time
  // (a rope of single characters costs more than linear time in garbage).
  const parts: string[] = [];
  let length = 0;
  // The output is never longer than the kept characters plus one joining space per range.
  let capacity = 1;
  for (const [a, b] of ranges) capacity += Math.max(0, b - a) + 1;
  const offsets = new Int32Array(capacity);
  let pendingSpace = false;
  let lastEnd = 0;
  for (const [a, b] of ranges) {
    if (length > 0) pendingSpace = true;
    let from = -1;
    for (let i = a; i < b; i++) {
      const c = source.charCodeAt(i);
      if (isSpaceCode(c)) {
        // A single ASCII space between kept characters stays as it is, in its stretch.
        if (c === 32 && from >= 0 && i + 1 < b && !isSpaceCode(source.charCodeAt(i + 1))) {
          offsets[length++] = i;
          continue;
        }
        if (from >= 0) parts.push(source.slice(from, i));
        from = -1;
        if (length > 0) pendingSpace = true;
        continue;
      }
      if (pendingSpace) {
        parts.push(' ');
        offsets[length++] = lastEnd;
        pendingSpace = false;
      }
      if (from < 0) from = i;
      offsets[length++] = i;
      lastEnd = i + 1;
    }
    if (from >= 0) parts.push(source.slice(from, b));
  }
  offsets[length] = lastEnd;
  return { text: parts.join(''), offsets: offsets.subarray(0, length + 1) };
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
