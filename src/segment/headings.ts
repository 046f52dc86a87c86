/**
 * Whether a block's text reads like a heading: short, no sentence-final
 * punctuation, starting with a capital or digit. Position is judged by the
 * caller (a heading stands between paragraphs).
 *
 * Seed 000 line 19 ("Attempts to Keep Part of Syria Under Nusra Front Control
 * Unacceptable") and seed 003 ("Russia-US contacts", "Intra-Syrian dialogue")
 * are the shapes; a one-line quote ending in a period must not match.
 *
 * @example looksLikeHeading('Intra-Syrian dialogue') // true
 */
export function looksLikeHeading(text: string): boolean {
  if (text.length === 0 || text.length > 120) return false;
  const words = countWords(text);
  if (words === 0 || words > 14) return false;
  const first = text.codePointAt(0)!;
  const firstChar = String.fromCodePoint(first);
  const startsUpper = firstChar !== firstChar.toLowerCase() || (first >= 48 && first <= 57);
  if (!startsUpper) return false;
  const last = text[text.length - 1]!;
  return !SENTENCE_END.has(last);
}

/** Characters that end a sentence or a clause; a heading ends with none of them. */
const SENTENCE_END = new Set(['.', '!', '?', ':', ';', ',', '…', '"', '”', '’', "'", '»', '-', '–', '—', '(', '/']);

function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) === 32;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}
