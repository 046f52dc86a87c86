/**
 * Walk forward from `start` until `bytes` UTF-8 bytes have been passed, as PHP
 * counts string lengths. Returns the UTF-16 offset reached, or -1 when the
 * text ends first. Lone surrogates count as the 3 bytes of U+FFFD.
 *
 * @example advanceUtf8Bytes('é"', 0, 2) // 1
 */
export function advanceUtf8Bytes(text: string, start: number, bytes: number): number {
  let i = start;
  let left = bytes;
  while (left > 0) {
    if (i >= text.length) return -1;
    const c = text.charCodeAt(i);
    if (c < 0x80) left -= 1;
    else if (c < 0x800) left -= 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      left -= 4;
      i++;
    } else left -= 3;
    i++;
  }
  return left === 0 ? i : -1;
}
