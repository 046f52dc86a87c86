import type { Sentence } from '../types.js';
import { endsSentence } from './boundary.js';
import { isWhiteSpace } from './characters.js';
import { closingMarks, listBullets } from '../rules/sentence-punctuation.js';

/**
 * Sentences of plain prose without a retext parse. Most news paragraphs are
 * plain: each terminal mark inside them is a lone `.`, `?` or `!` after
 * something other than a space or another mark, followed by a space (a
 * candidate end, also after closing quotes: `.” Then`) or by anything but a
 * space, a mark or a closer (`3.5`, `U.S`, `.,`: never an end), and no
 * candidate sits inside brackets. For such text the sentence ends that
 * `findSentenceEnds` finds in retext-english's tokens depend on the
 * characters alone, so the same `endsSentence` decides the same candidates
 * here, on the text itself. Anything the token pass reads beyond that (a
 * candidate inside brackets, doubled brackets, list markers, line breaks,
 * bullets, ellipses, runs of marks, a mark before a bracket or before other
 * white space) sends the text to the parse: null. A test holds this path to
 * the parse on real and random text.
 */

/** How a UTF-16 code unit counts for the plain-prose test. */
const Kind = {
  Other: 0,
  /** Makes the text not plain. */
  Refuse: 1,
  /** `.`, `?`, `!`. */
  Mark: 2,
  /** ASCII letter or digit. */
  Alnum: 3,
  Colon: 4,
  /** `(` and `[`, the brackets `findInnerBrackets` pairs. */
  Open: 5,
  /** `)` and `]`. */
  Close: 6,
  /** A closing quote, which a candidate end may carry: `.”`. */
  Quote: 7,
  /** White space other than the ASCII space. */
  Space: 8,
} as const;

const KIND = new Uint8Array(0x10000);
for (let c = 0; c <= 0x3000; c++) if (c !== 32 && isWhiteSpace(String.fromCharCode(c))) KIND[c] = Kind.Space;
// Line breaks end paragraphs in retext's trees; `}` and the brackets below are closers a mark may not run into.
for (const ch of ['\n', '\r', '\u2028', '\u2029', '…', '‽', '<', '>', ...closingMarks, ...listBullets]) KIND[ch.charCodeAt(0)] = Kind.Refuse;
for (const ch of '"\'”’»›') KIND[ch.charCodeAt(0)] = Kind.Quote;
for (const ch of '.?!') KIND[ch.charCodeAt(0)] = Kind.Mark;
for (let c = 48; c <= 57; c++) KIND[c] = Kind.Alnum;
for (let c = 65; c <= 90; c++) KIND[c] = Kind.Alnum;
for (let c = 97; c <= 122; c++) KIND[c] = Kind.Alnum;
KIND[58] = Kind.Colon;
KIND[40] = KIND[91] = Kind.Open;
KIND[41] = KIND[93] = Kind.Close;

const SPACE = 32;

/**
 * Scripts whose letters and digits retext-english's tokenizer certainly
 * reads as words (Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic, kana,
 * CJK, Hangul syllables): a sentence needs a word before it can end, and
 * letters of other scripts are left to the parse rather than guessed at.
 */
const wordRanges: readonly (readonly [number, number])[] = [
  [0x00c0, 0x052f], [0x0531, 0x06ff], [0x3041, 0x30ff], [0x4e00, 0x9fff], [0xac00, 0xd7a3],
];
const letterOrDigit = /[\p{L}\p{N}]/u;
/** Per code unit: 1 a word character, 2 not one, 0 not yet asked. */
const WORDISH = new Uint8Array(0x10000);

function isWordUnit(code: number): boolean {
  if (code < 128) return KIND[code] === Kind.Alnum;
  let known = WORDISH[code]!;
  if (known === 0) {
    const inRange = wordRanges.some(([from, to]) => code >= from && code <= to);
    known = inRange && letterOrDigit.test(String.fromCharCode(code)) ? 1 : 2;
    WORDISH[code] = known;
  }
  return known === 1;
}

