import type { Sentence } from '../types.js';
import { endsSentence } from './boundary.js';
import { isWhiteSpace } from './characters.js';
import { listBullets } from '../rules/sentence-punctuation.js';

/**
 * Sentences of plain prose without a retext parse. Most news paragraphs are
 * plain: each terminal mark inside them is a lone `.`, `?` or `!` right after
 * a letter or digit, followed by a space (a candidate end) or by a letter or
 * digit (`3.5`, `U.S`, never an end). For such text the sentence ends that
 * `findSentenceEnds` finds in retext-english's tokens depend on the
 * characters alone, so the same `endsSentence` decides the same candidates
 * here, on the text itself. Anything the token pass reads beyond that
 * (brackets, list markers, line breaks, bullets, ellipses, marks next to
 * quotes, runs of marks, other white space after a mark) sends the text to
 * the parse: null. A test holds this path to the parse on real and random
 * text.
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
} as const;

const KIND = new Uint8Array(0x10000);
for (const ch of ['\n', '\r', '\u2028', '\u2029', '…', '‽', '(', ')', '[', ']', '<', '>', ...listBullets]) KIND[ch.charCodeAt(0)] = Kind.Refuse;
for (const ch of '.?!') KIND[ch.charCodeAt(0)] = Kind.Mark;
for (let c = 48; c <= 57; c++) KIND[c] = Kind.Alnum;
for (let c = 65; c <= 90; c++) KIND[c] = Kind.Alnum;
for (let c = 97; c <= 122; c++) KIND[c] = Kind.Alnum;
KIND[58] = Kind.Colon;

const SPACE = 32;

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
  let sentenceFrom = 0;
  let sentenceStart = 0;
  for (let i = 0; i < finalRun; i++) {
    const kind = KIND[text.charCodeAt(i)];
    if (kind === Kind.Other || kind === Kind.Alnum) continue;
    if (kind === Kind.Refuse) return null;
    if (kind === Kind.Colon) {
      // A list may open after a colon (`Steps: 1. Mix 2. Bake`).
      let j = i + 1;
      while (j < length && isWhiteSpace(text.charAt(j))) j++;
      if (opensWithMarker(text, j)) return null;
      continue;
    }
    // A terminal mark: after a letter or digit, and before one (no end) or a space (a candidate).
    if (i === 0 || KIND[text.charCodeAt(i - 1)] !== Kind.Alnum) return null;
    const next = text.charCodeAt(i + 1);
    if (KIND[next] === Kind.Alnum) continue;
    if (next !== SPACE) return null;
    const ends = endsSentence({
      source: text,
      floor: 0,
      ceiling: length,
      sentenceStart,
      marksStart: i,
      marks: text.charAt(i),
      quoteClosed: false,
      nextStart: i + 1,
    });
    if (!ends) continue;
    out.push({ text: text.slice(sentenceFrom, i + 1), start: sentenceFrom, end: i + 1 });
    sentenceStart = i + 1;
    sentenceFrom = i + 2;
    while (isWhiteSpace(text.charAt(sentenceFrom))) sentenceFrom++;
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
