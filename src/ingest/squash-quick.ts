import { squash } from './whitespace.js';

/**
 * What `squash` changes inside a line: a white space character other than
 * the ASCII space (the class lists those `isSpaceCode` accepts; a test holds
 * the two to every code point), or two spaces in a row. Most lines hold
 * neither, and a native search says so faster than squash's scan.
 */
const SQUASHED_AWAY = /[\t-\r\x85\xa0\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]| {2}/;

/**
 * `squash(s)`, without its scan when `s` holds only single spaces inside,
 * which squash returns as it is.
 *
 * @example squashQuick('By  Jane\u00a0Doe') // 'By Jane Doe'
 */
export function squashQuick(s: string): string {
  // squash also trims a space at either end.
  const changes = SQUASHED_AWAY.test(s) || s.charCodeAt(0) === 0x20 || s.charCodeAt(s.length - 1) === 0x20;
  return changes ? squash(s) : s;
}
