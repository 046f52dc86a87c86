import type { Paragraph, Sentence } from 'nlcst';
import { findSentenceEnds } from './sentence-ends.js';
import type { Token } from './tokens.js';

/**
 * Re-cut one retext-english paragraph into sentences. Its tokens are kept
 * as retext made them; only the sentence nodes around them change: sentences
 * split wrongly are merged, missed boundaries are split. White space between
 * sentences stays a child of the paragraph, as in retext's own trees. A
 * paragraph whose sentences already match is left untouched.
 *
 * @example resegmentParagraph(paragraph, 'I live in the U.S. How about you?')
 */
export function resegmentParagraph(paragraph: Paragraph, source: string): void {
  const tokens: Token[] = [];
  const parsedEnds: number[] = [];
  for (const child of paragraph.children) {
    if (child.type === 'SentenceNode') {
      for (const token of child.children) tokens.push(token);
      parsedEnds.push(tokens.length - 1);
    } else {
      tokens.push(child);
    }
  }
  const ends = findSentenceEnds(tokens, source);
  if (ends === null || sameNumbers(ends, parsedEnds)) return;
  paragraph.children = buildSentences(tokens, ends);
}

function buildSentences(tokens: Token[], ends: number[]): Paragraph['children'] {
  const children: Paragraph['children'] = [];
  let next = 0;
  for (const end of ends) {
    while (next <= end && tokens[next]!.type === 'WhiteSpaceNode') children.push(tokens[next++] as Paragraph['children'][number]);
    if (next > end) continue;
    const content = tokens.slice(next, end + 1);
    const sentence: Sentence = { type: 'SentenceNode', children: content };
    const start = content[0]!.position;
    const stop = content[content.length - 1]!.position;
    if (start && stop) sentence.position = { start: start.start, end: stop.end };
    children.push(sentence);
    next = end + 1;
  }
  while (next < tokens.length) children.push(tokens[next++] as Paragraph['children'][number]);
  return children;
}

function sameNumbers(a: number[], b: number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
