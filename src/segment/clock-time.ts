import { introductoryTimeWords, timeContinuations } from '../rules/time-words.js';
import { chunkEnd, isDigit, isWordCharacter, skipWhiteSpace, stripPunctuation } from './characters.js';
import type { Opening } from './opening.js';

const continuations = new Set<string>(timeContinuations);
const introductory = new Set<string>(introductoryTimeWords);

/** How far back an introductory time phrase may start; longer lead-ins have a verb. */
const longestIntroduction = 60;

/**
 * Whether a capitalised word after `a.m.` / `p.m.` opens a new sentence.
 * A clock time closes its clause (`He left the bank at 6 P.M. Mr. Smith then
 * went …`), except when the next word still belongs to the time (`2 p.m.
 * Tuesday`, `9 a.m. EST`, `10 a.m. Moscow time`) or when the time only
 * introduces the sentence (`At 5 a.m. Mr. Smith went …`): a sentence made of
 * nothing but a time phrase has no verb, so it cannot end there.
 *
 * @example endsAtClockTime('At 5 a.m. Mr. Smith went.', 0, 5, opening, 25) // false
 */
export function endsAtClockTime(
  source: string,
  sentenceStart: number,
  stemStart: number,
  next: Opening,
  limit: number,
): boolean {
  if (next.kind !== 'upper') return false;
  if (continuations.has(next.word)) return false;
  const after = skipWhiteSpace(source, next.wordEnd, limit);
  if (after > next.wordEnd && source.startsWith('time', after) && !isWordCharacter(source.charAt(after + 4))) {
    return false;
  }
  return !onlyIntroducesTime(source, sentenceStart, stemStart);
}

/** Every word from the sentence start up to the time is a number or a time word. */
function onlyIntroducesTime(source: string, start: number, end: number): boolean {
  if (end - start > longestIntroduction) return false;
  let i = skipWhiteSpace(source, start, end);
  while (i < end) {
    const stop = chunkEnd(source, i, end);
    const word = stripPunctuation(source.slice(i, stop));
    if (word !== '' && !isDigit(word.charAt(0)) && !introductory.has(word.toLowerCase())) return false;
    i = skipWhiteSpace(source, stop, end);
  }
  return true;
}
