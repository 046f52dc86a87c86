import { isSpaceCode } from './whitespace.js';

/**
 * A test, built once per list of labels (lower case, single spaces), of
 * whether a line may start with one of them, cheap enough to run on every
 * line before it is lower-cased and squashed: when it says no,
 * `squash(line.toLowerCase())` starts with none of the labels.
 *
 * A line whose first three characters (after white space) are plain ASCII is
 * looked up by those three, lower-cased; any other line by its first
 * character. The test beside it holds the promise over every character.
 *
 * The test may also be given the span `from`-`to` of a line in its page,
 * and reads the page in place: a line's own string is a slice of the page,
 * slower to read. The page must end the line there, with a line terminator
 * or its end, none of which is printable ASCII.
 *
 * @example labelStartTest(['read more'])('Read more: Title') // true
 */
export function labelStartTest(labels: readonly string[]): (line: string, from?: number, to?: number) => boolean {
  const heads = new Set<number>();
  const initials = new Set<number>();
  for (const label of labels) {
    if (label.length < 3) throw new RangeError(`labelStartTest: label "${label}" is shorter than the three characters lines are looked up by`);
    const head = asciiHead(label, 0);
    if (head >= 0) heads.add(head);
    initials.add(label.charCodeAt(0));
  }
  return (line, from = 0, to = line.length) => {
    let i = from;
    while (i < to && isSpaceCode(line.charCodeAt(i))) i++;
    const head = asciiHead(line, i);
    if (head >= 0) return heads.has(head);
    const c = line.charCodeAt(i);
    if (c < 128) return initials.has(c >= 65 && c <= 90 ? c + 32 : c);
    // Rare: a non-ASCII first character, which may lower-case to "à".
    return i < to && initials.has(line[i]!.toLowerCase().charCodeAt(0));
  };
}

/**
 * The three characters from `at` as one number, lower-cased, when they are
 * printable ASCII and squashing leaves them as they are: a space only
 * between two other characters. Otherwise -1.
 */
function asciiHead(s: string, at: number): number {
  let head = 0;
  for (let i = at; i < at + 3; i++) {
    let c = s.charCodeAt(i);
    if (c === 32) {
      const next = s.charCodeAt(i + 1);
      if (i === at || !(next > 32 && next < 127)) return -1;
    } else if (!(c > 32 && c < 127)) return -1;
    if (c >= 65 && c <= 90) c += 32;
    head = head * 128 + c;
  }
  return head;
}
