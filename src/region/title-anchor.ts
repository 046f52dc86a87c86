import type { LineFeatures } from './line-features.js';
import { letterKey } from '../ingest/words.js';

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
  for (let i = titleIndex + 1; i < features.length; i++) {
    const f = features[i]!;
    if (f.chars < MIN_PART || f.chars > title.chars * 2 + 20) continue;
    const key = keyOf(f.text);
    for (const p of wanted) {
      if (key === p) return i;
      if (key.length > p.length && key.length - p.length <= MAX_KICKER && key.endsWith(p) && !/\d/u.test(key.slice(0, -p.length))) return i;
      if (p.length > key.length && key.length >= p.length * 0.7 && p.startsWith(key)) return i;
    }
  }
  return -1;
}
