import { STOPWORDS } from '../rules/stopwords.js';

/** The stopword lists in a fixed order; the lists a word is in are a bit mask over this order. */
export const FUNCTION_WORD_LISTS = Object.entries(STOPWORDS).map(([code, words]) => [code, new Set(words)] as const);

/** For each function word, the bit mask of the lists that hold it. */
const LISTS_OF_WORD = new Map<string, number>();
FUNCTION_WORD_LISTS.forEach(([, set], k) => {
  for (const w of set) LISTS_OF_WORD.set(w, (LISTS_OF_WORD.get(w) ?? 0) | (1 << k));
});

/**
 * The longest function word, in UTF-16 units. Lower-casing never shortens a
 * string, so a longer word is no function word.
 */
export const MAX_FUNCTION_WORD = Math.max(...[...LISTS_OF_WORD.keys()].map((w) => w.length));

/**
 * The function words spelled in ASCII, as a trie: most words of a page are
 * ASCII, and a scan steps through the trie as it reads a word, with no slice
 * and no toLowerCase. `NEXT[state * 128 + code]` is the state after the
 * ASCII character `code` (a capital read as its lower case), -1 when no word
 * goes on that way: one load per character, no alphabet to look up first;
 * `LISTS_AT[state]` is the mask of the word ending there.
 */
// A word with a capital can never come out of toLowerCase.
const ASCII_WORDS = [...LISTS_OF_WORD.keys()].filter((w) => /^[\0-@[-\x7f]+$/.test(w));
const ASCII_SIZE = 128;
const MAX_STATES = 1 + ASCII_WORDS.reduce((n, w) => n + w.length, 0);
const ALL_EDGES = new Int32Array(MAX_STATES * ASCII_SIZE).fill(-1);
const LISTS_AT = new Int32Array(MAX_STATES);
let used = 1;
for (const w of ASCII_WORDS) {
  let state = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    const edge = state * ASCII_SIZE + c;
    if (ALL_EDGES[edge] === -1) {
      ALL_EDGES[edge] = used++;
      if (c >= 97 && c <= 122) ALL_EDGES[edge - 32] = ALL_EDGES[edge]!;
    }
    state = ALL_EDGES[edge]!;
  }
  LISTS_AT[state] = LISTS_OF_WORD.get(w)!;
}
const NEXT = ALL_EDGES.slice(0, used * ASCII_SIZE);

/** The trie state before the first character of a word. */
export const FUNCTION_WORD_START = 0;
/** The trie state of a word no function word starts with. */
export const NO_FUNCTION_WORD = -1;

/**
 * The trie state after one more ASCII character `code` of a word.
 *
 * @example functionWordStep(functionWordStep(FUNCTION_WORD_START, 0x49), 0x6e) // the state of 'in'
 */
export function functionWordStep(state: number, code: number): number {
  return state < 0 ? NO_FUNCTION_WORD : NEXT[state * ASCII_SIZE + code]!;
}

/** The lists (bit mask over {@link FUNCTION_WORD_LISTS}) of the ASCII word that led to `state`. */
export function functionWordListsAt(state: number): number {
  return state < 0 ? 0 : LISTS_AT[state]!;
}

/** Every code unit of every function word. */
const FUNCTION_WORD_CODES = new Set<number>();
for (const w of LISTS_OF_WORD.keys()) for (let i = 0; i < w.length; i++) FUNCTION_WORD_CODES.add(w.charCodeAt(i));

/** Per code unit, what {@link rulesOutFunctionWord} answers once asked: 0 not yet known, 1 yes, 2 no. */
const RULES_OUT = new Uint8Array(0x10000);

/**
 * Whether a word holding the code unit `code` is no function word, as its
 * lower case tells: the character is its own lower case, so lower-casing the
 * word keeps it (only a capital sigma reads its context), and no function
 * word holds it. The curly apostrophe of "don’t" and CJK letters are such.
 * Half of a surrogate pair is not: the word is looked up.
 *
 * @example rulesOutFunctionWord(0x2019) // true
 */
export function rulesOutFunctionWord(code: number): boolean {
  let known = RULES_OUT[code]!;
  if (known === 0) {
    const c = String.fromCharCode(code);
    known = (code < 0xd800 || code > 0xdfff) && c.toLowerCase() === c && !FUNCTION_WORD_CODES.has(code) ? 1 : 2;
    RULES_OUT[code] = known;
  }
  return known === 1;
}

/**
 * Whether a code unit of `text[start, end)`, a word, rules it out (see
 * {@link rulesOutFunctionWord}): such a word needs no slice, no lower-casing
 * and no lookup.
 *
 * @example ruledOutByACharacter('don’t', 0, 5) // true
 */
export function ruledOutByACharacter(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (rulesOutFunctionWord(text.charCodeAt(i))) return true;
  return false;
}

/**
 * The lists (bit mask over {@link FUNCTION_WORD_LISTS}) that hold `word` lower-cased.
 *
 * @example functionWordLists('The') // the bit of every list holding 'the'
 */
export function functionWordLists(word: string): number {
  return LISTS_OF_WORD.get(word.toLowerCase()) ?? 0;
}
