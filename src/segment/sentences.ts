import { unified } from 'unified';
import retextEnglish from 'retext-english';
import type { Root, Sentence as NlcstSentence } from 'nlcst';
import type { Sentence } from '../types.js';
import { assertString } from '../ingest/assert.js';

/** One parser for the module: building a processor per call costs more than the parse. */
const parser = unified().use(retextEnglish);

/**
 * Sentences of `text` with offsets into it, from a retext-english parse.
 * Leading and trailing white space of each sentence is left outside its span.
 *
 * @example segmentSentences('One. Two.') // [{ text: 'One.', start: 0, end: 4 }, …]
 */
export function segmentSentences(text: string): Sentence[] {
  assertString(text, 'segmentSentences');
  if (text.trim() === '') return [];
  const tree = parser.parse(text) as Root;
  const out: Sentence[] = [];
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const child of paragraph.children) {
      if (child.type !== 'SentenceNode') continue;
      const span = spanOf(child);
      if (span) out.push({ text: text.slice(span[0], span[1]), start: span[0], end: span[1] });
    }
  }
  return out;
}

/**
 * Split `text` into sentences.
 *
 * @example splitSentences('He left. She stayed.') // ['He left.', 'She stayed.']
 */
export function splitSentences(text: string): string[] {
  return segmentSentences(text).map((s) => s.text);
}

function spanOf(node: NlcstSentence): [number, number] | null {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return null;
  return [start, end];
}
