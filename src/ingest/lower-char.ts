/** The ASCII characters lower-cased, by code. */
const ASCII_LOWER = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c).toLowerCase());

/**
 * `s.charAt(i).toLowerCase()`. Detectors test a line's first letters on
 * every line, and an ASCII letter needs no call.
 *
 * @example lowerCharAt('By Jane', 0) // 'b'
 */
export function lowerCharAt(s: string, i: number): string {
  const c = s.charCodeAt(i);
  return c < 128 ? ASCII_LOWER[c]! : s.charAt(i).toLowerCase();
}
