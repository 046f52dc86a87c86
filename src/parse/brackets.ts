/**
 * Offset just past the bracket that closes the one at `open` (`[` or `{`),
 * honouring JSON strings and their escapes; -1 when it never closes within
 * `limit`. One linear pass with a counter, no recursion, so 100,000 nested
 * brackets cost what 100,000 characters cost.
 *
 * @example matchBracket('[{"a":"]"}] tail', 0) // 11
 */
export function matchBracket(text: string, open: number, limit = text.length): number {
  let depth = 0;
  let inString = false;
  const end = Math.min(limit, text.length);
  for (let i = open; i < end; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 91 || c === 123) depth++;
    else if (c === 93 || c === 125) {
      depth--;
      if (depth === 0) return i + 1;
      if (depth < 0) return -1;
    }
  }
  return -1;
}
