import { bracketPairs } from '../rules/sentence-punctuation.js';
import { isClosingMark, isTerminalMark } from './characters.js';
import { endOf, isSpace, startOf, textOf, type Token } from './tokens.js';

const closerOf: Readonly<Record<string, string>> = bracketPairs;

/**
 * For each token, whether it sits inside a bracket pair that opened
 * mid-sentence: `He teaches science (He previously worked … engineer.) at
 * the local University.` A full stop in there closes the parenthesis, not
 * the sentence around it. The closing bracket itself is outside. Brackets
 * that open a sentence (`(Reporting by …. Editing by ….)`) and unmatched
 * ones mark nothing. Null when the paragraph has no such pair.
 *
 * @example findInnerBrackets(tokensOf('a (b. C) d'), 'a (b. C) d')?.[3] // 1
 */
export function findInnerBrackets(tokens: Token[], source: string): Uint8Array | null {
  let depth: Int32Array | null = null;
  const open: number[] = [];
  let previous = -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (isSpace(token)) continue;
    if (token.type === 'PunctuationNode' && endOf(token) - startOf(token) === 1) {
      const text = source.charAt(startOf(token));
      if (closerOf[text] !== undefined) {
        open.push(previous >= 0 && !endsLikeSentence(textOf(source, tokens[previous]!)) ? i : -1 - i);
      } else if (open.length > 0 && closerOf[openerText(source, tokens, open[open.length - 1]!)] === text) {
        const at = open.pop()!;
        if (at >= 0) {
          depth ??= new Int32Array(tokens.length + 1);
          depth[at]! += 1;
          depth[i]! -= 1;
        }
      }
    }
    previous = i;
  }
  if (!depth) return null;
  const inside = new Uint8Array(tokens.length);
  let level = 0;
  for (let i = 0; i < tokens.length; i++) {
    level += depth[i]!;
    inside[i] = level > 0 ? 1 : 0;
  }
  return inside;
}

function openerText(source: string, tokens: Token[], at: number): string {
  return textOf(source, tokens[at >= 0 ? at : -1 - at]!);
}

/** `done.`, `done."`: the token before a bracket that opens a sentence. */
function endsLikeSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && isClosingMark(text.charAt(i))) i--;
  return i >= 0 && isTerminalMark(text.charAt(i));
}