/**
 * The sentences of `text` when it is plain prose (see the module comment),
 * else null. `finalRun` is where the text's closing run of terminal marks
 * starts (its length when there is none): marks from there on end the text,
 * never a sentence inside it. The text must not start or end with white
 * space.
 *
 * @example plainProseSentences('It rained. We left.', 18)?.map((s) => s.text) // ['It rained.', 'We left.']
 */
export function plainProseSentences(text: string, finalRun: number): Sentence[] | null {
  const length = text.length;
  if (length === 0 || isWhiteSpace(text.charAt(0)) || isWhiteSpace(text.charAt(length - 1))) return null;
  if (opensWithMarker(text, 0)) return null;
  const out: Sentence[] = [];
  // Open brackets, as `findInnerBrackets` stacks them: a closer pops only its own opener.
  const brackets: number[] = [];
  let sawWord = false;
  let sentenceFrom = 0;
  let sentenceStart = 0;
  for (let i = 0; i < finalRun; i++) {
    const code = text.charCodeAt(i);
    const kind = KIND[code];
    if (kind === Kind.Alnum) {
      sawWord = true;
      continue;
    }
    if (kind === Kind.Other || kind === Kind.Quote || kind === Kind.Space) {
      if (!sawWord && code >= 128 && isWordUnit(code)) sawWord = true;
      continue;
    }
    if (kind === Kind.Refuse) return null;
    if (kind === Kind.Open || kind === Kind.Close) {
      // Doubled brackets are one token to retext, which pairs only single ones.
      if ((i + 1 < length && text.charCodeAt(i + 1) === code) || (i > 0 && text.charCodeAt(i - 1) === code)) return null;
      if (kind === Kind.Open) brackets.push(code);
      else if (brackets.length > 0 && brackets[brackets.length - 1] === (code === 41 ? 40 : 91)) brackets.pop();
      continue;
    }
    if (kind === Kind.Colon) {
      // A list may open after a colon (`Steps: 1. Mix 2. Bake`).
      let j = i + 1;
      while (j < length && isWhiteSpace(text.charAt(j))) j++;
      if (opensWithMarker(text, j)) return null;
      continue;
    }
    // A lone terminal mark.
    if (i === 0) return null;
    const before = KIND[text.charCodeAt(i - 1)];
    if (before === Kind.Space || before === Kind.Mark || text.charCodeAt(i - 1) === SPACE) return null;
    let after = i + 1;
    while (after < length && KIND[text.charCodeAt(after)] === Kind.Quote) after++;
    if (after === length) return null;
    const next = text.charCodeAt(after);
    const nextKind = KIND[next];
    if (next !== SPACE) {
      if (nextKind === Kind.Space || nextKind === Kind.Mark || nextKind === Kind.Refuse || nextKind === Kind.Close) return null;
      // Followed by a word, a comma, an opener…: no end here.
      i = after - 1;
      continue;
    }
    if (brackets.length > 0 || !sawWord) return null;
    const ends = endsSentence({
      source: text,
      floor: 0,
      ceiling: length,
      sentenceStart,
      marksStart: i,
      marks: text.charAt(i),
      quoteClosed: after > i + 1,
      nextStart: after,
    });
    i = after - 1;
    if (!ends) continue;
    out.push({ text: text.slice(sentenceFrom, after), start: sentenceFrom, end: after });
    sentenceStart = after;
    sentenceFrom = after + 1;
    while (isWhiteSpace(text.charAt(sentenceFrom))) sentenceFrom++;
    sawWord = false;
  }
  out.push({ text: sentenceFrom === 0 ? text : text.slice(sentenceFrom), start: sentenceFrom, end: length });
  return out;
}

/**
 * Whether a list marker may stand at `at`: one or two ASCII letters or
 * digits, then `.` or `)` (`1.`, `b)`, `12.`). Wider than the list reader's
 * markers, which is what a refusal needs.
 */
function opensWithMarker(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && i - at < 3 && KIND[text.charCodeAt(i)] === Kind.Alnum) i++;
  if (i === at || i - at > 2) return false;
  const after = text.charAt(i);
  return after === '.' || after === ')';
}
