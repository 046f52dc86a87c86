import type { LineFeatures } from './line-features.js';
import { isLetterOrNumber, letterKey } from '../ingest/words.js';

/** Separators between a headline and the site name in a `<title>`: "Story - Site", "Site | Story". */
const TITLE_SEPARATORS = /\s{1,3}[|\-–—·:»]\s{1,3}|\s{0,3}\|\s{0,3}/u;
/** A headline part shorter than this could be a site name or a section label. */
const MIN_PART = 12;
/** A kicker glued before the repeated headline ("Opinion|"); a longer prefix ("34 responses to") is another line. */
const MAX_KICKER = 20;

function keyOf(s: string): string {
  return letterKey(s.toLowerCase());
}

/**
 * Where the page prints its headline again: the first line after the title
 * line that repeats the title or its longest part (the headline without the
 * site name), allowing a kicker glued on ("Opinion|Headline"). The article
 * body starts shortly after it on almost every news page; -1 when no line
 * repeats it.
 *
 * @example findTitleAnchor(features, 0) // 24
 */
export function findTitleAnchor(features: readonly LineFeatures[], titleIndex: number): number {
  const title = features[titleIndex];
  if (!title) return -1;
  const whole = keyOf(title.text);
  const parts = title.text.split(TITLE_SEPARATORS).map(keyOf);
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a), '');
  const wanted = [whole, longest].filter((p) => p.length >= MIN_PART);
  if (wanted.length === 0) return -1;
  const heads = wanted.map((p) => packedEnd(p, false));
  const tails = wanted.map((p) => packedEnd(p, true));
  for (let i = titleIndex + 1; i < features.length; i++) {
    const f = features[i]!;
    if (f.chars < MIN_PART || f.chars > title.chars * 2 + 20) continue;
    if (!mayShareAnEnd(f.text, heads, tails)) continue;
    const key = keyOf(f.text);
    for (const p of wanted) {
      if (key === p) return i;
      if (key.length > p.length && key.length - p.length <= MAX_KICKER && key.endsWith(p) && !/\d/u.test(key.slice(0, -p.length))) return i;
      if (p.length > key.length && key.length >= p.length * 0.7 && p.startsWith(key)) return i;
    }
  }
  return -1;
}

/** Letters and numbers compared at each end of a line before its key is built; a key that can match holds more. */
const END_LETTERS = 4;

/**
 * Cheap test before the key is built: a key that equals a part or ends in it
 * has the part's last letters and numbers, one that starts it (being most of
 * it) has its first ones. A key's letters and numbers are the line's,
 * lower-cased; ASCII ones lower-case on their own (and nothing that is not a
 * letter or number lower-cases into one), so they are read off the raw line.
 * A line whose ends are not ASCII is let through.
 */
function mayShareAnEnd(text: string, heads: readonly number[], tails: readonly number[]): boolean {
  const head = packedEnd(text, false);
  const tail = packedEnd(text, true);
  if (head < 0 || tail < 0) return true;
  for (let k = 0; k < heads.length; k++) if (head === heads[k] || tail === tails[k]) return true;
  return false;
}

/**
 * The first (or last) {@link END_LETTERS} letters and numbers of `s`, ASCII
 * lower-cased and packed seven bits each; -1 when one of them is not ASCII or
 * `s` has fewer.
 */
function packedEnd(s: string, fromEnd: boolean): number {
  let packed = 0;
  let found = 0;
  for (let k = 0; k < s.length && found < END_LETTERS; k++) {
    const c = s.charCodeAt(fromEnd ? s.length - 1 - k : k);
    if (c >= 128) {
      // A letter or number beyond ASCII, or a character to look at more closely: the test cannot tell.
      if (isLetterOrNumber(c) || (c >= 0xd800 && c <= 0xdfff)) return -1;
      continue;
    }
    if (!isLetterOrNumber(c)) continue;
    packed = packed * 128 + (c >= 65 && c <= 90 ? c + 32 : c);
    found++;
  }
  return found === END_LETTERS ? packed : -1;
}
