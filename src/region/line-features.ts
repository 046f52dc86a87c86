import type { Line } from '../types.js';
import { STOPWORDS } from '../rules/stopwords.js';
import { squash } from '../ingest/whitespace.js';
import { PLAIN_WORD, wordsIn } from '../ingest/words.js';

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

const TERMINAL = /[.!?…。！？]["”’»)\]]{0,2}$/u;
const INNER_STOP = /[.!?。！？]["”’»)]{0,2}\s{1,4}[\p{Lu}"“‘«(]/gu;
const UPPER_START = /^\p{Lu}/u;
const LISTS = Object.entries(STOPWORDS).map(([code, words]) => [code, new Set(words)] as const);
/** For each function word, the lists (indices into LISTS) that hold it: one lookup per word of the page. */
const LISTS_OF_WORD = new Map<string, number[]>();
LISTS.forEach(([, set], k) => {
  for (const w of set) LISTS_OF_WORD.set(w, [...(LISTS_OF_WORD.get(w) ?? []), k]);
});
/** Below this share of function words in the whole page no list fits: the page is judged by shape. */
const MIN_PAGE_STOP_SHARE = 0.08;

/** The words of a line, lower-cased. */
export function wordsOf(text: string): string[] {
  return wordsIn(text, PLAIN_WORD).map((w) => w.toLowerCase());
}

/**
 * Guess the page's language from its function words: the stopword list that
 * covers most words wins, if it covers enough of them.
 *
 * @example guessLanguage([['the', 'cat', 'sat', 'on', 'the', 'mat']]).code // 'en'
 */
export function guessLanguage(pages: readonly (readonly string[])[]): PageLanguage {
  let total = 0;
  const hits = new Array<number>(LISTS.length).fill(0);
  for (const words of pages) {
    total += words.length;
    for (const w of words) {
      const lists = LISTS_OF_WORD.get(w);
      if (lists) for (const k of lists) hits[k]!++;
    }
  }
  let best = -1;
  for (let k = 0; k < LISTS.length; k++) if (hits[k]! > (best < 0 ? 0 : hits[best]!)) best = k;
  if (best < 0 || total === 0 || hits[best]! / total < MIN_PAGE_STOP_SHARE) return { code: null, stopwords: new Set() };
  return { code: LISTS[best]![0], stopwords: LISTS[best]![1] };
}

/**
 * Features of every non-blank line, in one pass plus one hash map for
 * repetition, and the page language the stopword counts use.
 *
 * @example lineFeatures(splitLines('Home\n\nThe cat sat on the mat.')).features[1].terminal // true
 */
export function lineFeatures(lines: readonly Line[]): { features: LineFeatures[]; language: PageLanguage } {
  const texts: { line: Line; text: string; words: string[]; capitalised: number }[] = [];
  for (const line of lines) {
    const text = squash(line.text);
    if (text === '') continue;
    const raw = wordsIn(text, PLAIN_WORD);
    let capitalised = 0;
    const words = raw.map((w) => {
      const c = w.charCodeAt(0);
      if (c < 128 ? c >= 65 && c <= 90 : UPPER_START.test(w)) capitalised++;
      return w.toLowerCase();
    });
    texts.push({ line, text, words, capitalised });
  }
  const language = guessLanguage(texts.map((t) => t.words));
  const seen = new Map<string, number>();
  const keys = texts.map((t) => t.text.toLowerCase());
  for (const key of keys) seen.set(key, (seen.get(key) ?? 0) + 1);
  const features = texts.map(({ line, text, words, capitalised }, i) => {
    let stops = 0;
    for (const w of words) if (language.stopwords.has(w)) stops++;
    return {
      line,
      text,
      chars: text.length,
      words: words.length,
      stops,
      terminal: TERMINAL.test(text),
      innerStops: hasSentenceEnd(text) ? (text.match(INNER_STOP) ?? []).length : 0,
      capitalised,
      repeats: seen.get(keys[i]!) ?? 1,
    };
  });
  return { features, language };
}

/** Cheap test before the inner-stop regex: most short lines hold no sentence end at all. */
function hasSentenceEnd(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 0x3002 || c === 0xff01 || c === 0xff1f) return true;
  }
  return false;
}
