import { unified } from 'unified';
import retextEnglish from 'retext-english';
import type { Root } from 'nlcst';
import type { Sentence } from '../types.js';
import { assertString } from '../ingest/assert.js';
import { isClosingQuote, isTerminalMark, isWhiteSpace } from './characters.js';
import { listBullets, terminalMarks } from '../rules/sentence-punctuation.js';
import { cutAtBlankLines, defaultPieceLength, paragraphPieceLength } from './pieces.js';
import { plainProseSentences } from './plain-prose.js';
import { resegmentTree } from './plugin.js';

/**
 * One processor for the module: building a processor per call costs more
 * than the parse. The corrections of `retextDecruftSentences` are applied to
 * the parsed tree directly (the plugin's own transform, without a unified run
 * and its file object per block), so each text is parsed exactly once.
 */
const processor = unified().use(retextEnglish).freeze();
const anyContent = /\S/;

/**
 * Sentences of `text` with offsets into it (UTF-16), from a retext-english
 * parse corrected by `retextDecruftSentences`. Leading and trailing white
 * space of each sentence is left outside its span. A text with no possible
 * boundary before its final marks is one sentence, and plain prose is cut
 * without the parse (see `plain-prose.ts`); both give what the parse gives.
 * Long texts are parsed in pieces cut at blank lines (see `pieces.ts`), which
 * keeps the cost linear and yields the same sentences as one parse.
 *
 * @example segmentSentences('One. Two.') // [{ text: 'One.', start: 0, end: 4 }, { text: 'Two.', start: 5, end: 9 }]
 */
export function segmentSentences(text: string): Sentence[] {
  assertString(text, 'segmentSentences');
  if (!anyContent.test(text)) return [];
  const finalRun = finalMarksAt(text);
  if (text.length <= defaultPieceLength && !mayHoldBoundary(text, finalRun)) return wholeSentence(text);
  // Longer paragraphs are parsed in pieces (see pieces.ts); the plain path matches one parse.
  if (text.length <= paragraphPieceLength) {
    const plain = plainProseSentences(text, finalRun);
    if (plain !== null) return plain;
  }
  const out: Sentence[] = [];
  const cuts = cutAtBlankLines(text);
  for (let k = 0; k + 1 < cuts.length; k++) {
    const from = cuts[k]!;
    const to = cuts[k + 1]!;
    collectSentences(to - from === text.length ? text : text.slice(from, to), from, out);
  }
  return out;
}

/** The characters of {@link mayHoldBoundary}, flagged by UTF-16 code unit (all of them lie in the BMP). */
const IS_BOUNDARY = new Uint8Array(0x10000);
for (const ch of [...')\n\r', ...terminalMarks, ...listBullets]) IS_BOUNDARY[ch.charCodeAt(0)] = 1;

/**
 * Whether `text` before `end` holds anything a sentence can end at: a
 * terminal mark, a list bullet or an item marker's `)`, a line break.
 * Headings, captions and many short blocks hold none; they are one sentence,
 * and the parse is skipped (its result would be the same; a test compares
 * the two).
 */
function mayHoldBoundary(text: string, end: number): boolean {
  for (let i = 0; i < end; i++) if (IS_BOUNDARY[text.charCodeAt(i)] === 1) return true;
  return false;
}

/**
 * Where the final run of terminal marks starts (`.`, `?!`, `…`, before any
 * closing quotes and trailing white space), or `text.length` when the text
 * does not end in one or the run has white space or nothing before it. Most
 * news paragraphs are one sentence that only ends there, and need no parse.
 *
 * @example finalMarksAt('It rained.” ') // 9
 */
export function finalMarksAt(text: string): number {
  let i = text.length;
  while (i > 0 && isWhiteSpace(text.charAt(i - 1))) i--;
  while (i > 0 && isClosingQuote(text.charAt(i - 1))) i--;
  const end = i;
  while (i > 0 && isTerminalMark(text.charAt(i - 1))) i--;
  if (i === end || i === 0 || isWhiteSpace(text.charAt(i - 1))) return text.length;
  return i;
}

/** All of `text` but its leading and trailing white space, as one sentence. */
function wholeSentence(text: string): Sentence[] {
  const out: Sentence[] = [];
  pushTrimmed(text, 0, text.length, 0, out);
  return out;
}

/** Push `piece[start..end)` without its edge white space, shifted by `offset`, unless nothing is left. */
function pushTrimmed(piece: string, start: number, end: number, offset: number, out: Sentence[]): void {
  while (start < end && isWhiteSpace(piece.charAt(start))) start++;
  while (end > start && isWhiteSpace(piece.charAt(end - 1))) end--;
  if (end > start) out.push({ text: piece.slice(start, end), start: start + offset, end: end + offset });
}

/** Parse `piece` once, correct its sentences, and push their spans shifted by `offset`. */
function collectSentences(piece: string, offset: number, out: Sentence[]): void {
  const tree = processor.parse(piece) as Root;
  resegmentTree(tree, piece);
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const child of paragraph.children) {
      if (child.type !== 'SentenceNode' || !child.position) continue;
      const start = child.position.start.offset ?? 0;
      pushTrimmed(piece, start, child.position.end.offset ?? start, offset, out);
    }
  }
}

/**
 * Split `text` into sentences.
 *
 * @example splitSentences('I live in the U.S. How about you?') // ['I live in the U.S.', 'How about you?']
 */
export function splitSentences(text: string): string[] {
  return segmentSentences(text).map((sentence) => sentence.text);
}
