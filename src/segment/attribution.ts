import { speechVerbs } from '../rules/speech-verbs.js';
import { chunkEnd, isUpperCase, skipWhiteSpace, stripPunctuation } from './characters.js';
import type { Opening } from './opening.js';

const verbs = new Set<string>(speechVerbs);
const clauseMarks = new Set(['.', ',', ';', ':', '!', '?']);
/** Words between the quote and the verb (`Foreign Minister Sergey Lavrov said`). */
const longestSpeaker = 5;
/** Words after the verb before the attribution ends (`told reporters on Friday.`). */
const longestTail = 3;

/**
 * Whether the words after a closing quote are its attribution, which belongs
 * to the quoted sentence: `"Why now?" Lavrov asked.` is one sentence, while
 * `"This is great." She held the book out …` is two. An attribution is a short
 * speaker, a verb of saying, then at most a few words before its clause ends.
 *
 * @example isAttribution('"Why?" Lavrov asked.', opening, 20) // true
 */
export function isAttribution(source: string, next: Opening, limit: number): boolean {
  if (next.kind !== 'upper' || next.quoted) return false;
  let i = next.wordStart;
  for (let index = 0; index <= longestSpeaker && i < limit; index++) {
    const stop = chunkEnd(source, i, limit);
    const chunk = source.slice(i, stop);
    if (index > 0 && verbs.has(stripPunctuation(chunk).toLowerCase())) return clauseEndsSoon(source, chunk, stop, limit);
    if (endsClause(chunk) && !isTitleLike(chunk)) return false;
    i = skipWhiteSpace(source, stop, limit);
  }
  return false;
}

function clauseEndsSoon(source: string, verbChunk: string, from: number, limit: number): boolean {
  if (endsClause(verbChunk)) return true;
  let i = skipWhiteSpace(source, from, limit);
  for (let index = 0; index < longestTail && i < limit; index++) {
    const stop = chunkEnd(source, i, limit);
    if (endsClause(source.slice(i, stop))) return true;
    i = skipWhiteSpace(source, stop, limit);
  }
  return i >= limit;
}

function endsClause(chunk: string): boolean {
  return clauseMarks.has(chunk.charAt(chunk.length - 1));
}

/** A speaker may carry a title's full stop: `Sen. Flake said`, `U.S. officials said`. */
function isTitleLike(chunk: string): boolean {
  return chunk.endsWith('.') && chunk.length <= 5 && isUpperCase(chunk.charAt(0));
}
