import type { Line } from '../types.js';
import { STOPWORDS } from '../rules/stopwords.js';
import { squash } from '../ingest/whitespace.js';

/** What the text of one non-blank line still tells about it. */
export interface LineFeatures {
  line: Line;
  /** Trimmed text, white space squashed. */
  text: string;
  chars: number;
  words: number;
  /** Function words of the page's language among the words. */
  stops: number;
  /** Ends like a sentence: `.`, `!`, `?`, `…`, a closing quote after one, CJK stops. */
  terminal: boolean;
  /** Sentence ends inside the line (". " followed by more text). */
  innerStops: number;
  /** Words that start with a capital letter. */
  capitalised: number;
  /** How often the same (case-folded) line occurs in the page. */
  repeats: number;
}

/** The page's language as far as function words tell, with its stopword set (null: judge by shape). */
export interface PageLanguage {
  code: string | null;
  stopwords: ReadonlySet<string>;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’]{0,40}/gu;
const TERMINAL = /[.!?…。！？]["”’»)\]]{0,2}$/u;
const INNER_STOP = /[.!?。！？]["”’»)]{0,2}\s{1,4}[\p{Lu}"“‘«(]/gu;
const UPPER_START = /^\p{Lu}/u;
const LISTS = Object.entries(STOPWORDS).map(([code, words]) => [code, new Set(words)] as const);
/** Below this share of function words in the whole page no list fits: the page is judged by shape. */
const MIN_PAGE_STOP_SHARE = 0.08;

/** The words of a line, lower-cased. */
export function wordsOf(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => w.toLowerCase());
}

/**
 * Guess the page's language from its function words: the stopword list that
 * covers most words wins, if it covers enough of them.
 *
 * @example guessLanguage([['the', 'cat', 'sat', 'on', 'the', 'mat']]).code // 'en'
 */
export function guessLanguage(pages: readonly (readonly string[])[]): PageLanguage {
  let total = 0;
  let best: { code: string | null; stopwords: ReadonlySet<string>; hits: number } = { code: null, stopwords: new Set(), hits: 0 };
  const counts = new Map<string, number>();
  for (const words of pages) for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  for (const n of counts.values()) total += n;
  for (const [code, set] of LISTS) {
    let hits = 0;
    for (const w of set) hits += counts.get(w) ?? 0;
    if (hits > best.hits) best = { code, stopwords: set, hits };
  }
  if (total === 0 || best.hits / total < MIN_PAGE_STOP_SHARE) return { code: null, stopwords: new Set() };
  return { code: best.code, stopwords: best.stopwords };
}

/**
 * Features of every non-blank line, in one pass plus one hash map for
 * repetition, and the page language the stopword counts use.
 *
 * @example lineFeatures(splitLines('Home\n\nThe cat sat on the mat.')).features[1].terminal // true
 */
export function lineFeatures(lines: readonly Line[]): { features: LineFeatures[]; language: PageLanguage } {
  const texts: { line: Line; text: string; words: string[] }[] = [];
  for (const line of lines) {
    const text = squash(line.text);
    if (text !== '') texts.push({ line, text, words: wordsOf(text) });
  }
  const language = guessLanguage(texts.map((t) => t.words));
  const seen = new Map<string, number>();
  for (const t of texts) seen.set(t.text.toLowerCase(), (seen.get(t.text.toLowerCase()) ?? 0) + 1);
  const features = texts.map(({ line, text, words }) => {
    let stops = 0;
    let capitalised = 0;
    for (const w of words) if (language.stopwords.has(w)) stops++;
    for (const m of text.match(WORD) ?? []) if (UPPER_START.test(m)) capitalised++;
    return {
      line,
      text,
      chars: text.length,
      words: words.length,
      stops,
      terminal: TERMINAL.test(text),
      innerStops: (text.match(INNER_STOP) ?? []).length,
      capitalised,
      repeats: seen.get(text.toLowerCase()) ?? 1,
    };
  });
  return { features, language };
}
