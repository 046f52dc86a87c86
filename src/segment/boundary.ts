import { classifyStem, isCapitalised } from './abbreviation.js';
import { isAttribution } from './attribution.js';
import { chunkStart, isOpeningMark, isWhiteSpace, stripPunctuation } from './characters.js';
import { endsAtClockTime } from './clock-time.js';
import { isPronounI, readOpening, type Opening } from './opening.js';
import { sentenceOpeners } from '../rules/sentence-openers.js';

const openers = new Set<string>(sentenceOpeners);

/**
 * A place where a sentence may end: terminal marks followed by white space.
 * Offsets are into `source`; `floor`/`ceiling` bound the paragraph.
 */
export interface Candidate {
  source: string;
  floor: number;
  ceiling: number;
  /** Where the sentence that the marks would end began. */
  sentenceStart: number;
  /** Offset of the first terminal mark. */
  marksStart: number;
  /** The terminal marks, white space and closers dropped: `.`, `?!`, `....`. */
  marks: string;
  /** A closing quote follows the marks: `great."`. */
  quoteClosed: boolean;
  /** Offset just after the marks and their closers. */
  nextStart: number;
}

/**
 * Decide whether a sentence ends at `candidate`. The classes, in order:
 * nothing that can open a sentence follows (lower case, a digit, a comma, a
 * slash as in `October 6. /TASS/.`) → no end; a quote's attribution follows
 * (`"Why?" Lavrov asked.`) → no end; `!` / `?` → end; four dots → end; an
 * ellipsis → end unless the pronoun `I` follows; a full stop → see `periodEnds`.
 *
 * @example endsSentence(candidateAt('I live in the U.S. How about you?', 17)) // true
 */
export function endsSentence(candidate: Candidate): boolean {
  const { source, ceiling, marks } = candidate;
  const next = readOpening(source, candidate.nextStart, ceiling);
  if (next.kind !== 'upper' && next.kind !== 'symbol') return false;
  if (candidate.quoteClosed && isAttribution(source, next, ceiling)) return false;
  if (marks.includes('?') || marks.includes('!') || marks.includes('‽')) return true;
  const dots = marks.length + 2 * countEllipsisCharacters(marks);
  if (dots >= 4) return true;
  if (dots === 3) return next.kind === 'upper' && !isPronounI(next.word);
  return periodEnds(candidate, next);
}

/**
 * A full stop ends a sentence before a capital, unless the word it closes
 * says otherwise: titles and leading abbreviations never end one; clock
 * times end one unless the time continues or only introduces the sentence;
 * other abbreviations, initialisms and initials end one only before a word
 * that opens sentences (`… & Co. It closed.` but `the U.S. Government`).
 */
function periodEnds(candidate: Candidate, next: Opening): boolean {
  const { source, floor, marksStart } = candidate;
  const chunk = chunkStart(source, marksStart, floor);
  let stemStart = chunk;
  while (stemStart < marksStart && isOpeningMark(source.charAt(stemStart))) stemStart++;
  const stem = source.slice(stemStart, marksStart);
  const kind = classifyStem(stem, stem === 'I' && previousWordIsCapitalised(source, chunk, floor));
  switch (kind) {
    case 'title':
    case 'leading':
      return false;
    case 'clock':
      return endsAtClockTime(source, candidate.sentenceStart, stemStart, next, candidate.ceiling);
    case 'abbreviation':
      if (next.quoted) return true;
      return next.kind === 'upper' && !next.initial && openers.has(next.word);
    default:
      return true;
  }
}

function countEllipsisCharacters(marks: string): number {
  let count = 0;
  for (let i = 0; i < marks.length; i++) if (marks.charAt(i) === '…') count++;
  return count;
}

/** The word before `at` starts with a capital; true at the start of the paragraph. */
function previousWordIsCapitalised(source: string, at: number, floor: number): boolean {
  let end = at;
  while (end > floor && isWhiteSpace(source.charAt(end - 1))) end--;
  if (end === floor) return true;
  return isCapitalised(stripPunctuation(source.slice(chunkStart(source, end, floor), end)));
}
