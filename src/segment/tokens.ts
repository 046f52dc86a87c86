import type { SentenceContent } from 'nlcst';

/**
 * The tokens of one paragraph in reading order: the children of its
 * sentences and the white space between them, as retext-english made them.
 * Offsets come from each token's position, so reading a token's text is a
 * slice of the source, never a walk of its children.
 */
export type Token = SentenceContent;

/** @example startOf(token) // 0 */
export function startOf(token: Token): number {
  return token.position?.start.offset ?? -1;
}

/** @example endOf(token) // 4 */
export function endOf(token: Token): number {
  return token.position?.end.offset ?? -1;
}

/** @example isSpace(token) // true for a WhiteSpaceNode */
export function isSpace(token: Token | undefined): boolean {
  return token !== undefined && token.type === 'WhiteSpaceNode';
}

/** @example textOf('Hello.', token) // 'Hello' */
export function textOf(source: string, token: Token): string {
  return source.slice(startOf(token), endOf(token));
}
