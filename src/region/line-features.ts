import type { Line } from '../types.js';
import { isSpaceCode } from '../ingest/whitespace.js';
import { pageLines } from '../ingest/page-lines.js';
import { endsWithMark } from '../ingest/line-end.js';
import { PLAIN_WORD, isLetterOrNumber } from '../ingest/words.js';
import {
  FUNCTION_WORD_LISTS, FUNCTION_WORD_START, MAX_FUNCTION_WORD, NO_FUNCTION_WORD, functionWordLists, functionWordListsAt, functionWordStep, ruledOutByACharacter,
} from './function-words.js';

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
  /** A sentence ends inside the line (". " followed by more text): the region finder asks no more than whether one does. */
  innerStop: boolean;
  /** Words that start with a capital letter. */
  capitalised: number;
  /** How often the same (case-folded) line occurs in the page. */
  repeats: number;
  /** Index of the first line with the same case-folded text (this line's own when it comes first). */
  firstCopy: number;
}

/** The page's language as far as function words tell, with its stopword set (null: judge by shape). */
export interface PageLanguage {
  code: string | null;
  stopwords: ReadonlySet<string>;
}

const INNER_STOP = /[.!?。！？]["”’»)]{0,2}\s{1,4}[\p{Lu}"“‘«(]/u;
/** An upper-case letter, and what it says of each BMP code unit once asked: 0 not yet known, 1 upper case, 2 not. */
const UPPER = /^\p{Lu}$/u;
const BMP_UPPER = new Uint8Array(0x10000);
/** Below this share of function words in the whole page no list fits: the page is judged by shape. */
const MIN_PAGE_STOP_SHARE = 0.08;
const LIST_COUNT = FUNCTION_WORD_LISTS.length;

/**
 * Guess the page's language from its function words: the stopword list that
 * covers most words wins, if it covers enough of them. `hits[k]` counts the
 * words of the page in list k, of `total` words.
 *
 * @example guessLanguage([40, 3, 0, 0, 0, 0, 0, 0, 0], 100).code // 'en'
 */
export function guessLanguage(hits: ArrayLike<number>, total: number): PageLanguage {
  let best = -1;
  for (let k = 0; k < LIST_COUNT; k++) if (hits[k]! > (best < 0 ? 0 : hits[best]!)) best = k;
  if (best < 0 || total === 0 || hits[best]! / total < MIN_PAGE_STOP_SHARE) return { code: null, stopwords: new Set() };
  return { code: FUNCTION_WORD_LISTS[best]![0], stopwords: FUNCTION_WORD_LISTS[best]![1] };
}

/** What one pass over a line's characters finds. */
interface LineScan {
  words: number;
  capitalised: number;
  /** A sentence-end character followed by white space or a closing mark: only then can the line hold an inner stop. */
  mayStopInside: boolean;
  /** A hash of the ASCII in the line's lower case, white space left out (see {@link fingerprintStep}). */
  fingerprint: number;
}

/** Function words counted per list: `perLine[line * LIST_COUNT + k]`, and `page[k]` over the page. */
interface FunctionWordCounts {
  perLine: Int32Array;
  page: Int32Array;
}

/** What an ASCII character is to the line scan: a word's start (a letter or digit), a word's inner part, white space, a sentence end. */
const WORD_START = 1;
const WORD_INNER = 2;
const SPACE = 3;
const SENTENCE_END = 4;
const ASCII_CLASS = Uint8Array.from({ length: 128 }, (_, c) => {
  if (isLetterOrNumber(c)) return WORD_START;
  if (PLAIN_WORD.inner.includes(c)) return WORD_INNER;
  if (isSpaceCode(c)) return SPACE;
  return isSentenceEnd(c) ? SENTENCE_END : 0;
});

/**
 * What a character adds to a line's case-free fingerprint: the ASCII of its
 * lower case. White space adds nothing, so a line and its squashed text agree;
 * beyond ASCII only 'İ' (to 'i' and a dot) and the Kelvin sign (to 'k')
 * lower-case into ASCII, so nothing else is read.
 */
const ASCII_FOLD = Int32Array.from({ length: 128 }, (_, c) => (isSpaceCode(c) ? -1 : c >= 65 && c <= 90 ? c + 32 : c));
/** The fold of an ASCII character that goes on a word (a letter, digit or inner mark), -1 for the rest: one load tells both. */
const ASCII_WORD_FOLD = Int32Array.from(ASCII_FOLD, (folded, c) => (ASCII_CLASS[c] === WORD_START || ASCII_CLASS[c] === WORD_INNER ? folded : -1));
const DOTTED_CAPITAL_I = 0x130;
const KELVIN_SIGN = 0x212a;

function foldedAscii(cp: number): number {
  if (cp < 128) return ASCII_FOLD[cp]!;
  return cp === DOTTED_CAPITAL_I ? 105 : cp === KELVIN_SIGN ? 107 : -1;
}

/** The fingerprint after one more character: lines whose lower case is the same have the same fingerprint. */
function fingerprintStep(fingerprint: number, cp: number): number {
  const folded = foldedAscii(cp);
  return folded < 0 ? fingerprint : (Math.imul(fingerprint, 31) + folded) | 0;
}

/** `.`, `!`, `?` and the CJK full stop, exclamation and question marks. */
function isSentenceEnd(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x3002 || c === 0xff01 || c === 0xff1f;
}

/**
 * One pass over the line `text[start, end)`: its words (as `wordsIn(line,
 * PLAIN_WORD)` finds them), their capitals and function words. The line is
 * read in the page text, not in its own slice: a sliced string costs more per
 * character read. White space is never part of a word, so the words of the
 * raw line are those of its squashed text. ASCII is classed by table and an
 * ASCII word is looked up in the function-word trie as it is read.
 */
function scanLine(text: string, start: number, end: number, counts: FunctionWordCounts, at: number): LineScan {
  const { inner, maxTail } = PLAIN_WORD;
  let words = 0;
  let capitalised = 0;
  let mayStopInside = false;
  let fingerprint = 0;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    // Most characters are ASCII outside words: classed and folded by table, with no call.
    if (c < 128 && ASCII_CLASS[c] !== WORD_START) {
      const cls = ASCII_CLASS[c]!;
      if (cls !== SPACE) {
        // Not a capital (capitals start words), so its own lower case.
        fingerprint = (Math.imul(fingerprint, 31) + c) | 0;
        if (cls === SENTENCE_END && i + 1 < end && opensInnerStop(text.charCodeAt(i + 1))) mayStopInside = true;
      }
      i++;
      continue;
    }
    const cp = codePointAt(text, i, c);
    if (cp >= 128 && !isLetterOrNumber(cp)) {
      fingerprint = fingerprintStep(fingerprint, cp);
      if (isSentenceEnd(cp) && i + 1 < end && opensInnerStop(text.charCodeAt(i + 1))) mayStopInside = true;
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    fingerprint = fingerprintStep(fingerprint, cp);
    let ascii = cp < 128;
    let state = ascii ? functionWordStep(FUNCTION_WORD_START, cp) : NO_FUNCTION_WORD;
    let j = i + (cp > 0xffff ? 2 : 1);
    for (let tail = 0; tail < maxTail && j < end; tail++) {
      const next = text.charCodeAt(j);
      if (next < 128) {
        const folded = ASCII_WORD_FOLD[next]!;
        if (folded < 0) break;
        // Once no function word goes on this way, the state stays lost.
        if (state !== NO_FUNCTION_WORD) state = functionWordStep(state, next);
        fingerprint = (Math.imul(fingerprint, 31) + folded) | 0;
        j++;
      } else {
        const ncp = codePointAt(text, j, next);
        if (!isLetterOrNumber(ncp) && !inner.includes(ncp)) break;
        ascii = false;
        fingerprint = fingerprintStep(fingerprint, ncp);
        j += ncp > 0xffff ? 2 : 1;
      }
    }
    words++;
    if (cp < 128 ? cp >= 65 && cp <= 90 : isUpper(cp)) capitalised++;
    // Cheap tests first: most words are longer than any function word, and "don’t" or a CJK word holds a character none holds.
    let lists = ascii ? functionWordListsAt(state) : j - i <= MAX_FUNCTION_WORD && !ruledOutByACharacter(text, i, j) ? functionWordLists(text.slice(i, j)) : 0;
    for (let k = 0; lists !== 0; k++, lists >>>= 1) {
      if ((lists & 1) === 0) continue;
      counts.perLine[at * LIST_COUNT + k]!++;
      counts.page[k]!++;
    }
    i = j;
  }
  // Kept to 30 bits: a small integer is the cheapest key of a map.
  return { words, capitalised, mayStopInside, fingerprint: fingerprint & 0x3fffffff };
}

/**
 * What may follow a sentence end in an inner stop: white space or the first
 * closing mark of {@link INNER_STOP}. In the squashed line white space is one
 * space, so a line where no sentence end is followed by one of these (most
 * lines end on their only full stop) holds no inner stop.
 */
function opensInnerStop(c: number): boolean {
  return isSpaceCode(c) || c === 0x22 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x29;
}

/** `s.codePointAt(i)` from the code unit `c` read there: the code unit itself unless it is a high surrogate. */
function codePointAt(s: string, i: number, c: number): number {
  return c >= 0xd800 && c <= 0xdbff ? s.codePointAt(i)! : c;
}

/**
 * Whether the code point is an upper-case letter (`\p{Lu}`). A regex test
 * per word that starts beyond ASCII costs more than the rest of the word's
 * scan, so BMP answers are kept.
 */
function isUpper(cp: number): boolean {
  if (cp > 0xffff) return UPPER.test(String.fromCodePoint(cp));
  let known = BMP_UPPER[cp]!;
  if (known === 0) {
    known = UPPER.test(String.fromCharCode(cp)) ? 1 : 2;
    BMP_UPPER[cp] = known;
  }
  return known === 1;
}

/** The marks a sentence ends on, and the closing marks that may follow them (see {@link endsWithMark}). */
const SENTENCE_MARKS = '.!?…。！？';
const SENTENCE_CLOSERS = '"”’»)]';

/**
 * Features of every non-blank line, in one scan of each line plus a map of
 * fingerprints for repetition, and the page language the stopword counts use.
 * `lines` are the lines of `text` as splitLines gives them.
 *
 * @example lineFeatures(text, splitLines('Home\n\nThe cat sat on the mat.')).features[1].terminal // true
 */
export function lineFeatures(text: string, lines: readonly Line[]): { features: LineFeatures[]; language: PageLanguage } {
  const squashed = pageLines(text, lines).squashed;
  const counts: FunctionWordCounts = { perLine: new Int32Array(lines.length * LIST_COUNT), page: new Int32Array(LIST_COUNT) };
  const features: LineFeatures[] = [];
  const fingerprints: number[] = [];
  let total = 0;
  for (const line of lines) {
    const lineText = squashed[line.index]!;
    // A blank line has no words: nothing to scan.
    if (lineText === '') continue;
    const scan = scanLine(text, line.start, line.end, counts, features.length);
    total += scan.words;
    fingerprints.push(scan.fingerprint);
    features.push({
      line,
      text: lineText,
      chars: lineText.length,
      words: scan.words,
      stops: 0,
      terminal: endsWithMark(lineText, SENTENCE_MARKS, SENTENCE_CLOSERS),
      innerStop: scan.mayStopInside && INNER_STOP.test(lineText),
      capitalised: scan.capitalised,
      repeats: 0,
      firstCopy: features.length,
    });
  }
  const language = guessLanguage(counts.page, total);
  const best = FUNCTION_WORD_LISTS.findIndex(([code]) => code === language.code);
  features.forEach((f, i) => {
    f.stops = best < 0 ? 0 : counts.perLine[i * LIST_COUNT + best]!;
  });
  countRepeats(features, fingerprints);
  return { features, language };
}

/**
 * How often each line's case-folded text occurs in the page, and its first
 * copy. Lines of the same lower case have the same fingerprint, so a line is
 * only compared with the lines whose fingerprint an earlier line has: an
 * exact copy of the first of them joins it, any other is lower-cased and
 * hashed (and so is that first line then).
 */
function countRepeats(features: LineFeatures[], fingerprints: readonly number[]): void {
  const firstWithPrint = new Map<number, number>();
  const firstOf = new Map<string, number>();
  const folded = new Uint8Array(features.length);
  const fold = (i: number) => {
    if (folded[i]) return;
    folded[i] = 1;
    const key = features[i]!.text.toLowerCase();
    const first = firstOf.get(key);
    if (first === undefined) firstOf.set(key, i);
    else features[i]!.firstCopy = first;
  };
  const copies = new Int32Array(features.length);
  features.forEach((f, i) => {
    const earlier = firstWithPrint.get(fingerprints[i]!);
    if (earlier === undefined) firstWithPrint.set(fingerprints[i]!, i);
    else if (f.text === features[earlier]!.text) f.firstCopy = earlier;
    else {
      fold(earlier);
      fold(i);
    }
    copies[f.firstCopy]!++;
  });
  for (const f of features) f.repeats = copies[f.firstCopy]!;
}
