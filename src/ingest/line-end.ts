/** Closing quotes and the bracket that most often follow a sentence's last mark. */
const CLOSERS = '"”’)';

/**
 * Whether `line` ends with one of `marks` and then at most two of `closers`,
 * as /[marks][closers]{0,2}$/ would tell, but looking at the last three
 * characters only: the regular expression tries every position of a long
 * line. `marks` must hold no closer; both hold single code units.
 *
 * @example endsWithMark('He left.”', '.!?') // true
 */
export function endsWithMark(line: string, marks: string, closers: string = CLOSERS): boolean {
  let end = line.length;
  while (end > 0 && end > line.length - 2 && closers.includes(line[end - 1]!)) end--;
  return end > 0 && marks.includes(line[end - 1]!);
}
