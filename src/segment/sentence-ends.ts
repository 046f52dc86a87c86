import { endsSentence, type Candidate } from './boundary.js';
import {
  isClosingMark,
  isClosingQuote,
  isTerminalMark,
  isWhiteSpace,
} from './characters.js';
import { findListItems } from './lists.js';
import { findInnerBrackets } from './brackets.js';
import { endOf, isSpace, startOf, textOf, type Token } from './tokens.js';

/**
 * Indices of the tokens that end the paragraph's sentences, the last
 * non-white-space token included; null when tokens lack positions.
 *
 * One pass over the tokens: a candidate is a token ending in a terminal mark
 * (`.`, `?`, `…`, or a word retext closed with its full stop, such as `U.S.`),
 * grown by the closing marks and spaced full stops after it, and followed by
 * white space. `endsSentence` decides each candidate; list items (`2.)`)
 * start sentences of their own; candidates inside a bracket that opened
 * mid-sentence end nothing; a blank line always ends a sentence.
 *
 * @example findSentenceEnds(tokensOf('Hi. Bye.'), 'Hi. Bye.') // [1, 4]
 */
export function findSentenceEnds(tokens: Token[], source: string): number[] | null {
  const count = tokens.length;
  let first = 0;
  while (first < count && isSpace(tokens[first])) first++;
  if (first === count) return [];
  if (startOf(tokens[first]!) < 0 || endOf(tokens[count - 1]!) < 0) return null;
  const floor = startOf(tokens[first]!);
  const ceiling = endOf(tokens[count - 1]!);
  const lists = findListItems(tokens, source);
  const inner = findInnerBrackets(tokens, source);
  const ends: number[] = [];
  let sentenceStart = floor;
  let hasWord = false;
  let lastContent = -1;

  const close = (end: number, nextStart: number): void => {
    ends.push(end);
    sentenceStart = nextStart;
    hasWord = false;
  };

  for (let i = first; i < count; i++) {
    const token = tokens[i]!;
    if (token.type === 'WhiteSpaceNode') {
      // retext-english ends a sentence at a blank line; so do we.
      if (lastContent >= 0 && ends[ends.length - 1] !== lastContent && isBlankLine(token, source)) {
        close(lastContent, endOf(token));
      }
      continue;
    }
    const start = startOf(token);
    const end = endOf(token);
    if (start < 0 || end < 0) return null;
    if (lists?.itemStarts.has(i) && hasWord) close(lastContent, start);
    lastContent = i;
    if (token.type === 'WordNode') hasWord = true;
    if (!isTerminalMark(source.charAt(end - 1)) || lists?.markerTokens.has(i) || isElision(tokens, i, source)) continue;

    // Grow the candidate over closing marks and further terminal marks: `.”`, `?!`, `.)`.
    let last = i;
    while (last + 1 < count && isMarkToken(tokens[last + 1]!, source)) last++;
    if (last + 1 < count && !isSpace(tokens[last + 1])) {
      i = lastContent = last;
      continue;
    }
    let marksStart = end - 1;
    while (marksStart > start && isTerminalMark(source.charAt(marksStart - 1))) marksStart--;
    let marks = collectMarks(source, marksStart, endOf(tokens[last]!));

    // Spaced dots: `. . .`, `compounds. . . .`.
    const run = marks === '.' || marks === '...' ? spacedDots(tokens, last, source) : last;
    let resume = last;
    if (run !== last) {
      const attached = marksStart > floor && !isWhiteSpace(source.charAt(marksStart - 1));
      const dots = countDots(source, startOf(tokens[last + 2]!), endOf(tokens[run]!));
      resume = run;
      // A full stop on the word, then an ellipsis: the stop ends the sentence and
      // the ellipsis opens the next (`compounds. . . . The practice …`).
      if (!(attached && marks === '.' && dots >= 3)) {
        marks += '.'.repeat(dots);
        last = run;
        while (last + 1 < count && isMarkToken(tokens[last + 1]!, source)) last++;
        resume = last;
      }
    }
    const nextStart = endOf(tokens[last]!);
    if (inner?.[last] || nextStart >= ceiling || !hasWord) {
      i = lastContent = resume;
      continue;
    }
    const candidate: Candidate = {
      source,
      floor,
      ceiling,
      sentenceStart,
      marksStart,
      marks,
      quoteClosed: hasClosingQuote(source, end, nextStart),
      nextStart,
    };
    if (endsSentence(candidate)) close(last, nextStart);
    i = lastContent = resume;
  }
  if (lastContent >= 0 && ends[ends.length - 1] !== lastContent) ends.push(lastContent);
  return ends;
}

/** White space holding two or more line breaks (`\r\n` counts once). */
function isBlankLine(token: Token, source: string): boolean {
  const end = endOf(token);
  // Cheap test first: most white space between words is one character.
  if (end - startOf(token) < 2) return false;
  let breaks = 0;
  for (let i = startOf(token); i < end; i++) {
    const ch = source.charAt(i);
    if (ch === '\n' || (ch === '\r' && source.charAt(i + 1) !== '\n')) breaks++;
  }
  return breaks >= 2;
}

/** A punctuation token made only of terminal and closing marks. */
function isMarkToken(token: Token, source: string): boolean {
  if (token.type !== 'PunctuationNode' && token.type !== 'SymbolNode') return false;
  const end = endOf(token);
  for (let i = startOf(token); i < end; i++) {
    const ch = source.charAt(i);
    if (!isTerminalMark(ch) && !isClosingMark(ch)) return false;
  }
  return true;
}

function collectMarks(source: string, from: number, to: number): string {
  let marks = '';
  for (let i = from; i < to; i++) {
    const ch = source.charAt(i);
    if (isTerminalMark(ch)) marks += ch;
  }
  return marks;
}

function hasClosingQuote(source: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isClosingQuote(source.charAt(i))) return true;
  return false;
}

/** Index of the last lone `.` token in a run of ` .` pairs after token `last`, or `last`. */
function spacedDots(tokens: Token[], last: number, source: string): number {
  let run = last;
  while (
    isSpace(tokens[run + 1]) &&
    endOf(tokens[run + 1]!) - startOf(tokens[run + 1]!) === 1 &&
    tokens[run + 2]?.type === 'PunctuationNode' &&
    textOf(source, tokens[run + 2]!) === '.'
  ) {
    run += 2;
  }
  return run;
}

function countDots(source: string, from: number, to: number): number {
  let dots = 0;
  for (let i = from; i < to; i++) if (source.charAt(i) === '.') dots++;
  return dots;
}

/** An ellipsis inside brackets, `<…>` or `[...]`, marks omitted words, not an end. */
function isElision(tokens: Token[], i: number, source: string): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (!before || !after || isSpace(before) || isSpace(after)) return false;
  const open = textOf(source, before);
  const close = textOf(source, after);
  return (open === '<' && close.startsWith('>')) || (open === '[' && close.startsWith(']')) || (open === '(' && close.startsWith(')'));
}
